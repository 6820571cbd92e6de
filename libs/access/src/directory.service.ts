import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UserPrincipal } from '@steg/http';
import { MeDto } from './dto/login.dto';

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
}
