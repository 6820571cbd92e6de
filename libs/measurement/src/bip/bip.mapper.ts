import type { BipAssessmentEntity, BipScoreEntity } from './bip.entity';
import type { BipIndicator } from './domain/bip.rules';
import type { BipAssessmentDto, BipIndicatorDto, BipPointDto, BipScoreDto } from './dto/bip.dto';

/** The items in the indicators' order (an item of a code not in the table last, as stored). */
function scoresInOrder(
  scores: readonly BipScoreEntity[],
  indicators: readonly BipIndicator[],
): BipScoreDto[] {
  const position = new Map(indicators.map((i) => [i.code, i.position]));
  return [...scores]
    .sort((a, b) => (position.get(a.indicatorCode) ?? 99) - (position.get(b.indicatorCode) ?? 99))
    .map((s) => ({
      indicatorCode: s.indicatorCode,
      score: s.score,
      answeredBy: s.answeredBy,
      caseworkerScore: s.caseworkerScore,
    }));
}

export const bipMapper = {
  indicator(i: BipIndicator): BipIndicatorDto {
    return {
      code: i.code,
      position: i.position,
      labelSv: i.labelSv,
      labelEn: i.labelEn,
      respondent: i.respondent,
    };
  },

  assessment(
    a: BipAssessmentEntity,
    scores: readonly BipScoreEntity[],
    indicators: readonly BipIndicator[],
    supersededById: string | null,
  ): BipAssessmentDto {
    return {
      id: a.id,
      participantId: a.participantId,
      enrolmentId: a.enrolmentId,
      assessedOn: a.assessedOn,
      status: a.status,
      scaleMin: a.scaleMin,
      scaleMax: a.scaleMax,
      comment: a.comment,
      scores: scoresInOrder(scores, indicators),
      supersedesId: a.supersedesId,
      correctionReason: a.correctionReason,
      supersededById,
      createdBy: a.createdBy,
      createdAt: a.createdAt.toISOString(),
      completedBy: a.completedBy,
      completedAt: a.completedAt?.toISOString() ?? null,
      version: a.version,
    };
  },

  point(
    a: BipAssessmentEntity,
    scores: readonly BipScoreEntity[],
    indicators: readonly BipIndicator[],
  ): BipPointDto {
    return {
      assessmentId: a.id,
      assessedOn: a.assessedOn,
      scaleMin: a.scaleMin,
      scaleMax: a.scaleMax,
      scores: scoresInOrder(scores, indicators),
    };
  },
};
