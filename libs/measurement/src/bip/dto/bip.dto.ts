import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  IsCalendarDate,
  IsOptionalNotNull,
  IsOptionalNullable,
  Trimmed,
  ValidateNestedObject,
} from '@steg/http';
import { BIP_DUE_STATES, BIP_RESPONDENTS, type BipRespondent } from '../domain/bip.rules';

/** The scale's bounds any assessment may use; the assessment's own scale is checked by the service. */
const SCORE_MIN = 0;
const SCORE_MAX = 100;
const MAX_SCORES = 20;

export class BipScoreInputDto {
  @ApiProperty({
    description: 'The indicator (indikator), by its stable code from GET /bip-indicators',
    example: 'labour_market_knowledge',
  })
  @Matches(/^[a-z_]{1,40}$/)
  @IsString()
  indicatorCode: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      "The respondent's score on the assessment's scale (default 1–5); null leaves the item open in a draft",
    example: 3,
  })
  // Required, and null where a draft leaves the item open.
  @ValidateIf((_object: object, value: unknown) => value !== null)
  @Max(SCORE_MAX)
  @Min(SCORE_MIN)
  @IsInt()
  score: number | null;

  @ApiProperty({
    enum: BIP_RESPONDENTS,
    description:
      'Who answered (vem som svarat): participant = deltagarens självskattning; caseworker = handläggarens ' +
      'bedömning — only for the caseworker-only indicator caseworker_belief, which the participant never answers',
  })
  @IsIn(BIP_RESPONDENTS)
  answeredBy: BipRespondent;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description:
      "The caseworker's own view (handläggarens skattning) beside a participant item, on the same scale",
  })
  @IsOptionalNullable()
  @Max(SCORE_MAX)
  @Min(SCORE_MIN)
  @IsInt()
  caseworkerScore?: number | null;
}

class BipContentDto {
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'A comment on the assessment (kommentar)',
  })
  @IsOptionalNullable()
  @Trimmed()
  @Length(0, 4000)
  @IsString()
  comment?: string | null;

  @ApiProperty({
    type: [BipScoreInputDto],
    description: 'The items scored so far, one per indicator; a draft may leave some out or null',
  })
  @ValidateNestedObject({ each: true })
  @Type(() => BipScoreInputDto)
  @ArrayMaxSize(MAX_SCORES)
  @IsArray()
  scores: BipScoreInputDto[];
}

/** POST /enrolments/:enrolmentId/bip-assessments. */
export class CreateBipAssessmentDto extends BipContentDto {
  @ApiProperty({
    description: 'The day of the assessment (mätdatum): not in the future, not before the enrolment start',
    example: '2026-03-16',
  })
  @IsCalendarDate()
  assessedOn: string;

  @ApiPropertyOptional({
    description: 'true = complete it at once (every indicator needs its score); default false = a draft',
  })
  @IsOptionalNotNull()
  @IsBoolean()
  complete?: boolean;
}

/** PATCH /bip-assessments/:id: a draft's day, comment and scores (the scores replace the draft's). */
export class UpdateBipAssessmentDto {
  @ApiPropertyOptional({ description: 'The day of the assessment (mätdatum)', example: '2026-03-16' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  assessedOn?: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'A comment on the assessment (kommentar)',
  })
  @IsOptionalNullable()
  @Trimmed()
  @Length(0, 4000)
  @IsString()
  comment?: string | null;

  @ApiPropertyOptional({
    type: [BipScoreInputDto],
    description: "All the draft's items: they replace the ones saved",
  })
  @IsOptionalNotNull()
  @ValidateNestedObject({ each: true })
  @Type(() => BipScoreInputDto)
  @ArrayMaxSize(MAX_SCORES)
  @IsArray()
  scores?: BipScoreInputDto[];
}

/** POST /bip-assessments/:id/corrections: a complete assessment in full, and why it corrects the old. */
export class CorrectBipAssessmentDto extends BipContentDto {
  @ApiProperty({ description: 'The day of the assessment (mätdatum)', example: '2026-03-16' })
  @IsCalendarDate()
  assessedOn: string;

  @ApiProperty({ description: 'Why the assessment is corrected (skäl till rättelsen)' })
  @Trimmed()
  @Length(1, 2000)
  @IsString()
  reason: string;
}

export class BipIndicatorDto {
  @ApiProperty({ description: 'Stable code', example: 'labour_market_knowledge' })
  code: string;

  @ApiProperty({ description: 'Order on the form (1–11)' })
  position: number;

  @ApiProperty({ example: 'Kunskap om arbetsmarknaden' })
  labelSv: string;

  @ApiProperty({ example: 'Knowledge of the labour market' })
  labelEn: string;

  @ApiProperty({
    enum: BIP_RESPONDENTS,
    description: "Who answers it: the participant's self-assessment, or the caseworker alone",
  })
  respondent: BipRespondent;
}

export class BipIndicatorListDto {
  @ApiProperty({ type: [BipIndicatorDto] })
  items: BipIndicatorDto[];
}

export class BipScoreDto {
  @ApiProperty()
  indicatorCode: string;

  @ApiProperty({ type: Number, nullable: true })
  score: number | null;

  @ApiProperty({ enum: BIP_RESPONDENTS })
  answeredBy: BipRespondent;

  @ApiProperty({ type: Number, nullable: true, description: "The caseworker's own view, if given" })
  caseworkerScore: number | null;
}

export class BipAssessmentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  participantId: string;

  @ApiProperty({ format: 'uuid' })
  enrolmentId: string;

  @ApiProperty({ description: 'The day of the assessment (mätdatum)' })
  assessedOn: string;

  @ApiProperty({ enum: ['draft', 'complete'], description: 'draft = utkast, complete = klar' })
  status: 'draft' | 'complete';

  @ApiProperty({ description: 'The lowest score of the scale recorded with the assessment' })
  scaleMin: number;

  @ApiProperty({ description: 'The highest score of the scale recorded with the assessment' })
  scaleMax: number;

  @ApiProperty({ type: String, nullable: true })
  comment: string | null;

  @ApiProperty({ type: [BipScoreDto], description: 'In the indicators order' })
  scores: BipScoreDto[];

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The assessment it corrects' })
  supersedesId: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why it corrects it (skäl till rättelsen)' })
  correctionReason: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The correction that supersedes this one; a superseded assessment no longer counts',
  })
  supersededById: string | null;

  @ApiProperty({ format: 'uuid' })
  createdBy: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  completedBy: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  completedAt: string | null;

  @ApiProperty({ description: 'Row version; also the ETag' })
  version: number;
}

export class BipDueDto {
  @ApiProperty({
    enum: ['baseline', 'last_assessment'],
    description:
      'baseline = nollmätning at the enrolment start; last_assessment = from the last complete one',
  })
  basis: 'baseline' | 'last_assessment';

  @ApiProperty({ description: 'The first day the next assessment is due' })
  dueOn: string;

  @ApiProperty({ description: 'The first day it is overdue (after the grace days)' })
  overdueOn: string;

  @ApiProperty({ enum: BIP_DUE_STATES, description: 'not_due = ej aktuell, due = dags, overdue = försenad' })
  status: string;

  @ApiProperty()
  intervalMonths: number;

  @ApiProperty()
  graceDays: number;
}

export class BipAssessmentListDto {
  @ApiProperty({
    type: [BipAssessmentDto],
    description: 'Every assessment of the enrolment, the latest first',
  })
  items: BipAssessmentDto[];

  @ApiProperty({ type: BipDueDto, nullable: true, description: 'When the next is due; null once exited' })
  due: BipDueDto | null;
}

export class BipPointDto {
  @ApiProperty({ format: 'uuid' })
  assessmentId: string;

  @ApiProperty()
  assessedOn: string;

  @ApiProperty()
  scaleMin: number;

  @ApiProperty()
  scaleMax: number;

  @ApiProperty({ type: [BipScoreDto] })
  scores: BipScoreDto[];
}

export class BipChangeDto {
  @ApiProperty()
  indicatorCode: string;

  @ApiProperty({ type: Number, nullable: true })
  baseline: number | null;

  @ApiProperty({ type: Number, nullable: true })
  latest: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'latest − baseline; null when a score is missing or the scales differ',
  })
  change: number | null;
}

export class BipPlacementDto {
  @ApiProperty({ format: 'uuid' })
  placementId: string;

  @ApiProperty({ format: 'uuid' })
  instanceId: string;

  @ApiProperty({ type: String, nullable: true, description: 'The intervention instance (insats)' })
  instanceName: string | null;

  @ApiProperty()
  startDate: string;

  @ApiProperty({ type: String, nullable: true })
  actualEndDate: string | null;
}

export class BipIntervalDto {
  @ApiProperty({ format: 'uuid' })
  fromAssessmentId: string;

  @ApiProperty({ format: 'uuid' })
  toAssessmentId: string;

  @ApiProperty()
  from: string;

  @ApiProperty()
  to: string;

  @ApiProperty({
    type: [BipPlacementDto],
    description: 'Placements (placeringar) active at some day between the two assessments',
  })
  placements: BipPlacementDto[];
}

export class BipEnrolmentProgressDto {
  @ApiProperty({ format: 'uuid' })
  enrolmentId: string;

  @ApiProperty({
    type: [BipPointDto],
    description: 'Complete, not superseded assessments, the earliest first',
  })
  series: BipPointDto[];

  @ApiProperty({
    type: [BipChangeDto],
    description:
      'Per indicator, from the baseline (nollmätning, the first) to the latest; empty with fewer than two',
  })
  changeSinceBaseline: BipChangeDto[];

  @ApiProperty({ type: [BipIntervalDto], description: 'Between each two assessments in a row' })
  intervals: BipIntervalDto[];
}

export class BipProgressDto {
  @ApiProperty({ format: 'uuid' })
  participantId: string;

  @ApiProperty({ type: [BipEnrolmentProgressDto], description: 'Per enrolment with any complete assessment' })
  enrolments: BipEnrolmentProgressDto[];
}

export class UpdateBipSettingsDto {
  @ApiProperty({ description: 'Months between BIP assessments (about every 3 months)', example: 3 })
  @Max(24)
  @Min(1)
  @IsInt()
  intervalMonths: number;

  @ApiProperty({ description: 'Days after the due day before it counts as overdue', example: 14 })
  @Max(90)
  @Min(0)
  @IsInt()
  graceDays: number;

  @ApiProperty({ description: 'The lowest score of the scale of new assessments', example: 1 })
  @Max(99)
  @Min(0)
  @IsInt()
  scaleMin: number;

  @ApiProperty({ description: 'The highest score; greater than scaleMin', example: 5 })
  @Max(100)
  @Min(1)
  @IsInt()
  scaleMax: number;
}

export class BipSettingsDto {
  @ApiProperty()
  intervalMonths: number;

  @ApiProperty()
  graceDays: number;

  @ApiProperty()
  scaleMin: number;

  @ApiProperty()
  scaleMax: number;

  @ApiProperty({ description: 'true while the municipality uses the defaults (3 months, 14 days, 1–5)' })
  isDefault: boolean;

  @ApiProperty({ description: 'Row version; also the ETag. 0 while the defaults apply' })
  version: number;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  updatedAt: string | null;
}
