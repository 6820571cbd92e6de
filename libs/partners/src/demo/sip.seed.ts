import type { EntityManager } from 'typeorm';
import { DEMO } from '@steg/access/demo';
import type { SeedContext } from '@steg/database';
import { addDays } from '@steg/kernel';
import { DEMO_PARTICIPANTS } from '@steg/participants/demo';
import type { SipContent } from '../sip/domain/sip.types';
import { SipEntity, SipMeetingEntity, SipVersionEntity } from '../sip/sip.entity';

const id = (n: number): string => `00000000-0000-4000-8000-0000001600${String(n).padStart(2, '0')}`;

export const DEMO_SIPS = { alva: id(1) } as const;

/** Alva's development plan of the plans demo (its seed runs before this one). */
const ALVA_PLAN = '00000000-0000-4000-8000-000000003501';

/**
 * One SIP (samordnad individuell plan): Alva's, active, with IFO and AME, the Region's psychiatry and
 * Försäkringskassan taking part under her consent, a SIP meeting 25 days ago and a follow-up date
 * three days ago — so it waits on the coach's work list (sip_follow_up).
 */
export async function seedSips(manager: EntityManager, { today }: SeedContext): Promise<void> {
  if (await manager.existsBy(SipEntity, { id: DEMO_SIPS.alva })) return;
  const day = (daysAgo: number): string => addDays(today, -daysAgo);
  const at = (daysAgo: number): Date => new Date(`${day(daysAgo)}T10:00:00+01:00`);
  const municipalityId = DEMO.municipalityId;
  const region = id(11);
  const fk = id(12);
  const needWork = id(21);
  const needHealth = id(22);
  const content: SipContent = {
    consent: {
      givenOn: day(30),
      covers:
        'Samordning mellan socialtjänsten, arbetsmarknadsenheten, psykiatrin och Försäkringskassan om ' +
        'arbete och hälsa',
      relativesIncluded: false,
      withdrawnOn: null,
      recordedBy: DEMO.users.coach,
      recordedAt: at(30).toISOString(),
    },
    unitIds: [DEMO.units.ifo, DEMO.units.ame],
    externalParties: [
      {
        id: region,
        organisationType: 'region',
        organisationName: 'Region Demo, psykiatriska öppenvårdsmottagningen',
        personName: 'Eva Kurator',
        role: 'kurator',
      },
      {
        id: fk,
        organisationType: 'forsakringskassan',
        organisationName: 'Försäkringskassan',
        personName: 'Kim Handläggare',
        role: 'handläggare, sjukpenning',
      },
    ],
    relatives: [],
    needs: [
      { id: needWork, description: 'Komma närmare arbete i en takt som hälsan tillåter' },
      { id: needHealth, description: 'Stöd med oro och sömn' },
    ],
    measures: [
      {
        id: id(31),
        needId: needWork,
        measure: 'Arbetsträning i arbetslaget Snickeri, fyra förmiddagar i veckan',
        responsibleParty: DEMO.units.ame,
      },
      {
        id: id(32),
        needId: needHealth,
        measure: 'Samtalsbehandling varannan vecka',
        responsibleParty: region,
      },
      {
        id: id(33),
        needId: needWork,
        measure: 'Bedöma rätten till sjukpenning i särskilda fall under arbetsträningen',
        responsibleParty: fk,
      },
    ],
    leadParty: DEMO.units.ame,
    followUpOn: day(3),
    planId: ALVA_PLAN,
  };
  await manager.save(SipEntity, {
    id: DEMO_SIPS.alva,
    municipalityId,
    participantId: DEMO_PARTICIPANTS.alva,
    status: 'active',
    coordinatorId: DEMO.users.coach,
    followUpOn: content.followUpOn,
    activatedOn: day(25),
    activatedBy: DEMO.users.coach,
    closedOn: null,
    closeReason: null,
    closeNote: null,
    closedBy: null,
    currentVersion: 1,
    createdAt: at(30),
  });
  await manager.save(SipVersionEntity, {
    id: id(2),
    municipalityId,
    sipId: DEMO_SIPS.alva,
    versionNo: 1,
    content,
    changeSummary: null,
    changedFields: [],
    createdBy: DEMO.users.coach,
    createdAt: at(30),
  });
  await manager.save(SipMeetingEntity, {
    id: id(3),
    municipalityId,
    sipId: DEMO_SIPS.alva,
    heldOn: day(25),
    participantAttended: true,
    attendees: [DEMO.units.ifo, DEMO.units.ame, region, fk],
    versionNo: 1,
    notes: 'SIP-möte: vem gör vad är överenskommet; Alva börjar arbetsträna fyra förmiddagar.',
    recordedBy: DEMO.users.coach,
    recordedAt: at(25),
  });
}
