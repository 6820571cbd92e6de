import { Injectable, Inject } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AccessPolicyService,
  CASE_ACCESS,
  DialoguePart,
  dialoguePartWriters,
  VisibilityFilter,
} from '@steg/access';
import type { AuditAction } from '@steg/audit';
import { CasePerson, CasePersons, CaseReach, CaseTarget, CaseWork, tenantRecord } from '@steg/case-work';
import { isUniqueViolation } from '@steg/database';
import { Actor, Principal, Role, staffUserId } from '@steg/http';
import { Clock, decodeCursor, Page, toPage, ValidationFailedError } from '@steg/kernel';
import { ParticipantNotFoundError } from '@steg/participants';
import { AbsenceDecisionEntity, AbsenceDialogueEntity } from '../attendance.entity';
import {
  decisionProblems,
  dialogueAllowedActions,
  explanationProblems,
  mayChangePart,
  mayDecide,
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
import { DecisionDto, DecisionListDto, DialogueDto, UnexcusedDayDto } from './dto/dialogue-response.dto';
import {
  AbsenceDialogueNotFoundError,
  DecisionAlreadySupersededError,
  DecisionNotInDialogueError,
  DialogueAlreadyDecidedError,
  DialogueDecidedError,
  DialogueNotReadyError,
} from './months.errors';
import { dialogueMapper } from './months.mapper';

const DIALOGUE = 'absence_dialogue';
const DECISION = 'absence_decision';
const DEFAULT_LIMIT = 50;

/**
 * The absence dialogue (frånvarodialog) and IFO's decision. Steg never computes, proposes or changes
 * a benefit amount: it collects AME's account, the participant's explanation (kommunicering) and
 * IFO's assessment, each with who and when, and lets only an IFO caseworker record a decision once
 * the account and the explanation (or a failed attempt) exist. Decisions are never changed; a new
 * one supersedes the latest with a reason. Every read and write goes through the case-data gate,
 * each part as the party that writes it (dialoguePartWriters in @steg/access).
 */
@Injectable()
export class AbsenceDialoguesService {
  constructor(
    private readonly caseWork: CaseWork,
    private readonly persons: CasePersons,
    @Inject(Clock) private readonly clock: Clock,
    private readonly policy: AccessPolicyService,
  ) {}

  /** Dialogues of people the caller may see, earliest deadline first. */
  list(actor: Actor, query: DialoguesQuery): Promise<Page<DialogueDto>> {
    const participantId = query.participantId;
    if (participantId !== undefined) {
      // One person's dialogues: the gate decides on the person, then lists what it holds.
      const target: CaseTarget<CasePerson> = {
        resourceType: DIALOGUE,
        action: 'view',
        roles: CASE_ACCESS.dialogues.read,
        participantId,
        resourceId: null,
        notFound: () => new ParticipantNotFoundError(),
      };
      return this.caseWork.read(actor, target, async (manager, reach) => {
        const page = await this.page(manager, actor, query, null);
        const next = await this.whatNext(manager, actor.principal, page.items);
        reach.note({ details: { list: true, count: page.items.length } });
        return {
          items: page.items.map((d) => dialogueMapper.toDto(d, reach.person, reach.identityVisible, next(d))),
          nextCursor: page.nextCursor,
        };
      });
    }
    return this.caseWork.list(
      actor,
      { resourceType: DIALOGUE, roles: CASE_ACCESS.dialogues.read, details: { list: true } },
      async (manager, scope) => {
        const page = await this.page(manager, actor, query, scope.visibleParticipants('d.participant_id'));
        const people = await this.people(manager, actor.principal.municipalityId, page.items);
        const next = await this.whatNext(manager, actor.principal, page.items);
        return {
          result: {
            items: page.items.map((d) => {
              const person = people.get(d.participantId);
              if (!person) throw new ParticipantNotFoundError();
              return dialogueMapper.toDto(d, person, scope.identityVisible(person), next(d));
            }),
            nextCursor: page.nextCursor,
          },
          seen: [...people.values()].map((p) => ({
            participantId: p.id,
            protectedPerson: p.protection !== 'none',
          })),
          details: { count: page.items.length },
        };
      },
    );
  }

  get(actor: Actor, id: string): Promise<DialogueDto> {
    return this.caseWork.read(actor, this.target(id, 'view', CASE_ACCESS.dialogues.read), (manager, reach) =>
      this.toDto(manager, reach),
    );
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
    const target = this.target(id, 'create', dialoguePartWriters('decision'));
    try {
      return await this.caseWork.write(actor, target, async (manager, reach) => {
        const problems = decisionProblems(dto);
        if (problems.length > 0) throw new ValidationFailedError(problems);
        const dialogue = reach.record;
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
        reach.note({
          resourceId: saved.id,
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
  decisions(actor: Actor, id: string): Promise<DecisionListDto> {
    const target = this.target(id, 'view', CASE_ACCESS.dialogues.read);
    return this.caseWork.read(actor, target, async (manager, reach) => {
      const dialogueId = reach.record.id;
      const rows = await manager.find(AbsenceDecisionEntity, {
        where: { dialogueId },
        order: { decidedAt: 'ASC', id: 'ASC' },
      });
      const supersededBy = new Map(
        rows.filter((d) => d.supersedesId !== null).map((d) => [d.supersedesId as string, d.id]),
      );
      reach.note({ resourceType: DECISION, resourceId: null, details: { dialogueId, count: rows.length } });
      return {
        items: inChainOrder(rows).map((d) => dialogueMapper.decision(d, supersededBy.get(d.id) ?? null)),
      };
    });
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** One part, written by its party (dialoguePartWriters), on the version the caller read. */
  private recordPart(
    actor: Actor,
    id: string,
    version: number,
    part: Exclude<DialoguePart, 'decision'>,
    apply: (d: AbsenceDialogueEntity, userId: string, now: Date) => void,
    details: Record<string, string> = {},
  ): Promise<DialogueDto> {
    const userId = staffUserId(actor.principal);
    const target = { ...this.target(id, 'update', dialoguePartWriters(part)), expectedVersion: version };
    return this.caseWork.write(actor, target, async (manager, reach) => {
      if (!mayChangePart(reach.record)) throw new DialogueDecidedError();
      apply(reach.record, userId, this.clock.now());
      const saved = await manager.save(reach.record);
      reach.note({ details: { part, ...details } });
      return this.toDto(manager, reach, saved);
    });
  }

  /** The dialogue as the caller may see it: the name masked unless the gate says otherwise. */
  private async toDto(
    manager: EntityManager,
    reach: CaseReach<AbsenceDialogueEntity>,
    dialogue = reach.record,
  ): Promise<DialogueDto> {
    const next = await this.whatNext(manager, reach.principal, [dialogue]);
    return dialogueMapper.toDto(dialogue, reach.person, reach.identityVisible, next(dialogue));
  }

  /**
   * For each dialogue: its month's unexcused days as recorded now (one query for all), and what the
   * caller may do next — the parts the gate would let them write (one relation read per person).
   */
  private async whatNext(
    manager: EntityManager,
    principal: Principal,
    dialogues: readonly AbsenceDialogueEntity[],
  ): Promise<(d: AbsenceDialogueEntity) => Pick<DialogueDto, 'unexcusedDays' | 'allowedActions'>> {
    const days = new Map<string, UnexcusedDayDto[]>();
    const parts = new Map<string, DialoguePart[]>();
    if (dialogues.length > 0) {
      const rows = await manager.query<
        {
          participant_id: string;
          month: string;
          day: string;
          placement_id: string;
          present_minutes: number | null;
        }[]
      >(
        `SELECT a.participant_id, to_char(a.day, 'YYYY-MM') AS month, a.day::text AS day, a.placement_id,
                a.present_minutes
           FROM attendance_entries a
           JOIN unnest($2::uuid[], $3::text[]) AS m(participant_id, month)
             ON a.participant_id = m.participant_id
            AND a.day >= to_date(m.month, 'YYYY-MM')
            AND a.day < to_date(m.month, 'YYYY-MM') + interval '1 month'
          WHERE a.municipality_id = $1 AND a.code = 'unexcused_absence'
          ORDER BY a.day, a.placement_id`,
        [principal.municipalityId, dialogues.map((d) => d.participantId), dialogues.map((d) => d.month)],
      );
      for (const r of rows) {
        const key = `${r.participant_id}|${r.month}`;
        const list = days.get(key) ?? [];
        list.push({
          day: r.day,
          placementId: r.placement_id,
          code: 'unexcused_absence',
          presentMinutes: r.present_minutes,
        });
        days.set(key, list);
      }
      // One after another: the gate's transaction runs one query at a time.
      for (const participantId of new Set(dialogues.map((d) => d.participantId))) {
        parts.set(participantId, await this.policy.writableDialogueParts(manager, principal, participantId));
      }
    }
    return (d) => ({
      unexcusedDays: days.get(`${d.participantId}|${d.month}`) ?? [],
      allowedActions: dialogueAllowedActions(d, parts.get(d.participantId) ?? []),
    });
  }

  /** A dialogue for the gate; a decision's refusal is logged as one on the decision. */
  private target(id: string, action: AuditAction, roles: readonly Role[]): CaseTarget<AbsenceDialogueEntity> {
    return {
      resourceType: action === 'create' ? DECISION : DIALOGUE,
      action,
      roles,
      load: tenantRecord(AbsenceDialogueEntity, id),
      participantId: (d) => d.participantId,
      resourceId: id,
      notFound: () => new AbsenceDialogueNotFoundError(),
    };
  }

  /** A page of dialogues: of the people `visibility` admits, or of the one person the gate let in. */
  private async page(
    manager: EntityManager,
    actor: Actor,
    query: DialoguesQuery,
    visibility: VisibilityFilter | null,
  ): Promise<Page<AbsenceDialogueEntity>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const qb = manager
      .getRepository(AbsenceDialogueEntity)
      .createQueryBuilder('d')
      .where('d.municipality_id = :municipality', { municipality: actor.principal.municipalityId });
    if (visibility !== null) qb.andWhere(visibility.sql, visibility.params);
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
    return toPage(rows, limit, (d) => ({ key: d.deadline, id: d.id }));
  }

  /** The people of the listed dialogues, as the gate sees a person. */
  private async people(
    manager: EntityManager,
    municipalityId: string,
    dialogues: AbsenceDialogueEntity[],
  ): Promise<Map<string, CasePerson>> {
    const ids = [...new Set(dialogues.map((d) => d.participantId))];
    if (ids.length === 0) return new Map();
    const rows = await this.persons.findMany(manager, municipalityId, ids);
    const byId = new Map(rows.map((p) => [p.id, p]));
    // In the page's order, so the events follow the list.
    const people = new Map<string, CasePerson>();
    for (const id of ids) {
      const person = byId.get(id);
      if (person) people.set(id, person);
    }
    return people;
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
