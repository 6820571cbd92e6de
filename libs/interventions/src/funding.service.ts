import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '@steg/audit';
import { findTenantRow } from '@steg/database';
import { type Actor, staffUserId } from '@steg/http';
import { StaleVersionError, ValidationFailedError } from '@steg/kernel';
import {
  fundingPeriodProblems,
  type FundingPeriodInput,
  outsideInstanceProblem,
  overlappingPeriod,
  percentOf,
  periodOn,
} from './domain/funding.rules';
import {
  FundingPeriodDto,
  FundingPeriodInputDto,
  FundingPeriodListDto,
  FundingQuery,
} from './dto/funding.dto';
import { InterventionFundingPeriodEntity, InterventionFundingShareEntity } from './funding.entity';
import { InterventionInstanceEntity } from './intervention.entity';
import {
  FundingPeriodNotFoundError,
  FundingPeriodOverlapError,
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
@Injectable()
export class FundingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, instanceId: string, query: FundingQuery): Promise<FundingPeriodListDto> {
    const manager = this.dataSource.manager;
    await this.instance(manager, actor, instanceId);
    const periods = await this.periods(manager, instanceId);
    const chosen = query.on === undefined ? periods : [periodOn(periods, query.on)].flatMap((p) => p ?? []);
    return { items: await this.toDtos(manager, chosen), nextCursor: null };
  }

  create(actor: Actor, instanceId: string, dto: FundingPeriodInputDto): Promise<FundingPeriodDto> {
    const input = inputOf(dto);
    this.check(input);
    return this.dataSource.transaction(async (manager) => {
      const instance = await this.instance(manager, actor, instanceId, true);
      await this.checkAgainstInstance(manager, instance, input, null);
      const period = await manager.save(
        manager.create(InterventionFundingPeriodEntity, {
          municipalityId: instance.municipalityId,
          instanceId: instance.id,
          validFrom: input.validFrom,
          validTo: input.validTo,
          recordedBy: staffUserId(actor.principal),
        }),
      );
      await this.insertShares(manager, period, dto);
      await this.record(manager, actor, 'create', instance, period);
      const [result] = await this.toDtos(manager, [period]);
      return result;
    });
  }

  /** Replaces a period's dates and shares (the whole set, as sent). */
  replace(
    actor: Actor,
    instanceId: string,
    periodId: string,
    expectedVersion: number,
    dto: FundingPeriodInputDto,
  ): Promise<FundingPeriodDto> {
    const input = inputOf(dto);
    return this.dataSource.transaction(async (manager) => {
      const instance = await this.instance(manager, actor, instanceId, true);
      const period = await this.period(manager, instance, periodId);
      if (period.version !== expectedVersion) throw new StaleVersionError({ currentVersion: period.version });
      this.check(input);
      await this.checkAgainstInstance(manager, instance, input, period.id);
      await manager.delete(InterventionFundingShareEntity, { periodId: period.id });
      // An update through the query builder raises the version even when only the shares changed.
      await manager.update(
        InterventionFundingPeriodEntity,
        { id: period.id },
        { validFrom: input.validFrom, validTo: input.validTo, recordedBy: staffUserId(actor.principal) },
      );
      const saved = await manager.findOneByOrFail(InterventionFundingPeriodEntity, { id: period.id });
      await this.insertShares(manager, saved, dto);
      await this.record(manager, actor, 'update', instance, saved);
      const [result] = await this.toDtos(manager, [saved]);
      return result;
    });
  }

  remove(actor: Actor, instanceId: string, periodId: string, expectedVersion: number): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const instance = await this.instance(manager, actor, instanceId, true);
      const period = await this.period(manager, instance, periodId);
      if (period.version !== expectedVersion) throw new StaleVersionError({ currentVersion: period.version });
      await manager.delete(InterventionFundingPeriodEntity, { id: period.id });
      await this.record(manager, actor, 'delete', instance, period);
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
    const other = overlappingPeriod(await this.periods(manager, instance.id), input, exceptId);
    if (other !== null) throw new FundingPeriodOverlapError(other);
  }

  private async insertShares(
    manager: EntityManager,
    period: InterventionFundingPeriodEntity,
    dto: FundingPeriodInputDto,
  ): Promise<void> {
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
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    action: 'create' | 'update' | 'delete',
    instance: InterventionInstanceEntity,
    period: InterventionFundingPeriodEntity,
  ): Promise<void> {
    return this.audit.record(manager, actor, {
      action,
      resourceType: RESOURCE,
      resourceId: period.id,
      unitId: instance.responsibleUnitId,
      details: { instanceId: instance.id },
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

  private async period(
    manager: EntityManager,
    instance: InterventionInstanceEntity,
    periodId: string,
  ): Promise<InterventionFundingPeriodEntity> {
    const period = await manager.findOne(InterventionFundingPeriodEntity, {
      where: { id: periodId, municipalityId: instance.municipalityId, instanceId: instance.id },
    });
    if (period === null) throw new FundingPeriodNotFoundError();
    return period;
  }

  private periods(manager: EntityManager, instanceId: string): Promise<InterventionFundingPeriodEntity[]> {
    return manager.find(InterventionFundingPeriodEntity, {
      where: { instanceId },
      order: { validFrom: 'ASC', id: 'ASC' },
    });
  }

  private async toDtos(
    manager: EntityManager,
    periods: readonly InterventionFundingPeriodEntity[],
  ): Promise<FundingPeriodDto[]> {
    if (periods.length === 0) return [];
    const shares = await manager.find(InterventionFundingShareEntity, {
      where: { periodId: In(periods.map((p) => p.id)) },
      order: { position: 'ASC' },
    });
    return periods.map((p) => ({
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
      recordedBy: p.recordedBy,
      version: p.version,
      updatedAt: p.updatedAt.toISOString(),
    }));
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

/** Funding periods no longer within the instance's dates (InterventionInstancesService checks it). */
export async function fundingPeriodsOutside(
  manager: EntityManager,
  instance: { id: string; startsOn: string; endsOn: string | null },
): Promise<InterventionFundingPeriodEntity[]> {
  const periods = await manager.find(InterventionFundingPeriodEntity, {
    where: { instanceId: instance.id },
    order: { validFrom: 'ASC' },
  });
  return periods.filter((p) => outsideInstanceProblem(p, instance) !== null);
}
