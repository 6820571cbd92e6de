import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { preparedQuery } from '@steg/database';
import type { ScheduleVersion } from './domain/schedule.rules';
import { InterventionInstanceEntity, PlacementEntity } from './intervention.entity';
import { ATTENDANCE_WRITE_HOLD, PlacementDates, requireTransaction } from './placement-locks';

/** What another context may know of a placement: its dates, whose it is, where, who supervises. */
export interface PlacementSummary extends PlacementDates {
  instanceId: string;
  workTeamId: string | null;
  /** The placement's own supervisor (handledare), if it has one. */
  supervisorId: string | null;
  /** The supervisor of its work team, if it is in one. */
  teamSupervisorId: string | null;
  /** The unit responsible for the intervention instance. */
  responsibleUnitId: string;
  /** The unit of the instance's site, if it has one. */
  siteUnitId: string | null;
}

/** A work team on one day: who leads it, where, and the placements active that day. */
export interface TeamDayFacts {
  id: string;
  name: string;
  instanceId: string;
  supervisorId: string;
  /** The unit responsible for the team's instance (null if the instance is not found). */
  responsibleUnitId: string | null;
  siteUnitId: string | null;
  /** The team's placements that started on or before the day and had not ended before it. */
  active: PlacementDates[];
}

/** A placement over a period: its dates and the intervention instance it is in. */
export interface PlacementPeriodFacts extends PlacementDates {
  instanceId: string;
}

/** One version of a placement's weekly schedule. */
export interface PlacementScheduleFacts extends ScheduleVersion {
  placementId: string;
}

/** A placement's summary columns (aliases p, t, i, s as in the statements below). */
const SUMMARY_COLUMNS = `p.id, p.participant_id AS "participantId", p.start_date::text AS "startDate",
       p.actual_end_date::text AS "actualEndDate", p.instance_id AS "instanceId",
       p.work_team_id AS "workTeamId", p.supervisor_id AS "supervisorId",
       t.supervisor_id AS "teamSupervisorId", i.responsible_unit_id AS "responsibleUnitId",
       s.unit_id AS "siteUnitId"`;

/**
 * Placement facts for other contexts (attendance), in one statement each: they are read on every
 * attendance request. A read for an attendance write can hold what it reads, as the attendance lock
 * protocol says (PlacementLocks), in the same statement.
 */
@Injectable()
export class PlacementFactsReader {
  /** The placement of the municipality, or null; held for an attendance write when asked. */
  async placement(
    manager: EntityManager,
    municipalityId: string,
    placementId: string,
    options: { holdForAttendanceWrite?: boolean } = {},
  ): Promise<PlacementSummary | null> {
    const hold = options.holdForAttendanceWrite === true;
    if (hold) requireTransaction(manager, 'placement(…, { holdForAttendanceWrite })');
    const [row] = await preparedQuery<PlacementSummary>(
      manager,
      `SELECT ${SUMMARY_COLUMNS}
         FROM placements p
         JOIN intervention_instances i ON i.id = p.instance_id
         LEFT JOIN work_teams t ON t.id = p.work_team_id
         LEFT JOIN sites s ON s.id = i.site_id
        WHERE p.id = $1 AND p.municipality_id = $2${hold ? ` ${ATTENDANCE_WRITE_HOLD} OF p` : ''}`,
      [placementId, municipalityId],
    );
    return row ?? null;
  }

  /** The named placements of the municipality (those it has; others are left out), in one statement. */
  many(
    manager: EntityManager,
    municipalityId: string,
    placementIds: readonly string[],
  ): Promise<PlacementSummary[]> {
    return preparedQuery<PlacementSummary>(
      manager,
      `SELECT ${SUMMARY_COLUMNS}
         FROM placements p
         JOIN intervention_instances i ON i.id = p.instance_id
         LEFT JOIN work_teams t ON t.id = p.work_team_id
         LEFT JOIN sites s ON s.id = i.site_id
        WHERE p.id = ANY($1::uuid[]) AND p.municipality_id = $2`,
      [[...new Set(placementIds)], municipalityId],
    );
  }

  /**
   * The team of the municipality on `date`, or null. `holdForAttendanceWrite` names placements to
   * hold for an attendance write (the team's own among them; the rest are no business of the team).
   */
  async teamDay(
    manager: EntityManager,
    municipalityId: string,
    teamId: string,
    date: string,
    options: { holdForAttendanceWrite?: readonly string[] } = {},
  ): Promise<TeamDayFacts | null> {
    const hold = options.holdForAttendanceWrite;
    if (hold !== undefined) requireTransaction(manager, 'teamDay(…, { holdForAttendanceWrite })');
    // A WITH query runs only when referenced: the held placements are counted (and so locked) only
    // for a team that was found.
    const [row] = await preparedQuery<TeamDayFacts>(
      manager,
      `WITH team AS (
         SELECT t.id, t.name, t.instance_id, t.supervisor_id, i.responsible_unit_id, s.unit_id AS site_unit_id
           FROM work_teams t
           LEFT JOIN intervention_instances i ON i.id = t.instance_id
           LEFT JOIN sites s ON s.id = i.site_id
          WHERE t.id = $1 AND t.municipality_id = $2
       )${
         hold === undefined
           ? ''
           : `, held AS (
         SELECT id FROM placements WHERE id = ANY($4::uuid[]) AND work_team_id = $1 AND municipality_id = $2
          ORDER BY id ${ATTENDANCE_WRITE_HOLD}
       )`
       }
       SELECT team.id, team.name, team.instance_id AS "instanceId", team.supervisor_id AS "supervisorId",
              team.responsible_unit_id AS "responsibleUnitId", team.site_unit_id AS "siteUnitId",
              ${hold === undefined ? '' : '(SELECT count(*) FROM held) AS held,'}
              coalesce((SELECT json_agg(json_build_object('id', p.id, 'participantId', p.participant_id,
                                          'startDate', p.start_date, 'actualEndDate', p.actual_end_date)
                                        ORDER BY p.start_date, p.id)
                          FROM placements p
                         WHERE p.work_team_id = team.id AND p.start_date <= $3::date
                           AND (p.actual_end_date IS NULL OR p.actual_end_date >= $3::date)), '[]') AS active
         FROM team`,
      hold === undefined
        ? [teamId, municipalityId, date]
        : [teamId, municipalityId, date, [...new Set(hold)]],
    );
    if (row === undefined) return null;
    const { held: _held, ...facts } = row as TeamDayFacts & { held?: unknown };
    return facts;
  }

  /** Every version of the placements' schedules. */
  schedules(
    manager: EntityManager,
    municipalityId: string,
    placementIds: readonly string[],
  ): Promise<PlacementScheduleFacts[]> {
    if (placementIds.length === 0) return Promise.resolve([]);
    return preparedQuery<PlacementScheduleFacts>(
      manager,
      `SELECT placement_id AS "placementId", valid_from::text AS "validFrom", days
         FROM placement_schedules WHERE municipality_id = $1 AND placement_id = ANY($2::uuid[])`,
      [municipalityId, [...new Set(placementIds)]],
    );
  }

  /**
   * The person's placements that overlap the days `first`..`last` (started by `last`, not ended
   * before `first`), the earliest start first.
   */
  async inPeriod(
    manager: EntityManager,
    municipalityId: string,
    participantId: string,
    first: string,
    last: string,
  ): Promise<PlacementPeriodFacts[]> {
    const placements = await manager
      .getRepository(PlacementEntity)
      .createQueryBuilder('p')
      .where('p.municipality_id = :municipality AND p.participant_id = :participantId', {
        municipality: municipalityId,
        participantId,
      })
      .andWhere('p.start_date <= :last AND (p.actual_end_date IS NULL OR p.actual_end_date >= :first)', {
        first,
        last,
      })
      .orderBy('p.start_date', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
    return placements.map((p) => ({
      id: p.id,
      participantId: p.participantId,
      instanceId: p.instanceId,
      startDate: p.startDate,
      actualEndDate: p.actualEndDate,
    }));
  }

  /** The placements under the enrolment, ended ones too, with their dates, the earliest start first. */
  async underEnrolment(
    manager: EntityManager,
    municipalityId: string,
    enrolmentId: string,
  ): Promise<PlacementDates[]> {
    const placements = await manager.find(PlacementEntity, {
      select: { id: true, participantId: true, startDate: true, actualEndDate: true },
      where: { municipalityId, enrolmentId },
      order: { startDate: 'ASC', id: 'ASC' },
    });
    return placements.map((p) => ({
      id: p.id,
      participantId: p.participantId,
      startDate: p.startDate,
      actualEndDate: p.actualEndDate,
    }));
  }

  /** Those of these placements that are under the enrolment, in one query; none without ids. */
  async ofEnrolment(
    manager: EntityManager,
    municipalityId: string,
    enrolmentId: string,
    placementIds: readonly string[],
  ): Promise<string[]> {
    if (placementIds.length === 0) return [];
    const found = await manager.find(PlacementEntity, {
      select: { id: true },
      where: { municipalityId, enrolmentId, id: In([...placementIds]) },
    });
    return found.map((p) => p.id);
  }

  /** The intervention type of the municipality's instance, or null when there is none. */
  async typeOfInstance(
    manager: EntityManager,
    municipalityId: string,
    instanceId: string,
  ): Promise<string | null> {
    const instance = await manager.findOne(InterventionInstanceEntity, {
      select: { id: true, typeId: true },
      where: { municipalityId, id: instanceId },
    });
    return instance?.typeId ?? null;
  }

  /** The names of these intervention instances by id, in one query; none without ids. */
  async instanceNames(
    manager: EntityManager,
    municipalityId: string,
    instanceIds: readonly string[],
  ): Promise<Map<string, string>> {
    if (instanceIds.length === 0) return new Map();
    const instances = await manager.find(InterventionInstanceEntity, {
      select: { id: true, name: true },
      where: { municipalityId, id: In([...new Set(instanceIds)]) },
    });
    return new Map(instances.map((i) => [i.id, i.name]));
  }
}
