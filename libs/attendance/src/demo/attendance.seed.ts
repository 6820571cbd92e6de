import { DEMO } from '@steg/access/demo';
import type { DemoSeed } from '@steg/database';
import { DEMO_INTERVENTIONS } from '@steg/interventions/demo';
import { expectedMinutes, SwedishCalendar } from '@steg/interventions';
import { PlacementEntity, PlacementScheduleEntity } from '@steg/interventions/schema';
import { addDays, addMonths } from '@steg/kernel';
import { DEMO_PARTICIPANTS } from '@steg/participants/demo';
import type { EntityManager } from 'typeorm';
import {
  AbsenceDecisionEntity,
  AbsenceDialogueEntity,
  AttendanceEntryChangeEntity,
  AttendanceEntryEntity,
  AttendanceMonthEntity,
  AttendanceMonthEventEntity,
} from '../attendance.entity';
import type { AttendanceCode } from '../domain/attendance.types';
import { addWorkingDays, monthBounds, monthOf } from '../domain/working-days.rules';

const id = (n: number): string => `00000000-0000-4000-8000-00000000${String(n).padStart(4, '0')}`;

interface DemoDay {
  placementId: string;
  participantId: string;
  day: string;
  code: AttendanceCode;
  presentMinutes: number | null;
  note: string | null;
}

/** Every scheduled past day of a placement, as the supervisor would have reported it. */
async function scheduledDays(
  manager: EntityManager,
  placementId: string,
  today: string,
): Promise<{ day: string; minutes: number }[]> {
  const placement = await manager.findOneByOrFail(PlacementEntity, { id: placementId });
  const schedules = await manager.find(PlacementScheduleEntity, { where: { placementId } });
  const calendar = new SwedishCalendar();
  const days: { day: string; minutes: number }[] = [];
  for (let day = placement.startDate; day < today; day = addDays(day, 1)) {
    const minutes = expectedMinutes(schedules, day, calendar);
    if (minutes > 0) days.push({ day, minutes });
  }
  return days;
}

/**
 * Realistic attendance for the demo placements up to yesterday: mostly present, a sick day, a day of
 * approved absence (a job interview) — and for Elias two days of unexcused absence last month, whose
 * month is signed and whose absence dialogue is decided (a warning, no deduction). Alva's latest
 * unexcused day opens a dialogue that waits for its parts.
 */
export const attendanceDemoSeed: DemoSeed = {
  name: 'attendance, a signed month and absence dialogues',
  async run(manager, { today }) {
    if (
      await manager.existsBy(AttendanceEntryEntity, {
        placementId: DEMO_INTERVENTIONS.placements.alvaSnickeri,
      })
    )
      return;
    const municipalityId = DEMO.municipalityId;
    const previousMonth = monthOf(addMonths(`${today.slice(0, 7)}-01`, -1));
    const days: DemoDay[] = [];

    const alva = await scheduledDays(manager, DEMO_INTERVENTIONS.placements.alvaSnickeri, today);
    alva.forEach(({ day, minutes }, i) => {
      const last = i === alva.length - 1;
      const code: AttendanceCode = last ? 'unexcused_absence' : i === 3 ? 'sick' : 'present';
      days.push({
        placementId: DEMO_INTERVENTIONS.placements.alvaSnickeri,
        participantId: DEMO_PARTICIPANTS.alva,
        day,
        code,
        presentMinutes: code === 'present' ? minutes : null,
        note: code === 'sick' ? 'Ringde in sjuk på morgonen' : null,
      });
    });
    let eliasUnexcused = 0;
    for (const placementId of [
      DEMO_INTERVENTIONS.placements.eliasSfi,
      DEMO_INTERVENTIONS.placements.eliasRenareStad,
    ]) {
      const elias = await scheduledDays(manager, placementId, today);
      elias.forEach(({ day, minutes }, i) => {
        let code: AttendanceCode = 'present';
        if (
          monthOf(day) === previousMonth &&
          placementId === DEMO_INTERVENTIONS.placements.eliasSfi &&
          eliasUnexcused < 2 &&
          i % 3 === 1
        ) {
          code = 'unexcused_absence';
          eliasUnexcused += 1;
        } else if (i === 2) {
          code = 'approved_absence';
        }
        days.push({
          placementId,
          participantId: DEMO_PARTICIPANTS.elias,
          day,
          code,
          presentMinutes: code === 'present' ? (i % 4 === 0 ? minutes - 30 : minutes) : null,
          note: code === 'approved_absence' ? 'Anställningsintervju' : null,
        });
      });
    }

    for (const d of days) {
      const reportedAt = new Date(`${d.day}T16:00:00+01:00`);
      const entry = await manager.save(
        manager.create(AttendanceEntryEntity, {
          municipalityId,
          placementId: d.placementId,
          participantId: d.participantId,
          day: d.day,
          code: d.code,
          presentMinutes: d.presentMinutes,
          note: d.note,
          reportedBy: DEMO.users.supervisor,
          channel: 'web',
          reportedAt,
        }),
      );
      await manager.save(
        manager.create(AttendanceEntryChangeEntity, {
          municipalityId,
          entryId: entry.id,
          version: entry.version,
          before: null,
          after: { code: d.code, presentMinutes: d.presentMinutes, note: d.note },
          changedBy: DEMO.users.supervisor,
          channel: 'web',
          changedAt: reportedAt,
          reason: null,
        }),
      );
    }

    const calendar = new SwedishCalendar();
    // Elias' previous month: signed (attest) by the coach, its dialogue decided with a warning.
    const signedAt = new Date(
      `${addWorkingDays(monthBounds(previousMonth).last, 2, calendar)}T10:00:00+01:00`,
    );
    await manager.insert(AttendanceMonthEntity, {
      id: id(3701),
      municipalityId,
      participantId: DEMO_PARTICIPANTS.elias,
      month: previousMonth,
      status: 'signed',
      signedBy: DEMO.users.coach,
      signedAt,
    });
    await manager.insert(AttendanceMonthEventEntity, {
      municipalityId,
      monthId: id(3701),
      action: 'sign',
      userId: DEMO.users.coach,
      occurredAt: signedAt,
    });
    if (eliasUnexcused > 0) {
      const opened = monthBounds(previousMonth).last;
      await manager.insert(AbsenceDialogueEntity, {
        id: id(3801),
        municipalityId,
        participantId: DEMO_PARTICIPANTS.elias,
        month: previousMonth,
        status: 'decided',
        openedAt: new Date(`${opened}T12:00:00+01:00`),
        unexcusedDaysAtOpening: eliasUnexcused,
        deadline: addWorkingDays(opened, 10, calendar),
        ameAccount: 'Elias har haft svårt att komma iväg till SFI på måndagar; vi har lagt om resvägen.',
        keepingTimesIsPlanGoal: true,
        ameAccountBy: DEMO.users.coach,
        ameAccountAt: signedAt,
        participantExplanation:
          'Bussen gick inte i tid två måndagar; han visste inte att han skulle ringa in.',
        explanationChannel: 'phone',
        explanationBy: DEMO.users.coach,
        explanationAt: signedAt,
        ifoAssessment: 'Förklaringen är rimlig. Att passa tider är ett mål i planen.',
        ifoAssessmentBy: DEMO.users.ifo,
        ifoAssessmentAt: signedAt,
      });
      await manager.insert(AbsenceDecisionEntity, {
        municipalityId,
        dialogueId: id(3801),
        participantId: DEMO_PARTICIPANTS.elias,
        kind: 'warning',
        reasoning: 'Första gången; påminnelse om att ringa in vid frånvaro. Inget avdrag.',
        decidedBy: DEMO.users.ifo,
        decidedAt: signedAt,
      });
    }
    // Alva's latest day was unexcused: a dialogue waits for AME's account and her explanation.
    const alvaLast = alva[alva.length - 1];
    if (alvaLast) {
      await manager.insert(AbsenceDialogueEntity, {
        id: id(3802),
        municipalityId,
        participantId: DEMO_PARTICIPANTS.alva,
        month: monthOf(alvaLast.day),
        status: 'open',
        openedAt: new Date(`${today}T08:00:00+01:00`),
        unexcusedDaysAtOpening: 1,
        deadline: addWorkingDays(today, 10, calendar),
      });
    }
  },
};
