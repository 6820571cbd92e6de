import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '@steg/audit';
import { findTenantRow, isUniqueViolation } from '@steg/database';
import type { Actor } from '@steg/http';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  Page,
  StaleVersionError,
  toPage,
  ValidationFailedError,
} from '@steg/kernel';
import { parseOrganisationNumber } from './domain/organisation-number.rules';
import {
  CreatePartnerDto,
  PartnerContactInputDto,
  PartnersQuery,
  UpdatePartnerContactDto,
  UpdatePartnerDto,
} from './dto/partner.dto';
import { PartnerContactDto, PartnerDto } from './dto/partner-response.dto';
import { PartnerContactEntity, PartnerEntity } from './partner.entity';
import { partnerMapper } from './partner.mapper';
import { applyChanges } from '../changes';
import { PartnerContactNotFoundError, PartnerNameTakenError, PartnerNotFoundError } from '../partners.errors';

function translate(error: unknown): unknown {
  return isUniqueViolation(error, 'uq_partners_name') ? new PartnerNameTakenError() : error;
}

/** The stored organisationsnummer, or 400 naming the rule it breaks (parseOrganisationNumber). */
function organisationNumberOf(input: string | null | undefined): string | null | undefined {
  if (input === null || input === undefined) return input;
  const parsed = parseOrganisationNumber(input);
  if (!parsed.ok) {
    throw new ValidationFailedError([
      { field: 'organisationNumber', rule: parsed.rule, message: parsed.message },
    ]);
  }
  return parsed.value;
}

function contactColumns(c: PartnerContactInputDto) {
  return { name: c.name, role: c.role ?? null, email: c.email ?? null, phone: c.phone ?? null };
}

/**
 * Partners (samverkansparter) and their contact people: organisation data of the municipality (no
 * person's case data, so no case-data gate), every change audit-logged, every query tenant-scoped.
 */
@Injectable()
export class PartnersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: PartnersQuery): Promise<Page<PartnerDto>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const qb = this.dataSource
      .getRepository(PartnerEntity)
      .createQueryBuilder('p')
      .where('p.municipality_id = :municipality', { municipality: actor.principal.municipalityId });
    if (query.type !== undefined) qb.andWhere('p.type = :type', { type: query.type });
    if (query.active !== undefined) qb.andWhere('p.active = :active', { active: query.active });
    if (query.cursor !== undefined) {
      const { key, id } = decodeCursor(query.cursor);
      qb.andWhere('(p.name, p.id) > (:cName, :cId)', { cName: key, cId: id });
    }
    const rows = await qb
      .orderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const page = toPage(rows, limit, (p) => ({ key: p.name, id: p.id }));
    const contacts = await this.contactsOf(
      this.dataSource.manager,
      page.items.map((p) => p.id),
    );
    return {
      items: page.items.map((p) => partnerMapper.partner(p, contacts.get(p.id) ?? [])),
      nextCursor: page.nextCursor,
    };
  }

  async get(actor: Actor, id: string): Promise<PartnerDto> {
    const manager = this.dataSource.manager;
    const partner = await this.load(manager, actor.principal.municipalityId, id);
    return partnerMapper.partner(partner, (await this.contactsOf(manager, [id])).get(id) ?? []);
  }

  async create(actor: Actor, dto: CreatePartnerDto): Promise<PartnerDto> {
    const municipalityId = actor.principal.municipalityId;
    const organisationNumber = organisationNumberOf(dto.organisationNumber) ?? null;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const partner = await manager.save(
          manager.create(PartnerEntity, {
            municipalityId,
            type: dto.type,
            name: dto.name,
            organisationNumber,
            active: true,
          }),
        );
        const contacts = await manager.save(
          (dto.contacts ?? []).map((c) =>
            manager.create(PartnerContactEntity, {
              municipalityId,
              partnerId: partner.id,
              ...contactColumns(c),
            }),
          ),
        );
        await this.audit.record(manager, actor, {
          action: 'create',
          resourceType: 'partner',
          resourceId: partner.id,
          details: { type: partner.type, contacts: contacts.length },
        });
        return partnerMapper.partner(partner, contacts);
      });
    } catch (error) {
      throw translate(error);
    }
  }

  async update(
    actor: Actor,
    id: string,
    expectedVersion: number,
    dto: UpdatePartnerDto,
  ): Promise<PartnerDto> {
    const municipalityId = actor.principal.municipalityId;
    const organisationNumber = organisationNumberOf(dto.organisationNumber);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const partner = await this.load(manager, municipalityId, id, true);
        if (partner.version !== expectedVersion)
          throw new StaleVersionError({ currentVersion: partner.version });
        const changes: Partial<PartnerEntity> = {
          type: dto.type,
          name: dto.name,
          organisationNumber,
          active: dto.active,
        };
        const fields = applyChanges(partner, changes);
        const saved = fields.length === 0 ? partner : await manager.save(partner);
        if (fields.length > 0) {
          await this.audit.record(manager, actor, {
            action: 'update',
            resourceType: 'partner',
            resourceId: partner.id,
            details: { fields: fields.join(',') },
          });
        }
        return partnerMapper.partner(saved, (await this.contactsOf(manager, [id])).get(id) ?? []);
      });
    } catch (error) {
      throw translate(error);
    }
  }

  async addContact(actor: Actor, partnerId: string, dto: PartnerContactInputDto): Promise<PartnerContactDto> {
    const municipalityId = actor.principal.municipalityId;
    return this.dataSource.transaction(async (manager) => {
      await this.load(manager, municipalityId, partnerId);
      const contact = await manager.save(
        manager.create(PartnerContactEntity, { municipalityId, partnerId, ...contactColumns(dto) }),
      );
      await this.audit.record(manager, actor, {
        action: 'create',
        resourceType: 'partner_contact',
        resourceId: contact.id,
        details: { partnerId },
      });
      return partnerMapper.contact(contact);
    });
  }

  async updateContact(
    actor: Actor,
    partnerId: string,
    contactId: string,
    expectedVersion: number,
    dto: UpdatePartnerContactDto,
  ): Promise<PartnerContactDto> {
    const municipalityId = actor.principal.municipalityId;
    return this.dataSource.transaction(async (manager) => {
      const contact = await manager.findOne(PartnerContactEntity, {
        where: { id: contactId, partnerId, municipalityId },
        lock: { mode: 'pessimistic_write' },
      });
      if (contact === null) throw new PartnerContactNotFoundError();
      if (contact.version !== expectedVersion)
        throw new StaleVersionError({ currentVersion: contact.version });
      const fields = applyChanges(contact, {
        name: dto.name,
        role: dto.role,
        email: dto.email,
        phone: dto.phone,
        active: dto.active,
      });
      if (fields.length === 0) return partnerMapper.contact(contact);
      const saved = await manager.save(contact);
      await this.audit.record(manager, actor, {
        action: 'update',
        resourceType: 'partner_contact',
        resourceId: contact.id,
        details: { partnerId, fields: fields.join(',') },
      });
      return partnerMapper.contact(saved);
    });
  }

  /** Whether the partner is one of the municipality's (for agreements and involvements). */
  async exists(manager: EntityManager, municipalityId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await manager.find(PartnerEntity, {
      select: { id: true },
      where: { municipalityId, id: In([...ids]) },
    });
    return new Set(rows.map((r) => r.id));
  }

  private load(manager: EntityManager, municipalityId: string, id: string, forUpdate = false) {
    return findTenantRow(manager, PartnerEntity, municipalityId, id, () => new PartnerNotFoundError(), {
      forUpdate,
    });
  }

  private async contactsOf(
    manager: EntityManager,
    partnerIds: readonly string[],
  ): Promise<Map<string, PartnerContactEntity[]>> {
    const byPartner = new Map<string, PartnerContactEntity[]>();
    if (partnerIds.length === 0) return byPartner;
    const rows = await manager.find(PartnerContactEntity, {
      where: { partnerId: In([...partnerIds]) },
      order: { name: 'ASC', id: 'ASC' },
    });
    for (const row of rows) byPartner.set(row.partnerId, [...(byPartner.get(row.partnerId) ?? []), row]);
    return byPartner;
  }
}
