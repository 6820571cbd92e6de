import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CasePerson, CasePersons } from '@steg/case-work';
import { preparedQuery } from '@steg/database';
import { ParticipantEntity } from './participant.entity';

/** The participants' register as the case-data gate reads it: name and protection, nothing more. */
@Injectable()
export class ParticipantCasePersons extends CasePersons {
  find(manager: EntityManager, municipalityId: string, participantId: string): Promise<CasePerson | null> {
    return manager.findOne(ParticipantEntity, {
      select: { id: true, firstName: true, lastName: true, protection: true },
      where: { id: participantId, municipalityId },
    });
  }

  /** Plain SQL, prepared: read on every work team's day, where TypeORM's find costs more than the query. */
  findMany(
    manager: EntityManager,
    municipalityId: string,
    participantIds: readonly string[],
  ): Promise<CasePerson[]> {
    return preparedQuery<CasePerson>(
      manager,
      `SELECT id, first_name AS "firstName", last_name AS "lastName", protection
         FROM participants WHERE municipality_id = $1 AND id = ANY($2::uuid[])`,
      [municipalityId, participantIds],
    );
  }
}
