import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityTarget, type FindOptionsWhere } from 'typeorm';
import { type AuditDetails, AuditService } from '@steg/audit';
import { isUniqueViolation } from '@steg/database';
import type { Actor } from '@steg/http';
import { StaleVersionError } from '@steg/kernel';

/** A municipality's row of settings: one per municipality (and key, e.g. a year), versioned. */
export interface MunicipalitySettingsRow {
  municipalityId: string;
  version: number;
}

/**
 * The one way a municipality's settings (attendance, follow-up rhythm, BIP, follow-up after exit) are
 * replaced: the row locked, If-Match against its version (0 while the defaults apply: the first save
 * creates it), nothing written when no value changes, the names of the changed values audited in the
 * same transaction, and a first save racing another answered 412 as a stale version would be.
 */
@Injectable()
export class MunicipalitySettings {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Returns the row as saved, or as it was when nothing changed. */
  async replace<E extends MunicipalitySettingsRow, V extends object>(
    actor: Actor,
    spec: {
      entity: EntityTarget<E>;
      /** The rest of the primary key when a municipality has several rows (the year of a population). */
      key?: Partial<Omit<E, 'municipalityId' | 'version'>>;
      /** What the audit log calls it (`bip_settings` …). */
      resourceType: string;
      /** The primary key's constraint, which a concurrent first save violates. */
      primaryKey: string;
      expectedVersion: number;
      /** The values in force: the row's, or the defaults when there is none. */
      current: (row: E | null) => V;
      values: V;
      /** Audit details of a save (default: the names of the changed values). */
      details?: (changed: string[]) => AuditDetails;
    },
  ): Promise<E> {
    const municipalityId = actor.principal.municipalityId;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const row = await manager.findOne(spec.entity, {
          where: { ...spec.key, municipalityId } as FindOptionsWhere<E>,
          lock: { mode: 'pessimistic_write' },
        });
        const currentVersion = row?.version ?? 0;
        if (currentVersion !== spec.expectedVersion) throw new StaleVersionError({ currentVersion });
        const before = spec.current(row) as Record<string, unknown>;
        const after = spec.values as Record<string, unknown>;
        // The first save records every value; later ones the values that changed.
        const changed = Object.keys(after).filter(
          (k) => row === null || JSON.stringify(before[k]) !== JSON.stringify(after[k]),
        );
        if (row !== null && changed.length === 0) return row;
        const saved = await manager.save(
          row !== null
            ? Object.assign(row, spec.values)
            : manager.create(spec.entity, { ...spec.key, municipalityId, ...spec.values } as unknown as E),
        );
        await this.audit.record(manager, actor, {
          action: row !== null ? 'update' : 'create',
          resourceType: spec.resourceType,
          resourceId: municipalityId,
          details: spec.details ? spec.details(changed) : { fields: changed.join(',') },
        });
        return saved;
      });
    } catch (error) {
      // Two first saves at once: the second finds the row the first created.
      if (isUniqueViolation(error, spec.primaryKey)) throw new StaleVersionError({ currentVersion: 1 });
      throw error;
    }
  }
}
