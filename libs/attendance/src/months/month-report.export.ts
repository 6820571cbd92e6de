import { stringify } from 'csv-stringify/sync';
import { MASK } from '@steg/access';
import type { MonthReportDto } from './dto/month-response.dto';
import { dateCell, loadExcel, neutraliseCell, stockholmDateTime, stockholmWallClock } from '@steg/kernel';
import { type ReportTable } from './domain/report-file.rules';

/** Swedish labels of the day codes in the downloads. */
export const CODE_LABELS: Record<string, string> = {
  present: 'Närvarande',
  sick: 'Sjuk',
  sick_child: 'Vård av barn',
  approved_absence: 'Beviljad ledighet',
  unexcused_absence: 'Ogiltig frånvaro',
  not_scheduled: 'Ej planerad dag',
};

/** The day table's header: every row names the participant, so files of several people can be joined. */
export const DAY_HEADER = [
  'Deltagare',
  'Personnummer',
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
const DATE_COLUMN = DAY_HEADER.indexOf('Datum');

export const SUMMARY_HEADER = ['Uppgift', 'Värde'];

/** The Swedish date format (ÅÅÅÅ-MM-DD), and with the time of day (Swedish local time). */
const DATE_FORMAT = 'yyyy-mm-dd';
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

/** A cell before it is written: text, a number, a calendar date, or an instant shown in Swedish time. */
type Cell = string | number | { date: string } | { instant: string };

const WEEKDAYS = ['', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör', 'sön'];
/** UTF-8 byte order mark: Excel in Swedish opens a BOM-less file as Windows-1252 and breaks å, ä, ö. */
export const BOM = '\uFEFF';

/** The person as the reader may see them: masked name and number for a protected person. */
function who(report: MonthReportDto): { name: string; identityNumber: string } {
  const { participant } = report;
  if (participant.masked) return { name: MASK, identityNumber: MASK };
  return {
    name: `${participant.firstName} ${participant.lastName}`,
    identityNumber: participant.identityNumber ?? '',
  };
}

function dayRows(report: MonthReportDto): Cell[][] {
  const { name, identityNumber } = who(report);
  const rows: Cell[][] = [];
  for (const day of report.days) {
    for (const p of day.placements) {
      rows.push([
        name,
        identityNumber,
        { date: day.date },
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

/**
 * The month's totals, each once: the attest as who and when (the signing is not repeated as an
 * event), the unexcused days once (in the per-code totals), and every reopening with its reason.
 */
function summaryRows(report: MonthReportDto): Cell[][] {
  const { name, identityNumber } = who(report);
  const rows: Cell[][] = [
    ['Deltagare', name],
    ['Personnummer', identityNumber],
    ['Månad', report.month],
    ['Status', report.status === 'signed' ? 'Attesterad' : 'Ej attesterad'],
    ['Schemalagda timmar', report.scheduledHours],
    ['Närvarotimmar', report.presentHours],
  ];
  for (const [code, total] of Object.entries(report.absence) as [string, { days: number; hours: number }][]) {
    rows.push([`${CODE_LABELS[code] ?? code} (dagar)`, total.days]);
    rows.push([`${CODE_LABELS[code] ?? code} (timmar)`, total.hours]);
  }
  rows.push(['Ej rapporterade dagar', report.notReportedDays]);
  rows.push(['Ej rapporterade timmar', report.notReportedHours]);
  rows.push(['Attesterad av', report.signedByName ?? '']);
  rows.push(['Attesterad', report.signedAt ? { instant: report.signedAt } : '']);
  for (const e of report.events.filter((event) => event.action === 'reopen')) {
    rows.push([
      'Återöppnad',
      `${stockholmDateTime(e.occurredAt)} ${e.userName}${e.reason ? `: ${e.reason}` : ''}`,
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

/** A cell as CSV text: neutralised text, decimal commas (Swedish Excel), dates and Swedish times. */
function csvCell(cell: Cell): string {
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  if (typeof cell === 'string') return neutraliseCell(cell);
  return 'date' in cell ? cell.date : stockholmDateTime(cell.instant);
}

/** A cell as exceljs writes it: neutralised text, numbers as numbers, dates as date cells. */
function xlsxCell(cell: Cell): string | number | Date {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string') return neutraliseCell(cell);
  return 'date' in cell ? dateCell(cell.date) : stockholmWallClock(cell.instant);
}

/**
 * One table per file, semicolon-separated with a BOM (Swedish Excel): the day table, or the
 * month's totals as `Uppgift;Värde`, so either imports into Excel as it is.
 */
export function reportCsv(report: MonthReportDto, table: ReportTable): string {
  const [header, rows] =
    table === 'summary' ? [SUMMARY_HEADER, summaryRows(report)] : [DAY_HEADER, dayRows(report)];
  const body = stringify([header, ...rows.map((r) => r.map(csvCell))], {
    delimiter: ';',
    record_delimiter: '\r\n',
  });
  return `${BOM}${body}`;
}

/**
 * A workbook with the sheets "Sammanställning" (the participant, totals, attest) and "Dagar" (the
 * day table with date cells, a frozen header row and a filter, as a caseworker sorts and filters it).
 */
export async function reportXlsx(report: MonthReportDto): Promise<Buffer> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Steg';

  const summary = workbook.addWorksheet('Sammanställning');
  summary.columns = [{ width: 32 }, { width: 60 }];
  summary.addRow(SUMMARY_HEADER).font = { bold: true };
  for (const row of summaryRows(report)) {
    const added = summary.addRow(row.map(xlsxCell));
    if (typeof row[1] === 'object') added.getCell(2).numFmt = DATE_TIME_FORMAT;
  }

  const days = workbook.addWorksheet('Dagar', { views: [{ state: 'frozen', ySplit: 1 }] });
  days.addRow(DAY_HEADER).font = { bold: true };
  const rows = dayRows(report);
  rows.forEach((row) => days.addRow(row.map(xlsxCell)));
  days.getColumn(DATE_COLUMN + 1).numFmt = DATE_FORMAT;
  days.columns.forEach((column, i) => {
    column.width = Math.max(12, (DAY_HEADER[i] ?? '').length + 2);
  });
  days.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: DAY_HEADER.length } };

  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data);
}
