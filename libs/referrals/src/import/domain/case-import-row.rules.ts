import {
  importHeaderMapper,
  isCalendarDate,
  normalizeColumnName,
  parseIdentityNumber,
  type IdentityKind,
  type ImportHeaderMapping,
  type ImportRawCell,
  type ImportRowViolation,
} from '@steg/kernel';
import {
  EXIT_DESTINATIONS,
  OUTCOME_CATEGORIES,
  REFERRAL_SOURCES,
  type ExitDestination,
  type OutcomeCategory,
  type ReferralSource,
} from '../../domain/referral.types';

/**
 * Rows of a case-history import file (flytt från ett tidigare verksamhetssystem), checked one by one
 * without a database: one row is one case — the person, the referral with its real dates, the
 * enrolment and, when it has ended, the exit with its Kolada category. Whether the unit exists in the
 * municipality and whether the case is already imported are the service's questions. Row numbers
 * count the header as row 1, as a spreadsheet shows them.
 */

export const CASE_IMPORT_FIELDS = [
  'identityNumber',
  'firstName',
  'lastName',
  'birthDate',
  'externalRef',
  'source',
  'receivedOn',
  'acceptedOn',
  'unit',
  'coach',
  'enrolmentStart',
  'exitDate',
  'outcome',
  'exitDestination',
] as const;
export type CaseImportField = (typeof CASE_IMPORT_FIELDS)[number];

const REQUIRED_FIELDS: readonly CaseImportField[] = [
  'identityNumber',
  'firstName',
  'lastName',
  'source',
  'receivedOn',
  'unit',
  'coach',
  'enrolmentStart',
];

/** One rejected row (or the header, row 1), as the import report lists it. */
export type CaseRowViolation = ImportRowViolation;

/** A cell as the file parsers hand it over: text from CSV, text/number/date/boolean from XLSX. */
export type CaseRawCell = ImportRawCell;
export type CaseRawRow = Partial<Record<CaseImportField, CaseRawCell>>;

/** The receiving unit as the file names it: its id, or its name in Steg. */
export type UnitReference = { kind: 'id'; id: string } | { kind: 'name'; name: string };

/** What a valid row becomes. */
export interface ImportedCase {
  identityKind: IdentityKind;
  /** 12 digits, as the participants' register stores it. */
  identityNumber: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  /** The old system's case number; with the unit, what makes a second run find the case again. */
  externalRef: string | null;
  source: ReferralSource;
  receivedOn: string;
  /** The day the unit took the case on; the old system may not know it (then the enrolment start). */
  acceptedOn: string | null;
  unit: UnitReference;
  /** Username of the responsible coach (ansvarig arbetsmarknadskonsulent) at the unit in Steg. */
  coach: string;
  enrolmentStart: string;
  exit: { date: string; outcome: OutcomeCategory; destination: ExitDestination | null } | null;
}

export type ParsedCaseRow = { ok: true; value: ImportedCase } | { ok: false; violations: CaseRowViolation[] };

export const NAME_MAX_LENGTH = 100;
export const EXTERNAL_REF_MAX_LENGTH = 64;

const HEADER_ALIASES: Record<CaseImportField, readonly string[]> = {
  identityNumber: ['identitynumber', 'personnummer', 'personnr', 'pnr', 'samordningsnummer'],
  firstName: ['firstname', 'förnamn'],
  lastName: ['lastname', 'efternamn'],
  birthDate: ['birthdate', 'födelsedatum'],
  externalRef: ['externalref', 'ärendenummer', 'ärendenr', 'referens', 'externreferens'],
  source: ['source', 'referralsource', 'källa', 'aktualiseringskälla', 'remittent'],
  receivedOn: ['receivedon', 'referralreceived', 'aktualiseringsdatum', 'inkom', 'inkomdatum', 'remissdatum'],
  acceptedOn: ['acceptedon', 'mottagen', 'mottagningsdatum', 'beslutsdatum'],
  unit: ['unit', 'receivingunit', 'enhet', 'mottagandeenhet'],
  coach: ['coach', 'responsiblecoach', 'ansvarig', 'ansvarigkonsulent', 'handläggare'],
  enrolmentStart: ['enrolmentstart', 'startdate', 'inskrivningsdatum', 'inskriven', 'start'],
  exitDate: ['exitdate', 'avslutsdatum', 'avslutad', 'utskrivningsdatum'],
  outcome: ['outcome', 'outcomecategory', 'utfall', 'avslutskategori', 'kategori'],
  exitDestination: ['exitdestination', 'destination', 'avslutsorsak', 'avslutadtill'],
};

export type CaseHeaderMapping = ImportHeaderMapping<CaseImportField>;

/** Maps the header row to fields; unknown, repeated or missing columns reject the file (row 1). */
export const mapCaseHeaders = importHeaderMapper<CaseImportField>(
  HEADER_ALIASES,
  REQUIRED_FIELDS,
  'personnummer, förnamn, efternamn, källa, inkom, enhet, ansvarig, inskrivningsdatum, avslutsdatum, utfall',
);

/** Referral sources by their Swedish names (REFERENCE.md) and Steg's own, normalized. */
const SOURCE_ALIASES = new Map<string, ReferralSource>([
  ...Object.entries({
    ekonomisktbistånd: 'ifo_economic_assistance',
    försörjningsstöd: 'ifo_economic_assistance',
    ifo: 'ifo_economic_assistance',
    vuxenstöd: 'vuxenstod',
    försäkringskassan: 'forsakringskassan',
    fk: 'forsakringskassan',
    kommunalaaktivitetsansvaret: 'kaa',
    aktivitetsansvaret: 'kaa',
    arbetsförmedlingen: 'arbetsformedlingen',
    af: 'arbetsformedlingen',
    arbetsförmedlingenochsocialtjänsten: 'af_with_social_services',
    afochsocialtjänsten: 'af_with_social_services',
    självanmälan: 'self_referral',
    egenanmälan: 'self_referral',
    annankommun: 'other_municipality',
    annan: 'other',
    övrigt: 'other',
  } satisfies Record<string, ReferralSource>).map(
    ([name, source]) => [normalizeColumnName(name), source] as const,
  ),
  ...REFERRAL_SOURCES.map((source) => [normalizeColumnName(source), source] as const),
]);

/** Exit destinations by their Swedish names and Steg's own, normalized. */
const DESTINATION_ALIASES = new Map<string, ExitDestination>([
  ...Object.entries({
    arbete: 'employment',
    anställning: 'employment',
    studier: 'studies',
    överlämnad: 'transferred',
    överlämnadtillannanmyndighet: 'transferred',
    avslutatuppdrag: 'completed',
    uppdragetavslutat: 'completed',
    genomfört: 'completed',
    övrigt: 'other',
    annat: 'other',
  } satisfies Record<string, ExitDestination>).map(([name, d]) => [normalizeColumnName(name), d] as const),
  ...EXIT_DESTINATIONS.map((d) => [normalizeColumnName(d), d] as const),
]);

/**
 * The destinations each Kolada category allows: A is work, B studies, C a transfer, D an assignment
 * completed; E (övrigt) is anything that does not meet A–D, so any destination.
 */
const DESTINATIONS_OF: Record<OutcomeCategory, readonly ExitDestination[]> = {
  A: ['employment'],
  B: ['studies'],
  C: ['transferred'],
  D: ['completed'],
  E: EXIT_DESTINATIONS,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isBlank(cell: CaseRawCell): cell is null | undefined | '' {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function toText(cell: Exclude<CaseRawCell, null | undefined>): string {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'Invalid Date' : cell.toISOString();
  return String(cell).trim();
}

/** A calendar day; spreadsheet dates arrive as UTC midnight (exceljs), so their UTC parts are the day. */
function toDay(cell: Exclude<CaseRawCell, null | undefined>): string | undefined {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return undefined;
    const day = `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
    return isCalendarDate(day) ? day : undefined;
  }
  const text = String(cell).trim();
  return isCalendarDate(text) ? text : undefined;
}

/** Checks one data row and turns it into a case, or lists everything wrong with it. */
export function parseCaseRow(raw: CaseRawRow, row: number, today: string): ParsedCaseRow {
  const violations: CaseRowViolation[] = [];
  const fail = (field: CaseImportField, rule: string, message: string): undefined => {
    violations.push({ row, field, rule, message });
    return undefined;
  };
  /** Text of a cell, or undefined when blank; NUL bytes (which PostgreSQL refuses in text) reject it. */
  const text = (field: CaseImportField): string | undefined => {
    const cell = raw[field];
    if (isBlank(cell)) return undefined;
    const value = toText(cell);
    if (value.includes('\u0000')) return fail(field, `${field}.noNul`, 'The cell contains a NUL byte.');
    return value;
  };
  const required = (field: CaseImportField, what: string): string | undefined => {
    const value = text(field);
    if (value === undefined && isBlank(raw[field])) fail(field, `${field}.required`, `${what} is missing.`);
    return value;
  };
  const day = (field: CaseImportField, what: string, must: boolean): string | undefined => {
    const cell = raw[field];
    if (isBlank(cell)) {
      if (must) fail(field, `${field}.required`, `${what} is missing.`);
      return undefined;
    }
    const value = toDay(cell);
    if (value === undefined)
      return fail(field, `${field}.date`, `${what} must be a calendar date YYYY-MM-DD.`);
    if (value > today) return fail(field, `${field}.notFuture`, `${what} lies in the future.`);
    return value;
  };

  let identityNumber: string | undefined;
  let identityKind: IdentityKind | undefined;
  let birthDate: string | undefined;
  const identityText = required('identityNumber', 'The identity number (personnummer)');
  if (identityText !== undefined) {
    const parsed = parseIdentityNumber(identityText, today);
    if (!parsed.ok) fail('identityNumber', parsed.rule, `The identity number ${parsed.message}.`);
    else {
      identityNumber = parsed.value.value;
      identityKind = parsed.value.kind;
      birthDate = parsed.value.birthDate;
    }
  }

  const firstName = required('firstName', 'The first name');
  const lastName = required('lastName', 'The last name');
  for (const [field, value] of [
    ['firstName', firstName],
    ['lastName', lastName],
  ] as const) {
    if (value !== undefined && value.length > NAME_MAX_LENGTH)
      fail(field, `${field}.maxLength`, `The name may be at most ${NAME_MAX_LENGTH} characters.`);
  }

  const givenBirthDate = day('birthDate', 'The birth date', false);
  if (givenBirthDate !== undefined && birthDate !== undefined && givenBirthDate !== birthDate)
    fail(
      'birthDate',
      'birthDate.matchesIdentityNumber',
      'The birth date does not match the identity number.',
    );

  const externalRef = text('externalRef') ?? null;
  if (externalRef !== null && externalRef.length > EXTERNAL_REF_MAX_LENGTH)
    fail(
      'externalRef',
      'externalRef.maxLength',
      `The case number may be at most ${EXTERNAL_REF_MAX_LENGTH} characters.`,
    );

  let source: ReferralSource | undefined;
  const sourceText = required('source', 'The referral source (källa)');
  if (sourceText !== undefined) {
    source = SOURCE_ALIASES.get(normalizeColumnName(sourceText));
    if (source === undefined)
      fail(
        'source',
        'source.known',
        'Unknown referral source: use e.g. ekonomiskt bistånd, vuxenstöd, Försäkringskassan, KAA, region, ' +
          'Arbetsförmedlingen, Arbetsförmedlingen och socialtjänsten, självanmälan, annan kommun or annan.',
      );
  }

  let unit: UnitReference | undefined;
  const unitText = required('unit', 'The receiving unit (enhet)');
  if (unitText !== undefined) {
    unit = UUID.test(unitText)
      ? { kind: 'id', id: unitText.toLowerCase() }
      : { kind: 'name', name: unitText };
  }

  const coach = required('coach', 'The responsible coach (ansvarig, a username in Steg)');

  const receivedOn = day('receivedOn', 'The day the referral came in', true);
  const acceptedOn = day('acceptedOn', 'The day the unit took the case on', false) ?? null;
  const enrolmentStart = day('enrolmentStart', 'The enrolment start', true);
  const exitDate = day('exitDate', 'The exit date', false) ?? null;

  // The case's days in order: referral received ≤ accepted ≤ enrolment start ≤ exit.
  if (receivedOn !== undefined && acceptedOn !== null && acceptedOn < receivedOn)
    fail(
      'acceptedOn',
      'acceptedOn.notBeforeReceived',
      'The case cannot be taken on before the referral came in.',
    );
  const enrolmentFloor = acceptedOn ?? receivedOn;
  if (enrolmentFloor !== undefined && enrolmentStart !== undefined && enrolmentStart < enrolmentFloor)
    fail(
      'enrolmentStart',
      acceptedOn !== null ? 'enrolmentStart.notBeforeAccepted' : 'enrolmentStart.notBeforeReceived',
      'The enrolment cannot start before the referral came in and was taken on.',
    );
  if (enrolmentStart !== undefined && exitDate !== null && exitDate < enrolmentStart)
    fail('exitDate', 'exitDate.notBeforeStart', 'The exit cannot lie before the enrolment start.');
  if (birthDate !== undefined && receivedOn !== undefined && receivedOn < birthDate)
    fail('receivedOn', 'receivedOn.notBeforeBirth', 'The referral cannot precede the birth date.');

  let outcome: OutcomeCategory | undefined;
  const outcomeText = text('outcome');
  if (outcomeText !== undefined) {
    const upper = outcomeText.toUpperCase();
    if ((OUTCOME_CATEGORIES as readonly string[]).includes(upper)) outcome = upper as OutcomeCategory;
    else fail('outcome', 'outcome.known', 'The outcome must be a Kolada category A, B, C, D or E.');
  }
  let destination: ExitDestination | null = null;
  const destinationText = text('exitDestination');
  if (destinationText !== undefined) {
    destination = DESTINATION_ALIASES.get(normalizeColumnName(destinationText)) ?? null;
    if (destination === null)
      fail(
        'exitDestination',
        'exitDestination.known',
        'Unknown exit destination: use arbete, studier, överlämnad, avslutat uppdrag or övrigt.',
      );
  }
  const hasExitDate = !isBlank(raw.exitDate);
  if (hasExitDate && isBlank(raw.outcome))
    fail('outcome', 'outcome.requiredWithExit', 'An exit needs its outcome (utfall A–E).');
  if (!hasExitDate && (!isBlank(raw.outcome) || !isBlank(raw.exitDestination)))
    fail(
      'exitDate',
      'exitDate.requiredWithOutcome',
      'An outcome needs the exit date; leave both empty for an open enrolment.',
    );
  if (outcome !== undefined && destination !== null && !DESTINATIONS_OF[outcome].includes(destination))
    fail(
      'exitDestination',
      'exitDestination.matchesOutcome',
      `Category ${outcome} does not go with the destination ${destinationText}.`,
    );

  if (
    violations.length > 0 ||
    identityNumber === undefined ||
    identityKind === undefined ||
    birthDate === undefined ||
    firstName === undefined ||
    lastName === undefined ||
    source === undefined ||
    unit === undefined ||
    coach === undefined ||
    receivedOn === undefined ||
    enrolmentStart === undefined
  )
    return { ok: false, violations };
  return {
    ok: true,
    value: {
      identityKind,
      identityNumber,
      firstName,
      lastName,
      birthDate,
      externalRef,
      source,
      receivedOn,
      acceptedOn,
      unit,
      coach,
      enrolmentStart,
      exit: exitDate !== null && outcome !== undefined ? { date: exitDate, outcome, destination } : null,
    },
  };
}

/** Pairs a data row's cells with the mapped columns. */
export function caseRowFromCells(
  columns: readonly (CaseImportField | null)[],
  cells: readonly CaseRawCell[],
): CaseRawRow {
  const raw: CaseRawRow = {};
  columns.forEach((field, index) => {
    if (field !== null) raw[field] = cells[index];
  });
  return raw;
}

/** True when no cell holds anything (blank lines are skipped, not rejected). */
export function isEmptyCaseRow(cells: readonly CaseRawCell[]): boolean {
  return cells.every(isBlank);
}
