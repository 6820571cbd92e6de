import type ExcelJS from 'exceljs';

/**
 * Cells of the files people download and open in a spreadsheet (the attendance report, the
 * management report): text defended against formula injection, and times as a Swede reads them.
 */

/**
 * A text cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a tab or carriage
 * return before one) gets a leading apostrophe, as OWASP advises for CSV injection: names, notes
 * and reasons are free text typed by people. Numbers are never touched, so they stay numbers.
 */
export function neutraliseCell<T>(value: T): T | string {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const stockholm = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * An instant as the wall-clock time in Sweden, `YYYY-MM-DD HH:MM` (CET in winter, CEST in summer):
 * the files are read by people, not parsed by machines, so they never show UTC.
 */
export function stockholmDateTime(instant: string | Date): string {
  const parts = Object.fromEntries(
    stockholm.formatToParts(new Date(instant)).map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']}`;
}

/**
 * The Swedish wall-clock time as a Date whose UTC fields carry it: a spreadsheet cell has no time
 * zone, and exceljs writes a Date's UTC fields, so the cell shows what the Swede saw on the clock.
 */
export function stockholmWallClock(instant: string | Date): Date {
  return new Date(`${stockholmDateTime(instant).replace(' ', 'T')}:00Z`);
}

/** A calendar date `YYYY-MM-DD` as a date cell (midnight, no time zone). */
export function dateCell(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/**
 * exceljs, loaded on first use: it adds about 9 MB of RSS to every API process once required, and
 * only the XLSX downloads and imports need it (issue 13's RSS target under load).
 */
export async function loadExcel(): Promise<typeof ExcelJS> {
  const loaded = await import('exceljs');
  return loaded.default;
}
