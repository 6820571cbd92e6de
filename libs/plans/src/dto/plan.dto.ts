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
  Min,
} from 'class-validator';
import {
  IsCalendarDate,
  IsOptionalNotNull,
  Trimmed,
  IsOptionalNullable,
  ValidateNestedObject,
} from '@steg/http';

import {
  GOAL_STATUSES,
  LONG_TERM_GOALS,
  PLAN_END_REASONS,
  PLAN_MADE_HOW,
  type GoalStatus,
  type LongTermGoal,
  type PlanEndReason,
  type PlanMadeHow,
} from '../domain/plan.types';

import type { PlanContentInput } from '../domain/plan.rules';

export const MAX_GOALS = 30;
export const MAX_PLANNED_INTERVENTIONS = 30;

export class PlanGoalInputDto {
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description:
      'Send the id you read to keep following the same goal (delmål) in the new version; a new goal gets one',
  })
  @IsOptionalNullable()
  @IsUUID()
  id?: string | null;

  @ApiProperty({ description: 'The goal (mål/delmål)' })
  @Trimmed()
  @Length(1, 2000)
  @IsString()
  description: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Target date (måldatum), YYYY-MM-DD' })
  @IsOptionalNullable()
  @IsCalendarDate()
  targetDate?: string | null;

  @ApiProperty({ enum: GOAL_STATUSES, description: 'open = pågår, achieved = uppnått, dropped = avbrutet' })
  @IsIn(GOAL_STATUSES)
  status: GoalStatus;
}

export class PlannedInterventionInputDto {
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Send the id you read to keep the same planned intervention in the new version',
  })
  @IsOptionalNullable()
  @IsUUID()
  id?: string | null;

  @ApiProperty({
    format: 'uuid',
    description:
      "An intervention type (insats) of the municipality's catalogue; a type named for the first time must be active",
  })
  @IsUUID()
  typeId: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'What the intervention is for, in words',
  })
  @IsOptionalNullable()
  @Trimmed()
  @Length(0, 2000)
  @IsString()
  description?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The placement (placering) of this enrolment once the intervention has started',
  })
  @IsOptionalNullable()
  @IsUUID()
  placementId?: string | null;

  @ApiProperty({
    description: 'true = runs now (parallel interventions are normal), false = planned for later',
  })
  @IsBoolean()
  active: boolean;
}

/** The whole content of a development plan version (utvecklingsplan); every save sends all of it. */
export class PlanContentDto implements PlanContentInput {
  @ApiProperty({ description: "The participant's own goal, in their own words (eget mål)" })
  @Trimmed()
  @Length(1, 4000)
  @IsString()
  ownGoal: string;

  @ApiProperty({
    enum: LONG_TERM_GOALS,
    description: 'Long-term goal (långsiktigt mål): work = arbete, studies = studier, other = annat',
  })
  @IsIn(LONG_TERM_GOALS)
  longTermGoal: LongTermGoal;

  @ApiProperty({ type: [PlanGoalInputDto], description: 'Goals (mål/delmål) with target dates and status' })
  @ValidateNestedObject({ each: true })
  @Type(() => PlanGoalInputDto)
  @ArrayMaxSize(MAX_GOALS)
  @IsArray()
  goals: PlanGoalInputDto[];

  @ApiProperty({
    type: [PlannedInterventionInputDto],
    description: 'Planned interventions (planerade insatser), linked to placements once started',
  })
  @ValidateNestedObject({ each: true })
  @Type(() => PlannedInterventionInputDto)
  @ArrayMaxSize(MAX_PLANNED_INTERVENTIONS)
  @IsArray()
  plannedInterventions: PlannedInterventionInputDto[];

  @ApiPropertyOptional({ nullable: true, type: String, description: "The participant's strengths (styrkor)" })
  @IsOptionalNullable()
  @Trimmed()
  @Length(0, 4000)
  @IsString()
  strengths?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Obstacles (hinder) on the way to work or studies',
  })
  @IsOptionalNullable()
  @Trimmed()
  @Length(0, 4000)
  @IsString()
  obstacles?: string | null;

  @ApiProperty({
    description: 'The day the plan was made with the participant (i samråd), not in the future',
    example: '2026-03-16',
  })
  @IsCalendarDate()
  madeWithParticipantOn: string;

  @ApiProperty({
    enum: PLAN_MADE_HOW,
    description:
      'How it was made with the participant: meeting = möte, phone = telefon, video, other = annat',
  })
  @IsIn(PLAN_MADE_HOW)
  madeHow: PlanMadeHow;

  @ApiProperty({ description: 'An interpreter (tolk) took part' })
  @IsBoolean()
  interpreterUsed: boolean;
}

/** POST /enrolments/:enrolmentId/plan: version 1 of the plan. */
export class CreatePlanDto extends PlanContentDto {}

/** PUT /plans/:id: the full new content and what changed, in words; saved as a new version. */
export class UpdatePlanDto extends PlanContentDto {
  @ApiProperty({ description: 'What changed and why, in words (ändringen)' })
  @Trimmed()
  @Length(1, 2000)
  @IsString()
  changeSummary: string;
}

/** A plan change made at a follow-up meeting, based on the plan version the meeting read. */
export class PlanChangeDto extends UpdatePlanDto {
  @ApiProperty({
    description: "The plan's version (its ETag) the change is based on; a stale one answers 412",
    example: 2,
  })
  @Min(1)
  @IsInt()
  expectedVersion: number;
}

export class EndPlanDto {
  @ApiProperty({
    enum: PLAN_END_REASONS,
    description:
      'goals_met = målen uppnådda; enrolment_exited = the enrolment is about to exit (avslut), ' +
      'which an active plan otherwise prevents',
  })
  @IsIn(PLAN_END_REASONS)
  reason: PlanEndReason;

  @ApiPropertyOptional({ description: 'The day the plan ended; default today, never in the future' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  endedOn?: string;
}
