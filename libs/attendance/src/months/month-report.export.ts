import { stringify } from 'csv-stringify/sync';
import type { MonthReportDto } from './dto/month-response.dto';
import { loadExcel } from '../excel';

/** Swedish labels of the day codes in the downloads. */
export const CODE_LABELS: Record<string, string> = {
  present: 'Närvarande',
  sick: 'Sjuk',
  sick_child: 'Vård av barn',
  approved_absence: 'Beviljad ledighet',
  unexcused_absence: 'Ogiltig frånvaro',
  not_scheduled: 'Ej planerad dag',
};

export const CSV_HEADER = [
  'Datum',
  'Veckodag',
  'Insats',
  'Planerad tid (h)',
  'Dagkod',
  'Närvaro (h)',
  'Frånvaro (h)',
  'Ej rapporterad',
  'Rättad',
  'Helgdag',
];

const WEEKDAYS = ['', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör', 'sön'];
/** UTF-8 byte order mark: Excel in Swedish opens a BOM-less file as Windows-1252 and breaks å, ä, ö. */
export const BOM = '\uFEFF';

function dayRows(report: MonthReportDto): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (const day of report.days) {
    for (const p of day.placements) {
      rows.push([
        day.date,
        WEEKDAYS[day.weekday] ?? '',
        p.intervention,
        p.expectedHours,
        p.code === null ? (p.notReported ? 'Ej rapporterad' : '') : (CODE_LABELS[p.code] ?? p.code),
        p.presentHours,
        p.absenceHours,
        p.notReported ? 'ja' : '',
        p.corrected ? 'ja' : '',
        day.holidayName ?? '',
      ]);
    }
  }
  return rows;
}

function summaryRows(report: MonthReportDto): (string | number)[][] {
  const rows: (string | number)[][] = [
    ['Deltagare', `${report.participant.firstName} ${report.participant.lastName}`],
    ['Månad', report.month],
    ['Status', report.status === 'signed' ? 'Attesterad' : 'Ej attesterad'],
    ['Schemalagda timmar', report.scheduledHours],
    ['Närvarotimmar', report.presentHours],
  ];
  for (const [code, total] of Object.entries(report.absence) as [string, { days: number; hours: number }][]) {
    rows.push([`${CODE_LABELS[code] ?? code} (dagar)`, total.days]);
    rows.push([`${CODE_LABELS[code] ?? code} (timmar)`, total.hours]);
  }
  rows.push(['Dagar med ogiltig frånvaro', report.unexcusedDays]);
  rows.push(['Ej rapporterade dagar', report.notReportedDays]);
  rows.push(['Attesterad av', report.signedByName ?? '']);
  rows.push(['Attesterad', report.signedAt ?? '']);
  for (const e of report.events) {
    rows.push([
      e.action === 'sign' ? 'Attest' : 'Återöppnad',
      `${e.occurredAt} ${e.userName}${e.reason ? `: ${e.reason}` : ''}`,
    ]);
  }
  rows.push([
    'Frånvarodialog',
    report.dialogue
      ? `${report.dialogue.status === 'open' ? 'Pågående' : 'Beslutad'}, frist ${report.dialogue.deadline}`
      : '',
  ]);
  return rows;
}

/** Decimal comma, as Swedish Excel reads numbers. */
function swedish(value: string | number): string {
  return typeof value === 'number' ? String(value).replace('.', ',') : value;
}

/** Semicolon-separated with a BOM (Swedish Excel); the day lines, a blank line, then the totals. */
export function reportCsv(report: MonthReportDto): string {
  const days = stringify([CSV_HEADER, ...dayRows(report).map((r) => r.map(swedish))], {
    delimiter: ';',
    record_delimiter: '\r\n',
  });
  const totals = stringify(
    summaryRows(report).map((r) => r.map(swedish)),
    {
      delimiter: ';',
      record_delimiter: '\r\n',
    },
  );
  return `${BOM}${days}\r\n${totals}`;
}

/** A workbook with the sheets "Sammanställning" (totals) and "Dagar" (each day's line). */
export async function reportXlsx(report: MonthReportDto): Promise<Buffer> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Steg';
  const summary = workbook.addWorksheet('Sammanställning');
  summary.columns = [{ width: 32 }, { width: 60 }];
  summaryRows(report).forEach((row) => summary.addRow(row));
  const days = workbook.addWorksheet('Dagar');
  days.addRow(CSV_HEADER).font = { bold: true };
  dayRows(report).forEach((row) => days.addRow(row));
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data);
}
