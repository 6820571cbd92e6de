import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CasePerson, CasePersons } from '@steg/case-work';
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
}
