import ExcelJS from 'exceljs';
import fc from 'fast-check';
import {
  formatOfFileName,
  ImportFileUnreadableError,
  parseCsv,
  parseQuotedCsv,
  parseXlsx,
  splitPlainCsv,
} from './import-file.parser';

describe('parseCsv', () => {
  it('reads ; separated UTF-8 with a BOM, numbering rows as a spreadsheet does', () => {
    const csv =
      '\uFEFFplacering;datum;kod;anteckning\r\na;2026-03-16;sjuk;"Ring; sen"\r\n\r\nb;2026-03-17;vab;\r\n';
    expect(parseCsv(Buffer.from(csv, 'utf8'))).toEqual({
      header: ['placering', 'datum', 'kod', 'anteckning'],
      rows: [
        { row: 2, cells: ['a', '2026-03-16', 'sjuk', 'Ring; sen'] },
        { row: 4, cells: ['b', '2026-03-17', 'vab', ''] },
      ],
    });
  });

  it('reads , separated without a BOM', () => {
    const parsed = parseCsv(Buffer.from('placementId,day,code\nx,2026-03-16,present\n'));
    expect(parsed.header).toEqual(['placementId', 'day', 'code']);
    expect(parsed.rows).toEqual([{ row: 2, cells: ['x', '2026-03-16', 'present'] }]);
  });

  it('reads a file without quotes line by line, as csv-parse reads it', () => {
    // Fields without quotes or line breaks (delimiters and spaces included), lines joined by one kind
    // of line break, with empty lines and with or without a last line break.
    const field = fc.stringMatching(/^[a-zåäö0-9 ;,.:\t-]{0,6}$/);
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { maxLength: 5 }), { maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom<';' | ','>(';', ','),
        fc.boolean(),
        (lines, lineBreak, delimiter, lastBreak) => {
          const text =
            lines.map((cells) => cells.join(delimiter)).join(lineBreak) + (lastBreak ? lineBreak : '');
          expect(splitPlainCsv(text, delimiter)).toEqual(parseQuotedCsv(text, delimiter));
        },
      ),
    );
  });

  it('reads a line break within quotes, and a lone CR among CRLFs as csv-parse does', () => {
    expect(parseCsv(Buffer.from('a;b\nx;"1\n2"\ny;3\n'))).toEqual({
      header: ['a', 'b'],
      rows: [
        { row: 3, cells: ['x', '1\n2'] },
        { row: 4, cells: ['y', '3'] },
      ],
    });
    expect(parseCsv(Buffer.from('a;b\r\nx;1\r2\r\n'))).toEqual(parseQuotedCsv('a;b\r\nx;1\r2\r\n', ';'));
  });

  it('reports a broken file as unreadable', () => {
    expect(() => parseCsv(Buffer.from('a;b\n"open;1\n'))).toThrow(ImportFileUnreadableError);
  });
});

describe('parseXlsx', () => {
  it('reads the first sheet with dates, numbers and empty cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Närvaro');
    sheet.addRow(['Placering', 'Datum', 'Kod', 'Närvarotid']);
    sheet.addRow(['a', new Date(Date.UTC(2026, 2, 16)), 'närvarande', 180]);
    sheet.addRow(['b', '2026-03-17', 'sjuk', null]);
    workbook.addWorksheet('Annat').addRow(['ignored']);
    const parsed = await parseXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(parsed.header).toEqual(['Placering', 'Datum', 'Kod', 'Närvarotid']);
    expect(parsed.rows).toEqual([
      { row: 2, cells: ['a', new Date(Date.UTC(2026, 2, 16)), 'närvarande', 180] },
      { row: 3, cells: ['b', '2026-03-17', 'sjuk'] },
    ]);
  });

  it('reports a file that is not a workbook as unreadable', async () => {
    await expect(parseXlsx(Buffer.from('not a zip'))).rejects.toThrow(ImportFileUnreadableError);
  });
});

it.each([
  ['närvaro mars.CSV', 'csv'],
  ['vecka 12.xlsx', 'xlsx'],
  ['gammal.xls', undefined],
])('formatOfFileName(%s) = %s', (name, format) => {
  expect(formatOfFileName(name)).toBe(format);
});
