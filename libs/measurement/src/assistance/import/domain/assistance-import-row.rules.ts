import {
  importHeaderMapper,
  isCalendarDate,
  normalizeColumnName,
  parseIdentityNumber,
  type ImportHeaderMapping,
  type ImportRawCell,
  type ImportRowViolation,
} from '@steg/kernel';
import {
  type AssistancePeriodDates,
  type HouseholdRole,
  periodsOverlap,
} from '../../domain/assistance-period.rules';

/**
 * Rows of an import of periods of försörjningsstöd (from the economic-assistance system), checked one
 * by one without a database: the person's identity number, from, to (empty: the period lasts) and the
 * household role. Whether the person exists, is reached, or already has the period is the service's
 * question. Row numbers count the header as row 1, as a spreadsheet shows them.
 */

export const ASSISTANCE_IMPORT_FIELDS = ['identityNumber', 'fromDate', 'toDate', 'householdRole'] as const;
export type AssistanceImportField = (typeof ASSISTANCE_IMPORT_FIELDS)[number];

export type AssistanceRawRow = Partial<Record<AssistanceImportField, ImportRawCell>>;

/** What a valid row becomes. */
export interface ImportedAssistancePeriod extends AssistancePeriodDates {
  /** 12 digits, as the participants' register stores it. */
  identityNumber: string;
  householdRole: HouseholdRole;
}

export type ParsedAssistanceRow =
  { ok: true; value: ImportedAssistancePeriod } | { ok: false; violations: ImportRowViolation[] };

const HEADER_ALIASES: Record<AssistanceImportField, readonly string[]> = {
  identityNumber: ['identitynumber', 'personnummer', 'personnr', 'pnr', 'samordningsnummer'],
  fromDate: ['fromdate', 'from', 'fr.o.m.', 'från', 'frånochmed', 'startdatum', 'periodstart'],
  toDate: ['todate', 'to', 't.o.m.', 'till', 'tillochmed', 'slutdatum', 'periodslut'],
  householdRole: ['householdrole', 'role', 'hushållsroll', 'roll', 'sökanderoll'],
};

/** Maps the header row to fields; unknown, repeated or missing columns reject the file (row 1). */
export const mapAssistanceHeaders: (
  headers: readonly ImportRawCell[],
) => ImportHeaderMapping<AssistanceImportField> = importHeaderMapper<AssistanceImportField>(
  HEADER_ALIASES,
  ['identityNumber', 'fromDate', 'toDate', 'householdRole'],
  'personnummer, från, till, hushållsroll',
);

/** The household role by its Swedish (sökande, medsökande) or English name, normalized. */
const ROLE_ALIASES = new Map<string, HouseholdRole>(
  Object.entries({
    sökande: 'applicant',
    applicant: 'applicant',
    medsökande: 'co_applicant',
    coapplicant: 'co_applicant',
  } satisfies Record<string, HouseholdRole>).map(
    ([name, role]) => [normalizeColumnName(name), role] as const,
  ),
);

function isBlank(cell: ImportRawCell): cell is null | undefined | '' {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A calendar day; spreadsheet dates arrive as UTC midnight (exceljs), so their UTC parts are the day. */
function toDay(cell: Exclude<ImportRawCell, null | undefined>): string | undefined {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return undefined;
    const day = `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
    return isCalendarDate(day) ? day : undefined;
  }
  const text = String(cell).trim();
  return isCalendarDate(text) ? text : undefined;
}

function toText(cell: Exclude<ImportRawCell, null | undefined>): string {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'Invalid Date' : cell.toISOString();
  return String(cell).trim();
}

/** Checks one data row and turns it into a period, or lists everything wrong with it. */
export function parseAssistanceRow(raw: AssistanceRawRow, row: number, today: string): ParsedAssistanceRow {
  const violations: ImportRowViolation[] = [];
  const fail = (field: AssistanceImportField, rule: string, message: string): undefined => {
    violations.push({ row, field, rule, message });
    return undefined;
  };
  const text = (field: AssistanceImportField, what: string): string | undefined => {
    const cell = raw[field];
    if (isBlank(cell)) return fail(field, `${field}.required`, `${what} is missing.`);
    const value = toText(cell);
    if (value.includes('\u0000')) return fail(field, `${field}.noNul`, 'The cell contains a NUL byte.');
    return value;
  };

  let identityNumber: string | undefined;
  const identityText = text('identityNumber', 'The identity number (personnummer)');
  if (identityText !== undefined) {
    const parsed = parseIdentityNumber(identityText, today);
    if (!parsed.ok) fail('identityNumber', parsed.rule, `The identity number ${parsed.message}.`);
    else identityNumber = parsed.value.value;
  }

  let fromDate: string | undefined;
  const fromCell = raw.fromDate;
  if (isBlank(fromCell)) fail('fromDate', 'fromDate.required', 'The first day (från) is missing.');
  else {
    fromDate = toDay(fromCell);
    if (fromDate === undefined) fail('fromDate', 'fromDate.date', 'The first day must be a date YYYY-MM-DD.');
    else if (fromDate > today) {
      fail('fromDate', 'fromDate.notFuture', 'The first day lies in the future.');
      fromDate = undefined;
    }
  }

  let toDate: string | null | undefined = null;
  const toCell = raw.toDate;
  if (!isBlank(toCell)) {
    toDate = toDay(toCell);
    if (toDate === undefined)
      fail('toDate', 'toDate.date', 'The last day must be a date YYYY-MM-DD (or empty).');
    else if (fromDate !== undefined && toDate < fromDate) {
      fail('toDate', 'toDate.notBeforeFrom', 'The last day is before the first day.');
    }
  }

  let householdRole: HouseholdRole | undefined;
  const roleText = text('householdRole', 'The household role (sökande or medsökande)');
  if (roleText !== undefined) {
    householdRole = ROLE_ALIASES.get(normalizeColumnName(roleText));
    if (householdRole === undefined) {
      fail('householdRole', 'householdRole.known', 'The household role must be sökande or medsökande.');
    }
  }

  if (
    violations.length > 0 ||
    identityNumber === undefined ||
    fromDate === undefined ||
    toDate === undefined ||
    householdRole === undefined
  ) {
    return { ok: false, violations };
  }
  return { ok: true, value: { identityNumber, fromDate, toDate, householdRole } };
}

/** The row's cells by field, from the header's columns. */
export function assistanceRowFromCells(
  columns: readonly (AssistanceImportField | null)[],
  cells: readonly ImportRawCell[],
): AssistanceRawRow {
  const raw: AssistanceRawRow = {};
  columns.forEach((field, index) => {
    if (field !== null) raw[field] = cells[index];
  });
  return raw;
}

/** True when no cell holds anything (blank lines are skipped, not rejected). */
export function isEmptyAssistanceRow(cells: readonly ImportRawCell[]): boolean {
  return cells.every(isBlank);
}

/** Whether two periods are the same (the same days and role): a second run finds its periods so. */
export function samePeriod(
  a: AssistancePeriodDates & { householdRole: HouseholdRole },
  b: AssistancePeriodDates & { householdRole: HouseholdRole },
): boolean {
  return a.fromDate === b.fromDate && a.toDate === b.toDate && a.householdRole === b.householdRole;
}

/**
 * The row of the file that a period overlaps, among the earlier rows of the same person (a row that
 * repeats an earlier one exactly also overlaps it: the file names the period twice).
 */
export function overlappingRow(
  period: AssistancePeriodDates,
  earlier: readonly { row: number; period: AssistancePeriodDates }[],
): number | undefined {
  return earlier.find((e) => periodsOverlap(period, e.period))?.row;
}
