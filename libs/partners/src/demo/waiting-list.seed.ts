import { DEMO } from '@steg/access/demo';
import type { SeedContext } from '@steg/database';
import { DEMO_INTERVENTIONS } from '@steg/interventions/demo';
import { DEMO_PARTICIPANTS } from '@steg/participants/demo';
import { addDays } from '@steg/kernel';
import type { EntityManager } from 'typeorm';
import { waitingDays } from '../waiting-list/domain/waiting-list.rules';
import { WaitingListEntryEntity } from '../waiting-list/waiting-list-entry.entity';

const id = (n: number): string => `00000000-0000-4000-8000-00000000${String(n).padStart(4, '0')}`;

/** The referral demo's enrolments (libs/referrals demo ids 60, 61 and Johan's exited 62). */
const ENROLMENT = {
  alva: '00000000-0000-4000-8000-000000002060',
  elias: '00000000-0000-4000-8000-000000002061',
  johan: '00000000-0000-4000-8000-000000002062',
} as const;

export const DEMO_WAITING_LIST = {
  eliasWaiting: id(3601),
  alvaPlaced: id(3602),
  johanRemoved: id(3603),
} as const;

/**
 * The waiting list (kö) of the full "Jobbspår lager och logistik" (one place, Alva's): Elias waits
 * with priority 1; Alva was placed from it after 12 days; Johan left it when he got a job.
 */
export async function seedWaitingLists(manager: EntityManager, { today }: SeedContext): Promise<void> {
  if (await manager.existsBy(WaitingListEntryEntity, { id: DEMO_WAITING_LIST.eliasWaiting })) return;
  const day = (daysAgo: number): string => addDays(today, -daysAgo);
  const common = {
    municipalityId: DEMO.municipalityId,
    instanceId: DEMO_INTERVENTIONS.instances.jobbspar,
    unitId: DEMO.units.ame,
    createdBy: DEMO.users.coach,
  };
  const closed = (since: number, ended: number) => ({
    waitingSince: day(since),
    endedOn: day(ended),
    waitingDays: waitingDays(day(since), day(ended)),
    closedBy: DEMO.users.coach,
    closedAt: new Date(`${day(ended)}T09:00:00Z`),
  });
  await manager.insert(WaitingListEntryEntity, [
    {
      ...common,
      id: DEMO_WAITING_LIST.eliasWaiting,
      participantId: DEMO_PARTICIPANTS.elias,
      enrolmentId: ENROLMENT.elias,
      priority: 1,
      reason: 'Jobbspår parallellt med SFI enligt planen; behöver en arbetsinriktad insats.',
      waitingSince: day(20),
    },
    {
      ...common,
      id: DEMO_WAITING_LIST.alvaPlaced,
      participantId: DEMO_PARTICIPANTS.alva,
      enrolmentId: ENROLMENT.alva,
      priority: 2,
      reason: 'Vill mot lager och logistik efter arbetsträningen.',
      ...closed(21, 9),
      outcome: 'placed',
      placementId: DEMO_INTERVENTIONS.placements.alvaJobbspar,
    },
    {
      ...common,
      id: DEMO_WAITING_LIST.johanRemoved,
      participantId: DEMO_PARTICIPANTS.johan,
      enrolmentId: ENROLMENT.johan,
      priority: 2,
      reason: 'Jobbspår som nästa steg efter praktiken.',
      ...closed(60, 25),
      outcome: 'removed',
      closeReason: 'Har fått en tillsvidareanställning som lagerarbetare.',
    },
  ]);
}
