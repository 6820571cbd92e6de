import { DataSource } from 'typeorm';
import { AttendanceCode, DecisionKind, ExplanationChannel } from '@steg/attendance';
import {
  AbsenceDecisionEntity,
  AbsenceDialogueEntity,
  AttendanceEntryChangeEntity,
  AttendanceEntryEntity,
} from '@steg/attendance/schema';
import { ScheduleDay } from '@steg/interventions';
import { PlacementScheduleEntity } from '@steg/interventions/schema';

/** A later version of a placement's schedule (a schedule change), valid from `validFrom`. */
export async function givenScheduleVersion(
  ds: DataSource,
  version: {
    municipalityId: string;
    placementId: string;
    validFrom: string;
    days: ScheduleDay[];
    recordedBy: string;
    reason?: string | null;
  },
): Promise<void> {
  await ds.getRepository(PlacementScheduleEntity).insert({
    municipalityId: version.municipalityId,
    placementId: version.placementId,
    validFrom: version.validFrom,
    days: version.days,
    recordedBy: version.recordedBy,
    reason: version.reason ?? null,
  });
}

export interface GivenEntry {
  id: string;
  day: string;
}

/** An attendance entry written straight to the database (version 1), with its first change row. */
export async function givenAttendanceEntry(
  ds: DataSource,
  entry: {
    municipalityId: string;
    placementId: string;
    participantId: string;
    day: string;
    code: AttendanceCode;
    presentMinutes?: number | null;
    reportedBy: string;
  },
): Promise<GivenEntry> {
  const presentMinutes = entry.code === 'present' ? (entry.presentMinutes ?? 0) : null;
  const saved = await ds.getRepository(AttendanceEntryEntity).save({
    municipalityId: entry.municipalityId,
    placementId: entry.placementId,
    participantId: entry.participantId,
    day: entry.day,
    code: entry.code,
    presentMinutes,
    arrival: null,
    departure: null,
    note: null,
    reportedBy: entry.reportedBy,
    reportedByApiKey: null,
    channel: 'web',
    reportedAt: new Date(`${entry.day}T16:00:00+02:00`),
  });
  await ds.getRepository(AttendanceEntryChangeEntity).save({
    municipalityId: entry.municipalityId,
    entryId: saved.id,
    version: saved.version,
    before: null,
    after: { code: entry.code, presentMinutes },
    changedBy: entry.reportedBy,
    changedByApiKey: null,
    channel: 'web',
    changedAt: saved.reportedAt,
    reason: null,
  });
  return { id: saved.id, day: saved.day };
}

/** A correction after the fact: the entry gets a new value and version, and a change row keeps the old. */
export async function givenCorrection(
  ds: DataSource,
  entryId: string,
  change: { code: AttendanceCode; presentMinutes?: number | null; changedBy: string; reason: string },
): Promise<void> {
  const repo = ds.getRepository(AttendanceEntryEntity);
  const entry = await repo.findOneByOrFail({ id: entryId });
  const before = { code: entry.code, presentMinutes: entry.presentMinutes };
  entry.code = change.code;
  entry.presentMinutes = change.code === 'present' ? (change.presentMinutes ?? 0) : null;
  const saved = await repo.save(entry);
  await ds.getRepository(AttendanceEntryChangeEntity).save({
    municipalityId: entry.municipalityId,
    entryId,
    version: saved.version,
    before,
    after: { code: saved.code, presentMinutes: saved.presentMinutes },
    changedBy: change.changedBy,
    changedByApiKey: null,
    channel: 'web',
    changedAt: new Date(),
    reason: change.reason,
  });
}

export interface GivenDialogue {
  id: string;
}

/** An absence dialogue (frånvarodialog) for a month, open, with the parts given already recorded. */
export async function givenAbsenceDialogue(
  ds: DataSource,
  dialogue: {
    municipalityId: string;
    participantId: string;
    month: string;
    deadline?: string;
    unexcusedDays?: number;
    ameAccount?: { text: string; by: string };
    explanation?: { text: string; channel: ExplanationChannel; by: string };
  },
): Promise<GivenDialogue> {
  const at = new Date('2026-05-04T10:00:00+02:00');
  const saved = await ds.getRepository(AbsenceDialogueEntity).save({
    municipalityId: dialogue.municipalityId,
    participantId: dialogue.participantId,
    month: dialogue.month,
    status: 'open',
    openedAt: new Date('2026-04-22T10:00:00+02:00'),
    unexcusedDaysAtOpening: dialogue.unexcusedDays ?? 1,
    deadline: dialogue.deadline ?? '2026-05-06',
    ameAccount: dialogue.ameAccount?.text ?? null,
    keepingTimesIsPlanGoal: dialogue.ameAccount ? true : null,
    ameAccountBy: dialogue.ameAccount?.by ?? null,
    ameAccountAt: dialogue.ameAccount ? at : null,
    participantExplanation: dialogue.explanation?.text ?? null,
    explanationChannel: dialogue.explanation?.channel ?? null,
    explanationBy: dialogue.explanation?.by ?? null,
    explanationAt: dialogue.explanation ? at : null,
    ifoAssessment: null,
    ifoAssessmentBy: null,
    ifoAssessmentAt: null,
  });
  return { id: saved.id };
}

/** A decision written straight to the database (for demo-like states and immutability checks). */
export async function givenAbsenceDecision(
  ds: DataSource,
  decision: {
    municipalityId: string;
    dialogueId: string;
    participantId: string;
    kind: DecisionKind;
    by: string;
  },
): Promise<{ id: string }> {
  const saved = await ds.getRepository(AbsenceDecisionEntity).save({
    municipalityId: decision.municipalityId,
    dialogueId: decision.dialogueId,
    participantId: decision.participantId,
    kind: decision.kind,
    amountOre: null,
    periodFrom: null,
    periodTo: null,
    reasoning: 'Giltigt skäl',
    decidedBy: decision.by,
    decidedAt: new Date('2026-05-05T10:00:00+02:00'),
    supersedesId: null,
    supersedeReason: null,
  });
  return { id: saved.id };
}
