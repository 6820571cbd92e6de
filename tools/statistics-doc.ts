// `npm run docs:statistics`: writes docs/statistics.md from the figure definitions the service uses.
import { writeFileSync } from 'node:fs';
import { statisticsDocument } from '../libs/read-models/src/statistics/domain/statistics-doc';

writeFileSync('docs/statistics.md', statisticsDocument());
console.log('Wrote docs/statistics.md');
