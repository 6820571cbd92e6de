import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, IsUUID, Length, Matches, Min } from 'class-validator';
import { IsCalendarDate, PageQuery, IsOptionalNotNull } from '@steg/http';
import {
  DECISION_KINDS,
  DIALOGUE_STATUSES,
  EXPLANATION_CHANNELS,
  type DecisionKind,
  type DialogueStatus,
  type ExplanationChannel,
} from '../../domain/attendance.types';

export class DialoguesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DIALOGUE_STATUSES })
  @IsOptionalNotNull()
  @IsIn(DIALOGUE_STATUSES)
  status?: DialogueStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  participantId?: string;
}

/** AME:s redogörelse. */
export class AmeAccountDto {
  @ApiProperty({ description: "AME's account: the reason and context (AME:s redogörelse)", maxLength: 8000 })
  @Matches(/\S/, { message: 'account must not be blank' })
  @Length(1, 8000)
  @IsString()
  account: string;

  @ApiProperty({
    description: 'Keeping times is itself a goal of the plan (att passa tider är ett mål i planen)',
  })
  @IsBoolean()
  keepingTimesIsPlanGoal: boolean;
}

/** Deltagarens förklaring (kommunicering). */
export class ParticipantExplanationDto {
  @ApiPropertyOptional({
    description:
      "The participant's own explanation; for failed_attempt a note of the attempt (when and how) — required either way",
    maxLength: 8000,
  })
  @IsOptionalNotNull()
  @Length(0, 8000)
  @IsString()
  explanation?: string;

  @ApiProperty({
    enum: EXPLANATION_CHANNELS,
    description: 'How it was obtained (kommunicering): meeting, phone, letter, digital, or failed_attempt',
  })
  @IsIn(EXPLANATION_CHANNELS)
  channel: ExplanationChannel;
}

/** IFO:s bedömning. */
export class IfoAssessmentDto {
  @ApiProperty({ description: "IFO's assessment (IFO:s bedömning)", maxLength: 8000 })
  @Matches(/\S/, { message: 'assessment must not be blank' })
  @Length(1, 8000)
  @IsString()
  assessment: string;
}

/** Beslut: ingen åtgärd, varning eller avdrag. */
export class CreateDecisionDto {
  @ApiProperty({
    enum: DECISION_KINDS,
    description: 'no_action (ingen åtgärd), warning (varning) or deduction (avdrag)',
  })
  @IsIn(DECISION_KINDS)
  kind: DecisionKind;

  @ApiPropertyOptional({
    description:
      'Avdrag in öre, entered by the caseworker (Steg never computes or proposes it); only for a deduction',
    minimum: 1,
  })
  @IsOptionalNotNull()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  amountOre?: number;

  @ApiPropertyOptional({ format: 'date', description: 'First day of the deduction period' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  periodFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day of the deduction period' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  periodTo?: string;

  @ApiProperty({ description: 'The reasoning (motivering)', maxLength: 8000 })
  @Matches(/\S/, { message: 'reasoning must not be blank' })
  @Length(1, 8000)
  @IsString()
  reasoning: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The decision this one supersedes (ersätter)' })
  @IsOptionalNotNull()
  @IsUUID()
  supersedesId?: string;

  @ApiPropertyOptional({ description: 'Why the earlier decision is superseded', maxLength: 4000 })
  @IsOptionalNotNull()
  @Length(1, 4000)
  @IsString()
  supersedeReason?: string;
}
