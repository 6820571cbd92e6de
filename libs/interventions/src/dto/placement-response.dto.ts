import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INTERVENTION_CATEGORIES, PLACEMENT_END_REASONS } from '../domain/intervention.types';
import { ScheduleDayDto } from './placement.dto';

const STATUS = 'planned = not started yet, active = started and not ended, ended = avslutad';
export const PLACEMENT_STATUSES = ['planned', 'active', 'ended'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

/** One version of the weekly schedule, as the supervisor sees it: no reason, no author. */
export class ScheduleViewDto {
  @ApiProperty({ description: 'Valid from this date until the next version' })
  validFrom: string;

  @ApiProperty({ type: [ScheduleDayDto] })
  days: ScheduleDayDto[];

  @ApiProperty({ example: 12, description: 'Hours a week' })
  weeklyHours: number;

  @ApiProperty({ example: 30, description: 'Percent of full time (40 h = 100 %)' })
  percentOfFullTime: number;
}

/** A version of the schedule in the case view, with who recorded it and why. */
export class PlacementScheduleDto extends ScheduleViewDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Why it changed (skäl)' })
  reason: string | null;

  @ApiProperty({ format: 'uuid' })
  recordedBy: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
}

export class PlacementInstanceDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ format: 'uuid' })
  typeId: string;

  @ApiProperty()
  typeName: string;

  @ApiProperty({ enum: INTERVENTION_CATEGORIES })
  category: string;

  @ApiProperty({ description: 'Job-focused (arbetsinriktad)' })
  jobFocused: boolean;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  siteId: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  siteName: string | null;

  @ApiProperty({ format: 'uuid' })
  responsibleUnitId: string;
}

export class PlacementWorkTeamDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;
}

/** A placement (placering) in the case view: coaches, managers and caseworkers who see the person. */
export class PlacementDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  participantId: string;

  @ApiProperty({ format: 'uuid' })
  enrolmentId: string;

  @ApiProperty({ type: PlacementInstanceDto })
  instance: PlacementInstanceDto;

  @ApiPropertyOptional({ type: PlacementWorkTeamDto, nullable: true })
  workTeam: PlacementWorkTeamDto | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Handledare' })
  supervisorId: string | null;

  @ApiProperty()
  startDate: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  plannedEndDate: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  actualEndDate: string | null;

  @ApiPropertyOptional({ nullable: true, enum: PLACEMENT_END_REASONS })
  endReason: string | null;

  @ApiProperty({ enum: PLACEMENT_STATUSES, description: STATUS })
  status: PlacementStatus;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Why the person was placed beyond the capacity, when they were',
  })
  capacityOverrideReason: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The agreement (överenskommelse) the placement runs under',
  })
  agreementId: string | null;

  @ApiPropertyOptional({
    type: PlacementScheduleDto,
    nullable: true,
    description: 'The schedule valid today (or the first one, before the start)',
  })
  currentSchedule: PlacementScheduleDto | null;

  @ApiProperty({ type: [PlacementScheduleDto], description: 'Every version, oldest first (never edited)' })
  schedules: PlacementScheduleDto[];

  @ApiProperty({ description: 'Hours a week of the current schedule' })
  weeklyHours: number;

  @ApiProperty({ description: 'Percent of full time of the current schedule (40 h = 100 %)' })
  percentOfFullTime: number;

  @ApiProperty({ format: 'uuid' })
  createdBy: string;

  @ApiProperty({ description: 'Row version; also the ETag', example: 1 })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class PlacementPageDto {
  @ApiProperty({ type: [PlacementDto] })
  items: PlacementDto[];

  @ApiPropertyOptional({ nullable: true, type: String })
  nextCursor: string | null;
}

export class SupervisedPersonDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'True when the name is masked (protected identity)' })
  masked: boolean;

  @ApiProperty()
  firstName: string;

  @ApiProperty()
  lastName: string;
}

/**
 * What a supervisor (handledare) sees of a placement they supervise: the name and the schedule.
 * Never the identity number, address, plan, notes, enrolment or why the placement was made.
 */
export class PlacementForSupervisorDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: SupervisedPersonDto })
  participant: SupervisedPersonDto;

  @ApiProperty({ description: 'The intervention instance' })
  instanceName: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  siteName: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    description:
      'The work team (arbetslag), for its day sheet: GET /attendance/teams/{workTeamId}/days/{date}',
  })
  workTeamId: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Arbetslag' })
  workTeamName: string | null;

  @ApiProperty()
  startDate: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  plannedEndDate: string | null;

  @ApiProperty({ enum: PLACEMENT_STATUSES, description: STATUS })
  status: PlacementStatus;

  @ApiPropertyOptional({ type: ScheduleViewDto, nullable: true })
  currentSchedule: ScheduleViewDto | null;

  @ApiProperty({ type: [ScheduleViewDto], description: 'Changes already decided, earliest first' })
  comingSchedules: ScheduleViewDto[];
}

export class SupervisorPlacementPageDto {
  @ApiProperty({ type: [PlacementForSupervisorDto] })
  items: PlacementForSupervisorDto[];

  @ApiPropertyOptional({ nullable: true, type: String })
  nextCursor: string | null;
}

export class ExpectedDayDto {
  @ApiProperty()
  date: string;

  @ApiProperty({ minimum: 1, maximum: 7 })
  weekday: number;

  @ApiProperty({ description: 'Minutes the person is expected to attend' })
  expectedMinutes: number;

  @ApiProperty({
    enum: ['scheduled', 'not_scheduled', 'holiday', 'outside_placement'],
    description:
      'scheduled = planerad dag; not_scheduled = ej planerad dag; holiday = röd dag, helgdagsafton or a ' +
      'closed day on a scheduled weekday; outside_placement = before the start or after the end',
  })
  status: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'validFrom of the schedule that applied',
  })
  scheduleValidFrom: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'midsommarafton' })
  holidayName: string | null;
}

export class ExpectedHoursDto {
  @ApiProperty({ format: 'uuid' })
  placementId: string;

  @ApiProperty()
  from: string;

  @ApiProperty()
  to: string;

  @ApiProperty({ description: 'Sum of expectedMinutes' })
  totalMinutes: number;

  @ApiProperty({ type: [ExpectedDayDto] })
  days: ExpectedDayDto[];
}
