import {
  percentOfFullTime,
  scheduleOn,
  schedulesAfter,
  weeklyHours,
  type ExpectedDay,
} from './domain/schedule.rules';
import type {
  ExpectedHoursDto,
  PlacementDto,
  PlacementForSupervisorDto,
  PlacementScheduleDto,
  PlacementStatus,
  ScheduleViewDto,
} from './dto/placement-response.dto';
import type {
  InterventionInstanceEntity,
  InterventionTypeEntity,
  PlacementEntity,
  PlacementScheduleEntity,
  SiteEntity,
  WorkTeamEntity,
} from './intervention.entity';

/** A placement with what its views name: the catalogue rows and the schedule versions. */
export interface PlacementFacts {
  placement: PlacementEntity;
  instance: InterventionInstanceEntity;
  type: InterventionTypeEntity;
  site: SiteEntity | null;
  team: WorkTeamEntity | null;
  schedules: PlacementScheduleEntity[];
}

/** The person as the caller may see them: the name already masked where the caller may not see it. */
export interface VisiblePerson {
  id: string;
  firstName: string;
  lastName: string;
}

export function placementStatus(
  p: Pick<PlacementEntity, 'startDate' | 'actualEndDate'>,
  today: string,
): PlacementStatus {
  if (p.actualEndDate !== null) return 'ended';
  return p.startDate > today ? 'planned' : 'active';
}

/** The schedule valid today, or before the start the first one. */
function currentOf(schedules: PlacementScheduleEntity[], today: string): PlacementScheduleEntity | null {
  return scheduleOn(schedules, today) ?? schedulesAfter(schedules, today)[0] ?? null;
}

function view(s: PlacementScheduleEntity): ScheduleViewDto {
  return {
    validFrom: s.validFrom,
    days: s.days.map((d) => ({ weekday: d.weekday, start: d.start, end: d.end })),
    weeklyHours: weeklyHours(s.days),
    percentOfFullTime: percentOfFullTime(s.days),
  };
}

/**
 * The only way placement data leaves the service: one mapper per audience, each naming the fields
 * that audience may see.
 */
export const placementMapper = {
  schedule(s: PlacementScheduleEntity): PlacementScheduleDto {
    return {
      id: s.id,
      ...view(s),
      reason: s.reason,
      recordedBy: s.recordedBy,
      recordedAt: s.recordedAt.toISOString(),
    };
  },

  full(f: PlacementFacts, today: string): PlacementDto {
    const p = f.placement;
    const schedules = [...f.schedules].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    const current = currentOf(schedules, today);
    return {
      id: p.id,
      participantId: p.participantId,
      enrolmentId: p.enrolmentId,
      instance: {
        id: f.instance.id,
        name: f.instance.name,
        typeId: f.type.id,
        typeName: f.type.name,
        category: f.type.category,
        jobFocused: f.type.jobFocused,
        siteId: f.site?.id ?? null,
        siteName: f.site?.name ?? null,
        responsibleUnitId: f.instance.responsibleUnitId,
      },
      workTeam: f.team === null ? null : { id: f.team.id, name: f.team.name },
      supervisorId: p.supervisorId,
      startDate: p.startDate,
      plannedEndDate: p.plannedEndDate,
      actualEndDate: p.actualEndDate,
      endReason: p.endReason,
      status: placementStatus(p, today),
      capacityOverrideReason: p.capacityOverrideReason,
      agreementId: p.agreementId,
      currentSchedule: current === null ? null : placementMapper.schedule(current),
      schedules: schedules.map((s) => placementMapper.schedule(s)),
      weeklyHours: current === null ? 0 : weeklyHours(current.days),
      percentOfFullTime: current === null ? 0 : percentOfFullTime(current.days),
      createdBy: p.createdBy,
      version: p.version,
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
    };
  },

  /**
   * The supervisor's view: the name as the access policy lets the caller see it (masked for
   * protected identity; `identityVisible` says whether it is), where, and the current and coming
   * schedule.
   */
  forSupervisor(
    f: PlacementFacts,
    person: VisiblePerson,
    identityVisible: boolean,
    today: string,
  ): PlacementForSupervisorDto {
    const current = currentOf(f.schedules, today);
    return {
      id: f.placement.id,
      participant: {
        id: person.id,
        masked: !identityVisible,
        firstName: person.firstName,
        lastName: person.lastName,
      },
      instanceName: f.instance.name,
      siteName: f.site?.name ?? null,
      workTeamId: f.team?.id ?? null,
      workTeamName: f.team?.name ?? null,
      startDate: f.placement.startDate,
      plannedEndDate: f.placement.plannedEndDate,
      status: placementStatus(f.placement, today),
      currentSchedule: current === null ? null : view(current),
      comingSchedules: schedulesAfter(f.schedules, current?.validFrom ?? today).map(view),
    };
  },

  expectedHours(placementId: string, from: string, to: string, days: ExpectedDay[]): ExpectedHoursDto {
    return {
      placementId,
      from,
      to,
      totalMinutes: days.reduce((sum, d) => sum + d.expectedMinutes, 0),
      days: days.map((d) => ({
        date: d.date,
        weekday: d.weekday,
        expectedMinutes: d.expectedMinutes,
        status: d.status,
        scheduleValidFrom: d.scheduleValidFrom,
        holidayName: d.holidayName,
      })),
    };
  },
};
