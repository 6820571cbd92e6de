import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DECISION_KINDS,
  DIALOGUE_STATUSES,
  EXPLANATION_CHANNELS,
  type DecisionKind,
  type DialogueStatus,
  type ExplanationChannel,
} from '../../domain/attendance.types';
import { MonthParticipantDto } from './month-response.dto';

export class DialogueDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: MonthParticipantDto })
  participant: MonthParticipantDto;

  @ApiProperty({ example: '2026-04' })
  month: string;

  @ApiProperty({ enum: DIALOGUE_STATUSES, description: 'open, or decided (beslutad)' })
  status: DialogueStatus;

  @ApiProperty({ format: 'date-time' })
  openedAt: string;

  @ApiProperty()
  unexcusedDaysAtOpening: number;

  @ApiProperty({ format: 'date', description: 'Deadline (svarsfrist)' })
  deadline: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'AME:s redogörelse' })
  ameAccount: string | null;

  @ApiPropertyOptional({ nullable: true, type: Boolean })
  keepingTimesIsPlanGoal: boolean | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  ameAccountBy: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  ameAccountAt: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Deltagarens förklaring (kommunicering)',
  })
  participantExplanation: string | null;

  @ApiPropertyOptional({ enum: EXPLANATION_CHANNELS, nullable: true })
  explanationChannel: ExplanationChannel | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  explanationBy: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  explanationAt: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'IFO:s bedömning' })
  ifoAssessment: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  ifoAssessmentBy: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  ifoAssessmentAt: string | null;

  @ApiProperty({ description: "AME's account and the explanation (or a failed attempt) exist" })
  readyForDecision: boolean;

  @ApiProperty()
  version: number;
}

export class DialoguePageDto {
  @ApiProperty({ type: [DialogueDto] })
  items: DialogueDto[];

  @ApiPropertyOptional({ nullable: true, type: String })
  nextCursor: string | null;
}

export class DecisionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  dialogueId: string;

  @ApiProperty({ format: 'uuid' })
  participantId: string;

  @ApiProperty({ enum: DECISION_KINDS, description: 'ingen åtgärd, varning or avdrag' })
  kind: DecisionKind;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'Avdrag in öre' })
  amountOre: number | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  periodFrom: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  periodTo: string | null;

  @ApiProperty()
  reasoning: string;

  @ApiProperty({ format: 'uuid' })
  decidedBy: string;

  @ApiProperty({ format: 'date-time' })
  decidedAt: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  supersedesId: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  supersedeReason: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Superseded by (ersatt av)',
  })
  supersededById: string | null;
}

export class DecisionListDto {
  @ApiProperty({ type: [DecisionDto], description: 'Oldest first' })
  items: DecisionDto[];
}
