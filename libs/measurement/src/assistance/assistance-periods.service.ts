import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, IsNull, Not } from 'typeorm';
import { CASE_ACCESS } from '@steg/access';
import { CasePerson, CaseTarget, CaseWork, tenantRecord } from '@steg/case-work';
import { type Actor, staffUserId } from '@steg/http';
import { Clock, ValidationFailedError } from '@steg/kernel';
import { ParticipantNotFoundError } from '@steg/participants';
import {
  AlreadySupersededError,
  AssistancePeriodNotFoundError,
  AssistancePeriodOverlapError,
  isExclusionViolation,
} from '../measurement.errors';
import { AssistancePeriodEntity } from './assistance-period.entity';
import { assistancePeriodDto } from './assistance-period.mapper';
import { type AssistancePeriodDates, assistancePeriodProblems } from './domain/assistance-period.rules';
import type {
  AssistancePeriodDto,
  AssistancePeriodListDto,
  CorrectAssistancePeriodDto,
  RecordAssistancePeriodDto,
} from './dto/assistance-period.dto';

const NO_OVERLAP = 'xc_assistance_periods_no_overlap';

/**
 * Periods of försörjningsstöd per person (from, to, household role), recorded by IFO and read by
 * AME: the basis for "returned to assistance within 12 months". A correction supersedes a period
 * (who, when, why); current periods of one person never share a day. Every read and write goes
 * through the case-data gate.
 */
@Injectable()
export class AssistancePeriodsService {
  constructor(
    private readonly caseWork: CaseWork,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  record(actor: Actor, participantId: string, dto: RecordAssistancePeriodDto): Promise<AssistancePeriodDto> {
    const period = { fromDate: dto.fromDate, toDate: dto.toDate ?? null };
    this.checkOwn(period);
    const target: CaseTarget<CasePerson> = {
      resourceType: 'assistance_period',
      action: 'create',
      roles: CASE_ACCESS.assistancePeriods.record,
      participantId,
      resourceId: null,
      notFound: () => new ParticipantNotFoundError(),
    };
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const municipalityId = actor.principal.municipalityId;
      await this.checkOverlap(manager, municipalityId, participantId, period, null);
      const saved = await this.insert(manager, {
        municipalityId,
        participantId,
        ...period,
        householdRole: dto.householdRole,
        origin: 'recorded',
        supersedesId: null,
        correctionReason: null,
        recordedBy: staffUserId(actor.principal),
        recordedAt: this.clock.now(),
        supersededAt: null,
        supersededBy: null,
      });
      reach.note({ resourceId: saved.id });
      return assistancePeriodDto(saved);
    });
  }

  /** Supersedes the period with a corrected one (If-Match on the period's version). */
  correct(
    actor: Actor,
    id: string,
    expectedVersion: number,
    dto: CorrectAssistancePeriodDto,
  ): Promise<AssistancePeriodDto> {
    const period = { fromDate: dto.fromDate, toDate: dto.toDate ?? null };
    this.checkOwn(period);
    const target: CaseTarget<AssistancePeriodEntity> = {
      resourceType: 'assistance_period',
      action: 'update',
      roles: CASE_ACCESS.assistancePeriods.record,
      load: tenantRecord(AssistancePeriodEntity, id),
      participantId: (p) => p.participantId,
      resourceId: id,
      expectedVersion,
      notFound: () => new AssistancePeriodNotFoundError(),
    };
    return this.caseWork.write(actor, target, async (manager, reach) => {
      const old = reach.record;
      if (old.supersededAt !== null) throw new AlreadySupersededError('ASSISTANCE_PERIOD');
      await this.checkOverlap(manager, old.municipalityId, old.participantId, period, old.id);
      const userId = staffUserId(actor.principal);
      const now = this.clock.now();
      // The old period stops being current first, so the exclusion constraint compares the new one
      // with the others only.
      old.supersededAt = now;
      old.supersededBy = userId;
      await manager.save(old);
      const saved = await this.insert(manager, {
        municipalityId: old.municipalityId,
        participantId: old.participantId,
        ...period,
        householdRole: dto.householdRole,
        origin: old.origin,
        supersedesId: old.id,
        correctionReason: dto.reason,
        recordedBy: userId,
        recordedAt: now,
        supersededAt: null,
        supersededBy: null,
      });
      reach.note({ details: { correctionId: saved.id } });
      return assistancePeriodDto(saved);
    });
  }

  /** Every period of the person, corrections included, the latest start first. */
  list(actor: Actor, participantId: string): Promise<AssistancePeriodListDto> {
    const target: CaseTarget<CasePerson> = {
      resourceType: 'assistance_period',
      action: 'view',
      roles: CASE_ACCESS.assistancePeriods.read,
      participantId,
      resourceId: null,
      notFound: () => new ParticipantNotFoundError(),
    };
    return this.caseWork.read(actor, target, async (manager, reach) => {
      const rows = await manager.find(AssistancePeriodEntity, {
        where: { municipalityId: actor.principal.municipalityId, participantId },
        // The latest start first; of one start, the current record before those it superseded.
        order: {
          fromDate: 'DESC',
          supersededAt: { direction: 'DESC', nulls: 'FIRST' },
          recordedAt: 'DESC',
          id: 'ASC',
        },
      });
      reach.note({ details: { resultCount: rows.length } });
      return { items: rows.map(assistancePeriodDto) };
    });
  }

  private checkOwn(period: AssistancePeriodDates): void {
    const problems = assistancePeriodProblems(period, [], this.clock.today());
    if (problems.length > 0) throw new ValidationFailedError(problems);
  }

  /** The person's other current periods, held while the new one is written; an overlap is 422. */
  private async checkOverlap(
    manager: EntityManager,
    municipalityId: string,
    participantId: string,
    period: AssistancePeriodDates,
    except: string | null,
  ): Promise<void> {
    const others = await manager.find(AssistancePeriodEntity, {
      where: {
        municipalityId,
        participantId,
        supersededAt: IsNull(),
        ...(except === null ? {} : { id: Not(except) }),
      },
      lock: { mode: 'pessimistic_write' },
    });
    const problems = assistancePeriodProblems(period, others, this.clock.today());
    if (problems.length > 0) throw new AssistancePeriodOverlapError(problems);
  }

  private async insert(
    manager: EntityManager,
    values: Omit<AssistancePeriodEntity, 'id' | 'version' | 'supersedes'>,
  ): Promise<AssistancePeriodEntity> {
    try {
      return await manager.save(manager.create(AssistancePeriodEntity, values));
    } catch (error) {
      // Two overlapping periods written at the same moment: the constraint refuses the second.
      if (isExclusionViolation(error, NO_OVERLAP)) {
        throw new AssistancePeriodOverlapError([
          {
            field: 'fromDate',
            rule: 'period.noOverlap',
            message: 'overlaps another period of the same person',
          },
        ]);
      }
      throw error;
    }
  }
}
