import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ATTENDANCE_CODES, type AttendanceCode } from '../../domain/attendance.types';
import { DIALOGUE_ACTIONS, type DialogueAction } from '../domain/dialogue.rules';
import {
  DECISION_KINDS,
  DIALOGUE_STATUSES,
  EXPLANATION_CHANNELS,
  type DecisionKind,
  type DialogueStatus,
  type ExplanationChannel,
} from '../../domain/attendance.types';
import { MonthParticipantDto } from './month-response.dto';

/** A day reported as unexcused absence (ogiltig frånvaro) in the dialogue's month. */
export class UnexcusedDayDto {
  @ApiProperty({ format: 'date', example: '2026-04-07' })
  day: string;

  @ApiProperty({ format: 'uuid', description: 'The placement the day was reported on' })
  placementId: string;

  @ApiProperty({ enum: ATTENDANCE_CODES, description: 'The day code: unexcused_absence (ogiltig frånvaro)' })
  code: AttendanceCode;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'Minutes present that day (null for a day of absence)',
  })
  presentMinutes: number | null;
}

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

  @ApiProperty({
    type: [UnexcusedDayDto],
    description:
      "The month's days reported as unexcused absence (ogiltig frånvaro) as recorded now, earliest first " +
      '(a later correction may make them fewer than unexcusedDaysAtOpening)',
  })
  unexcusedDays: UnexcusedDayDto[];

  @ApiProperty({
    enum: DIALOGUE_ACTIONS,
    isArray: true,
    description:
      'What you may do next, given the state and your part in the dialogue: record_ame_account (AME:s ' +
      'redogörelse), record_participant_explanation (kommunicering), record_ifo_assessment (IFO:s ' +
      'bedömning), decide (beslut, once the account and the explanation or a failed attempt exist), ' +
      'supersede_decision (a new decision replacing the latest, once decided)',
  })
  allowedActions: DialogueAction[];

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
