import { MASK } from '@steg/access';
import type {
  AbsenceDecisionEntity,
  AbsenceDialogueEntity,
  AttendanceMonthEntity,
} from '../attendance.entity';
import { mayDecide } from './domain/dialogue.rules';
import { ABSENCE_CODES, hoursOf, type MonthSummary } from './domain/month-summary.rules';
import type { DecisionDto, DialogueDto } from './dto/dialogue-response.dto';
import type {
  AbsencePerCodeDto,
  DayLineDto,
  MonthDialogueSummaryDto,
  MonthEventDto,
  MonthParticipantDto,
  MonthReportDto,
  MonthStateDto,
} from './dto/month-response.dto';

export interface MonthPerson {
  id: string;
  firstName: string;
  lastName: string;
}

export function participantDto(person: MonthPerson, visible: boolean): MonthParticipantDto {
  return {
    id: person.id,
    masked: !visible,
    firstName: visible ? person.firstName : MASK,
    lastName: visible ? person.lastName : MASK,
  };
}

export const monthMapper = {
  state(month: AttendanceMonthEntity, reportSentTo: string | null): MonthStateDto {
    return {
      id: month.id,
      participantId: month.participantId,
      month: month.month,
      status: month.status,
      signedBy: month.signedBy,
      signedAt: month.signedAt?.toISOString() ?? null,
      reportSentTo,
      version: month.version,
    };
  },

  dialogueSummary(d: AbsenceDialogueEntity): MonthDialogueSummaryDto {
    return {
      id: d.id,
      status: d.status,
      deadline: d.deadline,
      ameAccountRecorded: d.ameAccountAt !== null,
      explanationRecorded: d.explanationAt !== null,
      ifoAssessmentRecorded: d.ifoAssessmentAt !== null,
    };
  },

  report(input: {
    month: string;
    row: AttendanceMonthEntity | null;
    person: MonthPerson;
    visible: boolean;
    /** The current identity number, already null where the reader may not see it. */
    identityNumber: string | null;
    summary: MonthSummary;
    events: MonthEventDto[];
    signedByName: string | null;
    dialogue: AbsenceDialogueEntity | null;
  }): MonthReportDto {
    const { row, summary } = input;
    const absence = Object.fromEntries(
      ABSENCE_CODES.map((code) => [
        code,
        { days: summary.absence[code].days, hours: hoursOf(summary.absence[code].minutes) },
      ]),
    ) as unknown as AbsencePerCodeDto;
    const days: DayLineDto[] = summary.lines.map((line) => ({
      date: line.date,
      weekday: line.weekday,
      holidayName: line.holidayName,
      expectedHours: hoursOf(line.expectedMinutes),
      presentHours: hoursOf(line.presentMinutes),
      placements: line.placements.map((p) => ({
        placementId: p.placementId,
        intervention: p.label,
        expectedHours: hoursOf(p.expectedMinutes),
        dayStatus: p.status,
        code: p.code,
        presentHours: hoursOf(p.presentMinutes),
        absenceHours: hoursOf(p.absenceMinutes),
        notReported: p.notReported,
        corrected: p.corrected,
      })),
    }));
    return {
      monthId: row?.id ?? null,
      participant: {
        ...participantDto(input.person, input.visible),
        identityNumber: input.visible ? input.identityNumber : null,
      },
      month: input.month,
      status: row?.status ?? 'open',
      scheduledHours: hoursOf(summary.scheduledMinutes),
      presentHours: hoursOf(summary.presentMinutes),
      absence,
      unexcusedDays: summary.unexcusedDays,
      notReportedDays: summary.notReportedDays,
      notReportedHours: hoursOf(summary.notReportedMinutes),
      days,
      signedBy: row?.signedBy ?? null,
      signedByName: input.signedByName,
      signedAt: row?.signedAt?.toISOString() ?? null,
      events: input.events,
      dialogue: input.dialogue ? monthMapper.dialogueSummary(input.dialogue) : null,
      ifoReadAt: row?.ifoReadAt?.toISOString() ?? null,
      version: row?.version ?? 0,
    };
  },
};

export const dialogueMapper = {
  toDto(
    d: AbsenceDialogueEntity,
    person: MonthPerson,
    visible: boolean,
    next: Pick<DialogueDto, 'unexcusedDays' | 'allowedActions'>,
  ): DialogueDto {
    return {
      id: d.id,
      participant: participantDto(person, visible),
      month: d.month,
      status: d.status,
      openedAt: d.openedAt.toISOString(),
      unexcusedDaysAtOpening: d.unexcusedDaysAtOpening,
      deadline: d.deadline,
      ameAccount: d.ameAccount,
      keepingTimesIsPlanGoal: d.keepingTimesIsPlanGoal,
      ameAccountBy: d.ameAccountBy,
      ameAccountAt: d.ameAccountAt?.toISOString() ?? null,
      participantExplanation: d.participantExplanation,
      explanationChannel: d.explanationChannel,
      explanationBy: d.explanationBy,
      explanationAt: d.explanationAt?.toISOString() ?? null,
      ifoAssessment: d.ifoAssessment,
      ifoAssessmentBy: d.ifoAssessmentBy,
      ifoAssessmentAt: d.ifoAssessmentAt?.toISOString() ?? null,
      readyForDecision: mayDecide(d),
      unexcusedDays: next.unexcusedDays,
      allowedActions: next.allowedActions,
      version: d.version,
    };
  },

  decision(d: AbsenceDecisionEntity, supersededById: string | null): DecisionDto {
    return {
      id: d.id,
      dialogueId: d.dialogueId,
      participantId: d.participantId,
      kind: d.kind,
      amountOre: d.amountOre,
      periodFrom: d.periodFrom,
      periodTo: d.periodTo,
      reasoning: d.reasoning,
      decidedBy: d.decidedBy,
      decidedAt: d.decidedAt.toISOString(),
      supersedesId: d.supersedesId,
      supersedeReason: d.supersedeReason,
      supersededById,
    };
  },
};
