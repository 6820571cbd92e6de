import { DataSource } from 'typeorm';
import { BipAssessmentEntity, BipScoreEntity } from '@steg/measurement/schema';

/** The codes of the eleven BIP indicators, in their order (the migration seeds bip_indicators). */
export const BIP_INDICATOR_CODES = [
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

export interface BipScoreBody {
  indicatorCode: string;
  score: number | null;
  answeredBy: 'participant' | 'caseworker';
  caseworkerScore?: number | null;
}

/**
 * All eleven items of a BIP assessment as the API takes them, each answered by its respondent (the
 * caseworker alone for caseworker_belief); `score` gives every item's score (default 3).
 */
export function aBipScores(
  score: number | ((code: string, index: number) => number | null) = 3,
): BipScoreBody[] {
  return BIP_INDICATOR_CODES.map((indicatorCode, i) => ({
    indicatorCode,
    score: typeof score === 'number' ? score : score(indicatorCode, i),
    answeredBy: indicatorCode === 'caseworker_belief' ? 'caseworker' : 'participant',
  }));
}

/** A BIP assessment written straight to the database (complete with every item scored 3, unless told). */
export async function givenBipAssessment(
  ds: DataSource,
  a: {
    municipalityId: string;
    participantId: string;
    enrolmentId: string;
    createdBy: string;
    assessedOn?: string;
    status?: 'draft' | 'complete';
    score?: number;
  },
): Promise<{ id: string }> {
  const status = a.status ?? 'complete';
  const saved = await ds.getRepository(BipAssessmentEntity).save({
    municipalityId: a.municipalityId,
    participantId: a.participantId,
    enrolmentId: a.enrolmentId,
    assessedOn: a.assessedOn ?? '2026-03-02',
    status,
    scaleMin: 1,
    scaleMax: 5,
    comment: null,
    supersedesId: null,
    correctionReason: null,
    createdBy: a.createdBy,
    completedBy: status === 'complete' ? a.createdBy : null,
    completedAt: status === 'complete' ? new Date('2026-03-02T10:00:00Z') : null,
  });
  await ds.getRepository(BipScoreEntity).save(
    aBipScores(a.score ?? 3).map((s) => ({
      assessmentId: saved.id,
      indicatorCode: s.indicatorCode,
      municipalityId: a.municipalityId,
      score: s.score,
      answeredBy: s.answeredBy,
      caseworkerScore: null,
    })),
  );
  return { id: saved.id };
}
