import type { EntityManager } from 'typeorm';
import type { ProtectionLevel } from '@steg/access';

/** What the gate needs to know of a person: who they are and how they are protected. */
export interface CasePerson {
  id: string;
  firstName: string;
  lastName: string;
  protection: ProtectionLevel;
}

/**
 * The participants' register as the gate sees it. The gate sits below the case contexts, so it
 * cannot import the participants context; the participants context provides this (dependency
 * inversion), and the gate is the only caller.
 */
export abstract class CasePersons {
  /** The person in the municipality, or null when there is none (another municipality's included). */
  abstract find(
    manager: EntityManager,
    municipalityId: string,
    participantId: string,
  ): Promise<CasePerson | null>;

  /** The persons of these ids in the municipality, in one query (the ones not found are left out). */
  abstract findMany(
    manager: EntityManager,
    municipalityId: string,
    participantIds: readonly string[],
  ): Promise<CasePerson[]>;
}
