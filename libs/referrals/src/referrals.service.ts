import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { findTenantRow } from '@steg/database';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import {
  AccessPolicyService,
  ParticipantRelationsService,
  isActiveUnit,
  isActiveUserWithRole,
} from '@steg/access';
import { AuditEntry, AuditService } from '@steg/audit';
import { Actor, hasPermission, Principal, Role, unitsWithRole, staffUserId } from '@steg/http';
import {
  calendarDateInStockholm,
  Clock,
  decodeCursor,
  FieldViolation,
  Page,
  StaleVersionError,
  toPage,
  ValidationFailedError,
} from '@steg/kernel';
import {
  ParticipantConsentEntity,
  ParticipantEntity,
  type Protection,
  type TimeWithoutWork,
} from '@steg/participants';
import {
  allowedActions,
  isReEntry,
  nextReferralStatus,
  requireStartNotBeforeSent,
} from './domain/referral.rules';
import type { ReferralAction, ReferralStatus, SharingBasis } from './domain/referral.types';
import {
  AcceptReferralDto,
  CreateReferralDto,
  ReferralInboxQuery,
  ReferralOutboxQuery,
  UpdateReferralDto,
} from './dto/referral.dto';
import { ReferralDto, ReferralListItemDto } from './dto/referral-response.dto';
import { EnrolmentsService } from './enrolments.service';
import { EnrolmentEntity, ReferralEntity, ReferralEventEntity } from './referral.entity';
import { ReferralNotFoundError, ReferralRuleError, ReferralWrongSideError } from './referral.errors';
import { ListedPerson, referralMapper } from './referral.mapper';
import { ReferralLeadTimes, referralLeadTimes } from './domain/flow.rules';
import {
  chooseUnit,
  CURSOR_INSTANT,
  FROM_CURSOR_INSTANT,
  holdsRoleIn,
  loadPerson,
  RECEIVING_ROLES,
  REFERRING_ROLES,
} from './referrals.support';

type Side = 'referring' | 'receiving';
const SIDE_OF: Record<ReferralAction, Side> = {
  send: 'referring',
  withdraw: 'referring',
  edit: 'referring',
  accept: 'receiving',
  return: 'receiving',
};
/** Roles whose referrals show in the outbox of their units. */
const OUTBOX_ROLES: readonly Role[] = ['ifo_caseworker', 'ame_coach', 'unit_manager'];

/** A referral the caller may see, and the unit through which (for the audit log). */
interface Seen {
  referral: ReferralEntity;
  unitId: string | null;
  protection: Protection;
}

interface ListRow {
  r: ReferralEntity;
  person: ListedPerson;
  key: string;
}

/**
 * Referrals (aktualisering/remiss) from IFO (or another source) to an AME unit:
 * draft → sent → accepted | returned | withdrawn, every step a domain rule (nextReferralStatus), a
 * referral_events row and an audit event, in one transaction.
 */
@Injectable()
export class ReferralsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly relations: ParticipantRelationsService,
    private readonly audit: AuditService,
    private readonly enrolments: EnrolmentsService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async create(actor: Actor, dto: CreateReferralDto): Promise<ReferralDto> {
    const principal = actor.principal;
    const userId = staffUserId(principal);
    const referringUnitId = chooseUnit(
      principal,
      REFERRING_ROLES,
      dto.referringUnitId,
      'referringUnitId',
      'a unit where you are ifo_caseworker or ame_coach',
    );
    const sharing = this.sharing(dto.sharingBasis, dto.consentId ?? null, dto.legalGround ?? null, {
      consentId: dto.consentId !== undefined && dto.consentId !== null,
      legalGround: dto.legalGround !== undefined && dto.legalGround !== null,
    });
    const access = await this.policy.requireCaseAccess(actor, dto.participantId, {
      action: 'create',
      resourceType: 'referral',
    });
    const today = this.clock.today();
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const person = await loadPerson(manager, principal.municipalityId, dto.participantId);
      if (sharing.consentId !== null) {
        await this.requireConsent(manager, principal, dto.participantId, sharing.consentId, today);
      }
      await this.requireReceivingUnit(manager, principal, dto.receivingUnitId);
      const lastExit = await manager.findOne(EnrolmentEntity, {
        select: { id: true, exitDate: true },
        where: {
          municipalityId: principal.municipalityId,
          participantId: dto.participantId,
          exitDate: Not(IsNull()),
        },
        order: { exitDate: 'DESC' },
      });
      const reEntry = isReEntry(lastExit?.exitDate ?? null, today);
      const referral = await manager.save(
        manager.create(ReferralEntity, {
          municipalityId: principal.municipalityId,
          participantId: dto.participantId,
          source: dto.source,
          reason: dto.reason.trim(),
          requestedSupport: dto.requestedSupport.trim(),
          ...sharing,
          referringUnitId,
          referringUserId: userId,
          receivingUnitId: dto.receivingUnitId,
          desiredStart: dto.desiredStart ?? null,
          status: 'draft',
          sentAt: null,
          decidedAt: null,
          returnReason: null,
          reEntry,
          previousEnrolmentId: reEntry ? (lastExit?.id ?? null) : null,
        }),
      );
      await this.addEvent(manager, referral, 'create', null, userId, null, now);
      const seen: Seen = { referral, unitId: access.unitId, protection: person.protection };
      await this.audit.record(manager, actor, {
        ...this.auditEntry('create', seen),
        details: { reEntry },
      });
      if (dto.send === true) {
        const next = nextReferralStatus(referral.status, 'send');
        await this.applySend(manager, referral, today, now);
        await this.finishTransition(manager, actor, seen, 'send', next, null, now, referringUnitId);
      }
      return this.view(manager, principal, referral);
    });
  }

  async get(actor: Actor, id: string): Promise<ReferralDto> {
    const seen = await this.requireView(actor, id, 'view');
    await this.audit.recordAccess(actor, this.auditEntry('view', seen));
    return this.view(this.dataSource.manager, actor.principal, seen.referral);
  }

  /** Changes a draft or a returned referral (nextReferralStatus(status, 'edit')). */
  async update(
    actor: Actor,
    id: string,
    expectedVersion: number,
    dto: UpdateReferralDto,
  ): Promise<ReferralDto> {
    const seen = await this.requireSide(actor, await this.requireView(actor, id, 'update'), 'edit');
    const principal = actor.principal;
    const userId = staffUserId(principal);
    const today = this.clock.today();
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.load(manager, principal, id, true);
      if (referral.version !== expectedVersion) {
        throw new StaleVersionError({ currentVersion: referral.version });
      }
      const status = nextReferralStatus(referral.status, 'edit');
      const basis = dto.sharingBasis ?? referral.sharingBasis;
      const basisChanged = basis !== referral.sharingBasis;
      const sharing = this.sharing(
        basis,
        dto.consentId ?? (basisChanged ? null : referral.consentId),
        dto.legalGround ?? (basisChanged ? null : referral.legalGround),
        { consentId: dto.consentId !== undefined, legalGround: dto.legalGround !== undefined },
      );
      if (dto.consentId !== undefined && sharing.consentId !== null) {
        await this.requireConsent(manager, principal, referral.participantId, sharing.consentId, today);
      }
      if (dto.receivingUnitId !== undefined && dto.receivingUnitId !== referral.receivingUnitId) {
        await this.requireReceivingUnit(manager, principal, dto.receivingUnitId);
      }
      const next: Partial<ReferralEntity> = {
        source: dto.source,
        reason: dto.reason?.trim(),
        requestedSupport: dto.requestedSupport?.trim(),
        ...sharing,
        receivingUnitId: dto.receivingUnitId,
        desiredStart: dto.desiredStart,
      };
      const fields = (Object.keys(next) as (keyof ReferralEntity)[])
        .filter((key) => next[key] !== undefined && next[key] !== referral[key])
        .sort();
      if (fields.length > 0) {
        Object.assign(referral, Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)));
        referral.status = status;
        await manager.save(referral);
        await this.addEvent(manager, referral, 'edit', status, userId, null, now);
      }
      await this.audit.record(manager, actor, {
        ...this.auditEntry('update', { ...seen, referral }, referral.referringUnitId),
        details: { fields: fields.join(',') },
      });
      return this.view(manager, principal, referral);
    });
  }

  /** Skicka: the receiving unit gets a 'referral' relation to the person (the access extension point). */
  send(actor: Actor, id: string): Promise<ReferralDto> {
    return this.transition(actor, id, 'send', null, async (manager, referral, ctx) => {
      // The information is disclosed now: a consent withdrawn since the draft no longer carries it.
      if (referral.sharingBasis === 'consent' && referral.consentId !== null) {
        await this.requireConsent(
          manager,
          actor.principal,
          referral.participantId,
          referral.consentId,
          ctx.today,
        );
      }
      await this.applySend(manager, referral, ctx.today, ctx.now);
    });
  }

  /** Återta: from draft, sent or returned; closes the receiving unit's relation. */
  withdraw(actor: Actor, id: string, reason: string): Promise<ReferralDto> {
    return this.transition(actor, id, 'withdraw', reason, async (manager, referral, ctx) => {
      await this.relations.close(manager, { kind: 'referral', sourceId: referral.id }, ctx.today);
    });
  }

  /** Återvisa: the receiving unit declines, with a reason; the sender may change and send again. */
  returnToSender(actor: Actor, id: string, reason: string): Promise<ReferralDto> {
    return this.transition(actor, id, 'return', reason, async (manager, referral, ctx) => {
      referral.returnReason = reason.trim();
      referral.decidedAt = ctx.now;
      await this.relations.close(manager, { kind: 'referral', sourceId: referral.id }, ctx.today);
    });
  }

  /**
   * Ta emot: opens the enrolment (inskrivning). The referral's relation closes and the enrolment
   * opens its own; a second open enrolment at the unit is refused by the database (409).
   */
  async accept(actor: Actor, id: string, dto: AcceptReferralDto): Promise<ReferralDto> {
    try {
      return await this.transition(actor, id, 'accept', null, async (manager, referral, ctx) => {
        // A referral being accepted has been sent (the state machine allows accept from sent only);
        // sentAt is its first sending, which is where the flow's clock starts.
        if (referral.sentAt !== null) requireStartNotBeforeSent(dto.startDate, referral.sentAt);
        referral.decidedAt = ctx.now;
        await this.relations.close(manager, { kind: 'referral', sourceId: referral.id }, ctx.today);
        const ifoCaseworkerId = dto.ifoCaseworkerId ?? (await this.defaultIfoCaseworker(manager, referral));
        await this.enrolments.open(manager, actor, {
          municipalityId: referral.municipalityId,
          participantId: referral.participantId,
          ameUnitId: referral.receivingUnitId,
          referralId: referral.id,
          startDate: dto.startDate,
          responsibleCoachId: dto.responsibleCoachId,
          ifoCaseworkerId,
          timeWithoutWork: dto.timeWithoutWork ?? ctx.person.timeWithoutWork,
          protectedPerson: ctx.person.protection !== 'none',
        });
      });
    } catch (error) {
      throw EnrolmentsService.translate(error);
    }
  }

  /** The receiving AME units' inbox: sent referrals, waiting longest first. */
  async inbox(actor: Actor, query: ReferralInboxQuery): Promise<Page<ReferralListItemDto>> {
    const principal = actor.principal;
    const units = this.unitsFor(principal, RECEIVING_ROLES, query.unitId, 'one of your AME units');
    const qb = this.listQuery(principal)
      .addSelect(CURSOR_INSTANT('r.sent_at'), 'cursor_key')
      .andWhere('r.status = :status', { status: 'sent' })
      .andWhere('r.receiving_unit_id IN (:...units)', { units });
    if (query.cursor !== undefined) {
      const { key, id } = decodeCursor(query.cursor);
      qb.andWhere(`(r.sent_at, r.id) > (${FROM_CURSOR_INSTANT('cKey')}, :cId)`, { cKey: key, cId: id });
    }
    qb.orderBy('r.sent_at', 'ASC').addOrderBy('r.id', 'ASC');
    return this.page(actor, qb, query.limit ?? 50, 'inbox', (r) => r.receivingUnitId);
  }

  /** The referring units' outbox: what they referred and where it stands, newest first. */
  async outbox(actor: Actor, query: ReferralOutboxQuery): Promise<Page<ReferralListItemDto>> {
    const principal = actor.principal;
    const units = this.unitsFor(principal, OUTBOX_ROLES, query.unitId, 'one of your units');
    const visibility = this.policy.caseVisibility(principal, 'r.participant_id');
    const qb = this.listQuery(principal)
      .addSelect(CURSOR_INSTANT('r.created_at'), 'cursor_key')
      .andWhere('r.referring_unit_id IN (:...units)', { units })
      .andWhere(visibility.sql, visibility.params);
    if (query.status !== undefined) qb.andWhere('r.status = :status', { status: query.status });
    if (query.cursor !== undefined) {
      const { key, id } = decodeCursor(query.cursor);
      qb.andWhere(`(r.created_at, r.id) < (${FROM_CURSOR_INSTANT('cKey')}, :cId)`, { cKey: key, cId: id });
    }
    qb.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC');
    return this.page(actor, qb, query.limit ?? 50, 'outbox', (r) => r.referringUnitId);
  }

  // --- transitions -----------------------------------------------------------------------------

  private async transition(
    actor: Actor,
    id: string,
    action: Exclude<ReferralAction, 'edit'>,
    reason: string | null,
    apply: (
      manager: EntityManager,
      referral: ReferralEntity,
      ctx: { today: string; now: Date; person: { protection: Protection; timeWithoutWork: TimeWithoutWork } },
    ) => Promise<void>,
  ): Promise<ReferralDto> {
    const seen = await this.requireSide(actor, await this.requireView(actor, id, 'update'), action);
    const principal = actor.principal;
    const today = this.clock.today();
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.load(manager, principal, id, true);
      const next = nextReferralStatus(referral.status, action);
      const person = await loadPerson(manager, principal.municipalityId, referral.participantId);
      await apply(manager, referral, {
        today,
        now,
        person: { protection: person.protection, timeWithoutWork: person.timeWithoutWork },
      });
      const actingUnit =
        SIDE_OF[action] === 'referring' ? referral.referringUnitId : referral.receivingUnitId;
      await this.finishTransition(
        manager,
        actor,
        { ...seen, referral },
        action,
        next,
        reason,
        now,
        actingUnit,
      );
      return this.view(manager, principal, referral);
    });
  }

  private async applySend(
    manager: EntityManager,
    referral: ReferralEntity,
    today: string,
    now: Date,
  ): Promise<void> {
    // The flow is measured from the first time it was sent; a re-send after a return keeps it.
    referral.sentAt ??= now;
    // One relation per referral (uq_participant_relations_source): a returned referral sent again
    // reopens it, for the receiving unit of now (it may have been changed while returned).
    const reopened = await this.relations.reopen(
      manager,
      { kind: 'referral', sourceId: referral.id },
      { unitId: referral.receivingUnitId, startedOn: today },
    );
    if (!reopened) {
      await this.relations.open(manager, {
        municipalityId: referral.municipalityId,
        participantId: referral.participantId,
        kind: 'referral',
        unitId: referral.receivingUnitId,
        sourceId: referral.id,
        startedOn: today,
      });
    }
  }

  /** Saves the new status with its history row and audit event, in the caller's transaction. */
  private async finishTransition(
    manager: EntityManager,
    actor: Actor,
    seen: Seen,
    action: Exclude<ReferralAction, 'edit'>,
    next: ReferralStatus,
    reason: string | null,
    now: Date,
    actingUnitId: string,
  ): Promise<void> {
    const referral = seen.referral;
    const from = referral.status;
    referral.status = next;
    await manager.save(referral);
    await this.addEvent(manager, referral, action, from, staffUserId(actor.principal), reason, now);
    await this.audit.record(manager, actor, {
      ...this.auditEntry('update', seen, actingUnitId),
      details: { transition: action, status: next },
    });
  }

  private async addEvent(
    manager: EntityManager,
    referral: ReferralEntity,
    action: ReferralAction | 'create',
    from: ReferralStatus | null,
    userId: string,
    reason: string | null,
    occurredAt: Date,
  ): Promise<void> {
    await manager.insert(ReferralEventEntity, {
      municipalityId: referral.municipalityId,
      referralId: referral.id,
      action,
      fromStatus: from,
      toStatus: referral.status,
      occurredAt,
      userId,
      reason: reason?.trim() ?? null,
    });
  }

  // --- access ----------------------------------------------------------------------------------

  /**
   * A referral is visible with the case view of the person (the policy), or to a coach or manager of
   * the receiving unit while it is sent. Otherwise 404, and the attempt is logged as denied.
   */
  private async requireView(actor: Actor, id: string, action: 'view' | 'update'): Promise<Seen> {
    const principal = actor.principal;
    const referral = await this.dataSource.manager.findOne(ReferralEntity, {
      where: { id, municipalityId: principal.municipalityId },
    });
    if (!referral) {
      await this.audit.recordAccess(actor, {
        action,
        outcome: 'denied',
        resourceType: 'referral',
        resourceId: id,
        details: { reason: 'unknown' },
      });
      throw new ReferralNotFoundError();
    }
    const access = await this.policy.participantAccess(principal, referral.participantId);
    let unitId: string | null;
    if (access?.audience === 'case') {
      unitId = access.unitId;
    } else if (
      referral.status === 'sent' &&
      holdsRoleIn(principal, RECEIVING_ROLES, referral.receivingUnitId)
    ) {
      unitId = referral.receivingUnitId;
    } else {
      await this.audit.recordAccess(actor, {
        action,
        outcome: 'denied',
        resourceType: 'referral',
        resourceId: id,
        participantId: referral.participantId,
        details: { reason: 'no_relation' },
      });
      throw new ReferralNotFoundError();
    }
    const person = await loadPerson(
      this.dataSource.manager,
      principal.municipalityId,
      referral.participantId,
    );
    return { referral, unitId, protection: person.protection };
  }

  /** The referring unit sends, changes and withdraws; the receiving unit accepts and returns. */
  private async requireSide(actor: Actor, seen: Seen, action: ReferralAction): Promise<Seen> {
    const side = SIDE_OF[action];
    const referral = seen.referral;
    const ok =
      side === 'referring'
        ? holdsRoleIn(actor.principal, REFERRING_ROLES, referral.referringUnitId)
        : holdsRoleIn(actor.principal, RECEIVING_ROLES, referral.receivingUnitId);
    if (!ok) {
      await this.audit.recordAccess(actor, {
        ...this.auditEntry('update', seen),
        outcome: 'denied',
        details: { reason: 'side', transition: action },
      });
      throw new ReferralWrongSideError(side);
    }
    return seen;
  }

  private sidesOf(principal: Principal, referral: ReferralEntity): Set<Side> {
    const sides = new Set<Side>();
    if (holdsRoleIn(principal, REFERRING_ROLES, referral.referringUnitId)) sides.add('referring');
    if (holdsRoleIn(principal, RECEIVING_ROLES, referral.receivingUnitId)) sides.add('receiving');
    return sides;
  }

  // --- rules on input --------------------------------------------------------------------------

  /**
   * Consent (samtycke) needs consentId, another legal ground needs legalGround, and the field of the
   * other basis is left out (`given` says which fields the request carried).
   */
  private sharing(
    basis: SharingBasis,
    consentId: string | null,
    legalGround: string | null,
    given: { consentId: boolean; legalGround: boolean },
  ): { sharingBasis: SharingBasis; consentId: string | null; legalGround: string | null } {
    const errors: FieldViolation[] = [];
    if (basis === 'consent') {
      if (consentId === null) {
        errors.push({
          field: 'consentId',
          rule: 'consentId.required',
          message: 'consentId is required when sharingBasis is consent',
        });
      }
      if (given.legalGround) {
        errors.push({
          field: 'legalGround',
          rule: 'legalGround.onlyWithLegalGround',
          message: 'legalGround belongs to sharingBasis legal_ground',
        });
      }
    } else {
      if (legalGround === null || legalGround.trim() === '') {
        errors.push({
          field: 'legalGround',
          rule: 'legalGround.required',
          message: 'legalGround is required when sharingBasis is legal_ground',
        });
      }
      if (given.consentId) {
        errors.push({
          field: 'consentId',
          rule: 'consentId.onlyWithConsent',
          message: 'consentId belongs to sharingBasis consent',
        });
      }
    }
    if (errors.length > 0) throw new ValidationFailedError(errors);
    return basis === 'consent'
      ? { sharingBasis: basis, consentId, legalGround: null }
      : { sharingBasis: basis, consentId: null, legalGround: legalGround?.trim() ?? null };
  }

  /** A consent of this participant, given by today, not withdrawn and not expired. */
  private async requireConsent(
    manager: EntityManager,
    principal: Principal,
    participantId: string,
    consentId: string,
    today: string,
  ): Promise<void> {
    const consent = await manager.findOne(ParticipantConsentEntity, {
      where: { id: consentId, participantId, municipalityId: principal.municipalityId },
    });
    const valid =
      consent !== null &&
      consent.givenOn <= today &&
      (consent.withdrawnOn === null || consent.withdrawnOn > today) &&
      (consent.validUntil === null || consent.validUntil >= today);
    if (!valid) {
      throw new ReferralRuleError(
        'REFERRAL_CONSENT_NOT_VALID',
        'consentId',
        'consentId.valid',
        'must be a consent of the participant that is in force (given, not withdrawn, not expired)',
      );
    }
  }

  private async requireReceivingUnit(
    manager: EntityManager,
    principal: Principal,
    unitId: string,
  ): Promise<void> {
    if (!(await isActiveUnit(manager, principal.municipalityId, unitId, 'ame'))) {
      throw new ReferralRuleError(
        'REFERRAL_RECEIVING_UNIT_INVALID',
        'receivingUnitId',
        'receivingUnitId.activeAmeUnit',
        'must be an active AME unit of your municipality',
      );
    }
  }

  /** The referring user follows the case when they are an IFO caseworker; otherwise nobody yet. */
  private async defaultIfoCaseworker(
    manager: EntityManager,
    referral: ReferralEntity,
  ): Promise<string | null> {
    const isCaseworker = await isActiveUserWithRole(
      manager,
      referral.municipalityId,
      referral.referringUserId,
      ['ifo_caseworker'],
    );
    return isCaseworker ? referral.referringUserId : null;
  }

  // --- reading ---------------------------------------------------------------------------------

  private async view(
    manager: EntityManager,
    principal: Principal,
    referral: ReferralEntity,
  ): Promise<ReferralDto> {
    // One after another: `manager` may be a transaction's, and one connection runs one query at a time.
    const events = await manager.find(ReferralEventEntity, {
      where: { referralId: referral.id },
      order: { occurredAt: 'ASC' },
    });
    const enrolment = await manager.findOne(EnrolmentEntity, {
      select: { id: true, startDate: true, firstInterventionStart: true },
      where: { referralId: referral.id },
    });
    const previous =
      referral.previousEnrolmentId === null
        ? null
        : await manager.findOne(EnrolmentEntity, {
            select: { id: true, exitDate: true },
            where: { id: referral.previousEnrolmentId },
          });
    // Events of one request share an instant (create and send together): creation comes first.
    const ordered = events
      .map((e, i) => ({ e, i }))
      .sort(
        (a, b) =>
          a.e.occurredAt.getTime() - b.e.occurredAt.getTime() ||
          Number(b.e.action === 'create') - Number(a.e.action === 'create') ||
          a.i - b.i,
      )
      .map(({ e }) => e);
    const sides = this.sidesOf(principal, referral);
    const allowed = allowedActions(referral.status).filter((a) => sides.has(SIDE_OF[a]));
    const leadTimes: ReferralLeadTimes =
      referral.sentAt === null
        ? {
            sentToDecision: null,
            decisionToEnrolment: null,
            enrolmentToFirstIntervention: null,
            exitToReEntry: null,
          }
        : referralLeadTimes({
            status: referral.status,
            source: referral.source,
            sentOn: calendarDateInStockholm(referral.sentAt),
            decidedOn: referral.decidedAt === null ? null : calendarDateInStockholm(referral.decidedAt),
            returnReason: referral.returnReason,
            enrolmentStart: enrolment?.startDate ?? null,
            firstInterventionStart: enrolment?.firstInterventionStart ?? null,
            reEntry: referral.reEntry,
            previousExitDate: previous?.exitDate ?? null,
          });
    return referralMapper.referral(referral, ordered, allowed, enrolment?.id ?? null, leadTimes);
  }

  private load(
    manager: EntityManager,
    principal: Principal,
    id: string,
    lock = false,
  ): Promise<ReferralEntity> {
    return findTenantRow(
      manager,
      ReferralEntity,
      principal.municipalityId,
      id,
      () => new ReferralNotFoundError(),
      { forUpdate: lock },
    );
  }

  private unitsFor(
    principal: Principal,
    roles: readonly Role[],
    requested: string | undefined,
    what: string,
  ): string[] {
    const units = unitsWithRole(principal, roles);
    if (requested === undefined) return units;
    if (!units.includes(requested)) {
      throw new ValidationFailedError([
        { field: 'unitId', rule: 'unitId.membership', message: `unitId must be ${what}` },
      ]);
    }
    return [requested];
  }

  private listQuery(principal: Principal) {
    return this.dataSource
      .getRepository(ReferralEntity)
      .createQueryBuilder('r')
      .innerJoin(ParticipantEntity, 'p', 'p.id = r.participant_id')
      .addSelect('p.first_name', 'person_first_name')
      .addSelect('p.last_name', 'person_last_name')
      .addSelect('p.protection', 'person_protection')
      .where('r.municipality_id = :municipality', { municipality: principal.municipalityId });
  }

  /** Runs a list query, audits one 'search' event per listed person, and masks protected names. */
  private async page(
    actor: Actor,
    qb: ReturnType<ReferralsService['listQuery']>,
    limit: number,
    list: 'inbox' | 'outbox',
    unitOf: (r: ReferralEntity) => string,
  ): Promise<Page<ReferralListItemDto>> {
    const principal = actor.principal;
    const { entities, raw } = await qb.limit(limit + 1).getRawAndEntities<{
      person_first_name: string;
      person_last_name: string;
      person_protection: Protection;
      cursor_key: string;
    }>();
    const rows: ListRow[] = entities.map((r, i) => ({
      r,
      key: raw[i]?.cursor_key ?? '',
      person: {
        id: r.participantId,
        firstName: raw[i]?.person_first_name ?? '',
        lastName: raw[i]?.person_last_name ?? '',
        protection: raw[i]?.person_protection ?? 'protected_registration',
      },
    }));
    const page = toPage(rows, limit, (row) => ({ key: row.key, id: row.r.id }));
    const details = { list, resultCount: page.items.length };
    const events: AuditEntry[] =
      page.items.length === 0
        ? [{ action: 'search', resourceType: 'referral', details }]
        : page.items.map((row) => ({
            action: 'search',
            resourceType: 'referral',
            resourceId: row.r.id,
            participantId: row.r.participantId,
            unitId: unitOf(row.r),
            protectedPerson: row.person.protection !== 'none',
            details,
          }));
    await this.audit.recordAccess(actor, events);
    const mayUnmask = hasPermission(principal, 'protected_identity');
    const today = this.clock.today();
    return {
      items: page.items.map((row) => referralMapper.listItem(row.r, row.person, mayUnmask, today)),
      nextCursor: page.nextCursor,
    };
  }

  private auditEntry(action: AuditEntry['action'], seen: Seen, unitId = seen.unitId): AuditEntry {
    return {
      action,
      resourceType: 'referral',
      resourceId: seen.referral.id,
      participantId: seen.referral.participantId,
      unitId,
      protectedPerson: seen.protection !== 'none',
    };
  }
}
