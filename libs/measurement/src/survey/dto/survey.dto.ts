import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { IsCalendarDate, IsOptionalNotNull, Trimmed, ValidateNestedObject } from '@steg/http';
import {
  MAX_FREE_TEXT,
  MAX_LINK_VALID_DAYS,
  MIN_GROUP_SIZE,
  QUESTION_KINDS,
  type QuestionKind,
  RESPONSE_CHANNELS,
  type ResponseChannel,
  SCALE_BOUNDS,
  SURVEY_STATES,
  type SurveyState,
} from '../domain/survey.rules';

const SURVEY_TERMS =
  'The participant survey after a finished intervention (brukaruppföljning; Kolada "Deltagarbedömning ' +
  'Finsam", U40460–U40469).';

/** One answer: a value on the question's scale, "vet inte", or text for a free-text question. */
export class SurveyAnswerDto {
  @ApiProperty({ format: 'uuid', description: 'An active question of the survey' })
  @IsUUID()
  questionId: string;

  @ApiPropertyOptional({
    description:
      "A whole number within the question's scale (default 1 = instämmer inte alls … 5 = instämmer helt)",
    minimum: SCALE_BOUNDS.min,
    maximum: SCALE_BOUNDS.max,
  })
  @IsOptionalNotNull()
  @Max(SCALE_BOUNDS.max)
  @Min(SCALE_BOUNDS.min)
  @IsInt()
  value?: number;

  @ApiPropertyOptional({ description: '"Vet inte" (don\'t know), instead of a value' })
  @IsOptionalNotNull()
  @IsBoolean()
  dontKnow?: boolean;

  @ApiPropertyOptional({
    description: 'The answer to a free-text question (fritext)',
    maxLength: MAX_FREE_TEXT,
  })
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, MAX_FREE_TEXT)
  @IsString()
  text?: string;
}

export class RecordSurveyResponseDto {
  @ApiProperty({
    type: SurveyAnswerDto,
    isArray: true,
    description: 'The answers given; a question left out is not answered. At least one answer.',
  })
  @ValidateNestedObject({ each: true })
  @Type(() => SurveyAnswerDto)
  @ArrayMaxSize(200)
  @IsArray()
  answers: SurveyAnswerDto[];
}

export class CreateSurveyLinkDto {
  @ApiPropertyOptional({
    description: `Days the link works (default 14, at most ${MAX_LINK_VALID_DAYS})`,
    minimum: 1,
    maximum: MAX_LINK_VALID_DAYS,
  })
  @IsOptionalNotNull()
  @Max(MAX_LINK_VALID_DAYS)
  @Min(1)
  @IsInt()
  validDays?: number;
}

/** A question as the participant sees it through a link: nothing but the question. */
export class PublicSurveyQuestionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'The statement or question (påstående)' })
  text: string;

  @ApiProperty({
    enum: QUESTION_KINDS,
    description: 'scale = answered on the agree scale; free_text = fritext',
  })
  kind: QuestionKind;

  @ApiProperty({ nullable: true, type: Number, description: 'Lowest value of the scale; null for free text' })
  scaleMin: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Highest value of the scale; null for free text',
  })
  scaleMax: number | null;

  @ApiProperty({ nullable: true, type: String, description: 'What the lowest value means' })
  lowLabel: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'What the highest value means' })
  highLabel: string | null;
}

export class SurveyQuestionDto extends PublicSurveyQuestionDto {
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The Kolada key figure it feeds (U40460–U40469)',
  })
  koladaId: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The standard item it is (finsam_60 … finsam_69, free_text); null for your own',
  })
  standardKey: string | null;

  @ApiProperty({ description: 'Order in the survey' })
  position: number;

  @ApiProperty({ description: 'Asked in new surveys; a deactivated question keeps its answers' })
  active: boolean;

  @ApiProperty({ description: 'Row version; send it back as If-Match: "<version>" to deactivate' })
  version: number;
}

export class SurveyQuestionListDto {
  @ApiProperty({
    type: SurveyQuestionDto,
    isArray: true,
    description: 'Every question, active first, in order',
  })
  items: SurveyQuestionDto[];
}

export class CreateSurveyQuestionDto {
  @ApiProperty({ description: 'The statement or question, as the participant reads it', maxLength: 1000 })
  @Trimmed()
  @Length(1, 1000)
  @IsString()
  text: string;

  @ApiProperty({ enum: QUESTION_KINDS })
  @IsIn(QUESTION_KINDS)
  kind: QuestionKind;

  @ApiPropertyOptional({ description: 'Scale questions: lowest value (default 1)', minimum: 0, maximum: 9 })
  @IsOptionalNotNull()
  @Max(SCALE_BOUNDS.max - 1)
  @Min(SCALE_BOUNDS.min)
  @IsInt()
  scaleMin?: number;

  @ApiPropertyOptional({ description: 'Scale questions: highest value (default 5)', minimum: 1, maximum: 10 })
  @IsOptionalNotNull()
  @Max(SCALE_BOUNDS.max)
  @Min(SCALE_BOUNDS.min + 1)
  @IsInt()
  scaleMax?: number;

  @ApiPropertyOptional({
    description: 'Scale questions: what the lowest value means (default "Instämmer inte alls")',
  })
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 200)
  @IsString()
  lowLabel?: string;

  @ApiPropertyOptional({
    description: 'Scale questions: what the highest value means (default "Instämmer helt")',
  })
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 200)
  @IsString()
  highLabel?: string;

  @ApiPropertyOptional({
    description: 'The Kolada key figure the question feeds, e.g. U40460',
    example: 'U40460',
  })
  @IsOptionalNotNull()
  @Matches(/^U[0-9]{5}$/)
  @IsString()
  koladaId?: string;
}

export class PublicSurveyDto {
  @ApiProperty({ type: PublicSurveyQuestionDto, isArray: true })
  questions: PublicSurveyQuestionDto[];

  @ApiProperty({ description: 'The label of the "don\'t know" choice offered beside every scale' })
  dontKnowLabel: string;
}

export class SurveyLinkSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When it was used' })
  usedAt: string | null;
}

export class SurveyLinkCreatedDto extends SurveyLinkSummaryDto {
  @ApiProperty({
    description:
      'The one-time token (256 random bits). Shown only now: only its SHA-256 is stored. Send the ' +
      'participant a link that carries it; the survey opens at GET /api/v1/survey-links/{token}.',
  })
  token: string;

  @ApiProperty({ description: 'The API path of the survey, e.g. for the web app to build the link' })
  path: string;
}

export class SurveyStatusDto {
  @ApiProperty({ format: 'uuid' })
  placementId: string;

  @ApiProperty({
    enum: SURVEY_STATES,
    description: `${SURVEY_TERMS} not_due = the placement has not ended; due = ended, neither answered nor declined`,
  })
  state: SurveyState;

  @ApiProperty({ nullable: true, type: String, description: 'The day the placement ended' })
  placementEndedOn: string | null;

  @ApiProperty({ enum: RESPONSE_CHANNELS, nullable: true, description: 'How it was answered or declined' })
  channel: ResponseChannel | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  respondedAt: string | null;

  @ApiProperty({
    type: SurveyQuestionDto,
    isArray: true,
    description:
      'The active questions, to ask in a meeting, while due (empty otherwise). Answers are never shown.',
  })
  questions: SurveyQuestionDto[];

  @ApiProperty({
    type: SurveyLinkSummaryDto,
    isArray: true,
    description: 'One-time links sent, the latest first',
  })
  links: SurveyLinkSummaryDto[];
}

export const RESULT_GROUPINGS = ['type', 'instance'] as const;

export class SurveyResultsQuery {
  @ApiPropertyOptional({
    enum: RESULT_GROUPINGS,
    description: 'One group per intervention type (insatstyp, default) or per intervention instance',
  })
  @IsOptionalNotNull()
  @IsIn(RESULT_GROUPINGS)
  groupBy?: (typeof RESULT_GROUPINGS)[number];

  @ApiPropertyOptional({ format: 'uuid', description: 'Only this intervention type' })
  @IsOptionalNotNull()
  @IsUUID()
  interventionTypeId?: string;

  @ApiPropertyOptional({
    description:
      'Placements ended on or after this day: the first day of a month (whole months only, so that two ' +
      'periods a day apart cannot be subtracted to single out one answer)',
    example: '2026-01-01',
  })
  @IsOptionalNotNull()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({
    description: 'Placements ended on or before this day: the last day of a month',
    example: '2026-12-31',
  })
  @IsOptionalNotNull()
  @IsCalendarDate()
  to?: string;
}

export class SurveyValueCountDto {
  @ApiProperty()
  value: number;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'How many chose it; null when one to four did, or when it would give such a count away',
  })
  count: number | null;

  @ApiProperty({ description: 'True when the count is hidden by the small-number rule' })
  suppressed: boolean;
}

export class SurveyResultQuestionDto {
  @ApiProperty({ format: 'uuid' })
  questionId: string;

  @ApiProperty({ nullable: true, type: String })
  koladaId: string | null;

  @ApiProperty()
  text: string;

  @ApiProperty({ enum: QUESTION_KINDS })
  kind: QuestionKind;

  @ApiProperty({ description: `Fewer than ${MIN_GROUP_SIZE} answered it: no figures are shown` })
  suppressed: boolean;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'How many answered (a value, "vet inte" or text)',
  })
  answered: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'How many answered "vet inte"' })
  dontKnow: number | null;

  @ApiProperty({
    type: SurveyValueCountDto,
    isArray: true,
    description: 'Count per value of the scale, every value in order; empty for free text or when suppressed',
  })
  distribution: SurveyValueCountDto[];
}

export class SurveyResultGroupDto {
  @ApiProperty({ format: 'uuid' })
  interventionTypeId: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Set when grouped by instance' })
  instanceId: string | null;

  @ApiProperty({ description: `Fewer than ${MIN_GROUP_SIZE} answered surveys: no figures are shown` })
  suppressed: boolean;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Answered surveys in the group (null when suppressed)',
  })
  responses: number | null;

  @ApiProperty({
    type: SurveyResultQuestionDto,
    isArray: true,
    description: 'Empty when the group is suppressed',
  })
  questions: SurveyResultQuestionDto[];
}

export class SurveyResultsDto {
  @ApiProperty({ description: 'The smallest group shown' })
  minimumGroupSize: number;

  @ApiProperty({ type: SurveyResultGroupDto, isArray: true })
  groups: SurveyResultGroupDto[];
}
