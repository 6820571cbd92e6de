import {
  FIRST_CALENDAR_YEAR,
  importHeaderMapper,
  LAST_CALENDAR_YEAR,
  normalizeColumnName,
  type ImportHeaderMapping,
  type ImportRawCell,
  type ImportRowViolation,
} from '@steg/kernel';
import { ATTENDANCE_CODES, AttendanceCode } from '../../domain/attendance.types';

/**
 * Rows of an attendance import file (CSV or XLSX), checked one by one without a database: header
 * names (Swedish or English), day codes (Swedish or English), formats and the per-entry rules that
 * the attendance_entries constraints also hold. Version, month-lock and placement checks come later,
 * in the service. Row numbers count the header as row 1, as a spreadsheet shows them.
 */

export const IMPORT_FIELDS = [
  'placementId',
  'day',
  'code',
  'presentMinutes',
  'arrival',
  'departure',
  'note',
  'reason',
  'basedOnVersion',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

const REQUIRED_FIELDS: readonly ImportField[] = ['placementId', 'day', 'code'];

/** One rejected row (or the header, row 1), as the import report lists it. */
export type RowViolation = ImportRowViolation;

/** A cell as the file parsers hand it over: text from CSV, text/number/date/boolean from XLSX. */
export type RawCell = ImportRawCell;
export type RawRow = Partial<Record<ImportField, RawCell>>;

/** What a valid row becomes: the input of the attendance write, without the writer. */
export interface ImportedEntry {
  placementId: string;
  day: string;
  basedOnVersion: number;
  code: AttendanceCode;
  presentMinutes: number | null;
  arrival: string | null;
  departure: string | null;
  note: string | null;
  reason: string | null;
}

export type ParsedRow = { ok: true; entry: ImportedEntry } | { ok: false; violations: RowViolation[] };

export const NOTE_MAX_LENGTH = 500;
export const REASON_MAX_LENGTH = 1000;

const HEADER_ALIASES: Record<ImportField, readonly string[]> = {
  placementId: ['placementid', 'placement', 'placering', 'placeringsid'],
  day: ['day', 'date', 'datum', 'dag'],
  code: ['code', 'kod', 'närvarokod', 'dagkod'],
  presentMinutes: ['presentminutes', 'minutes', 'minuter', 'närvarotid', 'närvarominuter'],
  arrival: ['arrival', 'ankomst', 'ankomsttid'],
  departure: ['departure', 'avgång', 'hemgång', 'sluttid'],
  note: ['note', 'anteckning', 'kommentar'],
  reason: ['reason', 'orsak', 'ändringsorsak'],
  basedOnVersion: ['basedonversion', 'version'],
};

export type HeaderMapping = ImportHeaderMapping<ImportField>;

/** Maps the header row to fields; unknown, repeated or missing columns reject the file (row 1). */
export const mapHeaders = importHeaderMapper<ImportField>(
  HEADER_ALIASES,
  REQUIRED_FIELDS,
  'placering, datum, kod, närvarotid, anteckning, version, orsak',
);

/** Day codes in Swedish (REFERENCE.md "Attendance day codes") and their English names, by normalized name. */
const CODE_ALIASES = new Map<string, AttendanceCode>([
  ...Object.entries({
    närvarande: 'present',
    närvaro: 'present',
    sjuk: 'sick',
    vårdavbarn: 'sick_child',
    vab: 'sick_child',
    beviljadledighet: 'approved_absence',
    ogiltigfrånvaro: 'unexcused_absence',
    ejplaneraddag: 'not_scheduled',
    ejplanerad: 'not_scheduled',
  } satisfies Record<string, AttendanceCode>).map(
    ([name, code]) => [normalizeColumnName(name), code] as const,
  ),
  ...ATTENDANCE_CODES.map((code) => [normalizeColumnName(code), code] as const),
]);

export function parseAttendanceCode(value: string): AttendanceCode | undefined {
  // A file repeats a few codes a million times, most already as normalized as the keys: look them
  // up first (normalizeName leaves a key as it is, so this finds nothing the next line would not).
  return CODE_ALIASES.get(value) ?? CODE_ALIASES.get(normalizeColumnName(value));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{1,2})[:.](\d{2})(?::(\d{2}))?$/;

function isBlank(cell: RawCell): cell is null | undefined | '' {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether the day exists, by arithmetic rather than through a Date (an import checks a million
 * days). Only the years Steg takes dates in, as the write path's isCalendarDate.
 */
function isExistingDay(year: number, month: number, day: number): boolean {
  if (year < FIRST_CALENDAR_YEAR || year > LAST_CALENDAR_YEAR || month < 1 || month > 12 || day < 1)
    return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

/** A calendar day; spreadsheet dates arrive as UTC midnight (exceljs), so their UTC parts are the day. */
function toDay(cell: Exclude<RawCell, null | undefined>): string | undefined {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return undefined;
    return `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
  }
  const text = String(cell).trim();
  const match = ISO_DAY.exec(text);
  if (!match) return undefined;
  return isExistingDay(Number(match[1]), Number(match[2]), Number(match[3])) ? text : undefined;
}

/** `HH:MM`; spreadsheet times arrive as dates on 1899-12-30 (exceljs) and are read in UTC. */
function toTime(cell: Exclude<RawCell, null | undefined>): string | undefined {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return undefined;
    return `${pad(cell.getUTCHours())}:${pad(cell.getUTCMinutes())}`;
  }
  const match = TIME.exec(String(cell).trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59 || (match[3] !== undefined && Number(match[3]) > 59)) return undefined;
  return `${pad(hours)}:${pad(minutes)}`;
}

/** A whole number from a number cell or digits in text (no decimals, no units). */
function toInteger(cell: Exclude<RawCell, null | undefined>): number | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim();
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/** Minutes as a whole number, or `H:MM` (e.g. `3:30` → 210). */
function toMinutes(cell: Exclude<RawCell, null | undefined>): number | undefined {
  const whole = toInteger(cell);
  if (whole !== undefined) return whole;
  if (typeof cell !== 'string') return undefined;
  const match = /^(\d{1,2}):(\d{2})$/.exec(cell.trim());
  if (!match || Number(match[2]) > 59) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

function toText(cell: Exclude<RawCell, null | undefined>): string {
  // An unreadable spreadsheet date is text that fits no rule, never an exception.
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'Invalid Date' : cell.toISOString();
  return String(cell).trim();
}

/** Checks one data row and turns it into an entry, or lists everything wrong with it. */
export function parseImportRow(raw: RawRow, row: number): ParsedRow {
  const violations: RowViolation[] = [];
  const fail = (field: ImportField, rule: string, message: string): undefined => {
    violations.push({ row, field, rule, message });
    return undefined;
  };

  const placementCell = raw.placementId;
  let placementId: string | undefined;
  if (isBlank(placementCell)) fail('placementId', 'placementId.required', 'The placement id is missing.');
  else if (!UUID.test(toText(placementCell)))
    fail(
      'placementId',
      'placementId.uuid',
      'The placement id must be a UUID (as shown for the placement in Steg).',
    );
  else placementId = toText(placementCell).toLowerCase();

  const dayCell = raw.day;
  let day: string | undefined;
  if (isBlank(dayCell)) fail('day', 'day.required', 'The date is missing.');
  else {
    day = toDay(dayCell);
    if (day === undefined) fail('day', 'day.date', 'The date must be a calendar date YYYY-MM-DD.');
  }

  const codeCell = raw.code;
  let code: AttendanceCode | undefined;
  if (isBlank(codeCell)) fail('code', 'code.required', 'The day code is missing.');
  else {
    code = parseAttendanceCode(toText(codeCell));
    if (code === undefined)
      fail(
        'code',
        'code.known',
        'Unknown day code: use närvarande, sjuk, vård av barn, beviljad ledighet, ogiltig frånvaro or ej planerad dag.',
      );
  }

  let presentMinutes: number | null = null;
  const minutesCell = raw.presentMinutes;
  if (!isBlank(minutesCell)) {
    const minutes = toMinutes(minutesCell);
    if (minutes === undefined)
      fail(
        'presentMinutes',
        'presentMinutes.format',
        'Present time must be whole minutes (e.g. 180) or H:MM (e.g. 3:00).',
      );
    else if (minutes > 1440)
      fail('presentMinutes', 'presentMinutes.range', 'Present time must be 0–1440 minutes (0–24 h).');
    else if (minutes % 15 !== 0)
      fail(
        'presentMinutes',
        'presentMinutes.quarterHours',
        'Present time is reported in quarter hours (a multiple of 15).',
      );
    else presentMinutes = minutes;
  }
  if (code === 'present' && isBlank(minutesCell))
    fail('presentMinutes', 'presentMinutes.required', 'A present day needs the present time in minutes.');
  if (code !== undefined && code !== 'present' && !isBlank(minutesCell))
    fail('presentMinutes', 'presentMinutes.onlyWhenPresent', 'Present time is given only for a present day.');

  const times: Partial<Record<'arrival' | 'departure', string>> = {};
  for (const field of ['arrival', 'departure'] as const) {
    const cell = raw[field];
    if (isBlank(cell)) continue;
    const time = toTime(cell);
    if (time === undefined) fail(field, `${field}.format`, 'A time must be HH:MM.');
    else times[field] = time;
  }
  if (times.arrival !== undefined && times.departure !== undefined && times.departure <= times.arrival)
    fail('departure', 'departure.afterArrival', 'Departure must be after arrival.');

  const note = isBlank(raw.note) ? null : toText(raw.note);
  if (note !== null && note.length > NOTE_MAX_LENGTH)
    fail('note', 'note.maxLength', `The note may be at most ${NOTE_MAX_LENGTH} characters.`);
  const reason = isBlank(raw.reason) ? null : toText(raw.reason);
  if (reason !== null && reason.length > REASON_MAX_LENGTH)
    fail('reason', 'reason.maxLength', `The reason may be at most ${REASON_MAX_LENGTH} characters.`);

  let basedOnVersion = 0;
  if (!isBlank(raw.basedOnVersion)) {
    const version = toInteger(raw.basedOnVersion);
    if (version === undefined)
      fail(
        'basedOnVersion',
        'basedOnVersion.format',
        'The version must be a whole number (0 or empty for a new entry).',
      );
    else basedOnVersion = version;
  }

  if (violations.length > 0 || placementId === undefined || day === undefined || code === undefined)
    return { ok: false, violations };
  return {
    ok: true,
    entry: {
      placementId,
      day,
      basedOnVersion,
      code,
      presentMinutes,
      arrival: times.arrival ?? null,
      departure: times.departure ?? null,
      note,
      reason,
    },
  };
}

/** Pairs a data row's cells with the mapped columns. */
export function rowFromCells(columns: readonly (ImportField | null)[], cells: readonly RawCell[]): RawRow {
  const raw: RawRow = {};
  columns.forEach((field, index) => {
    if (field !== null) raw[field] = cells[index];
  });
  return raw;
}

/** True when no cell holds anything (blank lines are skipped, not rejected). */
export function isEmptyRow(cells: readonly RawCell[]): boolean {
  return cells.every(isBlank);
}
