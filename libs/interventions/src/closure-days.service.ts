import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { isUnitOf, UnitNotFoundError } from '@steg/access';
import { AuditService } from '@steg/audit';
import { isUniqueViolation } from '@steg/database';
import type { Actor } from '@steg/http';
import { StaleVersionError } from '@steg/kernel';
import { closedDaysFor, type ClosureCalendars } from './domain/calendar.rules';
import type { ClosureDaysDto, UpdateClosureDaysDto } from './dto/closure-days.dto';
import {
  ClosureCalendarEntity,
  InterventionInstanceEntity,
  PlacementEntity,
  SiteEntity,
} from './intervention.entity';

/** A `date[]` item as the driver hands it back: a string, or a Date at local midnight. */
function dayOf(value: string | Date): string {
  if (typeof value === 'string') return value.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}

const daysOf = (row: ClosureCalendarEntity): string[] => (row.days as (string | Date)[]).map(dayOf).sort();

/**
 * The days a unit or the municipality closes (klämdagar): admins set them, and the schedule rules
 * read them (`forPlacements`): a closed day is not a scheduled day. Not personal data.
 */
@Injectable()
export class ClosureDaysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The municipality's days (unitId null), or a unit's — the municipality's while it has none. */
  async get(actor: Actor, unitId: string | null): Promise<ClosureDaysDto> {
    const municipalityId = actor.principal.municipalityId;
    const manager = this.dataSource.manager;
    if (unitId !== null) await this.requireUnit(manager, municipalityId, unitId);
    const own = await this.row(manager, municipalityId, unitId);
    if (own !== null || unitId === null) return dto(unitId, own, own === null ? [] : daysOf(own));
    const municipal = await this.row(manager, municipalityId, null);
    return dto(unitId, null, municipal === null ? [] : daysOf(municipal));
  }

  /**
   * Replaces the days of the municipality (unitId null) or of a unit. `expectedVersion` is the ETag
   * read: 0 while none is set (the first PUT creates the row); a stale one answers 412. Audited.
   */
  async update(
    actor: Actor,
    unitId: string | null,
    expectedVersion: number,
    body: UpdateClosureDaysDto,
  ): Promise<ClosureDaysDto> {
    const municipalityId = actor.principal.municipalityId;
    const days = [...new Set(body.days)].sort();
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (unitId !== null) await this.requireUnit(manager, municipalityId, unitId);
        const row = await this.row(manager, municipalityId, unitId, true);
        const currentVersion = row?.version ?? 0;
        if (currentVersion !== expectedVersion) throw new StaleVersionError({ currentVersion });
        if (row !== null && daysOf(row).join() === days.join()) return dto(unitId, row, days);
        const saved = await manager.save(
          row
            ? Object.assign(row, { days })
            : manager.create(ClosureCalendarEntity, { municipalityId, unitId, days }),
        );
        await this.audit.record(manager, actor, {
          action: row ? 'update' : 'create',
          resourceType: 'closure_days',
          resourceId: unitId ?? municipalityId,
          unitId,
          details: { scope: unitId === null ? 'municipality' : 'unit', count: days.length },
        });
        return dto(unitId, saved, days);
      });
    } catch (error) {
      // Two first saves at once: the second finds the row the first created.
      if (
        isUniqueViolation(error, 'uq_closure_calendars_municipality') ||
        isUniqueViolation(error, 'uq_closure_calendars_unit')
      ) {
        throw new StaleVersionError({ currentVersion: 1 });
      }
      throw error;
    }
  }

  /**
   * For the schedule rules: the closed days of each placement's place of work (closedDaysFor: its
   * site's unit, else the instance's responsible unit, else the municipality), by placement id.
   */
  async forPlacements(
    manager: EntityManager,
    municipalityId: string,
    placementIds: readonly string[],
  ): Promise<Map<string, readonly string[]>> {
    const found = new Map<string, readonly string[]>();
    if (placementIds.length === 0) return found;
    const places = await manager
      .createQueryBuilder(PlacementEntity, 'p')
      .innerJoin(InterventionInstanceEntity, 'i', 'i.id = p.instance_id')
      .leftJoin(SiteEntity, 's', 's.id = i.site_id')
      .select(['p.id AS id', 's.unit_id AS site_unit_id', 'i.responsible_unit_id AS responsible_unit_id'])
      .where('p.municipality_id = :municipalityId AND p.id IN (:...ids)', {
        municipalityId,
        ids: [...new Set(placementIds)],
      })
      .getRawMany<{ id: string; site_unit_id: string | null; responsible_unit_id: string }>();
    const calendars = await this.calendars(
      manager,
      municipalityId,
      places.flatMap((p) => [p.site_unit_id, p.responsible_unit_id]),
    );
    for (const p of places)
      found.set(p.id, closedDaysFor(calendars, [p.site_unit_id, p.responsible_unit_id]));
    return found;
  }

  /** The municipality's calendar and those of these units, in one query. */
  private async calendars(
    manager: EntityManager,
    municipalityId: string,
    unitIds: readonly (string | null)[],
  ): Promise<ClosureCalendars> {
    const units = [...new Set(unitIds.filter((u): u is string => u !== null))];
    const rows = await manager.find(ClosureCalendarEntity, {
      where: [
        { municipalityId, unitId: IsNull() },
        ...(units.length > 0 ? [{ municipalityId, unitId: In(units) }] : []),
      ],
    });
    const municipal = rows.find((r) => r.unitId === null);
    return {
      municipality: municipal ? daysOf(municipal) : [],
      units: new Map(rows.filter((r) => r.unitId !== null).map((r) => [r.unitId as string, daysOf(r)])),
    };
  }

  private row(
    manager: EntityManager,
    municipalityId: string,
    unitId: string | null,
    forUpdate = false,
  ): Promise<ClosureCalendarEntity | null> {
    return manager.findOne(ClosureCalendarEntity, {
      where: { municipalityId, unitId: unitId ?? IsNull() },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** A unit of another municipality, or none, is not found (404): as every admin route answers. */
  private async requireUnit(manager: EntityManager, municipalityId: string, unitId: string): Promise<void> {
    if (!(await isUnitOf(manager, municipalityId, unitId))) throw new UnitNotFoundError();
  }
}

function dto(unitId: string | null, row: ClosureCalendarEntity | null, days: string[]): ClosureDaysDto {
  return {
    unitId,
    days,
    inherited: row === null,
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}
