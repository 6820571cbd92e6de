// `npm run fuzz -- --runs N --seed S`: the OpenAPI-driven fuzz test of `npm test`
// (apps/api/test/fuzz.e2e-spec.ts), with N generated requests per operation instead of the default
// and another seed. Same database selection as the API tests (TEST_DATABASE_URL, else 127.0.0.1:5432,
// else the embedded server). A failure prints the request that broke the rule and the seed to rerun.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '500' }, seed: { type: 'string' } },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [--runs N] [--seed S]');
  process.exit(2);
}
console.log(`fuzz: ${runs} requests per operation, seed ${seed}`);
const result = spawnSync(
  'npx',
  ['jest', '--selectProjects', 'api', '--testPathPatterns', 'apps/api/test/fuzz\\.e2e-spec\\.ts$'],
  {
    stdio: 'inherit',
    env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed), FUZZ_STATS: '1' },
  },
);
console.log(
  `fuzz: ${runs} requests per operation, seed ${seed}: ${result.status === 0 ? 'passed' : 'FAILED'}`,
);
process.exit(result.status ?? 1);
