import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { formatIdentityNumber } from '@steg/kernel';
import type { TimeWithoutWork } from './domain/participant.types';
import {
  ParticipantConsentEntity,
  ParticipantEntity,
  ParticipantIdentifierEntity,
} from './participant.entity';

/** What another context needs to know of a consent: when it was given, until when, and if withdrawn. */
export interface ConsentFacts {
  readonly id: string;
  readonly participantId: string;
  readonly givenOn: string;
  readonly validUntil: string | null;
  readonly withdrawnOn: string | null;
}

/**
 * The register as other contexts read it, in their transaction: plain facts, so no other context
 * names the participants' tables or entities (names and protection come from CasePersons).
 */
@Injectable()
export class ParticipantFactsReader {
  /** The person's time without work as registered (the enrolment's default); the person must exist. */
  async timeWithoutWork(
    manager: EntityManager,
    municipalityId: string,
    participantId: string,
  ): Promise<TimeWithoutWork> {
    const person = await manager.findOneOrFail(ParticipantEntity, {
      select: { id: true, timeWithoutWork: true },
      where: { id: participantId, municipalityId },
    });
    return person.timeWithoutWork;
  }

  /** A consent of this person in the municipality, or null when there is none. */
  async consent(
    manager: EntityManager,
    municipalityId: string,
    participantId: string,
    consentId: string,
  ): Promise<ConsentFacts | null> {
    const consent = await manager.findOne(ParticipantConsentEntity, {
      where: { id: consentId, participantId, municipalityId },
    });
    if (consent === null) return null;
    return {
      id: consent.id,
      participantId: consent.participantId,
      givenOn: consent.givenOn,
      validUntil: consent.validUntil,
      withdrawnOn: consent.withdrawnOn,
    };
  }

  /**
   * The person's current identity number (personnummer or samordningsnummer) as displayed,
   * YYYYMMDD-NNNK, or null when none is registered. The caller decides whether its reader may see it.
   */
  async identityNumber(
    manager: EntityManager,
    municipalityId: string,
    participantId: string,
  ): Promise<string | null> {
    const current = await manager.findOne(ParticipantIdentifierEntity, {
      select: { id: true, value: true },
      where: { participantId, municipalityId, replacedAt: IsNull() },
    });
    return current === null ? null : formatIdentityNumber(current.value);
  }
}
