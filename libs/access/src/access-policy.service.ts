import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { StegConfig } from '@steg/config';
import { preparedFind } from '@steg/database';
import { Clock } from '@steg/kernel';
import { Principal, Role, unitsWithRole } from '@steg/http';
import {
  accessCutoff,
  CASE_ROLES,
  participantAudience,
  ParticipantAudience,
  RelationFacts,
} from './domain/access.rules';
import { ParticipantRelationEntity, RelationKind } from './entities/participant-relation.entity';
import { DialoguePart, writableDialogueParts } from './domain/dialogue-reach.rules';

export interface ParticipantAccess {
  audience: ParticipantAudience;
  /** The unit through which access is granted (recorded in the audit log). */
  unitId: string | null;
}

/** SQL pieces for lists and searches that must return only what the caller may see. */
export interface VisibilityFilter {
  /** A condition on `<alias>.id` (the participant id); parameters are named and prefixed `vis_`. */
  sql: string;
  params: Record<string, unknown>;
}

/**
 * The one access policy for a person's data. Rules live in domain/access.rules.ts; this service
 * loads the facts (relations within the caller's municipality) and applies them.
 */
@Injectable()
export class AccessPolicyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(StegConfig) private readonly config: StegConfig,
  ) {}

  async participantAccess(
    principal: Principal,
    participantId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ParticipantAccess | null> {
    if (principal.kind !== 'user') return null;
    const relations = await this.relationsOf(manager, principal.municipalityId, participantId);
    return participantAudience(principal, relations, this.clock.today(), this.config.accessAfterCloseDays);
  }

  /** The parts of the person's absence dialogue the principal may write now (writableDialogueParts). */
  async writableDialogueParts(
    manager: EntityManager,
    principal: Principal,
    participantId: string,
  ): Promise<DialoguePart[]> {
    if (principal.kind !== 'user') return [];
    const relations = await this.relationsOf(manager, principal.municipalityId, participantId);
    return writableDialogueParts({
      principal,
      relations,
      today: this.clock.today(),
      graceDays: this.config.accessAfterCloseDays,
    });
  }

  /** The facts the relation rule decides on: the person's relations in one municipality. */
  relationsOf(
    manager: EntityManager,
    municipalityId: string,
    participantId: string,
  ): Promise<RelationFacts[]> {
    return preparedFind(manager, ParticipantRelationEntity, {
      select: ['unitId', 'userId', 'kind', 'startedOn', 'endedOn'],
      where: { municipalityId, participantId },
    });
  }

  /**
   * The case-role visibility rule as SQL, for searches: a relation of one of the caller's case
   * units that is open, or closed no earlier than the grace cutoff.
   */
  caseVisibility(
    principal: Principal,
    participantIdColumn: string,
    roles: readonly Role[] = CASE_ROLES,
  ): VisibilityFilter {
    const units = unitsWithRole(
      principal,
      roles.filter((r) => CASE_ROLES.includes(r)),
    );
    if (units.length === 0) return { sql: 'FALSE', params: {} };
    const today = this.clock.today();
    return {
      sql: `EXISTS (SELECT 1 FROM participant_relations vis_r
                     WHERE vis_r.participant_id = ${participantIdColumn}
                       AND vis_r.municipality_id = :vis_municipality
                       AND vis_r.unit_id IN (:...vis_units)
                       AND vis_r.started_on <= :vis_today
                       AND (vis_r.ended_on IS NULL OR vis_r.ended_on >= :vis_cutoff))`,
      params: {
        vis_municipality: principal.municipalityId,
        vis_units: units,
        vis_today: today,
        vis_cutoff: accessCutoff(today, this.config.accessAfterCloseDays),
      },
    };
  }
}

/**
 * The supervisor's relation rule as SQL, for a supervisor's list of placements: a current
 * supervision relation of this user to the placement (`placementIdColumn`) on `today`.
 */
export function supervisionVisibility(
  userId: string,
  today: string,
  placementIdColumn: string,
): VisibilityFilter {
  return {
    sql: `EXISTS (SELECT 1 FROM participant_relations sup_r
                   WHERE sup_r.kind = 'supervision' AND sup_r.source_id = ${placementIdColumn}
                     AND sup_r.user_id = :sup_user
                     AND sup_r.started_on <= :sup_today AND (sup_r.ended_on IS NULL OR sup_r.ended_on >= :sup_today))`,
    params: { sup_user: userId, sup_today: today },
  };
}

/**
 * The supervisor's relation rule as SQL on a person (`participantIdColumn`), for a list of records
 * that name a person a supervisor may see (a deviation they reported): a current supervision
 * relation of this user to the person on `today` (no grace period, as participantAudience).
 */
export function supervisedPersonVisibility(
  municipalityId: string,
  userId: string,
  today: string,
  participantIdColumn: string,
): VisibilityFilter {
  return {
    sql: `EXISTS (SELECT 1 FROM participant_relations sp_r
                   WHERE sp_r.kind = 'supervision' AND sp_r.participant_id = ${participantIdColumn}
                     AND sp_r.municipality_id = :sp_municipality AND sp_r.user_id = :sp_user
                     AND sp_r.started_on <= :sp_today AND (sp_r.ended_on IS NULL OR sp_r.ended_on >= :sp_today))`,
    params: { sp_municipality: municipalityId, sp_user: userId, sp_today: today },
  };
}

export interface OpenRelation {
  municipalityId: string;
  participantId: string;
  kind: RelationKind;
  unitId?: string | null;
  userId?: string | null;
  sourceId?: string | null;
  startedOn: string;
}

/** The extension point later contexts use to give a unit (or a supervisor) a relation to a person. */
@Injectable()
export class ParticipantRelationsService {
  async open(manager: EntityManager, relation: OpenRelation): Promise<void> {
    await manager.insert(ParticipantRelationEntity, {
      ...relation,
      unitId: relation.unitId ?? null,
      userId: relation.userId ?? null,
      sourceId: relation.sourceId ?? null,
      endedOn: null,
    });
  }

  async close(
    manager: EntityManager,
    where: { kind: RelationKind; sourceId: string },
    endedOn: string,
  ): Promise<void> {
    await manager.update(ParticipantRelationEntity, { ...where, endedOn: IsNull() }, { endedOn });
  }

  /**
   * Moves a source's relation to start on `startedOn` when it started later (e.g. an enrolment whose
   * start was corrected to an earlier day), so an end on or after the source's start never precedes
   * the relation's own start. A later `startedOn` leaves it as it is: the access already given was real.
   */
  async startNoLaterThan(
    manager: EntityManager,
    where: { kind: RelationKind; sourceId: string },
    startedOn: string,
  ): Promise<void> {
    await manager.update(
      ParticipantRelationEntity,
      { ...where, startedOn: MoreThan(startedOn) },
      { startedOn },
    );
  }

  /**
   * Opens again the relation a source created earlier (e.g. a returned referral sent again), now
   * for `unitId` from `startedOn`: one row per source, as uq_participant_relations_source requires.
   * Returns false when the source has no relation yet (then `open` one).
   */
  async reopen(
    manager: EntityManager,
    where: { kind: RelationKind; sourceId: string },
    relation: { unitId: string; startedOn: string },
  ): Promise<boolean> {
    const result = await manager.update(ParticipantRelationEntity, where, {
      unitId: relation.unitId,
      startedOn: relation.startedOn,
      endedOn: null,
    });
    return (result.affected ?? 0) > 0;
  }

  /**
   * Hands a source's relation to another holder (e.g. a placement's supervision to a new
   * supervisor), open again and keeping its start: the previous holder stops seeing the person at
   * once. One row per source, as uq_participant_relations_source requires. Returns false when the
   * source has no relation yet (then `open` one).
   */
  async reassign(
    manager: EntityManager,
    where: { kind: RelationKind; sourceId: string },
    holder: { unitId: string | null; userId: string | null },
  ): Promise<boolean> {
    const result = await manager.update(ParticipantRelationEntity, where, {
      unitId: holder.unitId,
      userId: holder.userId,
      endedOn: null,
    });
    return (result.affected ?? 0) > 0;
  }
}
