import type { EntityManager } from 'typeorm';
import { DEMO } from '@steg/access/demo';
import { addDays } from '@steg/kernel';
import { DEMO_PARTICIPANTS } from '@steg/participants/demo';
import { AssistancePeriodEntity } from '../assistance/assistance-period.entity';
import { OutcomeFollowUpEntity } from '../outcome/outcome-follow-up.entity';

const id = (n: number): string => `00000000-0000-4000-8000-00000000${String(n).padStart(4, '0')}`;
/** The referral demo's exited enrolments (libs/referrals demo ids 62–66). */
const enrolment = (n: number): string => `00000000-0000-4000-8000-0000000020${n}`;

/**
 * Follow-ups after the demo exits and periods of försörjningsstöd of demo people:
 * - Oskar (exit 100 days ago, to Försäkringskassan): 1 month recorded, other;
 * - Leila (exit 150 days ago): 1 month recorded as unknown, then corrected to working;
 * - Ahmed (exit 120 days ago): 1 month recorded: back on försörjningsstöd (his re-entry referral waits);
 * - Fatima (exit 45 days ago) and Johan (20 days) have none yet: Fatima's 1-month follow-up is due.
 * Alva's utvecklingsår placement (interventions demo) ends within 60 days with no next step: warned of.
 */
export async function seedOutcomeDemo(manager: EntityManager, today: string): Promise<void> {
  if (await manager.existsBy(OutcomeFollowUpEntity, { id: id(4501) })) return;
  const day = (daysAgo: number) => addDays(today, -daysAgo);
  const at = (daysAgo: number) => new Date(`${day(daysAgo)}T09:00:00Z`);
  const municipalityId = DEMO.municipalityId;
  const coach = DEMO.users.coach;
  const followUp = (
    n: number,
    e: number,
    participantId: string,
    values: Pick<OutcomeFollowUpEntity, 'status' | 'source' | 'observedOn' | 'note'> &
      Partial<
        Pick<OutcomeFollowUpEntity, 'supersedesId' | 'correctionReason' | 'supersededAt' | 'supersededBy'>
      >,
    recordedDaysAgo: number,
  ) => ({
    id: id(n),
    municipalityId,
    participantId,
    enrolmentId: enrolment(e),
    checkpointMonths: 1,
    supersedesId: null,
    correctionReason: null,
    supersededAt: null,
    supersededBy: null,
    recordedBy: coach,
    recordedAt: at(recordedDaysAgo),
    ...values,
  });
  await manager.insert(OutcomeFollowUpEntity, [
    followUp(
      4501,
      64,
      DEMO_PARTICIPANTS.oskar,
      {
        status: 'other',
        source: 'participant',
        observedOn: day(68),
        note: 'Sjukskriven, har kontakt med Försäkringskassan.',
      },
      68,
    ),
    followUp(
      4502,
      65,
      DEMO_PARTICIPANTS.leila,
      {
        status: 'unknown',
        source: 'other',
        observedOn: day(118),
        note: 'Nådde henne inte på telefon.',
        supersededAt: at(110),
        supersededBy: coach,
      },
      118,
    ),
  ]);
  await manager.insert(OutcomeFollowUpEntity, [
    followUp(
      4503,
      65,
      DEMO_PARTICIPANTS.leila,
      {
        status: 'working',
        source: 'employer',
        observedOn: day(110),
        note: 'Timanställd i äldreomsorgen sedan en månad.',
        supersedesId: id(4502),
        correctionReason: 'Arbetsgivaren bekräftade anställningen.',
      },
      110,
    ),
    followUp(
      4504,
      66,
      DEMO_PARTICIPANTS.ahmed,
      {
        status: 'assistance',
        source: 'ifo_register',
        observedOn: day(88),
        note: null,
      },
      88,
    ),
  ]);

  const ifo = DEMO.users.ifo;
  const period = (
    n: number,
    participantId: string,
    fromDate: string,
    toDate: string | null,
    householdRole: 'applicant' | 'co_applicant',
    recordedDaysAgo: number,
    more: Partial<AssistancePeriodEntity> = {},
  ) => ({
    id: id(n),
    municipalityId,
    participantId,
    fromDate,
    toDate,
    householdRole,
    origin: 'recorded' as const,
    supersedesId: null,
    correctionReason: null,
    recordedBy: ifo,
    recordedAt: at(recordedDaysAgo),
    supersededAt: null,
    supersededBy: null,
    ...more,
  });
  // Superseded rows first: the current periods of one person never overlap.
  await manager.insert(AssistancePeriodEntity, [
    period(4601, DEMO_PARTICIPANTS.ahmed, day(500), null, 'applicant', 500, {
      supersededAt: at(118),
      supersededBy: ifo,
    }),
  ]);
  await manager.insert(AssistancePeriodEntity, [
    period(4602, DEMO_PARTICIPANTS.ahmed, day(500), day(119), 'applicant', 118, {
      supersedesId: id(4601),
      correctionReason: 'Försörjningsstödet upphörde: sommarvikariat.',
    }),
    period(4603, DEMO_PARTICIPANTS.ahmed, day(90), null, 'applicant', 90),
    period(4604, DEMO_PARTICIPANTS.alva, day(200), null, 'applicant', 200),
    period(4605, DEMO_PARTICIPANTS.elias, day(300), null, 'co_applicant', 300),
    period(4606, DEMO_PARTICIPANTS.fatima, day(400), day(46), 'applicant', 40),
  ]);
}
