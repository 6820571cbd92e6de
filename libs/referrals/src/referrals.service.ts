import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, IsNull, Not } from 'typeorm';
import {
  actsForSide,
  CASE_ACCESS,
  isActiveUnit,
  isActiveUserWithRole,
  ParticipantRelationsService,
  receivingUnitReach,
  ReferralSide,
  referralSides,
} from '@steg/access';
import { CaseReach, CaseTarget, CaseWork, tenantRecord } from '@steg/case-work';
import { Actor, Principal, Role, staffUserId } from '@steg/http';
import { calendarDateInStockholm, Clock, FieldViolation, ValidationFailedError } from '@steg/kernel';
import { ParticipantFactsReader, type TimeWithoutWork } from '@steg/participants';
import {
  allowedActions,
  isReEntry,
  nextReferralStatus,
  requireStartNotBeforeSent,
} from './domain/referral.rules';
import type { ReferralAction, ReferralStatus, SharingBasis } from './domain/referral.types';
import { AgreementReferences } from './agreement-references';
import { AcceptReferralDto, CreateReferralDto, UpdateReferralDto } from './dto/referral.dto';
import { ReferralDto } from './dto/referral-response.dto';
import { EnrolmentsService } from './enrolments.service';
import { EnrolmentEntity, ReferralEntity, ReferralEventEntity } from './referral.entity';
import { ReferralNotFoundError, ReferralRuleError, ReferralWrongSideError } from './referral.errors';
import { referralMapper } from './referral.mapper';
import { ReferralLeadTimes, referralLeadTimes } from './domain/flow.rules';
import { chooseUnit, personTarget } from './referrals.support';

const SIDE_OF: Record<ReferralAction, ReferralSide> = {
  send: 'referring',
  withdraw: 'referring',
  edit: 'referring',
  accept: 'receiving',
  return: 'receiving',
};

/**
 * Referrals (aktualisering/remiss) from IFO (or another source) to an AME unit:
 * draft → sent → accepted | returned | withdrawn, every step a domain rule (nextReferralStatus), a
 * referral_events row and an audit event, in one transaction of the case-data gate.
 */
@Injectable()
export class ReferralsService {
  constructor(
    private readonly relations: ParticipantRelationsService,
    private readonly caseWork: CaseWork,
    private readonly enrolments: EnrolmentsService,
    private readonly participants: ParticipantFactsReader,
    private readonly agreements: AgreementReferences,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async create(actor: Actor, dto: CreateReferralDto): Promise<ReferralDto> {
    const principal = actor.principal;
    const userId = staffUserId(principal);
    const referringUnitId = chooseUnit(
      principal,
      CASE_ACCESS.referrals.referring,
      dto.referringUnitId,
      'referringUnitId',
      'a unit where you are ifo_caseworker or ame_coach',
    );
    const sharing = this.sharing(dto.sharingBasis, dto.consentId ?? null, dto.legalGround ?? null, {
      consentId: dto.consentId !== undefined && dto.consentId !== null,
      legalGround: dto.legalGround !== undefined && dto.legalGround !== null,
    });
    const today = this.clock.today();
    const now = this.clock.now();
    // The referrer must see the person.
    const target = personTarget(dto.participantId, 'referral', 'create', CASE_ACCESS.referrals.referring);
    return this.caseWork.write(actor, target, async (manager, reach) => {
      if (sharing.consentId !== null) {
        await this.requireConsent(manager, principal, dto.participantId, sharing.consentId, today);
      }
      await this.requireReceivingUnit(manager, principal, dto.receivingUnitId);
      await this.agreements.require(manager, principal.municipalityId, dto.agreementId);
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
          agreementId: dto.agreementId ?? null,
          status: 'draft',
          sentAt: null,
          decidedAt: null,
          returnReason: null,
          reEntry,
          previousEnrolmentId: reEntry ? (lastExit?.id ?? null) : null,
        }),
      );
      await this.addEvent(manager, referral, 'create', null, userId, null, now);
      reach.note({ resourceId: referral.id, details: { reEntry } });
      if (dto.send === true) {
        const next = nextReferralStatus(referral.status, 'send');
        await this.applySend(manager, referral, today, now);
        await this.saveTransition(manager, principal, referral, 'send', next, null, now);
        reach.alsoRecord({
          action: 'update',
          unitId: referringUnitId,
          details: { transition: 'send', status: next },
        });
      }
      return this.view(manager, principal, referral);
    });
  }

  get(actor: Actor, id: string): Promise<ReferralDto> {
    return this.caseWork.read(actor, this.target(id, 'view', CASE_ACCESS.referrals.read), (manager, reach) =>
      this.view(manager, actor.principal, reach.record),
    );
  }

  /** Changes a draft or a returned referral (nextReferralStatus(status, 'edit')). */
  update(actor: Actor, id: string, expectedVersion: number, dto: UpdateReferralDto): Promise<ReferralDto> {
    const principal = actor.principal;
    const userId = staffUserId(principal);
    const today = this.clock.today();
    const now = this.clock.now();
    const target = this.target(id, 'update', CASE_ACCESS.referrals.referring, {
      require: this.onSide('edit'),
      expectedVersion,
    });
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const referral = reach.record;
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
      if (dto.agreementId !== undefined && dto.agreementId !== referral.agreementId) {
        await this.agreements.require(manager, principal.municipalityId, dto.agreementId);
      }
      const next: Partial<ReferralEntity> = {
        source: dto.source,
        reason: dto.reason?.trim(),
        requestedSupport: dto.requestedSupport?.trim(),
        ...sharing,
        receivingUnitId: dto.receivingUnitId,
        desiredStart: dto.desiredStart,
        agreementId: dto.agreementId,
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
      reach.note({ unitId: referral.referringUnitId, details: { fields: fields.join(',') } });
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
        const enrolment = await this.enrolments.open(manager, actor, {
          municipalityId: referral.municipalityId,
          participantId: referral.participantId,
          ameUnitId: referral.receivingUnitId,
          referralId: referral.id,
          startDate: dto.startDate,
          responsibleCoachId: dto.responsibleCoachId,
          ifoCaseworkerId,
          timeWithoutWork: dto.timeWithoutWork ?? (await this.timeWithoutWorkOf(manager, referral)),
        });
        ctx.reach.alsoRecord(
          {
            action: 'create',
            resourceType: 'enrolment',
            resourceId: enrolment.id,
            unitId: enrolment.ameUnitId,
            details: { referralId: referral.id },
          },
          { before: true },
        );
      });
    } catch (error) {
      throw EnrolmentsService.translate(error);
    }
  }

  // --- transitions -----------------------------------------------------------------------------

  /**
   * One step of the state machine on the gate: the referral locked, the caller on the action's side,
   * the new status with its history row, and the audit event naming the acting side's unit.
   */
  private transition(
    actor: Actor,
    id: string,
    action: Exclude<ReferralAction, 'edit'>,
    reason: string | null,
    apply: (
      manager: EntityManager,
      referral: ReferralEntity,
      ctx: { today: string; now: Date; reach: CaseReach<ReferralEntity> },
    ) => Promise<void>,
  ): Promise<ReferralDto> {
    const principal = actor.principal;
    const today = this.clock.today();
    const now = this.clock.now();
    const side = SIDE_OF[action];
    const target = this.target(id, 'update', CASE_ACCESS.referrals[side], { require: this.onSide(action) });
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const referral = reach.record;
      const next = nextReferralStatus(referral.status, action);
      await apply(manager, referral, { today, now, reach });
      await this.saveTransition(manager, principal, referral, action, next, reason, now);
      reach.note({
        unitId: side === 'referring' ? referral.referringUnitId : referral.receivingUnitId,
        details: { transition: action, status: next },
      });
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

  /** Saves the new status with its history row, in the gate's transaction. */
  private async saveTransition(
    manager: EntityManager,
    principal: Principal,
    referral: ReferralEntity,
    action: Exclude<ReferralAction, 'edit'>,
    next: ReferralStatus,
    reason: string | null,
    now: Date,
  ): Promise<void> {
    const from = referral.status;
    referral.status = next;
    await manager.save(referral);
    await this.addEvent(manager, referral, action, from, staffUserId(principal), reason, now);
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
   * A referral as the gate's target: visible with the case view of the person (the policy), or to a
   * coach or manager of the receiving unit while it is sent (receivingUnitReach). Otherwise 404, and
   * the attempt is logged as denied.
   */
  private target(
    id: string,
    action: 'view' | 'update',
    roles: readonly Role[],
    extra: Partial<CaseTarget<ReferralEntity>> = {},
  ): CaseTarget<ReferralEntity> {
    return {
      resourceType: 'referral',
      action,
      roles,
      load: tenantRecord(ReferralEntity, id),
      participantId: (r) => r.participantId,
      resourceId: id,
      otherReach: (r, principal) => receivingUnitReach(principal, r),
      notFound: () => new ReferralNotFoundError(),
      ...extra,
    };
  }

  /**
   * The referring unit sends, changes and withdraws; the receiving unit accepts and returns. Who sees
   * the referral but acts for the other side is refused with 403 (denied, reason 'side').
   */
  private onSide(action: ReferralAction): CaseTarget<ReferralEntity>['require'] {
    const side = SIDE_OF[action];
    return (reach) =>
      actsForSide(reach.principal, reach.record, side)
        ? null
        : { reason: 'side', error: new ReferralWrongSideError(side), details: { transition: action } };
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
    const consent = await this.participants.consent(
      manager,
      principal.municipalityId,
      participantId,
      consentId,
    );
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

  /** The person's time without work as registered, the enrolment's default. */
  private async timeWithoutWorkOf(
    manager: EntityManager,
    referral: ReferralEntity,
  ): Promise<TimeWithoutWork> {
    return this.participants.timeWithoutWork(manager, referral.municipalityId, referral.participantId);
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
    const sides = referralSides(principal, referral);
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
            imported: referral.importedAt !== null,
          });
    return referralMapper.referral(referral, ordered, allowed, enrolment?.id ?? null, leadTimes);
  }
}
