import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KOLADA_FIGURES } from './kolada.figures';
import { statisticsDocument } from './statistics-doc';

describe('docs/statistics.md', () => {
  it('is the document the definitions write (run `npm run docs:statistics` after changing one)', () => {
    const committed = readFileSync(join(__dirname, '../../../../../docs/statistics.md'), 'utf8');
    expect(committed).toBe(statisticsDocument());
  });

  it('defines every figure once, in Swedish and English', () => {
    const ids = KOLADA_FIGURES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of KOLADA_FIGURES) {
      expect(f.definition.sv.trim()).not.toBe('');
      expect(f.definition.en.trim()).not.toBe('');
      expect(f.id).toMatch(/^[UN]\d{5}$/);
    }
  });
});
