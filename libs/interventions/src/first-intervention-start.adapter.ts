import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EnrolmentsService } from '@steg/referrals';
import { FirstInterventionStarts } from './first-intervention-start.port';

/**
 * The port answered by the referrals context, which owns enrolments: placements never write the
 * enrolments table. (Referrals cannot provide the port itself: interventions depends on referrals.)
 */
@Injectable()
export class ReferralsFirstInterventionStarts extends FirstInterventionStarts {
  constructor(private readonly enrolments: EnrolmentsService) {
    super();
  }

  record(manager: EntityManager, municipalityId: string, enrolmentId: string, day: string): Promise<boolean> {
    return this.enrolments.recordFirstInterventionStart(manager, municipalityId, enrolmentId, day);
  }
}
