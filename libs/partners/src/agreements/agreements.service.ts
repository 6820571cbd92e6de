import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { isActiveUserWithRole } from '@steg/access';
import { AuditService } from '@steg/audit';
import { findTenantRow } from '@steg/database';
import type { Actor } from '@steg/http';
import {
  Clock,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  FieldViolation,
  Page,
  StaleVersionError,
  toPage,
  ValidationFailedError,
} from '@steg/kernel';
import { applyChanges } from '../changes';
import { AGREEMENT_RESPONSIBLE_ROLES } from '../partners/partner.access';
import { PartnerEntity } from '../partners/partner.entity';
import { AgreementNotFoundError, PartnerRuleError } from '../partners.errors';
import { AgreementEntity, AgreementGoalEntity, AgreementPartyEntity } from './agreement.entity';
import { agreementMapper } from './agreement.mapper';
import {
  AgreementGoalInputDto,
  AgreementsQuery,
  CreateAgreementDto,
  UpdateAgreementDto,
} from './dto/agreement.dto';
import { AgreementDto } from './dto/agreement-response.dto';

/**
 * Agreements (överenskommelser: LÖK, IOP, Finsam, an employer's work-training agreement): parties,
 * purpose, goals and their follow-up, validity, document and the person responsible. Organisation
 * data of the municipality: tenant-scoped, every change audit-logged.
 */
@Injectable()
export class AgreementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: AgreementsQuery): Promise<Page<AgreementDto>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const qb = this.dataSource
      .getRepository(AgreementEntity)
      .createQueryBuilder('a')
      .where('a.municipality_id = :municipality', { municipality: actor.principal.municipalityId });
    if (query.inForceOn !== undefined) {
      // inForce(agreement, day) of domain/agreement.rules, as SQL so that pages stay whole.
      qb.andWhere('a.valid_from <= :day AND (a.valid_to IS NULL OR a.valid_to >= :day)', {
        day: query.inForceOn,
      });
    }
    if (query.kind !== undefined) qb.andWhere('a.kind = :kind', { kind: query.kind });
    if (query.partnerId !== undefined) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM agreement_parties ap WHERE ap.agreement_id = a.id AND ap.partner_id = :partnerId)',
        { partnerId: query.partnerId },
      );
    }
    if (query.cursor !== undefined) {
      const { key, id } = decodeCursor(query.cursor);
      qb.andWhere('(a.title, a.id) > (:cTitle, :cId)', { cTitle: key, cId: id });
    }
    const rows = await qb
      .orderBy('a.title', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const page = toPage(rows, limit, (a) => ({ key: a.title, id: a.id }));
    return { items: await this.views(this.dataSource.manager, page.items), nextCursor: page.nextCursor };
  }

  async get(actor: Actor, id: string): Promise<AgreementDto> {
    const manager = this.dataSource.manager;
    const agreement = await this.load(manager, actor.principal.municipalityId, id);
    return (await this.views(manager, [agreement]))[0];
  }

  async create(actor: Actor, dto: CreateAgreementDto): Promise<AgreementDto> {
    const municipalityId = actor.principal.municipalityId;
    checkPeriod(dto.validFrom, dto.validTo ?? null);
    return this.dataSource.transaction(async (manager) => {
      await this.requireParties(manager, municipalityId, dto.partnerIds);
      await this.requireResponsible(manager, municipalityId, dto.responsibleUserId);
      const agreement = await manager.save(
        manager.create(AgreementEntity, {
          municipalityId,
          kind: dto.kind,
          title: dto.title,
          purpose: dto.purpose,
          validFrom: dto.validFrom,
          validTo: dto.validTo ?? null,
          documentReference: dto.documentReference ?? null,
          responsibleUserId: dto.responsibleUserId,
        }),
      );
      await this.saveParties(manager, agreement, dto.partnerIds);
      await this.saveGoals(manager, agreement, dto.goals ?? []);
      await this.audit.record(manager, actor, {
        action: 'create',
        resourceType: 'agreement',
        resourceId: agreement.id,
        details: { kind: agreement.kind, parties: dto.partnerIds.length },
      });
      return (await this.views(manager, [agreement]))[0];
    });
  }

  async update(
    actor: Actor,
    id: string,
    expectedVersion: number,
    dto: UpdateAgreementDto,
  ): Promise<AgreementDto> {
    const municipalityId = actor.principal.municipalityId;
    return this.dataSource.transaction(async (manager) => {
      const agreement = await this.load(manager, municipalityId, id, true);
      if (agreement.version !== expectedVersion)
        throw new StaleVersionError({ currentVersion: agreement.version });
      checkPeriod(
        dto.validFrom ?? agreement.validFrom,
        dto.validTo === undefined ? agreement.validTo : dto.validTo,
      );
      if (dto.partnerIds !== undefined) await this.requireParties(manager, municipalityId, dto.partnerIds);
      if (dto.responsibleUserId !== undefined && dto.responsibleUserId !== agreement.responsibleUserId) {
        await this.requireResponsible(manager, municipalityId, dto.responsibleUserId);
      }
      const columns = applyChanges(agreement, {
        kind: dto.kind,
        title: dto.title,
        purpose: dto.purpose,
        validFrom: dto.validFrom,
        validTo: dto.validTo,
        documentReference: dto.documentReference,
        responsibleUserId: dto.responsibleUserId,
      });
      const fields = [...columns];
      if (dto.partnerIds !== undefined) {
        await manager.delete(AgreementPartyEntity, { agreementId: agreement.id });
        await this.saveParties(manager, agreement, dto.partnerIds);
        fields.push('partnerIds');
      }
      if (dto.goals !== undefined) {
        await manager.delete(AgreementGoalEntity, { agreementId: agreement.id });
        await this.saveGoals(manager, agreement, dto.goals);
        fields.push('goals');
      }
      if (fields.length === 0) return (await this.views(manager, [agreement]))[0];
      if (columns.length > 0) {
        await manager.save(agreement);
      } else {
        // Only the parties or goals changed: the row's version (the ETag) still counts the change
        // (an update through the query builder raises version and updatedAt).
        await manager
          .createQueryBuilder()
          .update(AgreementEntity)
          .set({ title: agreement.title })
          .where('id = :id', { id: agreement.id })
          .execute();
      }
      const saved = await this.load(manager, municipalityId, id);
      await this.audit.record(manager, actor, {
        action: 'update',
        resourceType: 'agreement',
        resourceId: agreement.id,
        details: { fields: fields.sort().join(',') },
      });
      return (await this.views(manager, [saved]))[0];
    });
  }

  /** The lookup libs/partners registers in AgreementReferences (referrals, instances, placements). */
  async isKnown(manager: EntityManager, municipalityId: string, agreementId: string): Promise<boolean> {
    return manager.exists(AgreementEntity, { where: { id: agreementId, municipalityId } });
  }

  private load(manager: EntityManager, municipalityId: string, id: string, forUpdate = false) {
    return findTenantRow(manager, AgreementEntity, municipalityId, id, () => new AgreementNotFoundError(), {
      forUpdate,
    });
  }

  private async views(
    manager: EntityManager,
    agreements: readonly AgreementEntity[],
  ): Promise<AgreementDto[]> {
    if (agreements.length === 0) return [];
    const ids = agreements.map((a) => a.id);
    const parties = await manager
      .createQueryBuilder(PartnerEntity, 'p')
      .innerJoin(AgreementPartyEntity, 'ap', 'ap.partner_id = p.id')
      .addSelect('ap.agreement_id', 'agreement_id')
      .where('ap.agreement_id IN (:...ids)', { ids })
      .orderBy('p.name', 'ASC')
      .getRawAndEntities();
    const partiesOf = new Map<string, PartnerEntity[]>();
    parties.entities.forEach((partner, i) => {
      const agreementId = (parties.raw[i] as { agreement_id: string }).agreement_id;
      partiesOf.set(agreementId, [...(partiesOf.get(agreementId) ?? []), partner]);
    });
    const goals = await manager.find(AgreementGoalEntity, {
      where: { agreementId: In(ids) },
      order: { position: 'ASC' },
    });
    const today = this.clock.today();
    return agreements.map((a) =>
      agreementMapper.agreement(
        a,
        partiesOf.get(a.id) ?? [],
        goals.filter((g) => g.agreementId === a.id),
        today,
      ),
    );
  }

  private async requireParties(
    manager: EntityManager,
    municipalityId: string,
    partnerIds: readonly string[],
  ) {
    const found = await manager.find(PartnerEntity, {
      select: { id: true },
      where: { municipalityId, id: In([...partnerIds]) },
    });
    const known = new Set(found.map((p) => p.id));
    const index = partnerIds.findIndex((id) => !known.has(id));
    if (index >= 0) {
      throw new PartnerRuleError(
        'AGREEMENT_PARTY_INVALID',
        `partnerIds[${index}]`,
        'partnerIds.known',
        'must be a partner of your municipality',
      );
    }
  }

  private async requireResponsible(manager: EntityManager, municipalityId: string, userId: string) {
    if (!(await isActiveUserWithRole(manager, municipalityId, userId, AGREEMENT_RESPONSIBLE_ROLES))) {
      throw new PartnerRuleError(
        'AGREEMENT_RESPONSIBLE_INVALID',
        'responsibleUserId',
        'responsibleUserId.activeStaff',
        'must be an active admin, coach, manager or caseworker of your municipality',
      );
    }
  }

  private async saveParties(
    manager: EntityManager,
    agreement: AgreementEntity,
    partnerIds: readonly string[],
  ) {
    await manager.insert(
      AgreementPartyEntity,
      partnerIds.map((partnerId) => ({
        agreementId: agreement.id,
        partnerId,
        municipalityId: agreement.municipalityId,
      })),
    );
  }

  private async saveGoals(
    manager: EntityManager,
    agreement: AgreementEntity,
    goals: readonly AgreementGoalInputDto[],
  ) {
    if (goals.length === 0) return;
    await manager.insert(
      AgreementGoalEntity,
      goals.map((g, position) => ({
        agreementId: agreement.id,
        municipalityId: agreement.municipalityId,
        position,
        description: g.description,
        followUp: g.followUp,
      })),
    );
  }
}

function checkPeriod(validFrom: string, validTo: string | null): void {
  const errors: FieldViolation[] = [];
  if (validTo !== null && validTo < validFrom) {
    errors.push({
      field: 'validTo',
      rule: 'validTo.notBeforeValidFrom',
      message: 'must be on or after validFrom',
    });
  }
  if (errors.length > 0) throw new ValidationFailedError(errors);
}
