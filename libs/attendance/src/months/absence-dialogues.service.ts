import { Injectable, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessPolicyService, ParticipantAccess } from '@steg/access';
import { AuditEntry, AuditService } from '@steg/audit';
import { isUniqueViolation } from '@steg/database';
import { Actor, rolesOf, staffUserId } from '@steg/http';
import { Clock, decodeCursor, Page, StaleVersionError, toPage, ValidationFailedError } from '@steg/kernel';
import { ParticipantEntity, ParticipantNotFoundError } from '@steg/participants';
import { AbsenceDecisionEntity, AbsenceDialogueEntity } from '../attendance.entity';
import {
  DialoguePart,
  decisionProblems,
  explanationProblems,
  mayChangePart,
  mayDecide,
  mayRecordDecision,
  mayRecordPart,
  missingForDecision,
  supersedeProblem,
} from './domain/dialogue.rules';
import {
  AmeAccountDto,
  CreateDecisionDto,
  DialoguesQuery,
  IfoAssessmentDto,
  ParticipantExplanationDto,
} from './dto/dialogue.dto';
import { DecisionDto, DecisionListDto, DialogueDto } from './dto/dialogue-response.dto';
import {
  AbsenceDialogueNotFoundError,
  DecisionAlreadySupersededError,
  DecisionNotInDialogueError,
  DialogueAlreadyDecidedError,
  DialogueDecidedError,
  DialogueNotReadyError,
  DialoguePartForbiddenError,
} from './months.errors';
import { dialogueMapper } from './months.mapper';
import { identityShown } from './months.support';

const DIALOGUE = 'absence_dialogue';
const DECISION = 'absence_decision';
const DEFAULT_LIMIT = 50;

interface Seen {
  dialogue: AbsenceDialogueEntity;
  access: ParticipantAccess;
  person: ParticipantEntity;
}

/**
 * The absence dialogue (frånvarodialog) and IFO's decision. Steg never computes, proposes or changes
 * a benefit amount: it collects AME's account, the participant's explanation (kommunicering) and
 * IFO's assessment, each with who and when, and lets only an IFO caseworker record a decision once
 * the account and the explanation (or a failed attempt) exist. Decisions are never changed; a new
 * one supersedes the latest with a reason.
 */
@Injectable()
export class AbsenceDialoguesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Dialogues of people the caller may see, earliest deadline first. */
  async list(actor: Actor, query: DialoguesQuery): Promise<Page<DialogueDto>> {
    const principal = actor.principal;
    let unitId: string | null = null;
    if (query.participantId !== undefined) {
      unitId = (
        await this.policy.requireCaseAccess(actor, query.participantId, {
          action: 'view',
          resourceType: DIALOGUE,
        })
      ).unitId;
    }
    const limit = query.limit ?? DEFAULT_LIMIT;
    const visibility = this.policy.caseVisibility(principal, 'd.participant_id');
    const qb = this.dataSource
      .getRepository(AbsenceDialogueEntity)
      .createQueryBuilder('d')
      .where('d.municipality_id = :municipality', { municipality: principal.municipalityId })
      .andWhere(visibility.sql, visibility.params);
    if (query.status !== undefined) qb.andWhere('d.status = :status', { status: query.status });
    if (query.participantId !== undefined) {
      qb.andWhere('d.participant_id = :participantId', { participantId: query.participantId });
    }
    if (query.cursor !== undefined) {
      const { key, id } = decodeCursor(query.cursor);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(key)) {
        throw new ValidationFailedError([
          { field: 'cursor', rule: 'cursor.format', message: 'is not a cursor returned by this API' },
        ]);
      }
      qb.andWhere('(d.deadline, d.id) > (:cDeadline, :cId)', { cDeadline: key, cId: id });
    }
    const rows = await qb
      .orderBy('d.deadline', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const page = toPage(rows, limit, (d) => ({ key: d.deadline, id: d.id }));
    const ids = [...new Set(page.items.map((d) => d.participantId))];
    const people = await this.people(ids, principal.municipalityId);
    const events: AuditEntry[] = ids.map((id) => ({
      action: 'view',
      resourceType: DIALOGUE,
      participantId: id,
      unitId,
      protectedPerson: people.get(id)?.protection !== 'none',
      details: { list: true, count: page.items.filter((d) => d.participantId === id).length },
    }));
    if (events.length === 0 && query.participantId !== undefined) {
      events.push({
        action: 'view',
        resourceType: DIALOGUE,
        participantId: query.participantId,
        unitId,
        details: { list: true, count: 0 },
      });
    }
    await this.audit.recordAccess(actor, events);
    return {
      items: page.items.map((d) => {
        const person = people.get(d.participantId);
        if (!person) throw new ParticipantNotFoundError();
        return dialogueMapper.toDto(d, person, identityShown(principal, person.protection));
      }),
      nextCursor: page.nextCursor,
    };
  }

  async get(actor: Actor, id: string): Promise<DialogueDto> {
    const seen = await this.requireView(actor, id, 'view');
    await this.audit.recordAccess(actor, this.event(seen, 'view', DIALOGUE, seen.dialogue.id));
    return this.toDto(actor, seen);
  }

  /** AME:s redogörelse (ame_coach, unit_manager). */
  recordAmeAccount(actor: Actor, id: string, version: number, dto: AmeAccountDto): Promise<DialogueDto> {
    return this.recordPart(actor, id, version, 'ame_account', (d, userId, now) => {
      d.ameAccount = dto.account.trim();
      d.keepingTimesIsPlanGoal = dto.keepingTimesIsPlanGoal;
      d.ameAccountBy = userId;
      d.ameAccountAt = now;
    });
  }

  /** Deltagarens förklaring or the failed attempt to obtain it (ame_coach, ifo_caseworker). */
  recordExplanation(
    actor: Actor,
    id: string,
    version: number,
    dto: ParticipantExplanationDto,
  ): Promise<DialogueDto> {
    const problems = explanationProblems(dto);
    if (problems.length > 0) throw new ValidationFailedError(problems);
    return this.recordPart(
      actor,
      id,
      version,
      'participant_explanation',
      (d, userId, now) => {
        d.participantExplanation = (dto.explanation as string).trim();
        d.explanationChannel = dto.channel;
        d.explanationBy = userId;
        d.explanationAt = now;
      },
      { channel: dto.channel },
    );
  }

  /** IFO:s bedömning (ifo_caseworker). */
  recordAssessment(actor: Actor, id: string, version: number, dto: IfoAssessmentDto): Promise<DialogueDto> {
    return this.recordPart(actor, id, version, 'ifo_assessment', (d, userId, now) => {
      d.ifoAssessment = dto.assessment.trim();
      d.ifoAssessmentBy = userId;
      d.ifoAssessmentAt = now;
    });
  }

  /**
   * Records IFO's decision (ingen åtgärd, varning, avdrag). Only an IFO caseworker; only once AME's
   * account and the explanation (or a failed attempt) exist; a later decision supersedes the latest.
   */
  async decide(actor: Actor, id: string, dto: CreateDecisionDto): Promise<DecisionDto> {
    const principal = actor.principal;
    const userId = staffUserId(principal);
    if (!mayRecordDecision(rolesOf(principal))) {
      throw new DialoguePartForbiddenError('Only an IFO caseworker records a decision.');
    }
    const seen = await this.requireView(actor, id, 'create');
    const problems = decisionProblems(dto);
    if (problems.length > 0) throw new ValidationFailedError(problems);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const dialogue = await this.lock(manager, seen.dialogue);
        if (!mayDecide(dialogue)) throw new DialogueNotReadyError(missingForDecision(dialogue));
        const existing = await manager.find(AbsenceDecisionEntity, {
          where: { dialogueId: dialogue.id },
          order: { decidedAt: 'DESC', id: 'DESC' },
        });
        const problem = supersedeProblem(existing, dto.supersedesId ?? null);
        if (problem?.code === 'DIALOGUE_ALREADY_DECIDED')
          throw new DialogueAlreadyDecidedError(problem.latestId);
        if (problem?.code === 'DECISION_ALREADY_SUPERSEDED') throw new DecisionAlreadySupersededError();
        if (problem?.code === 'DECISION_NOT_IN_DIALOGUE') throw new DecisionNotInDialogueError();
        const deduction = dto.kind === 'deduction';
        const saved = await manager.save(
          manager.create(AbsenceDecisionEntity, {
            municipalityId: principal.municipalityId,
            dialogueId: dialogue.id,
            participantId: dialogue.participantId,
            kind: dto.kind,
            amountOre: deduction ? (dto.amountOre ?? null) : null,
            periodFrom: deduction ? (dto.periodFrom ?? null) : null,
            periodTo: deduction ? (dto.periodTo ?? null) : null,
            reasoning: dto.reasoning.trim(),
            decidedBy: userId,
            decidedAt: this.clock.now(),
            supersedesId: dto.supersedesId ?? null,
            supersedeReason: dto.supersedesId ? (dto.supersedeReason as string).trim() : null,
          }),
        );
        if (dialogue.status !== 'decided') {
          dialogue.status = 'decided';
          await manager.save(dialogue);
        }
        await this.audit.record(manager, actor, {
          ...this.event(seen, 'create', DECISION, saved.id),
          details: { dialogueId: dialogue.id, kind: dto.kind, supersedesId: saved.supersedesId },
        });
        return dialogueMapper.decision(saved, null);
      });
    } catch (error) {
      // Two caseworkers superseding the same decision at once: the partial unique index answers.
      if (isUniqueViolation(error, 'uq_absence_decisions_supersedes'))
        throw new DecisionAlreadySupersededError();
      throw error;
    }
  }

  /** The dialogue's decisions, oldest first, each with the one that superseded it. */
  async decisions(actor: Actor, id: string): Promise<DecisionListDto> {
    const seen = await this.requireView(actor, id, 'view');
    const rows = await this.dataSource.getRepository(AbsenceDecisionEntity).find({
      where: { dialogueId: seen.dialogue.id },
      order: { decidedAt: 'ASC', id: 'ASC' },
    });
    const supersededBy = new Map(
      rows.filter((d) => d.supersedesId !== null).map((d) => [d.supersedesId as string, d.id]),
    );
    await this.audit.recordAccess(actor, {
      ...this.event(seen, 'view', DECISION, null),
      details: { dialogueId: seen.dialogue.id, count: rows.length },
    });
    return {
      items: inChainOrder(rows).map((d) => dialogueMapper.decision(d, supersededBy.get(d.id) ?? null)),
    };
  }

  // --- helpers ---------------------------------------------------------------------------------

  private async recordPart(
    actor: Actor,
    id: string,
    version: number,
    part: Exclude<DialoguePart, 'decision'>,
    apply: (d: AbsenceDialogueEntity, userId: string, now: Date) => void,
    details: Record<string, string> = {},
  ): Promise<DialogueDto> {
    const principal = actor.principal;
    const userId = staffUserId(principal);
    if (!mayRecordPart(rolesOf(principal), part)) {
      throw new DialoguePartForbiddenError(`Your role does not record this part (${part}).`);
    }
    const seen = await this.requireView(actor, id, 'update');
    return this.dataSource.transaction(async (manager) => {
      const dialogue = await this.lock(manager, seen.dialogue);
      if (dialogue.version !== version) {
        throw new StaleVersionError({ currentVersion: dialogue.version });
      }
      if (!mayChangePart(dialogue)) throw new DialogueDecidedError();
      apply(dialogue, userId, this.clock.now());
      const saved = await manager.save(dialogue);
      await this.audit.record(manager, actor, {
        ...this.event(seen, 'update', DIALOGUE, saved.id),
        details: { part, ...details },
      });
      return this.toDto(actor, { ...seen, dialogue: saved });
    });
  }

  private lock(manager: EntityManager, dialogue: AbsenceDialogueEntity): Promise<AbsenceDialogueEntity> {
    return manager.findOneOrFail(AbsenceDialogueEntity, {
      where: { id: dialogue.id, municipalityId: dialogue.municipalityId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  private async requireView(actor: Actor, id: string, action: 'view' | 'create' | 'update'): Promise<Seen> {
    const principal = actor.principal;
    const dialogue = await this.dataSource.getRepository(AbsenceDialogueEntity).findOne({
      where: { id, municipalityId: principal.municipalityId },
    });
    if (!dialogue) throw new AbsenceDialogueNotFoundError();
    const access = await this.policy.requireCaseAccess(
      actor,
      dialogue.participantId,
      { action, resourceType: action === 'create' ? DECISION : DIALOGUE, resourceId: id },
      () => new AbsenceDialogueNotFoundError(),
    );
    const person = (await this.people([dialogue.participantId], principal.municipalityId)).get(
      dialogue.participantId,
    );
    if (!person) throw new AbsenceDialogueNotFoundError();
    return { dialogue, access, person };
  }

  private event(
    seen: Seen,
    action: 'view' | 'create' | 'update',
    resourceType: string,
    resourceId: string | null,
  ): AuditEntry {
    return {
      action,
      resourceType,
      resourceId,
      participantId: seen.dialogue.participantId,
      unitId: seen.access.unitId,
      protectedPerson: seen.person.protection !== 'none',
    };
  }

  private toDto(actor: Actor, seen: Seen): DialogueDto {
    return dialogueMapper.toDto(
      seen.dialogue,
      seen.person,
      identityShown(actor.principal, seen.person.protection),
    );
  }

  private async people(ids: string[], municipalityId: string): Promise<Map<string, ParticipantEntity>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(ParticipantEntity).find({
      where: { id: In(ids), municipalityId },
    });
    return new Map(rows.map((p) => [p.id, p]));
  }
}

/**
 * Oldest first along the supersede chain: a decision always comes after the one it supersedes, even
 * when both carry the same instant.
 */
function inChainOrder(rows: AbsenceDecisionEntity[]): AbsenceDecisionEntity[] {
  const next = new Map(rows.filter((d) => d.supersedesId !== null).map((d) => [d.supersedesId as string, d]));
  const ordered: AbsenceDecisionEntity[] = [];
  const seen = new Set<string>();
  for (const root of rows.filter(
    (d) => d.supersedesId === null || !rows.some((r) => r.id === d.supersedesId),
  )) {
    for (let d: AbsenceDecisionEntity | undefined = root; d && !seen.has(d.id); d = next.get(d.id)) {
      seen.add(d.id);
      ordered.push(d);
    }
  }
  return [...ordered, ...rows.filter((d) => !seen.has(d.id))];
}
