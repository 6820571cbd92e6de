import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ParticipantRelationsService } from '@steg/access';
import { isUniqueViolation } from '@steg/database';
import type { ImportedCase } from './import/domain/case-import-row.rules';
import { EnrolmentEntity, ReferralEntity, ReferralEventEntity } from './referral.entity';

/** Stands in for what the previous system did not record: why and for what the person was referred. */
export const IMPORTED_REFERRAL_TEXT = 'Imported from the previous system (no reason recorded there)';
/** The ground the history was disclosed on: it was already the municipality's own record. */
export const IMPORTED_LEGAL_GROUND = "The municipality's own case history, moved in from its previous system";

/** One case of an import file, resolved against Steg: the person, the unit, the coach. */
export interface ImportedCaseRecord {
  municipalityId: string;
  participantId: string;
  unitId: string;
  coachId: string;
  /** The staff user recorded as creating the records (the importer, or the coach for an API key). */
  createdBy: string;
  importKey: string;
  case: Pick<ImportedCase, 'source' | 'receivedOn' | 'acceptedOn' | 'enrolmentStart' | 'exit'>;
  now: Date;
}

/** A second open enrolment of the person at the unit (uq_enrolments_open_per_unit). */
export class ImportedCaseConflict extends Error {}

/**
 * The referrals context's side of a case-history import (steg import cases), in the importer's
 * transaction: a case is an accepted referral and its enrolment, both marked imported, with the old
 * system's days; the unit's 'enrolment' relation runs from the start and ends at the exit, so the
 * policy's 90-day grace applies to old cases as to new ones.
 */
@Injectable()
export class ReferralImports {
  constructor(private readonly relations: ParticipantRelationsService) {}

  /** What finds a case again on a second run: the case number, or the day the referral came in. */
  static keyOf(c: Pick<ImportedCase, 'externalRef' | 'receivedOn'>): string {
    return c.externalRef !== null ? `ref:${c.externalRef}` : `received:${c.receivedOn}`;
  }

  /** The imported cases already in Steg among these, as `participantId|unitId|importKey`. */
  async existing(
    manager: EntityManager,
    municipalityId: string,
    participantIds: readonly string[],
  ): Promise<Set<string>> {
    if (participantIds.length === 0) return new Set();
    const rows = await manager
      .createQueryBuilder(ReferralEntity, 'r')
      .select([
        'r.participant_id AS participant_id',
        'r.receiving_unit_id AS unit_id',
        'r.import_key AS import_key',
      ])
      .where('r.municipality_id = :municipalityId', { municipalityId })
      .andWhere('r.participant_id = ANY(:ids::uuid[])', { ids: [...new Set(participantIds)] })
      .andWhere('r.import_key IS NOT NULL')
      .getRawMany<{ participant_id: string; unit_id: string; import_key: string }>();
    return new Set(rows.map((r) => `${r.participant_id}|${r.unit_id}|${r.import_key}`));
  }

  /**
   * Writes one case in the caller's transaction (the caller holds a savepoint around the row, so a
   * refused case leaves a partial import going). Throws ImportedCaseConflict for a second open
   * enrolment of the person at the unit.
   */
  async record(
    manager: EntityManager,
    input: ImportedCaseRecord,
  ): Promise<{ referralId: string; enrolmentId: string }> {
    try {
      return await this.write(manager, input);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_enrolments_open_per_unit')) throw new ImportedCaseConflict();
      throw error;
    }
  }

  private async write(
    manager: EntityManager,
    input: ImportedCaseRecord,
  ): Promise<{ referralId: string; enrolmentId: string }> {
    const c = input.case;
    const referral = await manager.save(
      manager.create(ReferralEntity, {
        municipalityId: input.municipalityId,
        participantId: input.participantId,
        source: c.source,
        reason: IMPORTED_REFERRAL_TEXT,
        requestedSupport: IMPORTED_REFERRAL_TEXT,
        sharingBasis: 'legal_ground',
        consentId: null,
        legalGround: IMPORTED_LEGAL_GROUND,
        referringUnitId: input.unitId,
        referringUserId: input.coachId,
        receivingUnitId: input.unitId,
        desiredStart: null,
        status: 'accepted',
        sentAt: middayOf(c.receivedOn),
        // The old system's decision day, when it had one; none is made up from the enrolment start.
        decidedAt: c.acceptedOn === null ? null : middayOf(c.acceptedOn),
        returnReason: null,
        reEntry: false,
        previousEnrolmentId: null,
        importedAt: input.now,
        importKey: input.importKey,
      }),
    );
    await manager.insert(ReferralEventEntity, {
      municipalityId: input.municipalityId,
      referralId: referral.id,
      action: 'import',
      fromStatus: null,
      toStatus: 'accepted',
      occurredAt: input.now,
      userId: input.createdBy,
      reason: null,
    });
    const enrolment = await manager.save(
      manager.create(EnrolmentEntity, {
        municipalityId: input.municipalityId,
        participantId: input.participantId,
        ameUnitId: input.unitId,
        referralId: referral.id,
        startDate: c.enrolmentStart,
        responsibleCoachId: input.coachId,
        ifoCaseworkerId: null,
        timeWithoutWork: 'unknown',
        exitDate: c.exit?.date ?? null,
        exitDestination: c.exit?.destination ?? null,
        outcomeCategory: c.exit?.outcome ?? null,
        exitedBy: c.exit === null ? null : input.createdBy,
        importedAt: input.now,
        createdBy: input.createdBy,
      }),
    );
    await this.relations.open(manager, {
      municipalityId: input.municipalityId,
      participantId: input.participantId,
      kind: 'enrolment',
      unitId: input.unitId,
      sourceId: enrolment.id,
      startedOn: c.enrolmentStart,
    });
    if (c.exit !== null) {
      await this.relations.close(manager, { kind: 'enrolment', sourceId: enrolment.id }, c.exit.date);
    }
    return { referralId: referral.id, enrolmentId: enrolment.id };
  }
}

/** A day as an instant that is that day in Europe/Stockholm whatever the season (12:00 UTC). */
function middayOf(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}
