import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AuditService } from '@steg/audit';
import { findTenantRow } from '@steg/database';
import { type Actor, staffUserId } from '@steg/http';
import { Clock, StaleVersionError, ValidationFailedError } from '@steg/kernel';
import {
  fundingPeriodProblems,
  type FundingPeriodInput,
  outsideInstanceProblem,
  overlappingPeriod,
  percentOf,
} from './domain/funding.rules';
import {
  FundingPeriodCorrectionDto,
  FundingPeriodDto,
  FundingPeriodInputDto,
  FundingPeriodListDto,
  FundingPeriodWithdrawalDto,
  FundingQuery,
} from './dto/funding.dto';
import { InterventionFundingPeriodEntity, InterventionFundingShareEntity } from './funding.entity';
import { InterventionInstanceEntity } from './intervention.entity';
import {
  FundingPeriodNotFoundError,
  FundingPeriodOverlapError,
  FundingPeriodSupersededError,
  InterventionInstanceNotFoundError,
  InterventionRuleError,
} from './interventions.errors';

const RESOURCE = 'intervention_funding_period';

/**
 * Funding (finansiering) of intervention instances: periods from–to, each with its funders' shares
 * summing to 100 %, periods of one instance never overlapping. Organisation data, not a person's: no
 * case-data gate, but tenant-scoped, role-checked at the route, and audit-logged. Writes hold the
 * instance's row, so two writers of one instance's funding take turns and the overlap check holds.
 */
/**
 * Funding (finansiering) of intervention instances: periods from–to, each with its funders' shares
 * summing to 100 %, the current periods of one instance never overlapping. Organisation data, not a
 * person's: no case-data gate, but tenant-scoped on every query, role-checked at the route, and
 * audit-logged. Funding decides per-funder reports, so nothing is overwritten: a correction adds a
 * period that supersedes the old one, a withdrawal marks it superseded with none, each with who,
 * when and why. Writes hold the instance's row, so two writers of one instance's funding take
 * turns and the overlap check holds.
 */
@Injectable()
export class FundingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async list(actor: Actor, instanceId: string, query: FundingQuery): Promise<FundingPeriodListDto> {
    const manager = this.dataSource.manager;
    const instance = await this.instance(manager, actor, instanceId);
    const periods = await this.periods(manager, instance, query.history === true);
    const on = query.on;
    const chosen =
      on === undefined
        ? periods
        : periods.filter((p) => p.validFrom <= on && (p.validTo === null || p.validTo >= on));
    return { items: await this.toDtos(manager, instance, chosen), nextCursor: null };
  }

  create(actor: Actor, instanceId: string, dto: FundingPeriodInputDto): Promise<FundingPeriodDto> {
    const input = inputOf(dto);
    this.check(input);
    return this.dataSource.transaction(async (manager) => {
      const instance = await this.instance(manager, actor, instanceId, true);
      await this.checkAgainstInstance(manager, instance, input, null);
      const period = await this.insertPeriod(manager, actor, instance, dto, null);
      await this.record(manager, actor, 'create', instance, period, { periodId: period.id });
      const [result] = await this.toDtos(manager, instance, [period]);
      return result;
    });
  }

  /**
   * Corrects a period: a new period with the dates and shares sent supersedes it; the old period
   * and its shares are kept, marked superseded with who and when, the reason on the new one.
   */
  correct(
    actor: Actor,
    instanceId: string,
    periodId: string,
    expectedVersion: number,
    dto: FundingPeriodCorrectionDto,
  ): Promise<FundingPeriodDto> {
    const input = inputOf(dto);
    return this.dataSource.transaction(async (manager) => {
      const instance = await this.instance(manager, actor, instanceId, true);
      const old = await this.currentPeriod(manager, instance, periodId, expectedVersion);
      this.check(input);
      await this.checkAgainstInstance(manager, instance, input, old.id);
      // The old period stops being current first, so the exclusion constraint compares the new one
      // with the others only.
      await this.supersede(manager, actor, old, null);
      const period = await this.insertPeriod(manager, actor, instance, dto, {
        supersedesId: old.id,
        reason: dto.reason,
      });
      await this.record(manager, actor, 'update', instance, old, {
        periodId: period.id,
        supersededPeriodId: old.id,
        reason: dto.reason,
      });
      const [result] = await this.toDtos(manager, instance, [period]);
      return result;
    });
  }

  /** Withdraws a period (återkallar): marked superseded with who, when and why, with none in its place. */
  withdraw(
    actor: Actor,
    instanceId: string,
    periodId: string,
    expectedVersion: number,
    dto: FundingPeriodWithdrawalDto,
  ): Promise<FundingPeriodDto> {
    return this.dataSource.transaction(async (manager) => {
      const instance = await this.instance(manager, actor, instanceId, true);
      const old = await this.currentPeriod(manager, instance, periodId, expectedVersion);
      const withdrawn = await this.supersede(manager, actor, old, dto.reason);
      await this.record(manager, actor, 'update', instance, withdrawn, {
        periodId: withdrawn.id,
        withdrawn: true,
        reason: dto.reason,
      });
      const [result] = await this.toDtos(manager, instance, [withdrawn]);
      return result;
    });
  }

  private check(input: FundingPeriodInput): void {
    const problems = fundingPeriodProblems(input);
    if (problems.length > 0) throw new ValidationFailedError(problems);
  }

  private async checkAgainstInstance(
    manager: EntityManager,
    instance: InterventionInstanceEntity,
    input: FundingPeriodInput,
    exceptId: string | null,
  ): Promise<void> {
    const outside = outsideInstanceProblem(input, instance);
    if (outside !== null) {
      throw new InterventionRuleError(
        'FUNDING_OUTSIDE_INSTANCE_PERIOD',
        outside.field,
        outside.rule,
        outside.message,
      );
    }
    const other = overlappingPeriod(await this.periods(manager, instance, false), input, exceptId);
    if (other !== null) throw new FundingPeriodOverlapError(other);
  }

  private async insertPeriod(
    manager: EntityManager,
    actor: Actor,
    instance: InterventionInstanceEntity,
    dto: FundingPeriodInputDto,
    correction: { supersedesId: string; reason: string } | null,
  ): Promise<InterventionFundingPeriodEntity> {
    const period = await manager.save(
      manager.create(InterventionFundingPeriodEntity, {
        municipalityId: instance.municipalityId,
        instanceId: instance.id,
        validFrom: dto.validFrom,
        validTo: dto.validTo ?? null,
        recordedBy: staffUserId(actor.principal),
        supersedesId: correction?.supersedesId ?? null,
        correctionReason: correction?.reason ?? null,
        supersededAt: null,
        supersededBy: null,
        withdrawalReason: null,
      }),
    );
    await manager.insert(
      InterventionFundingShareEntity,
      dto.shares.map((s, position) => ({
        municipalityId: period.municipalityId,
        periodId: period.id,
        instanceId: period.instanceId,
        funderType: s.funderType,
        funderName: s.funderName ?? null,
        reference: s.reference ?? null,
        basisPoints: s.basisPoints,
        position,
      })),
    );
    return period;
  }

  /** Marks a period superseded (by a correction, or withdrawn with the reason); nothing else of it changes. */
  private supersede(
    manager: EntityManager,
    actor: Actor,
    period: InterventionFundingPeriodEntity,
    withdrawalReason: string | null,
  ): Promise<InterventionFundingPeriodEntity> {
    period.supersededAt = this.clock.now();
    period.supersededBy = staffUserId(actor.principal);
    period.withdrawalReason = withdrawalReason;
    return manager.save(period);
  }

  /** The event is about the period the route names; its details name the periods and the reason. */
  private record(
    manager: EntityManager,
    actor: Actor,
    action: 'create' | 'update',
    instance: InterventionInstanceEntity,
    period: InterventionFundingPeriodEntity,
    details: Record<string, string | boolean>,
  ): Promise<void> {
    return this.audit.record(manager, actor, {
      action,
      resourceType: RESOURCE,
      resourceId: period.id,
      unitId: instance.responsibleUnitId,
      details: { instanceId: instance.id, ...details },
    });
  }

  private instance(manager: EntityManager, actor: Actor, id: string, forUpdate = false) {
    return findTenantRow(
      manager,
      InterventionInstanceEntity,
      actor.principal.municipalityId,
      id,
      () => new InterventionInstanceNotFoundError(),
      { forUpdate },
    );
  }

  /** A current period of the instance at the version the client saw: 404, 412 or 409 otherwise. */
  private async currentPeriod(
    manager: EntityManager,
    instance: InterventionInstanceEntity,
    periodId: string,
    expectedVersion: number,
  ): Promise<InterventionFundingPeriodEntity> {
    const period = await manager.findOne(InterventionFundingPeriodEntity, {
      where: { id: periodId, municipalityId: instance.municipalityId, instanceId: instance.id },
    });
    if (period === null) throw new FundingPeriodNotFoundError();
    if (period.version !== expectedVersion) throw new StaleVersionError({ currentVersion: period.version });
    if (period.supersededAt !== null) throw new FundingPeriodSupersededError();
    return period;
  }

  /** The instance's periods, the current ones only unless `history`: earliest first. */
  private periods(
    manager: EntityManager,
    instance: InterventionInstanceEntity,
    history: boolean,
  ): Promise<InterventionFundingPeriodEntity[]> {
    return manager.find(InterventionFundingPeriodEntity, {
      where: {
        municipalityId: instance.municipalityId,
        instanceId: instance.id,
        ...(history ? {} : { supersededAt: IsNull() }),
      },
      order: { validFrom: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
  }

  private async toDtos(
    manager: EntityManager,
    instance: InterventionInstanceEntity,
    periods: readonly InterventionFundingPeriodEntity[],
  ): Promise<FundingPeriodDto[]> {
    if (periods.length === 0) return [];
    const ids = periods.map((p) => p.id);
    const shares = await manager.find(InterventionFundingShareEntity, {
      where: { municipalityId: instance.municipalityId, periodId: In(ids) },
      order: { position: 'ASC' },
    });
    const successors = await manager.find(InterventionFundingPeriodEntity, {
      select: { id: true, supersedesId: true },
      where: { municipalityId: instance.municipalityId, supersedesId: In(ids) },
    });
    return periods.map((p) => {
      const successor = successors.find((s) => s.supersedesId === p.id)?.id ?? null;
      return {
        id: p.id,
        instanceId: p.instanceId,
        validFrom: p.validFrom,
        validTo: p.validTo,
        shares: shares
          .filter((s) => s.periodId === p.id)
          .map((s) => ({
            id: s.id,
            funderType: s.funderType,
            funderName: s.funderName,
            reference: s.reference,
            basisPoints: s.basisPoints,
            percent: percentOf(s.basisPoints),
          })),
        state: p.supersededAt === null ? 'current' : successor === null ? 'withdrawn' : 'corrected',
        recordedBy: p.recordedBy,
        recordedAt: p.createdAt.toISOString(),
        supersedesId: p.supersedesId,
        correctionReason: p.correctionReason,
        supersededAt: p.supersededAt?.toISOString() ?? null,
        supersededBy: p.supersededBy,
        supersededById: successor,
        withdrawalReason: p.withdrawalReason,
        version: p.version,
        updatedAt: p.updatedAt.toISOString(),
      };
    });
  }
}

function inputOf(dto: FundingPeriodInputDto): FundingPeriodInput {
  return {
    validFrom: dto.validFrom,
    validTo: dto.validTo ?? null,
    shares: dto.shares.map((s) => ({
      funderType: s.funderType,
      funderName: s.funderName ?? null,
      basisPoints: s.basisPoints,
    })),
  };
}

/** Current funding periods no longer within the instance's dates (InterventionInstancesService checks it). */
export async function fundingPeriodsOutside(
  manager: EntityManager,
  instance: { id: string; municipalityId: string; startsOn: string; endsOn: string | null },
): Promise<InterventionFundingPeriodEntity[]> {
  const periods = await manager.find(InterventionFundingPeriodEntity, {
    where: { municipalityId: instance.municipalityId, instanceId: instance.id, supersededAt: IsNull() },
    order: { validFrom: 'ASC' },
  });
  return periods.filter((p) => outsideInstanceProblem(p, instance) !== null);
}
