import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CASE_ACCESS } from '@steg/access';
import type { AuditAction } from '@steg/audit';
import { type CaseTarget, CaseWork } from '@steg/case-work';
import { isUniqueViolation } from '@steg/database';
import { type Actor, type Role, staffUserId } from '@steg/http';
import { PlacementFactsReader, PlacementNotFoundError, type PlacementSummary } from '@steg/interventions';
import { Clock, ValidationFailedError } from '@steg/kernel';
import {
  answerProblems,
  type AnswerInput,
  DEFAULT_LINK_VALID_DAYS,
  type ResponseChannel,
  type ResponseOutcome,
  surveyState,
} from './domain/survey.rules';
import {
  CreateSurveyLinkDto,
  RecordSurveyResponseDto,
  SurveyLinkCreatedDto,
  SurveyStatusDto,
} from './dto/survey.dto';
import { SurveyQuestionsService } from './survey-questions.service';
import {
  SurveyAnswerEntity,
  SurveyLinkEntity,
  type SurveyQuestionEntity,
  SurveyResponseEntity,
} from './survey.entity';
import { SurveyAlreadyRespondedError, SurveyNotDueError } from './survey.errors';
import { surveyMapper } from './survey.mapper';

/** Where the one-time link's survey opens (the token is appended). */
export const SURVEY_LINK_PATH = '/api/v1/survey-links/';

/** The token of a one-time link: 256 random bits, base64url (43 characters). */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashLinkToken(token) };
}

/** The only form in which a link's token is stored: hex SHA-256. */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A placement's facts as the gate loaded them, in the caller's municipality. */
export type SurveyPlacement = PlacementSummary & { municipalityId: string };

/** What a response writes, by whichever channel it comes. */
export interface ResponseWrite {
  municipalityId: string;
  participantId: string;
  placementId: string;
  instanceId: string;
  placementEndedOn: string;
  outcome: ResponseOutcome;
  channel: ResponseChannel;
  recordedBy: string | null;
  linkId: string | null;
  answers: readonly AnswerInput[];
  questions: readonly SurveyQuestionEntity[];
}

/**
 * The survey of one ended placement (brukaruppföljning), as the coach works with it: where it stands,
 * the answers given in a meeting, a decline, a one-time link for the participant. Every read and
 * write goes through the case-data gate; no route shows or changes a response's answers (they are
 * seen only aggregated, in groups of at least five).
 */
@Injectable()
export class SurveysService {
  constructor(
    private readonly caseWork: CaseWork,
    private readonly placements: PlacementFactsReader,
    private readonly questions: SurveyQuestionsService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  status(actor: Actor, placementId: string): Promise<SurveyStatusDto> {
    const target = this.target(placementId, 'view', CASE_ACCESS.surveys.read);
    return this.caseWork.read(actor, target, async (manager, reach) => {
      const placement = reach.record;
      return this.statusOf(manager, placement);
    });
  }

  /** The answers the participant gave in a meeting, entered by the coach. */
  respond(actor: Actor, placementId: string, dto: RecordSurveyResponseDto): Promise<SurveyStatusDto> {
    const userId = staffUserId(actor.principal);
    const target = this.target(placementId, 'create', CASE_ACCESS.surveys.record);
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const placement = reach.record;
      const endedOn = await this.checkDue(manager, placement);
      const questions = await this.questions.active(manager, placement.municipalityId);
      const problems = answerProblems(questions, dto.answers);
      if (problems.length > 0) throw new ValidationFailedError(problems);
      const response = await this.writeResponse(manager, {
        ...this.base(placement, endedOn),
        outcome: 'answered',
        channel: 'meeting',
        recordedBy: userId,
        linkId: null,
        answers: dto.answers,
        questions,
      });
      reach.note({
        resourceType: 'survey_response',
        resourceId: response.id,
        details: {
          placementId: placement.id,
          outcome: 'answered',
          channel: 'meeting',
          answers: dto.answers.length,
        },
      });
      return this.statusOf(manager, placement);
    });
  }

  /** The participant declined to answer (avböjt), as told to the coach. */
  decline(actor: Actor, placementId: string): Promise<SurveyStatusDto> {
    const userId = staffUserId(actor.principal);
    const target = this.target(placementId, 'create', CASE_ACCESS.surveys.record);
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const placement = reach.record;
      const endedOn = await this.checkDue(manager, placement);
      const response = await this.writeResponse(manager, {
        ...this.base(placement, endedOn),
        outcome: 'declined',
        channel: 'meeting',
        recordedBy: userId,
        linkId: null,
        answers: [],
        questions: [],
      });
      reach.note({
        resourceType: 'survey_response',
        resourceId: response.id,
        details: { placementId: placement.id, outcome: 'declined', channel: 'meeting' },
      });
      return this.statusOf(manager, placement);
    });
  }

  /** A one-time link for the participant: the token is in the answer, and nowhere else. */
  createLink(actor: Actor, placementId: string, dto: CreateSurveyLinkDto): Promise<SurveyLinkCreatedDto> {
    const userId = staffUserId(actor.principal);
    const target = this.target(placementId, 'create', CASE_ACCESS.surveys.record);
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const placement = reach.record;
      await this.checkDue(manager, placement);
      // Copies the standard set in now, so the link opens the set as it stands.
      await this.questions.active(manager, placement.municipalityId);
      const now = this.clock.now();
      const days = dto.validDays ?? DEFAULT_LINK_VALID_DAYS;
      const { token, hash } = newLinkToken();
      const link = await manager.save(
        manager.create(SurveyLinkEntity, {
          municipalityId: placement.municipalityId,
          participantId: placement.participantId,
          placementId: placement.id,
          tokenHash: hash,
          expiresAt: new Date(now.getTime() + days * 86_400_000),
          createdBy: userId,
          createdAt: now,
          usedAt: null,
        }),
      );
      reach.note({
        resourceType: 'survey_link',
        resourceId: link.id,
        details: { placementId: placement.id, validDays: days },
      });
      return { ...surveyMapper.link(link), token, path: `${SURVEY_LINK_PATH}${token}` };
    });
  }

  /**
   * Writes a response with its answers. The placement's one response is held by
   * uq_survey_responses_placement: a second one (a link and a meeting at once) is a 409.
   */
  async writeResponse(manager: EntityManager, write: ResponseWrite): Promise<SurveyResponseEntity> {
    const typeId = await this.placements.typeOfInstance(manager, write.municipalityId, write.instanceId);
    if (typeId === null) throw new PlacementNotFoundError();
    let response: SurveyResponseEntity;
    try {
      // A unique violation aborts the transaction: the 409 rolls back the whole work.
      response = await manager.save(
        manager.create(SurveyResponseEntity, {
          municipalityId: write.municipalityId,
          participantId: write.participantId,
          placementId: write.placementId,
          instanceId: write.instanceId,
          interventionTypeId: typeId,
          placementEndedOn: write.placementEndedOn,
          outcome: write.outcome,
          channel: write.channel,
          recordedBy: write.recordedBy,
          linkId: write.linkId,
          respondedAt: this.clock.now(),
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'uq_survey_responses_placement')) throw new SurveyAlreadyRespondedError();
      throw error;
    }
    if (write.answers.length > 0) {
      await manager.insert(
        SurveyAnswerEntity,
        write.answers.map((a) => ({
          municipalityId: write.municipalityId,
          responseId: response.id,
          questionId: a.questionId,
          value: a.value ?? null,
          dontKnow: a.dontKnow === true,
          textValue: a.text ?? null,
        })),
      );
    }
    return response;
  }

  private base(placement: SurveyPlacement, endedOn: string) {
    return {
      municipalityId: placement.municipalityId,
      participantId: placement.participantId,
      placementId: placement.id,
      instanceId: placement.instanceId,
      placementEndedOn: endedOn,
    };
  }

  /** The survey is due: the placement has ended and it has no response yet. Returns the end day. */
  private async checkDue(manager: EntityManager, placement: SurveyPlacement): Promise<string> {
    if (placement.actualEndDate === null) throw new SurveyNotDueError();
    const responded = await manager.existsBy(SurveyResponseEntity, {
      municipalityId: placement.municipalityId,
      placementId: placement.id,
    });
    if (responded) throw new SurveyAlreadyRespondedError();
    return placement.actualEndDate;
  }

  private async statusOf(manager: EntityManager, placement: SurveyPlacement): Promise<SurveyStatusDto> {
    const response = await manager.findOne(SurveyResponseEntity, {
      select: { id: true, outcome: true, channel: true, respondedAt: true },
      where: { municipalityId: placement.municipalityId, placementId: placement.id },
    });
    const state = surveyState(placement.actualEndDate !== null, response?.outcome ?? null);
    const links = await manager.find(SurveyLinkEntity, {
      where: { municipalityId: placement.municipalityId, placementId: placement.id },
      order: { createdAt: 'DESC' },
    });
    const questions = state === 'due' ? await this.questions.active(manager, placement.municipalityId) : [];
    return {
      placementId: placement.id,
      state,
      placementEndedOn: placement.actualEndDate,
      channel: response?.channel ?? null,
      respondedAt: response?.respondedAt.toISOString() ?? null,
      questions: questions.map(surveyMapper.question),
      links: links.map(surveyMapper.link),
    };
  }

  private target(
    placementId: string,
    action: AuditAction,
    roles: readonly Role[],
  ): CaseTarget<SurveyPlacement> {
    return {
      resourceType: 'survey',
      action,
      roles,
      load: async (manager, municipalityId) => {
        const placement = await this.placements.placement(manager, municipalityId, placementId);
        return placement && { ...placement, municipalityId };
      },
      participantId: (p) => p.participantId,
      resourceId: placementId,
      notFound: () => new PlacementNotFoundError(),
      details: { placementId },
    };
  }
}
