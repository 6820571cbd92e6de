import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, type ParticipantLinkActor } from '@steg/audit';
import { CasePersons, CaseWork } from '@steg/case-work';
import { PlacementFactsReader } from '@steg/interventions';
import { Clock, ValidationFailedError } from '@steg/kernel';
import { answerProblems, linkState, type ResponseOutcome } from './domain/survey.rules';
import { PublicSurveyDto, RecordSurveyResponseDto } from './dto/survey.dto';
import { SurveyQuestionsService } from './survey-questions.service';
import { SurveyLinkEntity, SurveyResponseEntity } from './survey.entity';
import { SurveyAlreadyRespondedError, SurveyLinkNotFoundError } from './survey.errors';
import { surveyMapper } from './survey.mapper';
import { hashLinkToken, SurveysService } from './surveys.service';

/** What a one-time link's token looks like: 32 random bytes in base64url. */
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

/** Where a request through a link came from: for the audit event (no user, no key). */
export type LinkRequest = Omit<ParticipantLinkActor, 'via' | 'municipalityId'>;

/**
 * The participant's side of a one-time survey link: no sign-in, the token is the key. The link opens
 * only its survey's questions — no name, no placement, nothing about the person — works once, and
 * expires. A wrong, used or expired token, or one whose survey was answered another way, all get the
 * same 404 SURVEY_LINK_NOT_FOUND, so nobody learns which (nor that a link ever existed).
 *
 * The link, not a staff member's relation, is what gives access here, so this path does not go
 * through the case-data gate (which decides on a signed-in principal); it writes the same trace
 * itself: an event in the answer's transaction with the participant, the protection flag and the
 * link as actor, and a denied event for a used or expired link (a wrong token names no municipality
 * whose log could hold it: the rate limit is what stops guessing).
 */
@Injectable()
export class SurveyLinksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly surveys: SurveysService,
    private readonly questions: SurveyQuestionsService,
    private readonly placements: PlacementFactsReader,
    private readonly persons: CasePersons,
    private readonly caseWork: CaseWork,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** The survey's questions, while the link works. */
  async open(request: LinkRequest, token: string): Promise<PublicSurveyDto> {
    const manager = this.dataSource.manager;
    const link = await this.usable(manager, request, token, 'view', false);
    const questions = await this.questions.active(manager, link.municipalityId);
    return { questions: questions.map(surveyMapper.publicQuestion), dontKnowLabel: 'Vet inte' };
  }

  /** The participant's answers: the link is used up with them. */
  answer(request: LinkRequest, token: string, dto: RecordSurveyResponseDto): Promise<void> {
    return this.respond(request, token, 'answered', dto);
  }

  /** The participant declines to answer: recorded, and the link is used up. */
  decline(request: LinkRequest, token: string): Promise<void> {
    return this.respond(request, token, 'declined', { answers: [] });
  }

  private async respond(
    request: LinkRequest,
    token: string,
    outcome: ResponseOutcome,
    dto: RecordSurveyResponseDto,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const link = await this.usable(manager, request, token, 'create', true);
      const placement = await this.placements.placement(manager, link.municipalityId, link.placementId);
      if (placement === null || placement.actualEndDate === null) throw new SurveyLinkNotFoundError();
      const questions =
        outcome === 'answered' ? await this.questions.active(manager, link.municipalityId) : [];
      if (outcome === 'answered') {
        const problems = answerProblems(questions, dto.answers);
        if (problems.length > 0) throw new ValidationFailedError(problems);
      }
      let response: SurveyResponseEntity;
      try {
        response = await this.surveys.writeResponse(manager, {
          municipalityId: link.municipalityId,
          participantId: link.participantId,
          placementId: link.placementId,
          instanceId: placement.instanceId,
          placementEndedOn: placement.actualEndDate,
          outcome,
          channel: 'link',
          recordedBy: null,
          linkId: link.id,
          answers: dto.answers,
          questions,
        });
      } catch (error) {
        // Answered in a meeting at the same moment: to the link's holder, the link no longer works.
        if (error instanceof SurveyAlreadyRespondedError) throw new SurveyLinkNotFoundError();
        throw error;
      }
      await manager.update(SurveyLinkEntity, { id: link.id }, { usedAt: this.clock.now() });
      const person = await this.persons.find(manager, link.municipalityId, link.participantId);
      await this.audit.record(manager, this.actor(request, link.municipalityId), {
        action: 'create',
        resourceType: 'survey_response',
        resourceId: response.id,
        participantId: link.participantId,
        protectedPerson: person !== null && person.protection !== 'none',
        details: {
          placementId: link.placementId,
          linkId: link.id,
          outcome,
          channel: 'link',
          answers: dto.answers.length,
        },
      });
    });
  }

  /**
   * The link of this token if it works; else a denied event (for a link that exists) and the one
   * answer for every failure. A write holds the link until it commits, so it is used only once.
   */
  private async usable(
    manager: EntityManager,
    request: LinkRequest,
    token: string,
    action: 'view' | 'create',
    forUpdate: boolean,
  ): Promise<SurveyLinkEntity> {
    if (!TOKEN_FORMAT.test(token)) throw new SurveyLinkNotFoundError();
    const link = await manager.findOne(SurveyLinkEntity, {
      where: { tokenHash: hashLinkToken(token) },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (link === null) throw new SurveyLinkNotFoundError();
    const responded = await manager.existsBy(SurveyResponseEntity, {
      municipalityId: link.municipalityId,
      placementId: link.placementId,
    });
    const state = linkState(link, responded, this.clock.now());
    if (state !== 'usable') {
      return this.caseWork.refuse(
        this.actor(request, link.municipalityId),
        { action, resourceType: 'survey_link', resourceId: link.id, participantId: link.participantId },
        state,
        new SurveyLinkNotFoundError(),
      );
    }
    return link;
  }

  private actor(request: LinkRequest, municipalityId: string): ParticipantLinkActor {
    return { via: 'participant_link', municipalityId, ...request };
  }
}
