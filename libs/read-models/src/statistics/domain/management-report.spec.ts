import {
  aboutSheet,
  count,
  longFormRows,
  MARK_HEADING,
  share,
  sheetOf,
  SUPPRESSED_MARK,
  SUPPRESSION_FOOTNOTE,
} from './management-report';
import { parseMonth } from './period.rules';

describe('sheetOf', () => {
  const sheet = sheetOf(
    'Prov',
    ['Mått', 'Totalt', 'Kvinnor', 'Män'],
    [
      [
        'Deltagare',
        count({ value: 19, suppressed: false }),
        count({ value: 10, suppressed: false }),
        count({ value: null, suppressed: true }),
      ],
      [
        'Andel',
        share({ value: 37.5, suppressed: false }),
        share({ value: null, suppressed: false }),
        share({ value: 0, suppressed: false }),
      ],
      ['Text', 'ingen siffra', null, 0],
    ],
    ['Fotnot ett'],
  );

  it('puts the headings first and adds the marker column', () => {
    expect(sheet.rows[0]).toEqual(['Mått', 'Totalt', 'Kvinnor', 'Män', MARK_HEADING]);
  });

  it.each([
    ['a shown count', 1, 1, 19],
    ['a shown share', 2, 1, 37.5],
    ['a zero share', 2, 3, 0],
    ['a suppressed count: empty', 1, 3, null],
    ['a share of nothing: empty', 2, 2, null],
    ['a plain text cell', 3, 1, 'ingen siffra'],
    ['a plain empty cell', 3, 2, null],
  ])('%s', (_what, r, c, value) => {
    expect(sheet.rows[r][c]).toBe(value);
  });

  it('marks a row with a suppressed cell, naming the column, and no other row', () => {
    expect(sheet.rows.map((row) => row[4])).toEqual([MARK_HEADING, `${SUPPRESSED_MARK}: Män`, null, null]);
  });

  it('knows the share cells and why the empty figure cells are empty (a plain null has no status)', () => {
    expect(sheet.shares).toEqual([
      [2, 1],
      [2, 2],
      [2, 3],
    ]);
    expect(sheet.statuses).toEqual([
      [1, 3, 'suppressed'],
      [2, 2, 'undefined'],
    ]);
  });

  it('ends the footnotes with the small-number rule', () => {
    expect(sheet.footnotes).toEqual(['Fotnot ett', SUPPRESSION_FOOTNOTE]);
  });

  it('refuses a row that does not fit the headings', () => {
    expect(() => sheetOf('Prov', ['A', 'B'], [['x']])).toThrow(/row 1 has 1 cells for 2 headings/);
  });

  it('takes no rows: the headings alone', () => {
    expect(sheetOf('Tom', ['A'], []).rows).toEqual([['A', MARK_HEADING]]);
  });
});

describe('longFormRows', () => {
  const sheet = sheetOf(
    'Prov',
    ['Mått', 'Totalt', 'Män'],
    [
      ['Deltagare', count({ value: 19, suppressed: false }), count({ value: null, suppressed: true })],
      ['Andel', share({ value: 50, suppressed: false }), share({ value: null, suppressed: false })],
      ['Medel', count({ value: 45.25, suppressed: false }), null],
    ],
  );
  const lines = longFormRows([sheet]);

  it('has one header, then a line per cell with its row number in the workbook and its heading', () => {
    expect(lines[0]).toEqual(['Flik', 'Rad', 'Kolumn', 'Värde', 'Status']);
    expect(lines.slice(1, 5)).toEqual([
      ['Prov', '2', 'Mått', 'Deltagare', ''],
      ['Prov', '2', 'Totalt', '19', ''],
      ['Prov', '2', 'Män', '', 'röjandeskydd'],
      ['Prov', '2', MARK_HEADING, `${SUPPRESSED_MARK}: Män`, ''],
    ]);
  });

  it.each([
    ['a share keeps one decimal with a decimal comma', '3', 'Totalt', '50,0', ''],
    ['a share of nothing is empty and says so', '3', 'Män', '', 'ej definierat (0 av 0)'],
    ['another number gets a decimal comma', '4', 'Totalt', '45,25', ''],
    ['a plain empty cell is empty, with no status', '4', 'Män', '', ''],
  ])('%s', (_what, row, column, value, status) => {
    expect(lines).toContainEqual(['Prov', row, column, value, status]);
  });

  it('puts the footnotes after one empty row', () => {
    // Headings on row 1, three rows (2–4), an empty row 5, the footnote on 6.
    expect(lines[lines.length - 1]).toEqual(['Prov', '6', 'Fotnot', SUPPRESSION_FOOTNOTE, '']);
    expect(lines).toHaveLength(1 + 3 * 4 + 1);
  });

  it('keeps a name typed as a formula text, and a negative number a number', () => {
    const typed = sheetOf('Insatser', ['Insats', 'Förändring'], [['=HYPERLINK("x")', -0.5]]);
    expect(longFormRows([typed]).slice(1, 3)).toEqual([
      ['Insatser', '2', 'Insats', `'=HYPERLINK("x")`, ''],
      ['Insatser', '2', 'Förändring', '-0,5', ''],
    ]);
  });

  it('gives only the header for no sheets', () => {
    expect(longFormRows([])).toEqual([['Flik', 'Rad', 'Kolumn', 'Värde', 'Status']]);
  });
});

describe('aboutSheet', () => {
  const about = aboutSheet({
    municipalityName: 'Östersund',
    municipalityCode: '2380',
    unitName: null,
    month: { label: '2026-11', from: '2026-11-01', to: '2026-11-30' },
    madeBy: 'Anna Analytiker (anna)',
    madeAt: '2026-12-04 10:15',
    suppressionRule: 'Färre än fem personer visas inte.',
    sheets: ['Kolada', 'Flöde'],
  });
  const value = (label: string) => about.rows.find((r) => r[0] === label)?.[1];

  it.each([
    ['Kommun', 'Östersund (2380)'],
    ['Enhet', 'Alla enheter du får se'],
    ['Månad', '2026-11 (2026-11-01–2026-11-30)'],
    ['Framtagen av', 'Anna Analytiker (anna)'],
    ['Framtagen', '2026-12-04 10:15 (svensk tid)'],
    ['Flikar', 'Kolada, Flöde'],
  ])('says %s: %s', (label, expected) => {
    expect(value(label)).toBe(expected);
  });

  it('states the rule, its mark and where the definitions are', () => {
    expect(value('Röjandeskydd')).toContain('Färre än fem personer visas inte.');
    expect(value('Röjandeskydd')).toContain(SUPPRESSED_MARK);
    expect(value('Definitioner')).toContain('docs/statistics.md');
    expect(about.sheet).toBe('Om rapporten');
  });
});

describe('parseMonth', () => {
  it.each([
    ['2026-11', '2026-11-01', '2026-11-30'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2026-12', '2026-12-01', '2026-12-31'],
    ['2026-01', '2026-01-01', '2026-01-31'],
  ])('%s is %s to %s', (label, from, to) => {
    expect(parseMonth(label)).toMatchObject({ kind: 'month', label, from, to });
  });

  it.each([
    '2026-13',
    '2026-00',
    '2026-1',
    '2026',
    '',
    ' ',
    '2026-T1',
    '2026-H1',
    '2026-11 ',
    '1899-12',
    '2200-01',
  ])('%j is no month', (label) => {
    expect(parseMonth(label)).toBeNull();
  });
});
