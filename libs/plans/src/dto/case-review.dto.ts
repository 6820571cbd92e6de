import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, IsUUID, Length } from 'class-validator';
import { IsCalendarDate, IsOptionalNotNull, Trimmed } from '@steg/http';
import { CASE_REVIEW_OUTCOMES, type CaseReviewOutcome } from '../domain/plan.types';
import { CASE_REVIEW_STATES } from '../domain/rhythm.rules';
import { CASE_REVIEW_TERMS } from './openapi-terms';

const OUTCOMES =
  'Outcome: no_change = ingen ändring, changes_needed = åtgärder behövs, case_closed = ärendet avslutas';

export class RecordCaseReviewDto {
  @ApiProperty({ description: 'The day of the review, not in the future', example: '2026-03-16' })
  @IsCalendarDate()
  reviewedOn: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Your IFO unit whose caseload the person is on; needed only when you work in several',
  })
  @IsOptionalNotNull()
  @IsUUID()
  unitId?: string;

  @ApiProperty({ description: 'The person gets the right benefit (rätt ersättning/försörjning)' })
  @IsBoolean()
  rightBenefit: boolean;

  @ApiProperty({ description: 'The person is registered at Arbetsförmedlingen (inskriven)' })
  @IsBoolean()
  registeredAtArbetsformedlingen: boolean;

  @ApiProperty({ description: 'The content of the plan was reviewed (planens innehåll genomgånget)' })
  @IsBoolean()
  planReviewed: boolean;

  @ApiProperty({ enum: CASE_REVIEW_OUTCOMES, description: OUTCOMES })
  @IsIn(CASE_REVIEW_OUTCOMES)
  outcome: CaseReviewOutcome;

  @ApiPropertyOptional({ description: 'Notes (anteckningar)' })
  @IsOptionalNotNull()
  @Trimmed()
  @Length(1, 8000)
  @IsString()
  notes?: string;
}

export class CaseReviewDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  participantId: string;

  @ApiProperty({ format: 'uuid', description: 'The IFO unit whose caseload the person is on' })
  unitId: string;

  @ApiProperty()
  reviewedOn: string;

  @ApiProperty({ format: 'uuid', description: 'The caseworker (handläggare) who reviewed' })
  reviewerId: string;

  @ApiProperty({ description: 'Rätt ersättning' })
  rightBenefit: boolean;

  @ApiProperty({ description: 'Inskriven på Arbetsförmedlingen' })
  registeredAtArbetsformedlingen: boolean;

  @ApiProperty({ description: 'Planens innehåll genomgånget' })
  planReviewed: boolean;

  @ApiProperty({ enum: CASE_REVIEW_OUTCOMES, description: OUTCOMES })
  outcome: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  notes: string | null;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
}

export class NextCaseReviewDto {
  @ApiProperty({
    enum: ['last_review', 'caseload_start'],
    description:
      'What the interval counts from: the last review, or when the person came onto an IFO caseload',
  })
  basis: string;

  @ApiProperty()
  basisDate: string;

  @ApiProperty({ description: 'The day the next review is due' })
  dueOn: string;

  @ApiProperty({ enum: CASE_REVIEW_STATES, description: 'due from dueOn until a review is recorded' })
  status: string;

  @ApiProperty({ description: "The municipality's interval in months (twice a year = 6)" })
  intervalMonths: number;
}

export class CaseReviewListDto {
  @ApiProperty({ type: [CaseReviewDto], description: 'Reviews, the latest first' })
  items: CaseReviewDto[];

  @ApiPropertyOptional({
    type: NextCaseReviewDto,
    nullable: true,
    description: `${CASE_REVIEW_TERMS} null when the person is on no IFO caseload (no open relation to an IFO unit).`,
  })
  nextReview: NextCaseReviewDto | null;
}
