import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DevelopmentPlanEntity } from './plan.entity';

/** What other contexts need to know of a development plan: whose it is and whether it is active. */
export interface PlanFacts {
  readonly id: string;
  readonly participantId: string;
  readonly enrolmentId: string;
  readonly status: 'active' | 'ended';
}

/**
 * Development plans as other contexts see them (a SIP links to the participant's plan): plain facts
 * read in the caller's transaction, so no other context names the plans' tables.
 */
@Injectable()
export class PlanFactsReader {
  /** The plan in the municipality, or null when there is none. */
  async find(manager: EntityManager, municipalityId: string, planId: string): Promise<PlanFacts | null> {
    const plan = await manager.findOne(DevelopmentPlanEntity, {
      select: { id: true, participantId: true, enrolmentId: true, status: true },
      where: { id: planId, municipalityId },
    });
    return (
      plan && {
        id: plan.id,
        participantId: plan.participantId,
        enrolmentId: plan.enrolmentId,
        status: plan.status,
      }
    );
  }
}
