import type { EntityManager } from 'typeorm';
import { DEMO } from '@steg/access/demo';
import type { SeedContext } from '@steg/database';
import { addDays } from '@steg/kernel';
import { DEMO_PARTICIPANTS } from '@steg/participants/demo';
import { BipAssessmentEntity, BipScoreEntity } from '../bip/bip.entity';

const id = (n: number): string => `00000000-0000-4000-8000-00000000${String(n).padStart(4, '0')}`;
const enrolment = (n: number): string => `00000000-0000-4000-8000-0000000020${n}`;

/** The indicators in their order; caseworker_belief (the 4th) is the caseworker's alone. */
const CODES = [
  'labour_market_knowledge',
  'concentration',
  'self_belief',
  'caseworker_belief',
  'goal_awareness',
  'contact_ability',
  'cooperation',
  'network_support',
  'everyday_coping',
  'health',
  'job_search',
] as const;

interface DemoSeries {
  person: keyof typeof DEMO_PARTICIPANTS;
  enrolment: number;
  /** Days before today of each complete assessment, the baseline first (within the enrolment). */
  daysAgo: number[];
  /** The baseline's scores in the indicators' order, on 1–5; each later one adds `step`. */
  baseline: number[];
  step: number[];
  comment: string;
}

/**
 * Two or three complete BIP assessments (progressionsmätning) per demo enrolment, the baseline
 * (nollmätning) near the start, showing change over time — mostly upwards, health flat for some.
 * Alva and Elias are still enrolled, so the intervals show their placements.
 */
const SERIES: DemoSeries[] = [
  {
    person: 'alva',
    enrolment: 60,
    daysAgo: [29, 3],
    baseline: [2, 3, 2, 2, 2, 3, 3, 2, 3, 3, 2],
    step: [1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 1],
    comment: 'Trivs i snickeriet; tron på att få jobb har ökat.',
  },
  {
    person: 'elias',
    enrolment: 61,
    daysAgo: [58, 8],
    baseline: [1, 2, 2, 2, 1, 2, 3, 3, 2, 3, 1],
    step: [1, 0, 0, 0, 1, 1, 0, 0, 1, 0, 0],
    comment: 'Svenskan går framåt; jobbsökandet har inte kommit igång.',
  },
  {
    person: 'johan',
    enrolment: 62,
    daysAgo: [234, 144, 54],
    baseline: [2, 3, 2, 2, 2, 3, 3, 3, 3, 2, 2],
    step: [1, 0, 1, 1, 1, 1, 0, 0, 0, 1, 1],
    comment: 'Tydlig utveckling mot arbete.',
  },
  {
    person: 'fatima',
    enrolment: 63,
    daysAgo: [188, 98, 48],
    baseline: [1, 2, 2, 1, 2, 2, 3, 2, 3, 3, 1],
    step: [1, 1, 1, 1, 1, 0, 0, 1, 0, 0, 1],
    comment: 'Språkstödet och praktiken har gett resultat.',
  },
  {
    person: 'oskar',
    enrolment: 64,
    daysAgo: [278, 188, 103],
    baseline: [2, 2, 1, 2, 1, 2, 2, 2, 2, 2, 1],
    step: [0, 1, 1, 1, 1, 0, 1, 0, 1, 1, 1],
    comment: 'Hälsan bättre; studiemotivationen växer.',
  },
  {
    person: 'leila',
    enrolment: 65,
    daysAgo: [318, 228, 160],
    baseline: [2, 3, 2, 2, 2, 3, 3, 3, 2, 2, 2],
    step: [1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0],
    comment: 'Små steg framåt.',
  },
  {
    person: 'ahmed',
    enrolment: 66,
    daysAgo: [268, 178, 125],
    baseline: [2, 2, 2, 2, 2, 2, 3, 2, 2, 1, 2],
    step: [0, 0, 0, -1, 0, 0, 0, 0, 0, 0, 0],
    comment: 'Ohälsan har tagit över; arbetsträningen avbryts.',
  },
];

const clamp = (n: number) => Math.min(5, Math.max(1, n));

/** BIP demo assessments; idempotent (returns when the first one is there). */
export async function seedBipDemo(manager: EntityManager, { today }: SeedContext): Promise<void> {
  if (await manager.existsBy(BipAssessmentEntity, { id: id(5101) })) return;
  const municipalityId = DEMO.municipalityId;
  let n = 5101;
  for (const s of SERIES) {
    for (const [k, daysAgo] of s.daysAgo.entries()) {
      const assessedOn = addDays(today, -daysAgo);
      const at = new Date(`${assessedOn}T10:00:00+01:00`);
      const assessmentId = id(n++);
      await manager.insert(BipAssessmentEntity, {
        id: assessmentId,
        municipalityId,
        participantId: DEMO_PARTICIPANTS[s.person],
        enrolmentId: enrolment(s.enrolment),
        assessedOn,
        status: 'complete',
        scaleMin: 1,
        scaleMax: 5,
        comment: k === 0 ? 'Nollmätning vid inskrivningen.' : s.comment,
        supersedesId: null,
        correctionReason: null,
        createdBy: DEMO.users.coach,
        createdAt: at,
        completedBy: DEMO.users.coach,
        completedAt: at,
      });
      await manager.insert(
        BipScoreEntity,
        CODES.map((code, i) => ({
          assessmentId,
          indicatorCode: code,
          municipalityId,
          score: clamp((s.baseline[i] ?? 3) + k * (s.step[i] ?? 0)),
          answeredBy: code === 'caseworker_belief' ? ('caseworker' as const) : ('participant' as const),
          // The coach's own view beside the participant's belief in getting a job, on the latest one.
          caseworkerScore:
            code === 'self_belief' && k === s.daysAgo.length - 1 ? clamp((s.baseline[i] ?? 3) + 1) : null,
        })),
      );
    }
  }
}
