import { DEMO } from '@steg/access/demo';
import type { DemoSeed } from '@steg/database';
import type { EntityManager } from 'typeorm';
import { seedSips } from './sip.seed';
import { seedWaitingLists } from './waiting-list.seed';
import { InterventionInstanceEntity } from '@steg/interventions/schema';
import { addDays } from '@steg/kernel';
import { AgreementEntity, AgreementGoalEntity, AgreementPartyEntity } from '../agreements/agreement.entity';
import { PartnerInvolvementEntity } from '../involvements/partner-involvement.entity';
import { PartnerContactEntity, PartnerEntity } from '../partners/partner.entity';

/** Fixed ids 00000000-0000-4000-8000-0000000a60NN, so loading the seed again changes nothing. */
const id = (n: number): string => `00000000-0000-4000-8000-0000000a60${String(n).padStart(2, '0')}`;
/** Alva's open enrolment (the referrals demo seed) and the catalogue's "Arbetsträning extern". */
const ENROLMENT_ALVA = '00000000-0000-4000-8000-000000002060';
const PARTICIPANT_ALVA = '00000000-0000-4000-8000-000000001001';
const TYPE_WORK_TRAINING_EXTERNAL = '00000000-0000-4000-8000-000000003002';

export const DEMO_PARTNERS = {
  partners: { samordningsforbund: id(1), iopForening: id(2), snickeriAb: id(3), arbetsformedlingen: id(4) },
  agreements: { finsam: id(21), iop: id(22), workTraining: id(23), lok: id(24) },
  instances: { snickeriAb: id(41) },
  involvements: { alvaArbetsformedlingen: id(51) },
} as const;

/**
 * The agreements seeds 000, 001 and 003 name, with invented partners whose organisationsnummer pass
 * the check but are clearly demo (x29990-…): a Finsam agreement with a samordningsförbund (ending
 * within 60 days: on the manager's work list), an IOP with a civil-society organisation, an
 * employer's work-training agreement (with an instance under it) and a LÖK with Arbetsförmedlingen,
 * who takes part in Alva's enrolment.
 */
export const partnersDemoSeed: DemoSeed = {
  name: 'partners, agreements, partner involvement, SIP and waiting lists',
  async run(manager, context) {
    await seedPartnersAndAgreements(manager, context.today);
    await seedSips(manager, context);
    await seedWaitingLists(manager, context);
  },
};

/** Partners, agreements and Arbetsförmedlingen's part in Alva's enrolment. */
async function seedPartnersAndAgreements(manager: EntityManager, today: string): Promise<void> {
  if (await manager.existsBy(PartnerEntity, { id: DEMO_PARTNERS.partners.samordningsforbund })) return;
  const day = (daysAgo: number): string => addDays(today, -daysAgo);
  const municipalityId = DEMO.municipalityId;
  const P = DEMO_PARTNERS.partners;
  const A = DEMO_PARTNERS.agreements;

  await manager.insert(PartnerEntity, [
    {
      id: P.samordningsforbund,
      municipalityId,
      type: 'samordningsforbund',
      name: 'Demo Samordningsförbund (Finsam)',
      organisationNumber: '222999-0003',
    },
    {
      id: P.iopForening,
      municipalityId,
      type: 'civil_society',
      name: 'Demoföreningen Kulturarenan',
      organisationNumber: '802999-0002',
    },
    {
      id: P.snickeriAb,
      municipalityId,
      type: 'employer',
      name: 'Demo Snickeri AB',
      organisationNumber: '556999-0004',
    },
    {
      id: P.arbetsformedlingen,
      municipalityId,
      type: 'arbetsformedlingen',
      name: 'Arbetsförmedlingen (demo)',
      organisationNumber: null,
    },
  ]);
  await manager.insert(PartnerContactEntity, [
    {
      id: id(11),
      municipalityId,
      partnerId: P.samordningsforbund,
      name: 'Sara Samordnare',
      role: 'förbundschef',
      email: 'sara@samordningsforbund.example',
    },
    { id: id(12), municipalityId, partnerId: P.iopForening, name: 'Olle Ordförande', role: 'ordförande' },
    { id: id(13), municipalityId, partnerId: P.snickeriAb, name: 'Stina Snickare', role: 'handledare' },
    {
      id: id(14),
      municipalityId,
      partnerId: P.arbetsformedlingen,
      name: 'Anders Arbetsförmedlare',
      role: 'arbetsförmedlare',
      phone: '010-000 00 00',
    },
  ]);

  const agreements = [
    {
      id: A.finsam,
      kind: 'finsam' as const,
      title: 'Finsam: samordnad rehabilitering mot arbete',
      purpose:
        'Personer som behöver stöd från flera myndigheter får en samplanerad väg mot arbete eller studier.',
      validFrom: day(410),
      validTo: day(-45),
      documentReference: 'Dnr KS 2025/101 (demo)',
      responsibleUserId: DEMO.users.manager,
      parties: [P.samordningsforbund, P.arbetsformedlingen],
      goals: [
        [
          'Minst 30 % av deltagarna börjar arbeta eller studera vid avslut',
          'Halvår och helår till styrgrupp och styrelse',
        ],
        ['Alla deltagare har en samordnad plan inom en månad', 'Kvartalsvis i beredningsgruppen'],
      ],
    },
    {
      id: A.iop,
      kind: 'iop' as const,
      title: 'IOP: arbetsträning inom besöksnäring',
      purpose: 'Idéburet offentligt partnerskap om arbetsträningsplatser i föreningens verksamhet.',
      validFrom: day(200),
      validTo: null,
      documentReference: 'Dnr KS 2025/140 (demo)',
      responsibleUserId: DEMO.users.coach,
      parties: [P.iopForening],
      goals: [['Sex arbetsträningsplatser per år', 'Årlig uppföljning med föreningen']],
    },
    {
      id: A.workTraining,
      kind: 'work_training' as const,
      title: 'Arbetsträningsavtal Demo Snickeri AB',
      purpose: 'Arbetsträningsplatser med handledare i snickeriverkstaden.',
      validFrom: day(100),
      validTo: day(-265),
      documentReference: null,
      responsibleUserId: DEMO.users.coach,
      parties: [P.snickeriAb],
      goals: [['Två platser, varav minst en leder till anställning', 'Vid varje avslutad placering']],
    },
    {
      id: A.lok,
      kind: 'local_agreement' as const,
      title: 'Lokal överenskommelse (LÖK) med Arbetsförmedlingen',
      purpose:
        'Prioriterade målgrupper: ungdomar, utrikesfödda, långtidsarbetslösa och personer med funktionsnedsättning.',
      validFrom: day(60),
      validTo: day(-305),
      documentReference: 'Dnr KS 2025/012 (demo)',
      responsibleUserId: DEMO.users.manager,
      parties: [P.arbetsformedlingen],
      goals: [
        ['Fler långtidsarbetslösa i arbete', 'Mål och indikatorer redovisas två gånger per år i nämnden'],
      ],
    },
  ];
  for (const { parties, goals, ...agreement } of agreements) {
    await manager.insert(AgreementEntity, { ...agreement, municipalityId });
    await manager.insert(
      AgreementPartyEntity,
      parties.map((partnerId) => ({ agreementId: agreement.id, partnerId, municipalityId })),
    );
    await manager.insert(
      AgreementGoalEntity,
      goals.map(([description, followUp], position) => ({
        agreementId: agreement.id,
        municipalityId,
        position,
        description,
        followUp,
      })),
    );
  }

  // An intervention instance that runs under the employer's work-training agreement.
  await manager.insert(InterventionInstanceEntity, {
    id: DEMO_PARTNERS.instances.snickeriAb,
    municipalityId,
    typeId: TYPE_WORK_TRAINING_EXTERNAL,
    name: 'Arbetsträning Demo Snickeri AB',
    siteId: null,
    responsibleUnitId: DEMO.units.ame,
    startsOn: day(100),
    endsOn: null,
    capacity: 2,
    costBasis: 'none',
    costOre: 0,
    agreementId: A.workTraining,
  });

  // Arbetsförmedlingen takes part in Alva's enrolment, under the LÖK.
  await manager.insert(PartnerInvolvementEntity, {
    id: DEMO_PARTNERS.involvements.alvaArbetsformedlingen,
    municipalityId,
    participantId: PARTICIPANT_ALVA,
    enrolmentId: ENROLMENT_ALVA,
    partnerId: P.arbetsformedlingen,
    contactId: id(14),
    agreementId: A.lok,
    description: 'Arbetsförmedlare: inskrivning, matchning mot arbete och anställningsstöd',
    fromDate: day(25),
    toDate: null,
    recordedBy: DEMO.users.coach,
  });
}
