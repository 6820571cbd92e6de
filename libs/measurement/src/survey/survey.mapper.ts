import type { SurveyLinkSummaryDto, PublicSurveyQuestionDto, SurveyQuestionDto } from './dto/survey.dto';
import type { SurveyLinkEntity, SurveyQuestionEntity } from './survey.entity';

export const surveyMapper = {
  /** A question as the participant sees it: no Kolada id, no standard key, nothing about the set. */
  publicQuestion: (q: SurveyQuestionEntity): PublicSurveyQuestionDto => {
    return {
      id: q.id,
      text: q.text,
      kind: q.kind,
      scaleMin: q.scaleMin,
      scaleMax: q.scaleMax,
      lowLabel: q.lowLabel,
      highLabel: q.highLabel,
    };
  },

  question: (q: SurveyQuestionEntity): SurveyQuestionDto => {
    return {
      ...surveyMapper.publicQuestion(q),
      koladaId: q.koladaId,
      standardKey: q.standardKey,
      position: q.position,
      active: q.active,
      version: q.version,
    };
  },

  link: (l: SurveyLinkEntity): SurveyLinkSummaryDto => {
    return {
      id: l.id,
      createdAt: l.createdAt.toISOString(),
      expiresAt: l.expiresAt.toISOString(),
      usedAt: l.usedAt?.toISOString() ?? null,
    };
  },
};
