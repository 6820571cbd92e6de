import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GOAL_STATUSES, LONG_TERM_GOALS, PLAN_END_REASONS, PLAN_MADE_HOW } from '../domain/plan.types';
import { PLAN_WARNINGS } from '../domain/plan.rules';
import { PLAN_WARNING_TERMS } from './openapi-terms';

export class PlanGoalDto {
  @ApiProperty({ format: 'uuid', description: 'Stays with the goal from version to version' })
  id: string;

  @ApiProperty({ description: 'The goal (mål/delmål)' })
  description: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Target date (måldatum)' })
  targetDate: string | null;

  @ApiProperty({ enum: GOAL_STATUSES })
  status: string;
}

export class PlannedInterventionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid', description: 'The intervention type (insats)' })
  typeId: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  description: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The placement (placering)',
  })
  placementId: string | null;

  @ApiProperty({ description: 'Runs now (true) or planned for later (false)' })
  active: boolean;
}

export class PlanContentResponseDto {
  @ApiProperty({ description: "The participant's own goal (eget mål)" })
  ownGoal: string;

  @ApiProperty({ enum: LONG_TERM_GOALS })
  longTermGoal: string;

  @ApiProperty({ type: [PlanGoalDto] })
  goals: PlanGoalDto[];

  @ApiProperty({ type: [PlannedInterventionDto] })
  plannedInterventions: PlannedInterventionDto[];

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Styrkor' })
  strengths: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Hinder' })
  obstacles: string | null;

  @ApiProperty({ description: 'Made with the participant (i samråd) on' })
  madeWithParticipantOn: string;

  @ApiProperty({ enum: PLAN_MADE_HOW })
  madeHow: string;

  @ApiProperty({ description: 'Tolk' })
  interpreterUsed: boolean;
}

/** One line of the plan's history: who saved which version, when, and what changed. */
export class PlanHistoryItemDto {
  @ApiProperty({ description: 'Version number, 1 for the first' })
  versionNo: number;

  @ApiProperty({ format: 'uuid', description: 'Who saved it' })
  createdBy: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: "The saver's display name" })
  createdByName: string | null;

  @ApiProperty({ format: 'date-time', description: 'When it was saved' })
  createdAt: string;

  @ApiProperty({
    type: [String],
    description: 'Top-level content fields that changed from the previous version',
  })
  changedFields: string[];

  @ApiPropertyOptional({ nullable: true, type: String, description: 'What changed, in words' })
  changeSummary: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The follow-up meeting (uppföljningsmöte) where the version was made, if any',
  })
  followUpMeetingId: string | null;
}

/** A development plan (utvecklingsplan): its current content, warnings and version history. */
export class PlanDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  participantId: string;

  @ApiProperty({ format: 'uuid', description: 'The enrolment (inskrivning)' })
  enrolmentId: string;

  @ApiProperty({ enum: ['active', 'ended'], description: 'active = gällande, ended = avslutad' })
  status: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  endedOn: string | null;

  @ApiPropertyOptional({ nullable: true, enum: PLAN_END_REASONS })
  endReason: string | null;

  @ApiProperty({ description: 'Number of the current version' })
  currentVersionNo: number;

  @ApiProperty({ type: PlanContentResponseDto, description: 'The content of the current version' })
  content: PlanContentResponseDto;

  @ApiProperty({
    enum: PLAN_WARNINGS,
    isArray: true,
    description: `${PLAN_WARNING_TERMS} None on an ended plan.`,
  })
  warnings: string[];

  @ApiProperty({ type: [PlanHistoryItemDto], description: 'Every version, oldest first' })
  history: PlanHistoryItemDto[];

  @ApiProperty({ description: 'Row version; also the ETag (If-Match on PUT)' })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

/** One saved version of a plan, as it was saved: versions are never changed. */
export class PlanVersionDto extends PlanHistoryItemDto {
  @ApiProperty({ format: 'uuid' })
  planId: string;

  @ApiProperty({ description: 'Whether this is the current version' })
  current: boolean;

  @ApiProperty({ type: PlanContentResponseDto })
  content: PlanContentResponseDto;
}
