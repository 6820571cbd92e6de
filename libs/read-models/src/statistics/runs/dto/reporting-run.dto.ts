import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { IsOptionalNotNull, PageQuery, Trimmed } from '@steg/http';
import { FigureValueDto, KoladaReportDto, ReportingPeriodDto } from '../../dto/kolada.dto';
import { KOLADA_GENDERS, type KoladaGender } from '../../domain/kolada-membership.rules';
import { RUN_PURPOSES, RUN_REPORTS, type RunPurpose, type RunReport } from '../domain/reporting-run.rules';

const SOURCES = ['active', 'referral', 'exit'];
const SOURCE_DESCRIPTION =
  'What the row is: `active` a participant active in the period (the record: their latest enrolment ' +
  '(inskrivning) active in it), `referral` a referral (anvisning) sent in it, `exit` an exit (avslut; the ' +
  'record: the enrolment)';
const ATTRIBUTES_DESCRIPTION =
  'The classifications the figures counted the row by, exactly as saved: age_band, education_level and ' +
  'time_without_work (active), source_group (referral), category A–E and duration (exit)';

export class CreateReportingRunDto {
  @ApiProperty({
    enum: RUN_REPORTS,
    description:
      'Which report to run and save (rapport): only `kolada` so far — a run holds the Kolada figure set of its ' +
      'period, whatever its purpose (the management report’s other sheets are not saved in a run)',
  })
  @IsIn(RUN_REPORTS)
  report: RunReport;

  @ApiProperty({
    description:
      'The period (redovisningsperiod): a year `2026`, a month `2026-11`, a tertial `2026-T1`…`T3` or a ' +
      'half-year `2026-H1`/`H2`, as GET /statistics/kolada',
    example: '2026',
    pattern: '^\\d{4}(-(0[1-9]|1[0-2])|-[Tt][1-3]|-[Hh][12])?$',
  })
  @IsString()
  @MaxLength(7)
  @Matches(/^\d{4}(-(0[1-9]|1[0-2])|-[Tt][1-3]|-[Hh][12])?$/, {
    message: 'period must be a year (2026), a month (2026-11), a tertial (2026-T1) or a half-year (2026-H1)',
  })
  period: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only this AME unit; without it the scope of GET /statistics/kolada for the caller',
  })
  @IsOptionalNotNull()
  @IsUUID()
  unitId?: string;

  @ApiProperty({
    enum: RUN_PURPOSES,
    description:
      'What the run is made for (syfte), which fixes its period: `kolada_year` the Kolada year (KAS) — a year; ' +
      '`stratsys_month` a Stratsys month to management — a month; `finsam_half_year` a Finsam half-year — a ' +
      'half-year; `other` any period. Another period is 400 (rule purpose.period). The run holds the Kolada ' +
      'figure set of the period in every case.',
  })
  @IsIn(RUN_PURPOSES)
  purpose: RunPurpose;

  @ApiPropertyOptional({ description: 'A note kept with the run (anteckning)', maxLength: 2000 })
  @IsOptionalNotNull()
  @Trimmed()
  @IsString()
  @Matches(/\S/, { message: 'note must not be blank' })
  @Length(1, 2000)
  note?: string;
}

export class ReportingRunSummaryDto {
  @ApiProperty({ format: 'uuid', description: 'The run (körning)' })
  id: string;

  @ApiProperty({ enum: RUN_REPORTS })
  report: string;

  @ApiProperty({ type: ReportingPeriodDto })
  period: ReportingPeriodDto;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The unit asked for; null = all in the scope of the one who ran it',
  })
  unitId: string | null;

  @ApiProperty({ enum: RUN_PURPOSES, description: 'What the run was made for (syfte)' })
  purpose: string;

  @ApiProperty({ type: String, nullable: true, description: 'The note kept with the run' })
  note: string | null;

  @ApiProperty({ format: 'uuid', description: 'Who ran it (the staff user)' })
  createdBy: string;

  @ApiProperty({ enum: ['analyst', 'unit_manager'], description: 'The role it was run in' })
  createdByRole: string;

  @ApiProperty({
    description: 'When it ran (the instant of its snapshot)',
    example: '2027-01-15T09:30:00.000Z',
  })
  createdAt: string;

  @ApiProperty({
    description: 'The code that computed it: package version + git commit (unknown when not known)',
    example: '0.1.0+9c2a950…',
  })
  codeVersion: string;

  @ApiProperty({
    description:
      'sha256 (hex) of the canonical JSON of the definitions used (the figures’ definitions and the ' +
      'small-number rule): equal hashes, equal definitions',
  })
  definitionsHash: string;
}

export class ReportingRunDto extends ReportingRunSummaryDto {
  @ApiProperty({ type: KoladaReportDto, description: 'The report exactly as it was answered then' })
  figures: KoladaReportDto;
}

export class ReportingRunPageDto {
  @ApiProperty({ type: [ReportingRunSummaryDto] })
  items: ReportingRunSummaryDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

/** A figure's records, a page at a time as every list (`?limit=&cursor=`), for one gender. */
export class FigureRecordsQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: KOLADA_GENDERS,
    default: 'T',
    description: 'T (totalt), K (kvinnor) or M (män), as the figure',
  })
  @IsOptionalNotNull()
  @IsIn(KOLADA_GENDERS)
  gender?: KoladaGender;
}

const RECORD_REF_DESCRIPTION =
  'The record’s reference within this run: HMAC-SHA256 of its id under the run’s own key — the same in the ' +
  'drill-down and in what changed since, never the same in another run, and not the record id (which an ' +
  'audit-log review could join to a person)';
const RECORD_ID_DESCRIPTION =
  'The record’s id (enrolment or referral): only beside a name, i.e. to a unit manager for a person they ' +
  'reach now; never to a revisor';

export class FigureRecordDto {
  @ApiProperty({
    description:
      'The person under the run’s pseudonym (Person 1…n, assigned at random when the run was saved)',
    example: 'Person 17',
  })
  person: string;

  @ApiProperty({ enum: SOURCES, description: SOURCE_DESCRIPTION })
  recordType: string;

  @ApiProperty({ description: RECORD_REF_DESCRIPTION, example: 'q3J0xZ2mUeY8bD1fK9sW4A' })
  recordRef: string;

  @ApiPropertyOptional({ format: 'uuid', description: RECORD_ID_DESCRIPTION })
  recordId?: string;

  @ApiProperty({ description: 'True when the row is in the share’s numerator (täljare); false for a count' })
  inNumerator: boolean;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: ATTRIBUTES_DESCRIPTION,
  })
  attributes: Record<string, string>;

  @ApiProperty({
    description: 'False when the person is no longer in the register (gallrad): the row stays, nameless',
  })
  inRegister: boolean;

  @ApiPropertyOptional({
    description:
      'The person’s name: only for a unit manager, and only for a person they reach now (relation to one of ' +
      'their units); never for a revisor. Each name shown is logged as a read of that person.',
  })
  name?: string;
}

export class FigureRecordsDto {
  @ApiProperty({ format: 'uuid' })
  runId: string;

  @ApiProperty({ example: 'U40455' })
  figureId: string;

  @ApiProperty({ enum: KOLADA_GENDERS })
  gender: string;

  @ApiProperty({
    description:
      'For a share, what it is out of (nämnare: the rows listed); for a count, what it counts (distinct ' +
      'people for U40800 and U40803, else rows)',
  })
  denominator: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'For a share, the rows counted (täljare); null for a count',
  })
  numerator: number | null;

  @ApiProperty({ type: [FigureRecordDto], description: 'A page of the rows, by pseudonym' })
  items: FigureRecordDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

export class SavedAndCurrentDto {
  @ApiProperty({ type: FigureValueDto, description: 'As saved in the run' })
  saved: FigureValueDto;

  @ApiProperty({
    type: FigureValueDto,
    description:
      'The same report now. For a caller who sees no rows (an analyst, an API key), suppressed in every ' +
      'gender — with the figure’s change counts — when any gender is suppressed one time and not the other, ' +
      'when the value, numerator or denominator of any gender moved by one to four, or when the part of T ' +
      'hidden both times (gender X, with K or M when suppressed) did: then and now side by side, with the ' +
      'counts, would give a hidden value or change away',
  })
  current: FigureValueDto;
}

export class SavedAndCurrentValuesDto {
  @ApiProperty({ type: SavedAndCurrentDto })
  T: SavedAndCurrentDto;

  @ApiProperty({ type: SavedAndCurrentDto })
  K: SavedAndCurrentDto;

  @ApiProperty({ type: SavedAndCurrentDto })
  M: SavedAndCurrentDto;
}

export class ChangeCountDto {
  @ApiProperty({ type: Number, nullable: true, description: 'Rows; null when suppressed' })
  count: number | null;

  @ApiProperty({
    description:
      'True, for a caller who sees no rows, when the figure’s current values are suppressed (see current), ' +
      'any of its change counts describes one to four people, or the net of its corrections into T (the ' +
      'change of T − registered + removed) is one to four: a figure’s counts are shown all or none ' +
      '(röjandeskydd)',
  })
  suppressed: boolean;
}

export class ChangeCountsDto {
  @ApiProperty({ type: ChangeCountDto, description: 'Records created after the run (sen registrering)' })
  registeredAfterRun: ChangeCountDto;

  @ApiProperty({ type: ChangeCountDto, description: 'Records there at the run, changed since (rättelse)' })
  changedAfterRun: ChangeCountDto;

  @ApiProperty({ type: ChangeCountDto, description: 'Records no longer there' })
  removed: ChangeCountDto;
}

export class ChangedRecordDto {
  @ApiProperty({
    description:
      'The run’s pseudonym; a person not in the run gets the next free number (for this answer only)',
    example: 'Person 18',
  })
  person: string;

  @ApiProperty({ enum: SOURCES, description: SOURCE_DESCRIPTION })
  recordType: string;

  @ApiProperty({ description: RECORD_REF_DESCRIPTION })
  recordRef: string;

  @ApiPropertyOptional({ format: 'uuid', description: RECORD_ID_DESCRIPTION })
  recordId?: string;

  @ApiProperty({
    enum: ['registered_after_run', 'changed_after_run', 'removed'],
    description:
      '`registered_after_run`: the record was created after the run; `changed_after_run`: it was there ' +
      'and has changed (e.g. an exit category corrected, a date moved into or out of the period); ' +
      '`removed`: it is no longer there',
  })
  reason: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    nullable: true,
    description: `Gender and classifications as saved; null when not in the run. ${ATTRIBUTES_DESCRIPTION}`,
  })
  saved: Record<string, string> | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    nullable: true,
    description: 'Gender and classifications now; null when no longer counted',
  })
  current: Record<string, string> | null;

  @ApiPropertyOptional({ description: 'The person’s name, on the drill-down’s terms (unit managers only)' })
  name?: string;
}

export class FigureChangesDto {
  @ApiProperty({ example: 'U40455' })
  figureId: string;

  @ApiProperty({
    type: SavedAndCurrentValuesDto,
    description: 'Each gender’s value as published, then and now',
  })
  values: SavedAndCurrentValuesDto;

  @ApiProperty({ type: ChangeCountsDto, description: 'The rows that moved this figure, by reason' })
  changes: ChangeCountsDto;

  @ApiProperty({
    type: [ChangedRecordDto],
    nullable: true,
    description: 'The rows themselves, for a revisor or unit manager; null for an analyst or API key',
  })
  rows: ChangedRecordDto[] | null;
}

export class ReportingRunChangesDto {
  @ApiProperty({ format: 'uuid' })
  runId: string;

  @ApiProperty({ description: 'When the report was run again', example: '2027-03-01T10:00:00.000Z' })
  comparedAt: string;

  @ApiProperty({ type: [FigureChangesDto] })
  figures: FigureChangesDto[];
}
