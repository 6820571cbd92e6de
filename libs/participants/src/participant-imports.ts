import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { IdentityKind } from '@steg/kernel';
import type { Protection } from './domain/participant.types';
import { ParticipantEntity, ParticipantIdentifierEntity } from './participant.entity';

/** A person of an import file (flytt från ett tidigare system), with an identity number already parsed. */
export interface ImportedPerson {
  municipalityId: string;
  identityKind: IdentityKind;
  /** 12 digits, as the register stores it. */
  identityNumber: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  /** The unit the person is registered by when new (the receiving unit of their first case). */
  unitId: string;
  /** The staff user recorded as creating the person. */
  userId: string;
  now: Date;
}

export interface ImportedPersonResult {
  participantId: string;
  protection: Protection;
  /** True when the import registered the person; false when the register already had them. */
  created: boolean;
}

/**
 * The register's side of a case-history import, in the importer's transaction (the gate's): finds a
 * person by their current identity number in the municipality, or registers them. A person the
 * register already has keeps their record as it is — the old system's names never overwrite what
 * Steg holds.
 */
@Injectable()
export class ParticipantImports {
  /** The people of the municipality with these identity numbers (current or earlier), by number. */
  async findMany(
    manager: EntityManager,
    municipalityId: string,
    identityNumbers: readonly string[],
  ): Promise<Map<string, { participantId: string; protection: Protection }>> {
    if (identityNumbers.length === 0) return new Map();
    const rows = await manager
      .createQueryBuilder(ParticipantIdentifierEntity, 'i')
      .innerJoin(ParticipantEntity, 'p', 'p.id = i.participant_id AND p.municipality_id = i.municipality_id')
      .select(['i.value AS value', 'p.id AS participant_id', 'p.protection AS protection'])
      .where('i.municipality_id = :municipalityId', { municipalityId })
      .andWhere('i.value IN (:...values)', { values: [...new Set(identityNumbers)] })
      .getRawMany<{ value: string; participant_id: string; protection: Protection }>();
    return new Map(rows.map((r) => [r.value, { participantId: r.participant_id, protection: r.protection }]));
  }

  /**
   * Registers a new person with their identity number. No 'registered' relation: an imported person
   * is reached through their imported enrolment's relation, which ends with the exit (and its 90
   * days), not through an open registration that would never end.
   */
  async register(manager: EntityManager, person: ImportedPerson): Promise<ImportedPersonResult> {
    const participant = await manager.save(
      manager.create(ParticipantEntity, {
        municipalityId: person.municipalityId,
        firstName: person.firstName,
        lastName: person.lastName,
        birthDate: person.birthDate,
        identityIncomplete: false,
        registeredByUnitId: person.unitId,
        createdBy: person.userId,
        updatedBy: person.userId,
      }),
    );
    await manager.insert(ParticipantIdentifierEntity, {
      municipalityId: person.municipalityId,
      participantId: participant.id,
      kind: person.identityKind,
      value: person.identityNumber,
      validFrom: person.now,
      replacedAt: null,
      reason: null,
      recordedBy: person.userId,
    });
    return { participantId: participant.id, protection: participant.protection, created: true };
  }
}
