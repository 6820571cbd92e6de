import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '@steg/kernel';

/** Something still open under an enrolment that must be ended before the person exits. */
export interface OpenItem {
  kind: string;
  id: string;
  description: string;
}

/** A check of what is open under an enrolment of the municipality (every query filters by it). */
export type EnrolmentExitCheck = (
  manager: EntityManager,
  enrolmentId: string,
  municipalityId: string,
) => Promise<OpenItem[]>;

/**
 * The extension point through which later contexts (plans, placements) say what is still open
 * under an enrolment. Referrals cannot import those contexts (they build on it), so they register
 * their check here when their module starts.
 */
@Injectable()
export class EnrolmentExitChecks {
  private readonly checks = new Map<string, EnrolmentExitCheck>();

  register(name: string, check: EnrolmentExitCheck): void {
    this.checks.set(name, check);
  }

  async openItems(manager: EntityManager, enrolmentId: string, municipalityId: string): Promise<OpenItem[]> {
    // One check after another: `manager` is the exit's transaction, whose connection runs one query at a time.
    const found: OpenItem[] = [];
    for (const check of this.checks.values())
      found.push(...(await check(manager, enrolmentId, municipalityId)));
    return found;
  }
}

/** Exit is refused while plans or placements are open: end them first (who ends what is a decision). */
export class EnrolmentHasOpenItemsError extends DomainError {
  constructor(openItems: OpenItem[]) {
    super(
      'ENROLMENT_HAS_OPEN_ITEMS',
      'conflict',
      `End what is still open before the exit: ${openItems.map((i) => i.description).join('; ')}.`,
      { openItems: openItems.map((i) => ({ kind: i.kind, id: i.id, description: i.description })) },
    );
  }
}
