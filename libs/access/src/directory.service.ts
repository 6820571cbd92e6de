import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor, UserPrincipal } from '@steg/http';
import type { Page } from '@steg/kernel';
import { MeDto } from './dto/login.dto';
import { DirectoryUnitDto, UnitDirectoryQuery } from './dto/unit-directory.dto';
import { pageOfUnits } from './unit-pages';

/** Reads about the organisation: names of units and municipalities for display. */
@Injectable()
export class DirectoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async describeUser(principal: UserPrincipal): Promise<MeDto> {
    const units = await this.dataSource.query<
      { id: string; name: string; type: string; municipality: string }[]
    >(
      `SELECT u.id, u.name, u.type, m.name AS municipality
         FROM municipalities m LEFT JOIN units u ON u.municipality_id = m.id AND u.id = ANY($2::uuid[])
        WHERE m.id = $1`,
      [principal.municipalityId, principal.memberships.map((m) => m.unitId)],
    );
    const byId = new Map(units.filter((u) => u.id).map((u) => [u.id, u]));
    return {
      id: principal.userId,
      username: principal.username,
      displayName: principal.displayName,
      municipalityId: principal.municipalityId,
      municipalityName: units[0]?.municipality ?? '',
      memberships: principal.memberships.map((m) => ({
        unitId: m.unitId,
        unitName: byId.get(m.unitId)?.name ?? '',
        unitType: byId.get(m.unitId)?.type ?? '',
        role: m.role,
      })),
      permissions: principal.permissions,
    };
  }

  /**
   * The municipality's active units, for anyone at work to find whom to refer to or work with.
   * Organisation data only: no person, so no audit event, as for the catalogue.
   */
  async units(actor: Actor, query: UnitDirectoryQuery): Promise<Page<DirectoryUnitDto>> {
    const page = await pageOfUnits(this.dataSource, actor.principal.municipalityId, {
      ...query,
      activeOnly: true,
    });
    return {
      items: page.items.map((u) => ({ id: u.id, name: u.name, type: u.type, parentId: u.parentId })),
      nextCursor: page.nextCursor,
    };
  }
}
