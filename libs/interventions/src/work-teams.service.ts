import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@steg/audit';
import { findTenantRow, isUniqueViolation } from '@steg/database';
import { leadsWorkTeam } from '@steg/access';
import { type Actor, staffUserId } from '@steg/http';
import { Clock, decodeCursor, Page, StaleVersionError, toPage } from '@steg/kernel';
import { catalogueMapper } from './catalogue.mapper';
import { CreateWorkTeamDto, UpdateWorkTeamDto, WorkTeamsQuery } from './dto/catalogue.dto';
import { WorkTeamDto } from './dto/catalogue-response.dto';
import { SupervisorWorkTeamDto } from './dto/supervisor-work-team.dto';
import {
  InterventionInstanceEntity,
  InterventionTypeEntity,
  SiteEntity,
  WorkTeamEntity,
} from './intervention.entity';
import {
  CatalogueNameTakenError,
  InterventionRuleError,
  WorkTeamNotFoundError,
} from './interventions.errors';
import { applyChanges, DEFAULT_PAGE, requireSupervisor } from './interventions.support';
import { teamMemberCounts } from './placements.queries';

const NAME_INDEX = 'uq_work_teams_name';
/** A work team is 5–8 people (seed 004); the database allows 1–8. */
const DEFAULT_TEAM_CAPACITY = 8;

function translate(error: unknown): unknown {
  return isUniqueViolation(error, NAME_INDEX)
    ? new CatalogueNameTakenError('WORK_TEAM_NAME_TAKEN', 'A work team of this instance')
    : error;
}

/** Work teams (arbetslag: snickeri, skog, renare stad …) led by one supervisor. */
@Injectable()
export class WorkTeamsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: WorkTeamsQuery): Promise<Page<WorkTeamDto>> {
    const limit = query.limit ?? DEFAULT_PAGE;
    const qb = this.dataSource
      .getRepository(WorkTeamEntity)
      .createQueryBuilder('w')
      .where('w.municipality_id = :municipality', { municipality: actor.principal.municipalityId });
    if (query.instanceId !== undefined)
      qb.andWhere('w.instance_id = :instanceId', { instanceId: query.instanceId });
    if (query.active !== undefined) qb.andWhere('w.active = :active', { active: query.active });
    if (query.cursor !== undefined) {
      const { key, id } = decodeCursor(query.cursor);
      qb.andWhere('(w.name, w.id) > (:cName, :cId)', { cName: key, cId: id });
    }
    const rows = await qb
      .orderBy('w.name', 'ASC')
      .addOrderBy('w.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const page = toPage(rows, limit, (w) => ({ key: w.name, id: w.id }));
    return { items: page.items.map((w) => catalogueMapper.team(w)), nextCursor: page.nextCursor };
  }

  /**
   * The supervisor's own teams (leadsWorkTeam in @steg/access, as SQL and then as the decision), with
   * today's sheet to open. Team facts and a count only, no person; the list is logged as a view, as the
   * supervisor's placements are.
   */
  async listForSupervisor(
    actor: Actor,
    query: { limit?: number; cursor?: string },
  ): Promise<Page<SupervisorWorkTeamDto>> {
    const principal = actor.principal;
    const userId = staffUserId(principal);
    const today = this.clock.today();
    const limit = query.limit ?? DEFAULT_PAGE;
    const qb = this.dataSource
      .createQueryBuilder(WorkTeamEntity, 'w')
      .innerJoin(InterventionInstanceEntity, 'i', 'i.id = w.instance_id')
      .innerJoin(InterventionTypeEntity, 't', 't.id = i.type_id')
      .leftJoin(SiteEntity, 's', 's.id = i.site_id')
      .select(['w.id AS id', 'w.name AS name', 'w.supervisor_id AS supervisor_id'])
      .addSelect(['i.id AS instance_id', 'i.name AS instance_name', 't.name AS type_name'])
      .addSelect(['s.id AS site_id', 's.name AS site_name'])
      .where('w.municipality_id = :municipality AND w.active', { municipality: principal.municipalityId })
      .andWhere('w.supervisor_id = :userId', { userId });
    if (query.cursor !== undefined) {
      const { key, id } = decodeCursor(query.cursor);
      qb.andWhere('(w.name, w.id) > (:cName, :cId)', { cName: key, cId: id });
    }
    const rows = await qb
      .orderBy('w.name', 'ASC')
      .addOrderBy('w.id', 'ASC')
      .limit(limit + 1)
      .getRawMany<{
        id: string;
        name: string;
        supervisor_id: string;
        instance_id: string;
        instance_name: string;
        type_name: string;
        site_id: string | null;
        site_name: string | null;
      }>();
    const page = toPage(
      rows.filter((r) => leadsWorkTeam(principal, { supervisorId: r.supervisor_id })),
      limit,
      (r) => ({ key: r.name, id: r.id }),
    );
    const members = await teamMemberCounts(
      this.dataSource.manager,
      page.items.map((r) => r.id),
      today,
    );
    await this.audit.recordAccess(actor, {
      action: 'view',
      resourceType: 'work_team',
      details: { audience: 'supervisor', list: true, resultCount: page.items.length },
    });
    return {
      items: page.items.map((r) => ({
        id: r.id,
        name: r.name,
        site: r.site_id === null ? null : { id: r.site_id, name: r.site_name ?? '' },
        instance: { id: r.instance_id, name: r.instance_name, typeName: r.type_name },
        memberCount: members.get(r.id) ?? 0,
        todaySheet: `/api/v1/attendance/teams/${r.id}/days/${today}`,
      })),
      nextCursor: page.nextCursor,
    };
  }

  async create(actor: Actor, dto: CreateWorkTeamDto): Promise<WorkTeamDto> {
    const municipalityId = actor.principal.municipalityId;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const instance = await manager.exists(InterventionInstanceEntity, {
          where: { id: dto.instanceId, municipalityId },
        });
        if (!instance) {
          throw new InterventionRuleError(
            'INTERVENTION_INSTANCE_INVALID',
            'instanceId',
            'instanceId.exists',
            'must be an intervention instance of your municipality',
          );
        }
        await requireSupervisor(manager, municipalityId, dto.supervisorId);
        const team = await manager.save(
          manager.create(WorkTeamEntity, {
            municipalityId,
            instanceId: dto.instanceId,
            name: dto.name,
            supervisorId: dto.supervisorId,
            capacity: dto.capacity ?? DEFAULT_TEAM_CAPACITY,
            active: true,
          }),
        );
        await this.audit.record(manager, actor, {
          action: 'create',
          resourceType: 'work_team',
          resourceId: team.id,
          details: { instanceId: team.instanceId, capacity: team.capacity },
        });
        return catalogueMapper.team(team);
      });
    } catch (error) {
      throw translate(error);
    }
  }

  async update(
    actor: Actor,
    id: string,
    expectedVersion: number,
    dto: UpdateWorkTeamDto,
  ): Promise<WorkTeamDto> {
    const municipalityId = actor.principal.municipalityId;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const team = await findTenantRow(
          manager,
          WorkTeamEntity,
          municipalityId,
          id,
          () => new WorkTeamNotFoundError(),
          {
            forUpdate: true,
          },
        );
        if (team.version !== expectedVersion) throw new StaleVersionError({ currentVersion: team.version });
        if (dto.supervisorId !== undefined && dto.supervisorId !== team.supervisorId) {
          await requireSupervisor(manager, municipalityId, dto.supervisorId);
        }
        const fields = applyChanges(team, {
          name: dto.name,
          supervisorId: dto.supervisorId,
          capacity: dto.capacity,
          active: dto.active,
        });
        if (fields.length === 0) return catalogueMapper.team(team);
        const saved = await manager.save(team);
        await this.audit.record(manager, actor, {
          action: 'update',
          resourceType: 'work_team',
          resourceId: team.id,
          details: { fields: fields.join(',') },
        });
        return catalogueMapper.team(saved);
      });
    } catch (error) {
      throw translate(error);
    }
  }
}
