import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { MonthReportDto } from './dto/month-response.dto';
import { reportCsv, reportXlsx } from './month-report.export';

const NONE = { days: 0, hours: 0 };

/** A month whose every free-text field looks like a formula, and a number that is negative. */
function hostileReport(): MonthReportDto {
  return {
    monthId: '0b9c1f2e-7d4a-4c3b-9e8f-1a2b3c4d5e6f',
    participant: {
      id: '0b9c1f2e-7d4a-4c3b-9e8f-1a2b3c4d5e6f',
      masked: false,
      firstName: '=1+1',
      lastName: 'Berg',
      identityNumber: '19900101-1234',
    },
    month: '2026-03',
    status: 'signed',
    scheduledHours: 8,
    presentHours: 8,
    absence: {
      sick: NONE,
      sick_child: NONE,
      approved_absence: NONE,
      unexcused_absence: { days: 1, hours: 3 },
    },
    unexcusedDays: 1,
    notReportedDays: 0,
    notReportedHours: -0.5,
    days: [
      {
        date: '2026-03-30',
        weekday: 1,
        holidayName: '@helg',
        expectedHours: 8,
        presentHours: 8,
        placements: [
          {
            placementId: 'p',
            intervention: '+Insats',
            expectedHours: 8,
            dayStatus: 'scheduled',
            code: 'present',
            presentHours: 8,
            absenceHours: 0,
            notReported: false,
            corrected: false,
          },
        ],
      },
    ],
    signedBy: 'u',
    signedByName: '-Coach',
    // Before 29 March 2026 Sweden is on winter time (UTC+1), from then on summer time (UTC+2).
    signedAt: '2026-03-31T08:00:00.000Z',
    events: [
      {
        action: 'sign',
        userId: 'u',
        userName: 'Coach',
        occurredAt: '2026-03-27T08:00:00.000Z',
        reason: null,
      },
      {
        action: 'reopen',
        userId: 'u',
        userName: 'Coach',
        occurredAt: '2026-03-27T09:00:00.000Z',
        reason: 'Fel',
      },
      {
        action: 'sign',
        userId: 'u',
        userName: 'Coach',
        occurredAt: '2026-03-31T08:00:00.000Z',
        reason: null,
      },
    ],
    dialogue: null,
    ifoReadAt: null,
    version: 2,
  };
}

describe('the report files', () => {
  it('CSV day table: one table, every text cell neutralised', () => {
    const records: string[][] = parse(reportCsv(hostileReport(), 'days'), { bom: true, delimiter: ';' });
    const [header, ...rows] = records;
    expect(header?.[0]).toBe('Deltagare');
    expect(rows).toEqual([
      [
        "'=1+1 Berg",
        '19900101-1234',
        '2026-03-30',
        'mån',
        "'+Insats",
        '8',
        'Närvarande',
        '8',
        '0',
        '',
        '',
        "'@helg",
      ],
    ]);
  });

  it('CSV summary: each total once, the attest once, times in Swedish time on both sides of DST', () => {
    const rows: string[][] = parse(reportCsv(hostileReport(), 'summary'), { bom: true, delimiter: ';' });
    expect(rows[0]).toEqual(['Uppgift', 'Värde']);
    const labels = rows.map((r) => r[0]);
    expect(new Set(labels).size).toBe(labels.length);
    const value = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(value('Deltagare')).toBe("'=1+1 Berg");
    expect(value('Attesterad av')).toBe("'-Coach");
    expect(value('Attesterad')).toBe('2026-03-31 10:00'); // CEST
    expect(value('Återöppnad')).toBe('2026-03-27 10:00 Coach: Fel'); // CET
    expect(value('Ej rapporterade timmar')).toBe('-0,5'); // a number, not neutralised
    expect(labels.filter((l) => l?.startsWith('Ogiltig frånvaro (dagar)'))).toHaveLength(1);
    expect(labels).not.toContain('Attest');
  });

  it('XLSX: text neutralised, numbers numbers, dates date cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const bytes = await reportXlsx(hostileReport());
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const row = workbook.getWorksheet('Dagar')?.getRow(2);
    expect(row?.getCell(1).value).toBe("'=1+1 Berg");
    expect(row?.getCell(3).value).toEqual(new Date('2026-03-30T00:00:00.000Z'));
    expect(row?.getCell(5).value).toBe("'+Insats");
    expect(row?.getCell(6).value).toBe(8);
    expect(row?.getCell(12).value).toBe("'@helg");
    const summary = new Map<string, unknown>();
    workbook
      .getWorksheet('Sammanställning')
      ?.eachRow((r) => summary.set(r.getCell(1).text, r.getCell(2).value));
    expect(summary.get('Ej rapporterade timmar')).toBe(-0.5);
    expect(summary.get('Attesterad av')).toBe("'-Coach");
    expect(summary.get('Attesterad')).toEqual(new Date('2026-03-31T10:00:00.000Z'));
  });
});
