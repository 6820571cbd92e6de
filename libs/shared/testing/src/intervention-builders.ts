import { ParticipantRelationEntity } from '@steg/access/schema';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { InterventionCategory, PlacementEndReason, ScheduleDay } from '@steg/interventions';
import {
  InterventionInstanceEntity,
  InterventionTypeEntity,
  PlacementEntity,
  PlacementScheduleEntity,
  SiteEntity,
  WorkTeamEntity,
} from '@steg/interventions/schema';

/** Mon–Thu 09:00–12:00: 12 hours a week, 30 % of full time. */
export const MON_THU_MORNINGS: ScheduleDay[] = [1, 2, 3, 4].map((weekday) => ({
  weekday: weekday as ScheduleDay['weekday'],
  start: '09:00',
  end: '12:00',
}));

/** Mon–Fri 08:00–16:00: 40 hours a week, 100 %. */
export const FULL_WEEK: ScheduleDay[] = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday: weekday as ScheduleDay['weekday'],
  start: '08:00',
  end: '16:00',
}));

export async function givenInterventionType(
  ds: DataSource,
  municipalityId: string,
  options: { name?: string; category?: InterventionCategory; jobFocused?: boolean; active?: boolean } = {},
): Promise<{ id: string; name: string }> {
  const saved = await ds.getRepository(InterventionTypeEntity).save({
    municipalityId,
    name: options.name ?? `Arbetsträning ${randomUUID().slice(0, 8)}`,
    category: options.category ?? 'work_training_internal',
    jobFocused: options.jobFocused ?? true,
    provider: 'own_unit',
    providerName: null,
    description: null,
    active: options.active ?? true,
  });
  return { id: saved.id, name: saved.name };
}

export async function givenSite(
  ds: DataSource,
  municipalityId: string,
  options: { unitId?: string | null; name?: string } = {},
): Promise<{ id: string; name: string }> {
  const saved = await ds.getRepository(SiteEntity).save({
    municipalityId,
    name: options.name ?? `Plats ${randomUUID().slice(0, 8)}`,
    kind: 'internal',
    unitId: options.unitId ?? null,
    active: true,
  });
  return { id: saved.id, name: saved.name };
}

export interface GivenInstance {
  id: string;
  name: string;
  typeId: string;
  responsibleUnitId: string;
}

/** An intervention instance (and, unless given, a new type for it) written straight to the database. */
export async function givenInstance(
  ds: DataSource,
  instance: {
    municipalityId: string;
    responsibleUnitId: string;
    typeId?: string;
    siteId?: string | null;
    capacity?: number | null;
    startsOn?: string;
    endsOn?: string | null;
    name?: string;
  },
): Promise<GivenInstance> {
  const typeId = instance.typeId ?? (await givenInterventionType(ds, instance.municipalityId)).id;
  const saved = await ds.getRepository(InterventionInstanceEntity).save({
    municipalityId: instance.municipalityId,
    typeId,
    name: instance.name ?? `Insats ${randomUUID().slice(0, 8)}`,
    siteId: instance.siteId ?? null,
    responsibleUnitId: instance.responsibleUnitId,
    startsOn: instance.startsOn ?? '2026-01-05',
    endsOn: instance.endsOn ?? null,
    capacity: instance.capacity === undefined ? 10 : instance.capacity,
    costBasis: 'none',
    costOre: 0,
  });
  return { id: saved.id, name: saved.name, typeId, responsibleUnitId: saved.responsibleUnitId };
}

export async function givenWorkTeam(
  ds: DataSource,
  team: {
    municipalityId: string;
    instanceId: string;
    supervisorId: string;
    capacity?: number;
    name?: string;
  },
): Promise<{ id: string; name: string }> {
  const saved = await ds.getRepository(WorkTeamEntity).save({
    municipalityId: team.municipalityId,
    instanceId: team.instanceId,
    name: team.name ?? `Arbetslag ${randomUUID().slice(0, 8)}`,
    supervisorId: team.supervisorId,
    capacity: team.capacity ?? 8,
    active: true,
  });
  return { id: saved.id, name: saved.name };
}

/**
 * A placement written straight to the database with its first schedule and the relations the API
 * would open: 'placement' for the instance's unit and, with a supervisor, 'supervision' (both closed
 * on the actual end date when there is one).
 */
export async function givenPlacement(
  ds: DataSource,
  placement: {
    municipalityId: string;
    participantId: string;
    enrolmentId: string;
    instance: GivenInstance;
    createdBy: string;
    workTeamId?: string | null;
    supervisorId?: string | null;
    startDate?: string;
    actualEndDate?: string | null;
    endReason?: PlacementEndReason;
    days?: ScheduleDay[];
  },
): Promise<{ id: string }> {
  const startDate = placement.startDate ?? '2026-02-02';
  const actualEndDate = placement.actualEndDate ?? null;
  const saved = await ds.getRepository(PlacementEntity).save({
    municipalityId: placement.municipalityId,
    participantId: placement.participantId,
    enrolmentId: placement.enrolmentId,
    instanceId: placement.instance.id,
    workTeamId: placement.workTeamId ?? null,
    supervisorId: placement.supervisorId ?? null,
    startDate,
    plannedEndDate: null,
    actualEndDate,
    endReason: actualEndDate === null ? null : (placement.endReason ?? 'completed'),
    capacityOverrideReason: null,
    createdBy: placement.createdBy,
  });
  await ds.getRepository(PlacementScheduleEntity).insert({
    municipalityId: placement.municipalityId,
    placementId: saved.id,
    validFrom: startDate,
    days: placement.days ?? MON_THU_MORNINGS,
    recordedBy: placement.createdBy,
    reason: null,
  });
  const relation = {
    municipalityId: placement.municipalityId,
    participantId: placement.participantId,
    sourceId: saved.id,
    startedOn: startDate,
    endedOn: actualEndDate,
  };
  await ds.getRepository(ParticipantRelationEntity).insert({
    ...relation,
    kind: 'placement',
    unitId: placement.instance.responsibleUnitId,
    userId: null,
  });
  if (placement.supervisorId) {
    await ds.getRepository(ParticipantRelationEntity).insert({
      ...relation,
      kind: 'supervision',
      unitId: placement.instance.responsibleUnitId,
      userId: placement.supervisorId,
    });
  }
  return { id: saved.id };
}

/** A request body for POST /placements: Mon–Thu mornings from 23 March 2026. */
export function aPlacementRequest(
  enrolmentId: string,
  instanceId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    enrolmentId,
    instanceId,
    startDate: '2026-03-23',
    schedule: { days: MON_THU_MORNINGS },
    ...overrides,
  };
}
