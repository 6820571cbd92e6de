import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, IsNull } from 'typeorm';
import { isUniqueViolation, findTenantRow } from '@steg/database';
import {
  AccessPolicyService,
  ForbiddenError,
  ParticipantAccess,
  ParticipantRelationsService,
} from '@steg/access';
import { AuditEntry, AuditService } from '@steg/audit';
import { Actor, hasPermission, Principal, staffUserId, unitsWithRole } from '@steg/http';
import {
  Clock,
  decodeCursor,
  DomainError,
  IdentityNumber,
  Page,
  parseIdentityNumber,
  StaleVersionError,
  toPage,
  ValidationFailedError,
} from '@steg/kernel';
import { changedFields, identityVisible } from './domain/participant.rules';
import type { Protection } from './domain/participant.types';
import {
  CreateConsentDto,
  CreateParticipantDto,
  ReplaceIdentifierDto,
  SearchParticipantsQuery,
  UpdateParticipantDto,
} from './dto/participant.dto';
import {
  ConsentDto,
  ParticipantDto,
  ParticipantForSupervisorDto,
  ParticipantSummaryDto,
} from './dto/participant-response.dto';
import { participantMapper } from './participant.mapper';
import {
  ConsentAlreadyWithdrawnError,
  ParticipantAlreadyRegisteredError,
  ParticipantNotFoundError,
  ProtectedIdentityError,
} from './participant.errors';
import {
  ParticipantConsentEntity,
  ParticipantEntity,
  ParticipantIdentifierEntity,
} from './participant.entity';

/** Roles that register and change participants (managers read). */
const EDITING_ROLES = ['ifo_caseworker', 'ame_coach'] as const;
const IDENTITY_FIELDS = ['firstName', 'lastName', 'birthDate', 'email', 'phone', 'address'] as const;
const PROTECTION_RANK: Record<Protection, number> = {
  none: 0,
  confidentiality_marked: 1,
  protected_registration: 2,
};

type ParticipantView =
  | { audience: 'case'; participant: ParticipantDto }
  | { audience: 'supervisor'; participant: ParticipantForSupervisorDto };

@Injectable()
export class ParticipantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: AccessPolicyService,
    private readonly relations: ParticipantRelationsService,
    private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async create(actor: Actor, dto: CreateParticipantDto): Promise<ParticipantDto> {
    const principal = actor.principal;
    const unitId = this.registeringUnit(principal, dto.unitId);
    const identity =
      dto.identityNumber === undefined ? undefined : this.parseIdentity(dto.identityNumber, 'identityNumber');
    const birthDate = this.resolveBirthDate(identity, dto.birthDate);
    this.checkSocialAssistance(dto.socialAssistance);
    if (identity) await this.refuseDuplicate(principal, identity.value);

    const now = this.clock.now();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const participant = await manager.save(
          manager.create(ParticipantEntity, {
            municipalityId: principal.municipalityId,
            firstName: dto.firstName.trim(),
            lastName: dto.lastName.trim(),
            birthDate,
            identityIncomplete: identity === undefined,
            gender: dto.gender ?? 'not_stated',
            preferredLanguage: dto.preferredLanguage ?? null,
            interpreterNeeded: dto.interpreterNeeded ?? false,
            email: dto.email ?? null,
            phone: dto.phone ?? null,
            addressStreet: dto.address?.street ?? null,
            addressPostalCode: dto.address?.postalCode ?? null,
            addressCity: dto.address?.city ?? null,
            educationLevel: dto.educationLevel ?? 'unknown',
            timeWithoutWork: dto.timeWithoutWork ?? 'unknown',
            inEstablishmentProgramme: dto.inEstablishmentProgramme ?? false,
            registeredAtArbetsformedlingen: dto.registeredAtArbetsformedlingen ?? false,
            receivesSocialAssistance: dto.socialAssistance?.receives ?? false,
            socialAssistanceSince: dto.socialAssistance?.since ?? null,
            protection: dto.protection ?? 'none',
            registeredByUnitId: unitId,
            createdBy: staffUserId(principal),
            updatedBy: staffUserId(principal),
          }),
        );
        const identifiers = identity
          ? [
              await manager.save(
                manager.create(ParticipantIdentifierEntity, {
                  municipalityId: principal.municipalityId,
                  participantId: participant.id,
                  kind: identity.kind,
                  value: identity.value,
                  validFrom: now,
                  replacedAt: null,
                  reason: null,
                  recordedBy: staffUserId(principal),
                }),
              ),
            ]
          : [];
        await this.relations.open(manager, {
          municipalityId: principal.municipalityId,
          participantId: participant.id,
          kind: 'registered',
          unitId,
          startedOn: this.clock.today(),
        });
        await this.audit.record(manager, actor, {
          action: 'create',
          resourceType: 'participant',
          resourceId: participant.id,
          participantId: participant.id,
          unitId,
          protectedPerson: participant.protection !== 'none',
        });
        const visible = identityVisible(
          participant.protection,
          hasPermission(principal, 'protected_identity'),
        );
        return participantMapper.full(participant, identifiers, [], visible);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_participant_identifiers_value')) {
        throw new ParticipantAlreadyRegisteredError(undefined);
      }
      throw error;
    }
  }

  async get(actor: Actor, id: string): Promise<ParticipantView> {
    const access = await this.requireAccess(actor, id, 'view');
    const participant = await this.load(this.dataSource.manager, actor.principal, id);
    const visible = identityVisible(
      participant.protection,
      hasPermission(actor.principal, 'protected_identity'),
    );
    await this.audit.recordAccess(actor, this.accessEvent('view', participant, access));
    if (access.audience === 'supervisor') {
      return { audience: 'supervisor', participant: participantMapper.forSupervisor(participant, visible) };
    }
    const [identifiers, consents] = await Promise.all([this.identifiersOf(id), this.consentsOf(id)]);
    return {
      audience: 'case',
      participant: participantMapper.full(participant, identifiers, consents, visible),
    };
  }

  async search(actor: Actor, query: SearchParticipantsQuery): Promise<Page<ParticipantSummaryDto>> {
    const principal = actor.principal;
    const limit = query.limit ?? 50;
    const mayUnmask = hasPermission(principal, 'protected_identity');
    const visibility = this.policy.caseVisibility(principal, 'p.id');
    const qb = this.dataSource
      .getRepository(ParticipantEntity)
      .createQueryBuilder('p')
      .leftJoin(ParticipantIdentifierEntity, 'cur', 'cur.participant_id = p.id AND cur.replaced_at IS NULL')
      .addSelect('cur.value', 'current_identifier')
      .where('p.municipality_id = :municipality', { municipality: principal.municipalityId })
      .andWhere(visibility.sql, visibility.params);
    let by = 'caseload';
    if (query.identityNumber !== undefined) {
      const identity = this.parseIdentity(query.identityNumber, 'identityNumber');
      by = 'identityNumber';
      qb.andWhere(
        'EXISTS (SELECT 1 FROM participant_identifiers i WHERE i.participant_id = p.id AND i.value = :value)',
        { value: identity.value },
      );
    }
    if (query.name !== undefined) {
      by = by === 'caseload' ? 'name' : `${by}+name`;
      const pattern = `%${query.name.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('p.first_name ILIKE :pattern', { pattern })
            .orWhere('p.last_name ILIKE :pattern')
            .orWhere(`(p.first_name || ' ' || p.last_name) ILIKE :pattern`),
        ),
      );
      // A name search must not reveal whose real name a protected record carries.
      if (!mayUnmask) qb.andWhere(`p.protection = 'none'`);
    }
    if (query.cursor !== undefined) {
      const { key, id } = decodeCursor(query.cursor);
      const [lastName, firstName] = JSON.parse(key) as [string, string];
      qb.andWhere('(p.last_name, p.first_name, p.id) > (:cLast, :cFirst, :cId)', {
        cLast: lastName,
        cFirst: firstName,
        cId: id,
      });
    }
    qb.orderBy('p.last_name', 'ASC')
      .addOrderBy('p.first_name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit + 1);
    const { entities, raw } = await qb.getRawAndEntities<{ current_identifier: string | null }>();
    const rows = entities.map((entity, i) => ({ entity, identifier: raw[i]?.current_identifier ?? null }));
    const page = toPage(rows, limit, (r) => ({
      key: JSON.stringify([r.entity.lastName, r.entity.firstName]),
      id: r.entity.id,
    }));
    const details = { by, resultCount: page.items.length };
    const events: AuditEntry[] =
      page.items.length === 0
        ? [{ action: 'search', resourceType: 'participant', details }]
        : page.items.map((r) => ({
            action: 'search',
            resourceType: 'participant',
            resourceId: r.entity.id,
            participantId: r.entity.id,
            protectedPerson: r.entity.protection !== 'none',
            details,
          }));
    await this.audit.recordAccess(actor, events);
    return {
      items: page.items.map((r) =>
        participantMapper.summary(r.entity, r.identifier, identityVisible(r.entity.protection, mayUnmask)),
      ),
      nextCursor: page.nextCursor,
    };
  }

  async update(
    actor: Actor,
    id: string,
    expectedVersion: number,
    dto: UpdateParticipantDto,
  ): Promise<ParticipantDto> {
    const access = await this.requireEditAccess(actor, id);
    const principal = actor.principal;
    const mayUnmask = hasPermission(principal, 'protected_identity');
    this.checkSocialAssistance(dto.socialAssistance);
    return this.dataSource.transaction(async (manager) => {
      const participant = await this.load(manager, principal, id, true);
      if (participant.version !== expectedVersion)
        throw new StaleVersionError({ currentVersion: participant.version });
      const visible = identityVisible(participant.protection, mayUnmask);
      if (!visible && IDENTITY_FIELDS.some((f) => dto[f] !== undefined)) {
        throw new ProtectedIdentityError(
          'You may not change the identity details of a person with protected identity.',
        );
      }
      if (
        dto.protection !== undefined &&
        PROTECTION_RANK[dto.protection] < PROTECTION_RANK[participant.protection] &&
        !mayUnmask
      ) {
        throw new ProtectedIdentityError(
          'Lifting protected identity needs the protected_identity permission.',
        );
      }
      if (
        dto.birthDate !== undefined &&
        dto.birthDate !== participant.birthDate &&
        !participant.identityIncomplete
      ) {
        throw new DomainError(
          'BIRTH_DATE_FROM_IDENTITY_NUMBER',
          'unprocessable',
          'The birth date follows from the identity number; change the number instead.',
          {
            errors: [
              {
                field: 'birthDate',
                rule: 'birthDate.fromIdentityNumber',
                message: 'follows from the identity number',
              },
            ],
          },
        );
      }
      const next: Partial<ParticipantEntity> = {
        firstName: dto.firstName?.trim(),
        lastName: dto.lastName?.trim(),
        birthDate: dto.birthDate,
        gender: dto.gender,
        preferredLanguage: dto.preferredLanguage,
        interpreterNeeded: dto.interpreterNeeded,
        email: dto.email,
        phone: dto.phone,
        addressStreet: dto.address?.street,
        addressPostalCode: dto.address?.postalCode,
        addressCity: dto.address?.city,
        educationLevel: dto.educationLevel,
        timeWithoutWork: dto.timeWithoutWork,
        inEstablishmentProgramme: dto.inEstablishmentProgramme,
        registeredAtArbetsformedlingen: dto.registeredAtArbetsformedlingen,
        receivesSocialAssistance: dto.socialAssistance?.receives,
        socialAssistanceSince:
          dto.socialAssistance === undefined ? undefined : (dto.socialAssistance.since ?? null),
        protection: dto.protection,
      };
      const fields = changedFields(participant, next);
      if (fields.length > 0) {
        Object.assign(
          participant,
          Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)),
        );
        participant.updatedBy = staffUserId(principal);
        await manager.save(participant);
      }
      await this.audit.record(manager, actor, {
        ...this.accessEvent('update', participant, access),
        details: { fields: fields.join(',') },
      });
      // In the transaction, one after another: its connection runs one query at a time.
      const identifiers = await this.identifiersOf(id, manager);
      const consents = await this.consentsOf(id, manager);
      return participantMapper.full(
        participant,
        identifiers,
        consents,
        identityVisible(participant.protection, mayUnmask),
      );
    });
  }

  async replaceIdentifier(actor: Actor, id: string, dto: ReplaceIdentifierDto): Promise<ParticipantDto> {
    const access = await this.requireEditAccess(actor, id);
    const principal = actor.principal;
    const identity = this.parseIdentity(dto.identityNumber, 'identityNumber');
    await this.refuseDuplicate(principal, identity.value, id);
    const now = this.clock.now();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const participant = await this.load(manager, principal, id, true);
        if (!identityVisible(participant.protection, hasPermission(principal, 'protected_identity'))) {
          throw new ProtectedIdentityError(
            'You may not change the identity number of a person with protected identity.',
          );
        }
        if (!participant.identityIncomplete && participant.birthDate !== identity.birthDate) {
          throw new DomainError(
            'IDENTITY_NUMBER_OTHER_PERSON',
            'unprocessable',
            'The new number has another birth date than the person; register the other person separately.',
            {
              errors: [
                {
                  field: 'identityNumber',
                  rule: 'identityNumber.sameBirthDate',
                  message: 'has another birth date',
                },
              ],
            },
          );
        }
        await manager.update(
          ParticipantIdentifierEntity,
          { participantId: id, replacedAt: IsNull() },
          { replacedAt: now },
        );
        await manager.insert(ParticipantIdentifierEntity, {
          municipalityId: principal.municipalityId,
          participantId: id,
          kind: identity.kind,
          value: identity.value,
          validFrom: now,
          replacedAt: null,
          reason: dto.reason,
          recordedBy: staffUserId(principal),
        });
        participant.identityIncomplete = false;
        participant.birthDate = identity.birthDate;
        participant.updatedBy = staffUserId(principal);
        await manager.save(participant);
        await this.audit.record(manager, actor, {
          ...this.accessEvent('update', participant, access),
          resourceType: 'participant_identifier',
          details: { kind: identity.kind },
        });
        // In the transaction, one after another: its connection runs one query at a time.
        const identifiers = await this.identifiersOf(id, manager);
        const consents = await this.consentsOf(id, manager);
        return participantMapper.full(participant, identifiers, consents, true);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_participant_identifiers_value')) {
        throw new ParticipantAlreadyRegisteredError(undefined);
      }
      throw error;
    }
  }

  async addConsent(actor: Actor, id: string, dto: CreateConsentDto): Promise<ConsentDto> {
    const access = await this.requireEditAccess(actor, id);
    if (dto.validUntil !== undefined && dto.validUntil < dto.givenOn) {
      throw new ValidationFailedError([
        { field: 'validUntil', rule: 'validUntil.afterGivenOn', message: 'must be on or after givenOn' },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      const participant = await this.load(manager, actor.principal, id);
      const consent = await manager.save(
        manager.create(ParticipantConsentEntity, {
          municipalityId: actor.principal.municipalityId,
          participantId: id,
          parties: [...new Set(dto.parties)],
          namedPartners: dto.namedPartners ?? [],
          covers: dto.covers,
          givenOn: dto.givenOn,
          validUntil: dto.validUntil ?? null,
          recordedBy: staffUserId(actor.principal),
          withdrawnOn: null,
          withdrawnRecordedBy: null,
        }),
      );
      await this.audit.record(manager, actor, {
        ...this.accessEvent('create', participant, access),
        resourceType: 'participant_consent',
        resourceId: consent.id,
      });
      return participantMapper.consent(consent);
    });
  }

  async withdrawConsent(
    actor: Actor,
    id: string,
    consentId: string,
    withdrawnOn: string,
  ): Promise<ConsentDto> {
    const access = await this.requireEditAccess(actor, id);
    return this.dataSource.transaction(async (manager) => {
      const participant = await this.load(manager, actor.principal, id);
      const consent = await manager.findOne(ParticipantConsentEntity, {
        where: { id: consentId, participantId: id, municipalityId: actor.principal.municipalityId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!consent) throw new ParticipantNotFoundError();
      if (consent.withdrawnOn !== null) throw new ConsentAlreadyWithdrawnError();
      if (withdrawnOn < consent.givenOn) {
        throw new ValidationFailedError([
          {
            field: 'withdrawnOn',
            rule: 'withdrawnOn.afterGivenOn',
            message: 'must be on or after the day it was given',
          },
        ]);
      }
      consent.withdrawnOn = withdrawnOn;
      consent.withdrawnRecordedBy = staffUserId(actor.principal);
      await manager.save(consent);
      await this.audit.record(manager, actor, {
        ...this.accessEvent('update', participant, access),
        resourceType: 'participant_consent',
        resourceId: consent.id,
        details: { withdrawn: true },
      });
      return participantMapper.consent(consent);
    });
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** Checks the relation-based policy; a refusal is logged as denied and answered 404. */
  private async requireAccess(
    actor: Actor,
    id: string,
    action: 'view' | 'update',
  ): Promise<ParticipantAccess> {
    const access = await this.policy.participantAccess(actor.principal, id);
    if (!access) {
      await this.audit.recordAccess(actor, {
        action,
        outcome: 'denied',
        resourceType: 'participant',
        participantId: id,
        details: { reason: 'no_relation' },
      });
      throw new ParticipantNotFoundError();
    }
    return access;
  }

  /** Changing a record needs the case view through a unit where the caller is caseworker or coach. */
  private async requireEditAccess(actor: Actor, id: string): Promise<ParticipantAccess> {
    const access = await this.requireAccess(actor, id, 'update');
    const editingUnits = unitsWithRole(actor.principal, EDITING_ROLES);
    if (access.audience !== 'case' || editingUnits.length === 0) {
      await this.audit.recordAccess(actor, {
        action: 'update',
        outcome: 'denied',
        resourceType: 'participant',
        participantId: id,
        details: { reason: 'role' },
      });
      throw new ForbiddenError('Your role may read but not change this participant.');
    }
    return access;
  }

  private accessEvent(
    action: AuditEntry['action'],
    p: ParticipantEntity,
    access: ParticipantAccess,
  ): AuditEntry {
    return {
      action,
      resourceType: 'participant',
      resourceId: p.id,
      participantId: p.id,
      unitId: access.unitId,
      protectedPerson: p.protection !== 'none',
    };
  }

  private load(
    manager: EntityManager,
    principal: Principal,
    id: string,
    lock = false,
  ): Promise<ParticipantEntity> {
    return findTenantRow(
      manager,
      ParticipantEntity,
      principal.municipalityId,
      id,
      () => new ParticipantNotFoundError(),
      { forUpdate: lock },
    );
  }

  private identifiersOf(
    id: string,
    manager = this.dataSource.manager,
  ): Promise<ParticipantIdentifierEntity[]> {
    return manager.find(ParticipantIdentifierEntity, {
      where: { participantId: id },
      order: { validFrom: 'ASC' },
    });
  }

  private consentsOf(id: string, manager = this.dataSource.manager): Promise<ParticipantConsentEntity[]> {
    return manager.find(ParticipantConsentEntity, {
      where: { participantId: id },
      order: { givenOn: 'ASC' },
    });
  }

  private parseIdentity(input: string, field: string): IdentityNumber {
    const parsed = parseIdentityNumber(input, this.clock.today());
    if (!parsed.ok)
      throw new ValidationFailedError([{ field, rule: parsed.rule, message: `${field} ${parsed.message}` }]);
    return parsed.value;
  }

  private resolveBirthDate(identity: IdentityNumber | undefined, birthDate: string | undefined): string {
    if (identity) {
      if (birthDate !== undefined && birthDate !== identity.birthDate) {
        throw new ValidationFailedError([
          {
            field: 'birthDate',
            rule: 'birthDate.matchesIdentityNumber',
            message: `birthDate must match the identity number (${identity.birthDate}) or be left out`,
          },
        ]);
      }
      return identity.birthDate;
    }
    if (birthDate === undefined) {
      throw new ValidationFailedError([
        {
          field: 'birthDate',
          rule: 'birthDate.required',
          message: 'birthDate is required when there is no identity number',
        },
      ]);
    }
    if (birthDate > this.clock.today()) {
      throw new ValidationFailedError([
        { field: 'birthDate', rule: 'birthDate.past', message: 'birthDate is in the future' },
      ]);
    }
    return birthDate;
  }

  private checkSocialAssistance(value: { receives: boolean; since?: string | null } | undefined): void {
    if (value && !value.receives && value.since) {
      throw new ValidationFailedError([
        {
          field: 'socialAssistance.since',
          rule: 'socialAssistance.sinceNeedsReceives',
          message: 'since can only be given when receives is true',
        },
      ]);
    }
  }

  private registeringUnit(principal: Principal, requested: string | undefined): string {
    const units = unitsWithRole(principal, EDITING_ROLES);
    if (requested !== undefined) {
      if (!units.includes(requested)) {
        throw new ValidationFailedError([
          {
            field: 'unitId',
            rule: 'unitId.membership',
            message: 'unitId must be an IFO or AME unit you work in',
          },
        ]);
      }
      return requested;
    }
    if (units.length !== 1) {
      throw new ValidationFailedError([
        {
          field: 'unitId',
          rule: 'unitId.required',
          message: 'unitId is required: you work in several units',
        },
      ]);
    }
    return units[0];
  }

  private async refuseDuplicate(
    principal: Principal,
    value: string,
    exceptParticipant?: string,
  ): Promise<void> {
    const existing = await this.dataSource.getRepository(ParticipantIdentifierEntity).findOne({
      where: { municipalityId: principal.municipalityId, value },
    });
    if (!existing || existing.participantId === exceptParticipant) return;
    const access = await this.policy.participantAccess(principal, existing.participantId);
    throw new ParticipantAlreadyRegisteredError(
      access?.audience === 'case' ? existing.participantId : undefined,
    );
  }
}
