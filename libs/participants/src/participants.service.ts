import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, IsNull } from 'typeorm';
import { isUniqueViolation, preparedFind } from '@steg/database';
import {
  AccessPolicyService,
  CASE_ACCESS,
  CASE_ROLES,
  identityVisible,
  mayUnmask,
  ParticipantRelationsService,
} from '@steg/access';
import type { AuditAction } from '@steg/audit';
import { CaseTarget, CaseWork, tenantRecord } from '@steg/case-work';
import { Actor, Principal, Role, staffUserId, unitsWithRole } from '@steg/http';
import {
  Clock,
  decodeCursor,
  DomainError,
  IdentityNumber,
  Page,
  parseIdentityNumber,
  toPage,
  ValidationFailedError,
} from '@steg/kernel';
import { changedFields } from './domain/participant.rules';
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
    private readonly caseWork: CaseWork,
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
      return await this.caseWork.create(actor, { resourceType: 'participant' }, async (manager, event) => {
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
        event.note({
          resourceId: participant.id,
          participantId: participant.id,
          unitId,
          protectedPerson: participant.protection !== 'none',
        });
        const visible = identityVisible(participant.protection, mayUnmask(principal));
        return participantMapper.full(participant, identifiers, [], visible);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_participant_identifiers_value')) {
        throw new ParticipantAlreadyRegisteredError(undefined);
      }
      throw error;
    }
  }

  /** The case view, or the supervisor's limited view while they supervise the person. */
  get(actor: Actor, id: string): Promise<ParticipantView> {
    const target = this.target(id, 'view', CASE_ACCESS.participants.read, { supervisorView: true });
    return this.caseWork.read(actor, target, async (manager, reach): Promise<ParticipantView> => {
      const participant = reach.record;
      if (reach.audience === 'supervisor') {
        return {
          audience: 'supervisor',
          participant: participantMapper.forSupervisor(participant, reach.identityVisible),
        };
      }
      // One after another: a pool manager's queries may share nothing, but the habit is one rule.
      const identifiers = await this.identifiersOf(id, manager);
      const consents = await this.consentsOf(id, manager);
      return {
        audience: 'case',
        participant: participantMapper.full(participant, identifiers, consents, reach.identityVisible),
      };
    });
  }

  search(actor: Actor, query: SearchParticipantsQuery): Promise<Page<ParticipantSummaryDto>> {
    const principal = actor.principal;
    const limit = query.limit ?? 50;
    const unmask = mayUnmask(principal);
    let by = 'caseload';
    if (query.identityNumber !== undefined) by = 'identityNumber';
    if (query.name !== undefined) by = by === 'caseload' ? 'name' : `${by}+name`;
    return this.caseWork.list(
      actor,
      { resourceType: 'participant', roles: CASE_ROLES, details: { by } },
      async (manager, scope) => {
        const visibility = scope.visibleParticipants('p.id');
        const qb = manager
          .getRepository(ParticipantEntity)
          .createQueryBuilder('p')
          .leftJoin(
            ParticipantIdentifierEntity,
            'cur',
            'cur.participant_id = p.id AND cur.replaced_at IS NULL',
          )
          .addSelect('cur.value', 'current_identifier')
          .where('p.municipality_id = :municipality', { municipality: principal.municipalityId })
          .andWhere(visibility.sql, visibility.params);
        if (query.identityNumber !== undefined) {
          const identity = this.parseIdentity(query.identityNumber, 'identityNumber');
          qb.andWhere(
            'EXISTS (SELECT 1 FROM participant_identifiers i WHERE i.participant_id = p.id AND i.value = :value)',
            { value: identity.value },
          );
        }
        if (query.name !== undefined) {
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
          if (!unmask) qb.andWhere(`p.protection = 'none'`);
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
        const rows = entities.map((entity, i) => ({
          entity,
          identifier: raw[i]?.current_identifier ?? null,
        }));
        const page = toPage(rows, limit, (r) => ({
          key: JSON.stringify([r.entity.lastName, r.entity.firstName]),
          id: r.entity.id,
        }));
        return {
          result: {
            items: page.items.map((r) =>
              participantMapper.summary(r.entity, r.identifier, scope.identityVisible(r.entity)),
            ),
            nextCursor: page.nextCursor,
          },
          seen: page.items.map((r) => ({
            participantId: r.entity.id,
            protectedPerson: r.entity.protection !== 'none',
          })),
          details: { resultCount: page.items.length },
        };
      },
    );
  }

  update(
    actor: Actor,
    id: string,
    expectedVersion: number,
    dto: UpdateParticipantDto,
  ): Promise<ParticipantDto> {
    const principal = actor.principal;
    this.checkSocialAssistance(dto.socialAssistance);
    const target = this.target(id, 'update', CASE_ACCESS.participants.edit, { expectedVersion });
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const participant = reach.record;
      const unmask = mayUnmask(principal);
      if (!reach.identityVisible && IDENTITY_FIELDS.some((f) => dto[f] !== undefined)) {
        throw new ProtectedIdentityError(
          'You may not change the identity details of a person with protected identity.',
        );
      }
      if (
        dto.protection !== undefined &&
        PROTECTION_RANK[dto.protection] < PROTECTION_RANK[participant.protection] &&
        !unmask
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
      reach.note({
        // Flagged when the person was or now is protected.
        protectedPerson: reach.protectedPerson || participant.protection !== 'none',
        details: { fields: fields.join(',') },
      });
      // In the transaction, one after another: its connection runs one query at a time.
      const identifiers = await this.identifiersOf(id, manager);
      const consents = await this.consentsOf(id, manager);
      return participantMapper.full(
        participant,
        identifiers,
        consents,
        identityVisible(participant.protection, unmask),
      );
    });
  }

  async replaceIdentifier(actor: Actor, id: string, dto: ReplaceIdentifierDto): Promise<ParticipantDto> {
    const principal = actor.principal;
    const identity = this.parseIdentity(dto.identityNumber, 'identityNumber');
    await this.refuseDuplicate(principal, identity.value, id);
    const now = this.clock.now();
    try {
      return await this.caseWork.write(
        actor,
        this.target(id, 'update', CASE_ACCESS.participants.edit),
        async (manager, reach) => {
          const participant = reach.record;
          if (!reach.identityVisible) {
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
          reach.note({ resourceType: 'participant_identifier', details: { kind: identity.kind } });
          // In the transaction, one after another: its connection runs one query at a time.
          const identifiers = await this.identifiersOf(id, manager);
          const consents = await this.consentsOf(id, manager);
          return participantMapper.full(participant, identifiers, consents, true);
        },
      );
    } catch (error) {
      if (isUniqueViolation(error, 'uq_participant_identifiers_value')) {
        throw new ParticipantAlreadyRegisteredError(undefined);
      }
      throw error;
    }
  }

  addConsent(actor: Actor, id: string, dto: CreateConsentDto): Promise<ConsentDto> {
    if (dto.validUntil !== undefined && dto.validUntil < dto.givenOn) {
      throw new ValidationFailedError([
        { field: 'validUntil', rule: 'validUntil.afterGivenOn', message: 'must be on or after givenOn' },
      ]);
    }
    const target = this.target(id, 'create', CASE_ACCESS.participants.edit);
    return this.caseWork.write(actor, target, async (manager, reach) => {
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
      reach.note({ resourceType: 'participant_consent', resourceId: consent.id });
      return participantMapper.consent(consent);
    });
  }

  withdrawConsent(actor: Actor, id: string, consentId: string, withdrawnOn: string): Promise<ConsentDto> {
    const target = this.target(id, 'update', CASE_ACCESS.participants.edit);
    return this.caseWork.write(actor, target, async (manager, reach) => {
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
      reach.note({
        resourceType: 'participant_consent',
        resourceId: consent.id,
        details: { withdrawn: true },
      });
      return participantMapper.consent(consent);
    });
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** The person's record as the gate's target: found in the caller's municipality, or 404. */
  private target(
    id: string,
    action: AuditAction,
    roles: readonly Role[],
    extra: Partial<CaseTarget<ParticipantEntity>> = {},
  ): CaseTarget<ParticipantEntity> {
    return {
      resourceType: 'participant',
      action,
      roles,
      load: tenantRecord(ParticipantEntity, id),
      participantId: id,
      resourceId: id,
      personOf: (p) => p,
      notFound: () => new ParticipantNotFoundError(),
      ...extra,
    };
  }

  private identifiersOf(
    id: string,
    manager = this.dataSource.manager,
  ): Promise<ParticipantIdentifierEntity[]> {
    return preparedFind(manager, ParticipantIdentifierEntity, {
      where: { participantId: id },
      order: { validFrom: 'ASC' },
    });
  }

  private consentsOf(id: string, manager = this.dataSource.manager): Promise<ParticipantConsentEntity[]> {
    return preparedFind(manager, ParticipantConsentEntity, {
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
    const units = unitsWithRole(principal, CASE_ACCESS.participants.edit);
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
