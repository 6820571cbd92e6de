import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EnrolmentEntity } from '@steg/referrals';
import { FirstInterventionStarts } from './first-intervention-start.port';

/**
 * TEMPORARY: today's behaviour behind the port, until the referrals context offers it.
 * TODO(issue 13): replace with an adapter that calls referrals' EnrolmentsService public method for
 * the first intervention start (being added by the referrals migration), provided for
 * FirstInterventionStarts in InterventionsModule, and delete this file: interventions must not write
 * the enrolments table. (Referrals cannot implement the port itself: interventions depends on it.)
 */
@Injectable()
export class EnrolmentTableFirstInterventionStarts extends FirstInterventionStarts {
  async record(
    manager: EntityManager,
    municipalityId: string,
    enrolmentId: string,
    day: string,
  ): Promise<boolean> {
    const enrolment = await manager.findOne(EnrolmentEntity, { where: { id: enrolmentId, municipalityId } });
    if (enrolment === null) return false;
    if (enrolment.firstInterventionStart !== null && enrolment.firstInterventionStart <= day) return false;
    enrolment.firstInterventionStart = day;
    await manager.save(enrolment);
    return true;
  }
}
