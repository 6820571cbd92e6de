import { ParticipantRelationEntity } from '@steg/access/schema';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { DEMO } from '@steg/access/demo';
import { addDays } from '@steg/kernel';
import type { DemoSeed } from '@steg/database';
import { DEMO_PARTICIPANTS } from '@steg/participants/demo';
import { ExitFacts, outcomeCategory } from '../domain/referral.rules';
import type { ReferralSource, ReferralStatus, ReportBackKind } from '../domain/referral.types';
import { EnrolmentEntity, ReferralEntity, ReferralEventEntity, ReportBackEntity } from '../referral.entity';

/** Fixed ids 00000000-0000-4000-8000-0000000020NN, so loading the seed again changes nothing. */
function demoId(n: number): string {
  return `00000000-0000-4000-8000-0000000020${String(n).padStart(2, '0')}`;
}

type Person = keyof typeof DEMO_PARTICIPANTS;

interface DemoEnrolment {
  id: number;
  /** Days before today. */
  start: number;
  firstIntervention: number | null;
  exit?: { daysAgo: number; facts: ExitFacts; summary: string };
}

interface DemoReferral {
  id: number;
  person: Person;
  source: ReferralSource;
  /** IFO sends its own referrals; a coach registers those from other sources (AME → AME). */
  from: 'ifo' | 'ame';
  reason: string;
  requestedSupport: string;
  /** Days before today; `sent` null for a draft. */
  created: number;
  sent: number | null;
  outcome?:
    | { status: 'accepted'; daysAgo: number; enrolment: DemoEnrolment }
    | { status: 'returned' | 'withdrawn'; daysAgo: number; reason: string };
  reEntryAfter?: number;
}

const IFO_REASON = 'Långvarigt försörjningsstöd; behöver stöd för att närma sig arbetsmarknaden.';

/**
 * Referrals in every state, exits with each Kolada outcome A–E, a re-entry and two report-backs —
 * enough for a newcomer to see the flow from IFO to AME. Dates are relative to today.
 */
const REFERRALS: DemoReferral[] = [
  {
    id: 1,
    person: 'alva',
    source: 'ifo_economic_assistance',
    from: 'ifo',
    reason: IFO_REASON,
    requestedSupport: 'Arbetsträning med handledare, gärna praktiskt arbete.',
    created: 41,
    sent: 40,
    outcome: { status: 'accepted', daysAgo: 35, enrolment: { id: 60, start: 30, firstIntervention: 23 } },
  },
  {
    id: 2,
    person: 'elias',
    source: 'ifo_economic_assistance',
    from: 'ifo',
    reason: 'Ung vuxen utan fullföljd grundskola, försörjningsstöd sedan i höstas.',
    requestedSupport: 'Studiemotivation och arbetsträning.',
    created: 76,
    sent: 75,
    // Started 60 days ago with no follow-up meeting since: the demo's overdue follow-up.
    outcome: { status: 'accepted', daysAgo: 67, enrolment: { id: 61, start: 60, firstIntervention: 55 } },
  },
  {
    id: 3,
    person: 'nora',
    source: 'forsakringskassan',
    from: 'ame',
    reason: 'Försäkringskassan bedömer att arbetsförmågan kan prövas i arbetsträning.',
    requestedSupport: 'Aktivitetsförmågebedömning.',
    created: 3,
    sent: 3,
  },
  {
    id: 4,
    person: 'mariam',
    source: 'vuxenstod',
    from: 'ifo',
    reason: 'Vuxenstöd: stabil i sin behandling, vill börja arbeta.',
    requestedSupport: 'Språkstöd och praktik.',
    created: 26,
    sent: 25,
    outcome: {
      status: 'returned',
      daysAgo: 20,
      reason: 'Behöver först en arbetsförmågebedömning av Region (hälso- och sjukvården).',
    },
  },
  {
    id: 5,
    person: 'johan',
    source: 'af_with_social_services',
    from: 'ifo',
    reason: 'Gemensam bedömning med Arbetsförmedlingen: nära arbetsmarknaden.',
    requestedSupport: 'Jobbspår lager och logistik.',
    created: 251,
    sent: 250,
    outcome: {
      status: 'accepted',
      daysAgo: 243,
      enrolment: {
        id: 62,
        start: 236,
        firstIntervention: 229,
        exit: {
          daysAgo: 20,
          facts: {
            destination: 'employment',
            employmentLastsOneMonth: true,
            municipalLabourMarketEmployment: false,
          },
          summary: 'Tillsvidareanställning som lagerarbetare efter praktik.',
        },
      },
    },
  },
  {
    id: 6,
    person: 'fatima',
    source: 'kaa',
    from: 'ame',
    reason: 'KAA: avbrutit gymnasiet, vill läsa vidare.',
    requestedSupport: 'Studiemotivation.',
    created: 201,
    sent: 200,
    outcome: {
      status: 'accepted',
      daysAgo: 196,
      enrolment: {
        id: 63,
        start: 190,
        firstIntervention: 185,
        exit: {
          daysAgo: 45,
          facts: { destination: 'studies', studyKind: 'komvux', studiesQualifyForStudiemedel: true },
          summary: 'Började på Komvux heltid med studiemedel.',
        },
      },
    },
  },
  {
    id: 7,
    person: 'oskar',
    source: 'region',
    from: 'ame',
    reason: 'Regionens rehabkoordinator: långvarig sjukskrivning, vill pröva arbete.',
    requestedSupport: 'Arbetsträning i lugn miljö.',
    created: 301,
    sent: 300,
    outcome: {
      status: 'accepted',
      daysAgo: 290,
      enrolment: {
        id: 64,
        start: 280,
        firstIntervention: 270,
        exit: {
          daysAgo: 100,
          facts: { destination: 'transferred', transferredTo: 'forsakringskassan' },
          summary: 'Arbetsförmågan räcker inte nu; överlämnad till Försäkringskassan.',
        },
      },
    },
  },
  {
    id: 8,
    person: 'leila',
    source: 'self_referral',
    from: 'ame',
    reason: 'Självanmälan: vill ha stöd i jobbsökandet.',
    requestedSupport: 'Gruppcoachning och jobbsökaraktivitet.',
    created: 331,
    sent: 330,
    outcome: {
      status: 'accepted',
      daysAgo: 326,
      enrolment: {
        id: 65,
        start: 320,
        firstIntervention: 313,
        exit: {
          daysAgo: 150,
          facts: { destination: 'completed' },
          summary: 'Uppdraget genomfört enligt planen; fortsätter söka arbete själv.',
        },
      },
    },
  },
  {
    id: 9,
    person: 'ahmed',
    source: 'ifo_economic_assistance',
    from: 'ifo',
    reason: IFO_REASON,
    requestedSupport: 'Praktik inom restaurang.',
    created: 281,
    sent: 280,
    outcome: {
      status: 'accepted',
      daysAgo: 275,
      enrolment: {
        id: 66,
        start: 270,
        firstIntervention: 262,
        exit: {
          daysAgo: 120,
          // Work shorter than a month is not outcome A (Kolada): it counts as E.
          facts: {
            destination: 'employment',
            employmentLastsOneMonth: false,
            municipalLabourMarketEmployment: false,
          },
          summary: 'Sommarvikariat tre veckor; avslut på egen begäran.',
        },
      },
    },
  },
  {
    id: 10,
    person: 'ahmed',
    source: 'ifo_economic_assistance',
    from: 'ifo',
    reason: 'Åter på försörjningsstöd efter vikariatet.',
    requestedSupport: 'Praktik inom restaurang, gärna samma arbetsplats.',
    created: 5,
    sent: 5,
    reEntryAfter: 66,
  },
  {
    id: 11,
    person: 'sofia',
    source: 'arbetsformedlingen',
    from: 'ame',
    reason: 'Arbetsförmedlingen: behöver arbetsträning före matchning.',
    requestedSupport: 'Arbetsträning.',
    created: 71,
    sent: 70,
    outcome: { status: 'withdrawn', daysAgo: 60, reason: 'Har fått ett vikariat via Arbetsförmedlingen.' },
  },
  {
    id: 12,
    person: 'sofia',
    source: 'ifo_economic_assistance',
    from: 'ifo',
    reason: 'Vikariatet har upphört; försörjningsstöd igen.',
    requestedSupport: 'Arbetsträning.',
    created: 1,
    sent: null,
  },
];

const REPORT_BACKS: {
  id: number;
  enrolment: number;
  kind: ReportBackKind;
  message: string;
  daysAgo: number;
  readDaysAgo: number | null;
}[] = [
  {
    id: 90,
    enrolment: 61,
    kind: 'progress',
    message: 'Elias har kommit igång bra i arbetsträningen och trivs i snickeriet.',
    daysAgo: 10,
    readDaysAgo: 9,
  },
  {
    id: 91,
    enrolment: 61,
    kind: 'attendance_concern',
    message: 'Elias har varit borta tre dagar utan att höra av sig. Vi bokar ett samtal; hör gärna av dig.',
    daysAgo: 2,
    readDaysAgo: null,
  },
];

async function insertIgnoring(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  values: ObjectLiteral,
): Promise<void> {
  await manager.createQueryBuilder().insert().into(entity).values(values).orIgnore().execute();
}

export const referralsDemoSeed: DemoSeed = {
  name: 'demo referrals, enrolments and report-backs',
  async run(manager, { today }) {
    const day = (daysAgo: number) => addDays(today, -daysAgo);
    // Mid-morning in Sweden whatever the season, so the Stockholm calendar day is the one meant.
    const at = (daysAgo: number, hourUtc = 8) =>
      new Date(`${day(daysAgo)}T${String(hourUtc).padStart(2, '0')}:00:00Z`);
    let eventId = 20;
    let relationId = 70;
    const base = { municipalityId: DEMO.municipalityId };

    for (const r of REFERRALS) {
      const participantId = DEMO_PARTICIPANTS[r.person];
      const referringUserId = r.from === 'ifo' ? DEMO.users.ifo : DEMO.users.coach;
      const status: ReferralStatus = r.outcome?.status ?? (r.sent === null ? 'draft' : 'sent');
      const decided = r.outcome && r.outcome.status !== 'withdrawn' ? at(r.outcome.daysAgo, 12) : null;
      await insertIgnoring(manager, ReferralEntity, {
        ...base,
        id: demoId(r.id),
        participantId,
        source: r.source,
        reason: r.reason,
        requestedSupport: r.requestedSupport,
        sharingBasis: 'legal_ground',
        consentId: null,
        legalGround: 'Demo: uppgiftslämnande enligt OSL 10 kap. 2 §',
        referringUnitId: DEMO.units[r.from],
        referringUserId,
        receivingUnitId: DEMO.units.ame,
        desiredStart: r.sent === null ? null : day(r.sent - 14),
        status,
        sentAt: r.sent === null ? null : at(r.sent),
        decidedAt: decided,
        returnReason: r.outcome?.status === 'returned' ? r.outcome.reason : null,
        reEntry: r.reEntryAfter !== undefined,
        previousEnrolmentId: r.reEntryAfter === undefined ? null : demoId(r.reEntryAfter),
        createdAt: at(r.created, 7),
      });

      const events: Partial<ReferralEventEntity>[] = [
        {
          action: 'create',
          fromStatus: null,
          toStatus: 'draft',
          occurredAt: at(r.created, 7),
          userId: referringUserId,
        },
      ];
      if (r.sent !== null) {
        events.push({
          action: 'send',
          fromStatus: 'draft',
          toStatus: 'sent',
          occurredAt: at(r.sent),
          userId: referringUserId,
        });
      }
      if (r.outcome) {
        const action = { accepted: 'accept', returned: 'return', withdrawn: 'withdraw' }[r.outcome.status];
        events.push({
          action,
          fromStatus: 'sent',
          toStatus: r.outcome.status,
          occurredAt: at(r.outcome.daysAgo, 12),
          // The receiving unit decides; the sender withdraws.
          userId: r.outcome.status === 'withdrawn' ? referringUserId : DEMO.users.coach,
          reason: r.outcome.status === 'accepted' ? null : r.outcome.reason,
        });
      }
      for (const event of events) {
        await insertIgnoring(manager, ReferralEventEntity, {
          ...base,
          id: demoId(eventId++),
          referralId: demoId(r.id),
          reason: null,
          ...event,
        });
      }

      // The receiving unit's relation: open while sent, closed by the decision or withdrawal.
      if (r.sent !== null) {
        await insertIgnoring(manager, ParticipantRelationEntity, {
          ...base,
          id: demoId(relationId++),
          participantId,
          unitId: DEMO.units.ame,
          userId: null,
          kind: 'referral',
          sourceId: demoId(r.id),
          startedOn: day(r.sent),
          endedOn: r.outcome ? day(r.outcome.daysAgo) : null,
        });
      }

      if (r.outcome?.status === 'accepted') {
        const e = r.outcome.enrolment;
        const facts = e.exit?.facts;
        await insertIgnoring(manager, EnrolmentEntity, {
          ...base,
          id: demoId(e.id),
          participantId,
          ameUnitId: DEMO.units.ame,
          referralId: demoId(r.id),
          startDate: day(e.start),
          responsibleCoachId: DEMO.users.coach,
          ifoCaseworkerId: DEMO.users.ifo,
          timeWithoutWork: 'unknown',
          firstInterventionStart: e.firstIntervention === null ? null : day(e.firstIntervention),
          exitDate: e.exit ? day(e.exit.daysAgo) : null,
          exitDestination: facts?.destination ?? null,
          employmentLastsOneMonth: facts?.employmentLastsOneMonth ?? null,
          municipalLabourMarketEmployment: facts?.municipalLabourMarketEmployment ?? null,
          studyKind: facts?.studyKind ?? null,
          studiesQualifyForStudiemedel: facts?.studiesQualifyForStudiemedel ?? null,
          transferredTo: facts?.transferredTo ?? null,
          // Derived from the facts by the same rule the API uses, so demo exits stay consistent.
          outcomeCategory: facts ? outcomeCategory(facts) : null,
          exitSummary: e.exit?.summary ?? null,
          followUpDate: e.exit ? day(e.exit.daysAgo - 90) : null,
          exitedBy: e.exit ? DEMO.users.coach : null,
          createdBy: DEMO.users.coach,
        });
        await insertIgnoring(manager, ParticipantRelationEntity, {
          ...base,
          id: demoId(relationId++),
          participantId,
          unitId: DEMO.units.ame,
          userId: null,
          kind: 'enrolment',
          sourceId: demoId(e.id),
          startedOn: day(e.start),
          endedOn: e.exit ? day(e.exit.daysAgo) : null,
        });
      }
    }

    const participantOf = new Map(
      REFERRALS.flatMap((r) =>
        r.outcome?.status === 'accepted'
          ? [[r.outcome.enrolment.id, DEMO_PARTICIPANTS[r.person]] as const]
          : [],
      ),
    );
    for (const rb of REPORT_BACKS) {
      await insertIgnoring(manager, ReportBackEntity, {
        ...base,
        id: demoId(rb.id),
        participantId: participantOf.get(rb.enrolment),
        enrolmentId: demoId(rb.enrolment),
        kind: rb.kind,
        message: rb.message,
        fromUserId: DEMO.users.coach,
        toUserId: DEMO.users.ifo,
        createdAt: at(rb.daysAgo, 9),
        readAt: rb.readDaysAgo === null ? null : at(rb.readDaysAgo, 7),
      });
    }
  },
};
