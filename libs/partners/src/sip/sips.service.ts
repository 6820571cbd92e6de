import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CASE_ACCESS, unitsByIdOrName } from '@steg/access';
import type { AuditAction } from '@steg/audit';
import { CaseTarget, CaseWork, tenantRecord, type CasePerson } from '@steg/case-work';
import type { Actor, Role } from '@steg/http';
import { staffUserId } from '@steg/http';
import { calendarDateInStockholm, Clock, FieldViolation, ValidationFailedError } from '@steg/kernel';
import { ParticipantNotFoundError } from '@steg/participants';
import { PlanFactsReader } from '@steg/plans';
import {
  activationViolations,
  attendeeViolations,
  changedSipFields,
  consentDateViolations,
  consentViolations,
  organisationTypes,
  recordedConsent,
  referenceViolations,
  sipTransition,
} from './domain/sip.rules';
import type { SipAction, SipContent } from './domain/sip.types';
import { CloseSipDto, CreateSipDto, RecordSipMeetingDto, SipContentDto, UpdateSipDto } from './dto/sip.dto';
import { SipDto, SipListDto, SipMeetingDto, SipVersionDto } from './dto/sip-response.dto';
import { SipEntity, SipMeetingEntity, SipVersionEntity } from './sip.entity';
import { SipNotFoundError, SipRuleError, SipStateError, SipVersionNotFoundError } from './sip.errors';
import { sipMapper } from './sip.mapper';

/**
 * SIP, samordnad individuell plan (SoL 2 kap. 7 §, HSL 16 kap. 4 §): one participant's plan for who
 * of the municipality, the region and others does what. Its own record, linked to the development
 * plan when there is one; every save is a new immutable version; external parties are recorded,
 * never given logins. Every read and write goes through the case-data gate, with the plans' policy.
 */
@Injectable()
export class SipsService {
  constructor(
    private readonly caseWork: CaseWork,
    private readonly plans: PlanFactsReader,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** A new SIP in draft, version 1; its creator is its coordinator (samordnare). */
  create(actor: Actor, participantId: string, dto: CreateSipDto): Promise<SipDto> {
    const userId = staffUserId(actor.principal);
    const target: CaseTarget<CasePerson> = {
      resourceType: 'sip',
      action: 'create',
      roles: CASE_ACCESS.sip.edit,
      participantId,
      resourceId: null,
      notFound: () => new ParticipantNotFoundError(),
    };
    const content = this.contentOf(dto, null, userId);
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const municipalityId = actor.principal.municipalityId;
      await this.checkContent(manager, municipalityId, participantId, content, null);
      const now = this.clock.now();
      const sip = await manager.save(
        manager.create(SipEntity, {
          municipalityId,
          participantId,
          status: 'draft',
          coordinatorId: userId,
          followUpOn: content.followUpOn,
          activatedOn: null,
          activatedBy: null,
          closedOn: null,
          closeReason: null,
          closeNote: null,
          closedBy: null,
          currentVersion: 1,
          createdAt: now,
        }),
      );
      await this.saveVersion(manager, sip, 1, content, null, [], userId);
      reach.note({
        resourceId: sip.id,
        details: { versionNo: 1, organisationTypes: organisationTypes(content).join(',') },
      });
      return this.view(manager, sip);
    });
  }

  /** The participant's SIPs, the latest first. */
  list(actor: Actor, participantId: string): Promise<SipListDto> {
    const target: CaseTarget<CasePerson> = {
      resourceType: 'sip',
      action: 'view',
      roles: CASE_ACCESS.sip.read,
      participantId,
      resourceId: null,
      notFound: () => new ParticipantNotFoundError(),
    };
    return this.caseWork.read(actor, target, async (manager, reach) => {
      const sips = await manager.find(SipEntity, {
        where: { municipalityId: actor.principal.municipalityId, participantId },
        order: { createdAt: 'DESC', id: 'DESC' },
      });
      reach.note({ details: { resultCount: sips.length } });
      return { items: sips.map((s) => sipMapper.summary(s)) };
    });
  }

  get(actor: Actor, id: string): Promise<SipDto> {
    return this.caseWork.read(actor, this.target(id, 'view', CASE_ACCESS.sip.read), (manager, reach) =>
      this.view(manager, reach.record),
    );
  }

  /** One saved version exactly as it was saved. */
  getVersion(actor: Actor, id: string, versionNo: number): Promise<SipVersionDto> {
    const target = this.target(id, 'view', CASE_ACCESS.sip.read);
    return this.caseWork.read(actor, target, async (manager, reach) => {
      const version = await manager.findOne(SipVersionEntity, { where: { sipId: id, versionNo } });
      if (!version) throw new SipVersionNotFoundError();
      reach.note({ details: { versionNo } });
      return sipMapper.version(version);
    });
  }

  /** PUT: the full new content as a new version, based on the version read (If-Match). */
  update(actor: Actor, id: string, expectedVersion: number, dto: UpdateSipDto): Promise<SipDto> {
    const userId = staffUserId(actor.principal);
    const target = this.target(id, 'update', CASE_ACCESS.sip.edit, { expectedVersion });
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const sip = reach.record;
      this.transition(sip, 'edit');
      const previous = await this.current(manager, sip);
      const content = this.contentOf(dto, previous.content, userId);
      await this.checkContent(manager, sip.municipalityId, sip.participantId, content, previous.content);
      const fields = changedSipFields(previous.content, content);
      if (fields.length === 0) {
        throw new SipRuleError('SIP_UNCHANGED', [
          { field: 'body', rule: 'sip.changed', message: 'nothing changed since the current version' },
        ]);
      }
      const versionNo = sip.currentVersion + 1;
      await this.saveVersion(manager, sip, versionNo, content, dto.changeSummary, fields, userId);
      sip.currentVersion = versionNo;
      sip.followUpOn = content.followUpOn;
      const saved = await manager.save(sip);
      reach.note({ details: { versionNo, fields: fields.join(',') } });
      return this.view(manager, saved);
    });
  }

  /** draft → active, based on the version read (If-Match): needs a consent that holds, needs, measures, huvudansvar and a follow-up date. */
  activate(actor: Actor, id: string, expectedVersion: number): Promise<SipDto> {
    const target = this.target(id, 'update', CASE_ACCESS.sip.edit, { expectedVersion });
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const sip = reach.record;
      const next = this.transition(sip, 'activate');
      const current = await this.current(manager, sip);
      const errors = activationViolations(current.content);
      if (errors.length > 0) throw new SipRuleError('SIP_NOT_READY', errors);
      Object.assign(sip, {
        status: next,
        activatedOn: this.clock.today(),
        activatedBy: staffUserId(actor.principal),
      } satisfies Partial<SipEntity>);
      const saved = await manager.save(sip);
      reach.note({ details: { transition: 'activate' } });
      return this.view(manager, saved);
    });
  }

  /** draft or active → closed (If-Match), with a reason; closedOn defaults to today, never in the future. */
  close(actor: Actor, id: string, expectedVersion: number, dto: CloseSipDto): Promise<SipDto> {
    const today = this.clock.today();
    const closedOn = dto.closedOn ?? today;
    if (closedOn > today) {
      throw new ValidationFailedError([
        { field: 'closedOn', rule: 'closedOn.notFuture', message: 'closedOn is in the future' },
      ]);
    }
    const target = this.target(id, 'update', CASE_ACCESS.sip.edit, { expectedVersion });
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const sip = reach.record;
      const next = this.transition(sip, 'close');
      const startedOn = calendarDateInStockholm(sip.createdAt);
      if (closedOn < startedOn) {
        throw new SipRuleError('SIP_CLOSE_BEFORE_START', [
          {
            field: 'closedOn',
            rule: 'closedOn.notBeforeStart',
            message: `must be on or after the day the SIP was started (${startedOn})`,
          },
        ]);
      }
      Object.assign(sip, {
        status: next,
        closedOn,
        closeReason: dto.reason,
        closeNote: dto.note ?? null,
        closedBy: staffUserId(actor.principal),
      } satisfies Partial<SipEntity>);
      const saved = await manager.save(sip);
      reach.note({ details: { transition: 'close', reason: dto.reason } });
      return this.view(manager, saved);
    });
  }

  /** A SIP meeting: who of the SIP's parties took part, under the version that names them. */
  recordMeeting(actor: Actor, id: string, dto: RecordSipMeetingDto): Promise<SipMeetingDto> {
    const userId = staffUserId(actor.principal);
    if (dto.heldOn > this.clock.today()) {
      throw new ValidationFailedError([
        { field: 'heldOn', rule: 'heldOn.notFuture', message: 'heldOn is in the future' },
      ]);
    }
    const attendees = [...new Set(dto.attendees.map((a) => a.toLowerCase()))];
    const target = this.target(id, 'create', CASE_ACCESS.sip.edit);
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const sip = reach.record;
      this.transition(sip, 'record_meeting');
      const current = await this.current(manager, sip);
      const errors = attendeeViolations(attendees, current.content);
      if (errors.length > 0) throw new SipRuleError('SIP_ATTENDEE_INVALID', errors);
      const meeting = await manager.save(
        manager.create(SipMeetingEntity, {
          municipalityId: sip.municipalityId,
          sipId: sip.id,
          heldOn: dto.heldOn,
          participantAttended: dto.participantAttended,
          attendees,
          versionNo: sip.currentVersion,
          notes: dto.notes ?? null,
          recordedBy: userId,
          recordedAt: this.clock.now(),
        }),
      );
      reach.note({ resourceType: 'sip_meeting', resourceId: meeting.id, details: { sipId: sip.id } });
      return sipMapper.meeting(meeting);
    });
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** The SIP as the gate's target: found in the caller's municipality, or 404 SIP_NOT_FOUND. */
  private target(
    id: string,
    action: AuditAction,
    roles: readonly Role[],
    extra: Partial<CaseTarget<SipEntity>> = {},
  ): CaseTarget<SipEntity> {
    return {
      resourceType: 'sip',
      action,
      roles,
      load: tenantRecord(SipEntity, id),
      participantId: (sip) => sip.participantId,
      resourceId: id,
      notFound: () => new SipNotFoundError(),
      ...extra,
    };
  }

  /** The state rule (sipTransition): the next state, or 409 SIP_CLOSED / SIP_ALREADY_ACTIVE. */
  private transition(sip: SipEntity, action: SipAction) {
    const t = sipTransition(sip.status, action);
    if (!t.allowed) throw new SipStateError(t.code);
    return t.next;
  }

  private current(manager: EntityManager, sip: SipEntity): Promise<SipVersionEntity> {
    return manager.findOneOrFail(SipVersionEntity, {
      where: { sipId: sip.id, versionNo: sip.currentVersion },
    });
  }

  /**
   * The request as content: ids kept or given (lower-case, as PostgreSQL writes UUIDs), the consent
   * with who recorded it; 400 for consent dates that cannot be.
   */
  private contentOf(dto: SipContentDto, previous: SipContent | null, userId: string): SipContent {
    const id = (value: string | null | undefined): string => (value ?? randomUUID()).toLowerCase();
    const consentInput = dto.consent
      ? {
          givenOn: dto.consent.givenOn,
          covers: dto.consent.covers,
          relativesIncluded: dto.consent.relativesIncluded,
          withdrawnOn: dto.consent.withdrawnOn ?? null,
        }
      : null;
    const consent = recordedConsent(consentInput, previous?.consent ?? null, {
      userId,
      at: this.clock.now().toISOString(),
    });
    const errors = consentDateViolations(consent, this.clock.today());
    if (errors.length > 0) throw new ValidationFailedError(errors);
    return {
      consent,
      unitIds: dto.unitIds.map((u) => u.toLowerCase()),
      externalParties: dto.externalParties.map((p) => ({
        id: id(p.id),
        organisationType: p.organisationType,
        organisationName: p.organisationName,
        personName: p.personName ?? null,
        role: p.role ?? null,
      })),
      relatives: dto.relatives.map((r) => ({ id: id(r.id), name: r.name, relation: r.relation ?? null })),
      needs: dto.needs.map((n) => ({ id: id(n.id), description: n.description })),
      measures: dto.measures.map((m) => ({
        id: id(m.id),
        needId: m.needId.toLowerCase(),
        measure: m.measure,
        responsibleParty: m.responsibleParty.toLowerCase(),
      })),
      leadParty: dto.leadParty?.toLowerCase() ?? null,
      followUpOn: dto.followUpOn ?? null,
      planId: dto.planId?.toLowerCase() ?? null,
    };
  }

  /**
   * The content's rules, in order, each answered with every field it breaks: the consent first
   * (422 SIP_CONSENT_REQUIRED), then references within the SIP (SIP_REFERENCE_INVALID), the units
   * (of the municipality: SIP_UNIT_INVALID) and the linked plan (SIP_PLAN_INVALID).
   */
  private async checkContent(
    manager: EntityManager,
    municipalityId: string,
    participantId: string,
    content: SipContent,
    previous: SipContent | null,
  ): Promise<void> {
    const consent = consentViolations(content, previous);
    if (consent.length > 0) throw new SipRuleError('SIP_CONSENT_REQUIRED', consent);
    const references = referenceViolations(content);
    if (references.length > 0) throw new SipRuleError('SIP_REFERENCE_INVALID', references);
    if (content.unitIds.length > 0) {
      const known = new Set(
        (await unitsByIdOrName(manager, municipalityId, content.unitIds, [])).map((u) => u.id),
      );
      const errors: FieldViolation[] = [];
      content.unitIds.forEach((unitId, index) => {
        if (!known.has(unitId)) {
          errors.push({
            field: `unitIds[${index}]`,
            rule: 'unitIds.ofMunicipality',
            message: 'is not a unit of your municipality',
          });
        }
      });
      if (errors.length > 0) throw new SipRuleError('SIP_UNIT_INVALID', errors);
    }
    if (content.planId !== null && content.planId !== previous?.planId) {
      const plan = await this.plans.find(manager, municipalityId, content.planId);
      if (plan === null || plan.participantId !== participantId || plan.status !== 'active') {
        throw new SipRuleError('SIP_PLAN_INVALID', [
          {
            field: 'planId',
            rule: 'planId.activePlanOfParticipant',
            message: 'is not an active development plan (utvecklingsplan) of the participant',
          },
        ]);
      }
    }
  }

  private async saveVersion(
    manager: EntityManager,
    sip: SipEntity,
    versionNo: number,
    content: SipContent,
    changeSummary: string | null,
    changedFields: string[],
    userId: string,
  ): Promise<SipVersionEntity> {
    return manager.save(
      manager.create(SipVersionEntity, {
        municipalityId: sip.municipalityId,
        sipId: sip.id,
        versionNo,
        content,
        changeSummary,
        changedFields,
        createdBy: userId,
        createdAt: this.clock.now(),
      }),
    );
  }

  /** The SIP as the response shows it: current content, meetings and history. */
  private async view(manager: EntityManager, sip: SipEntity): Promise<SipDto> {
    const versions = await manager.find(SipVersionEntity, {
      where: { municipalityId: sip.municipalityId, sipId: sip.id },
      order: { versionNo: 'ASC' },
    });
    const current = versions.find((v) => v.versionNo === sip.currentVersion);
    if (current === undefined) throw new Error(`SIP ${sip.id} has no version ${sip.currentVersion}`);
    const meetings = await manager.find(SipMeetingEntity, {
      where: { municipalityId: sip.municipalityId, sipId: sip.id },
      order: { heldOn: 'DESC', recordedAt: 'DESC' },
    });
    return sipMapper.sip(sip, current, versions, meetings);
  }
}
