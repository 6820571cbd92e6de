import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { AuditAction } from '@steg/audit';
import { CASE_ACCESS } from '@steg/access';
import { CaseTarget, CaseWork } from '@steg/case-work';
import type { Actor, Role } from '@steg/http';
import { staffUserId } from '@steg/http';
import { FieldViolation, ValidationFailedError } from '@steg/kernel';
import {
  AgreementInvalidError,
  EnrolmentAlreadyExitedError,
  type EnrolmentFacts,
  EnrolmentFactsReader,
  EnrolmentNotFoundError,
} from '@steg/referrals';
import { AgreementsService } from '../agreements/agreements.service';
import { applyChanges } from '../changes';
import { PartnerContactEntity, PartnerEntity } from '../partners/partner.entity';
import { PartnerInvolvementNotFoundError, PartnerRuleError } from '../partners.errors';
import {
  CreatePartnerInvolvementDto,
  PartnerInvolvementDto,
  PartnerInvolvementListDto,
  UpdatePartnerInvolvementDto,
} from './dto/partner-involvement.dto';
import { PartnerInvolvementEntity } from './partner-involvement.entity';

/**
 * Partners' involvement in a person's enrolment (samverkan i ärendet): case data, so every read and
 * write goes through the case-data gate (access by relation, 404 and a denied event otherwise, the
 * transaction, If-Match and the audit event). What lets statistics count cooperation per case.
 */
@Injectable()
export class PartnerInvolvementsService {
  constructor(
    private readonly caseWork: CaseWork,
    private readonly enrolments: EnrolmentFactsReader,
    private readonly agreements: AgreementsService,
  ) {}

  create(
    actor: Actor,
    enrolmentId: string,
    dto: CreatePartnerInvolvementDto,
  ): Promise<PartnerInvolvementDto> {
    checkPeriod(dto.fromDate, dto.toDate ?? null);
    const userId = staffUserId(actor.principal);
    const target = this.enrolmentTarget(enrolmentId, 'create', CASE_ACCESS.partnerInvolvements.edit);
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const enrolment = reach.record;
      const { municipalityId } = enrolment;
      if (enrolment.exitDate !== null) throw new EnrolmentAlreadyExitedError();
      this.requireWithinEnrolment(enrolment, dto.fromDate);
      const partner = await this.requirePartner(manager, municipalityId, dto.partnerId);
      if (dto.contactId !== undefined)
        await this.requireContact(manager, municipalityId, partner.id, dto.contactId);
      await this.requireAgreement(manager, municipalityId, dto.agreementId);
      const involvement = await manager.save(
        manager.create(PartnerInvolvementEntity, {
          municipalityId,
          participantId: enrolment.participantId,
          enrolmentId,
          partnerId: partner.id,
          contactId: dto.contactId ?? null,
          agreementId: dto.agreementId ?? null,
          description: dto.description,
          fromDate: dto.fromDate,
          toDate: dto.toDate ?? null,
          recordedBy: userId,
        }),
      );
      reach.note({ resourceId: involvement.id, details: { enrolmentId, partnerId: partner.id } });
      return (await this.views(manager, [involvement]))[0];
    });
  }

  list(actor: Actor, enrolmentId: string): Promise<PartnerInvolvementListDto> {
    const target = this.enrolmentTarget(enrolmentId, 'view', CASE_ACCESS.partnerInvolvements.read);
    return this.caseWork.read(actor, target, async (manager, reach) => {
      const rows = await manager.find(PartnerInvolvementEntity, {
        where: { municipalityId: reach.record.municipalityId, enrolmentId },
        order: { fromDate: 'ASC', createdAt: 'ASC' },
      });
      reach.note({ details: { enrolmentId, resultCount: rows.length } });
      return { items: await this.views(manager, rows) };
    });
  }

  update(
    actor: Actor,
    enrolmentId: string,
    id: string,
    expectedVersion: number,
    dto: UpdatePartnerInvolvementDto,
  ): Promise<PartnerInvolvementDto> {
    const target: CaseTarget<PartnerInvolvementEntity> = {
      resourceType: 'partner_involvement',
      action: 'update',
      roles: CASE_ACCESS.partnerInvolvements.edit,
      load: (manager, municipalityId, forUpdate) =>
        manager.findOne(PartnerInvolvementEntity, {
          where: { id, enrolmentId, municipalityId },
          ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
        }),
      participantId: (record) => record.participantId,
      resourceId: id,
      notFound: () => new PartnerInvolvementNotFoundError(),
      expectedVersion,
      details: { enrolmentId },
    };
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const involvement = reach.record;
      const { municipalityId } = involvement;
      checkPeriod(
        dto.fromDate ?? involvement.fromDate,
        dto.toDate === undefined ? involvement.toDate : dto.toDate,
      );
      if (dto.fromDate !== undefined && dto.fromDate !== involvement.fromDate) {
        const enrolment = await this.enrolments.find(manager, municipalityId, enrolmentId);
        if (enrolment === null) throw new PartnerInvolvementNotFoundError();
        this.requireWithinEnrolment(enrolment, dto.fromDate);
      }
      if (dto.contactId !== undefined && dto.contactId !== null && dto.contactId !== involvement.contactId) {
        await this.requireContact(manager, municipalityId, involvement.partnerId, dto.contactId);
      }
      if (dto.agreementId !== undefined && dto.agreementId !== involvement.agreementId) {
        await this.requireAgreement(manager, municipalityId, dto.agreementId);
      }
      const fields = applyChanges(involvement, {
        contactId: dto.contactId,
        agreementId: dto.agreementId,
        description: dto.description,
        fromDate: dto.fromDate,
        toDate: dto.toDate,
      });
      const saved = fields.length === 0 ? involvement : await manager.save(involvement);
      reach.note({ details: { enrolmentId, fields: fields.join(',') } });
      return (await this.views(manager, [saved]))[0];
    });
  }

  /** The enrolment as the gate's target; a write holds it FOR SHARE (an exit waits, other writes do not). */
  private enrolmentTarget(
    enrolmentId: string,
    action: AuditAction,
    roles: readonly Role[],
  ): CaseTarget<EnrolmentFacts> {
    return {
      resourceType: 'partner_involvement',
      action,
      roles,
      load: (manager, municipalityId, forUpdate) =>
        this.enrolments.find(manager, municipalityId, enrolmentId, forUpdate ? 'share' : undefined),
      participantId: (enrolment) => enrolment.participantId,
      resourceId: null,
      notFound: () => new EnrolmentNotFoundError(),
    };
  }

  private requireWithinEnrolment(enrolment: EnrolmentFacts, fromDate: string): void {
    if (fromDate < enrolment.startDate) {
      throw new PartnerRuleError(
        'PARTNER_INVOLVEMENT_BEFORE_ENROLMENT',
        'fromDate',
        'fromDate.notBeforeEnrolment',
        `must be on or after the enrolment start (${enrolment.startDate})`,
      );
    }
  }

  private async requirePartner(manager: EntityManager, municipalityId: string, partnerId: string) {
    const partner = await manager.findOne(PartnerEntity, {
      where: { id: partnerId, municipalityId, active: true },
    });
    if (partner === null) {
      throw new PartnerRuleError(
        'PARTNER_INVOLVEMENT_PARTNER_INVALID',
        'partnerId',
        'partnerId.activePartner',
        'must be an active partner of your municipality',
      );
    }
    return partner;
  }

  private async requireContact(
    manager: EntityManager,
    municipalityId: string,
    partnerId: string,
    contactId: string,
  ) {
    if (
      !(await manager.exists(PartnerContactEntity, {
        where: { id: contactId, partnerId, municipalityId, active: true },
      }))
    ) {
      throw new PartnerRuleError(
        'PARTNER_INVOLVEMENT_CONTACT_INVALID',
        'contactId',
        'contactId.ofPartner',
        'must be an active contact person of the partner',
      );
    }
  }

  private async requireAgreement(
    manager: EntityManager,
    municipalityId: string,
    agreementId: string | null | undefined,
  ) {
    if (agreementId === null || agreementId === undefined) return;
    if (!(await this.agreements.isKnown(manager, municipalityId, agreementId)))
      throw new AgreementInvalidError();
  }

  private async views(
    manager: EntityManager,
    rows: readonly PartnerInvolvementEntity[],
  ): Promise<PartnerInvolvementDto[]> {
    if (rows.length === 0) return [];
    const partnerIds = [...new Set(rows.map((r) => r.partnerId))];
    const contactIds = [...new Set(rows.flatMap((r) => (r.contactId === null ? [] : [r.contactId])))];
    const partners = await manager.find(PartnerEntity, {
      select: { id: true, name: true },
      where: { id: In(partnerIds) },
    });
    const contacts =
      contactIds.length === 0
        ? []
        : await manager.find(PartnerContactEntity, {
            select: { id: true, name: true },
            where: { id: In(contactIds) },
          });
    const partnerName = new Map(partners.map((p) => [p.id, p.name]));
    const contactName = new Map(contacts.map((c) => [c.id, c.name]));
    return rows.map((r) => ({
      id: r.id,
      enrolmentId: r.enrolmentId,
      participantId: r.participantId,
      partnerId: r.partnerId,
      partnerName: partnerName.get(r.partnerId) ?? '',
      contactId: r.contactId,
      contactName: r.contactId === null ? null : (contactName.get(r.contactId) ?? null),
      agreementId: r.agreementId,
      description: r.description,
      fromDate: r.fromDate,
      toDate: r.toDate,
      recordedBy: r.recordedBy,
      version: r.version,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    }));
  }
}

function checkPeriod(fromDate: string, toDate: string | null): void {
  const errors: FieldViolation[] = [];
  if (toDate !== null && toDate < fromDate) {
    errors.push({
      field: 'toDate',
      rule: 'toDate.notBeforeFromDate',
      message: 'must be on or after fromDate',
    });
  }
  if (errors.length > 0) throw new ValidationFailedError(errors);
}
