import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ATTENDANCE_CODES,
  type AttendanceCode,
  REPORT_CHANNELS,
  type ReportChannel,
} from '../../domain/attendance.types';
import type { DayStatus, ReportStatus } from '../domain/month-view.rules';

const CODE_DESCRIPTION =
  'Day code: present (närvaro, with minutes), sick (sjuk), sick_child (vård av barn), approved_absence ' +
  '(beviljad ledighet), unexcused_absence (ogiltig frånvaro), not_scheduled (ej planerad dag)';
const DAY_STATUSES = ['scheduled', 'not_scheduled', 'holiday', 'outside'];
const REPORT_STATUSES = ['reported', 'not_reported', 'not_due', 'not_expected'];

export class AttendanceEntryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  placementId: string;

  @ApiProperty({ format: 'uuid' })
  participantId: string;

  @ApiProperty({ format: 'date', example: '2026-03-16' })
  day: string;

  @ApiProperty({ enum: ATTENDANCE_CODES, description: CODE_DESCRIPTION })
  code: AttendanceCode;

  @ApiProperty({ type: Number, nullable: true, description: 'Present minutes (närvarotid) in quarter hours' })
  presentMinutes: number | null;

  @ApiProperty({ type: String, nullable: true, example: '09:00', description: 'Arrival (ankomst), HH:MM' })
  arrival: string | null;

  @ApiProperty({ type: String, nullable: true, example: '12:00', description: 'Departure (avgång), HH:MM' })
  departure: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Short note (anteckning), at most 500 characters',
  })
  note: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The staff user who reported last',
  })
  reportedBy: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The API key that reported last',
  })
  reportedByApiKey: string | null;

  @ApiProperty({ enum: REPORT_CHANNELS, description: 'Through what it was reported: web, api or import' })
  channel: ReportChannel;

  @ApiProperty({ format: 'date-time' })
  reportedAt: string;

  @ApiProperty({ description: 'Send it back as basedOnVersion when you change the entry' })
  version: number;
}

export class AttendanceEntriesDto {
  @ApiProperty({ type: [AttendanceEntryDto], description: 'The entries as stored, in the order sent' })
  entries: AttendanceEntryDto[];
}

export class AttendanceDayDto {
  @ApiProperty({ format: 'date' })
  date: string;

  @ApiProperty({ description: 'ISO weekday: 1 = måndag … 7 = söndag' })
  weekday: number;

  @ApiProperty({
    description: 'Expected minutes (förväntad tid) from the schedule valid that day and the calendar',
  })
  expectedMinutes: number;

  @ApiProperty({
    enum: DAY_STATUSES,
    description:
      'scheduled (planerad dag), not_scheduled (ej planerad dag), holiday (röd dag or helgdagsafton), outside ' +
      '(before the start or after the end of the placement)',
  })
  status: DayStatus;

  @ApiProperty({ type: String, nullable: true, example: 'Långfredagen' })
  holidayName: string | null;

  @ApiProperty({
    enum: REPORT_STATUSES,
    description:
      'reported; not_reported (ej rapporterad: a scheduled day that has passed without an entry — never taken ' +
      'for närvaro or frånvaro); not_due (today or later); not_expected (nothing to report)',
  })
  reportStatus: ReportStatus;

  @ApiProperty({ type: AttendanceEntryDto, nullable: true })
  entry: AttendanceEntryDto | null;
}

export class AttendanceMonthTotalsDto {
  @ApiProperty()
  expectedMinutes: number;

  @ApiProperty()
  presentMinutes: number;

  @ApiProperty({ description: 'Scheduled days that passed without a report (ej rapporterade dagar)' })
  notReportedDays: number;
}

export class AttendanceMonthDto {
  @ApiProperty({ format: 'uuid' })
  placementId: string;

  @ApiProperty({ example: '2026-03' })
  month: string;

  @ApiProperty({ enum: ['open', 'signed'], description: 'open, or signed (attesterad) and locked' })
  monthStatus: 'open' | 'signed';

  @ApiProperty({ type: [AttendanceDayDto] })
  days: AttendanceDayDto[];

  @ApiProperty({ type: AttendanceMonthTotalsDto })
  totals: AttendanceMonthTotalsDto;
}

export class SheetParticipantDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'True when the name is masked (skyddade personuppgifter)' })
  masked: boolean;

  @ApiProperty()
  firstName: string;

  @ApiProperty()
  lastName: string;
}

export class TeamDayRowDto {
  @ApiProperty({ format: 'uuid' })
  placementId: string;

  @ApiProperty({ type: SheetParticipantDto })
  participant: SheetParticipantDto;

  @ApiProperty()
  expectedMinutes: number;

  @ApiProperty({ enum: DAY_STATUSES })
  status: DayStatus;

  @ApiProperty({ enum: REPORT_STATUSES })
  reportStatus: ReportStatus;

  @ApiProperty({ type: AttendanceEntryDto, nullable: true })
  entry: AttendanceEntryDto | null;
}

export class TeamDaySheetDto {
  @ApiProperty({ format: 'uuid' })
  teamId: string;

  @ApiProperty()
  teamName: string;

  @ApiProperty({ format: 'date' })
  date: string;

  @ApiProperty({ type: [TeamDayRowDto], description: 'The team’s placements active that day' })
  placements: TeamDayRowDto[];
}

/** What an entry said about its day, as the history keeps it before and after a change. */
export class AttendanceSnapshotDto {
  @ApiProperty({ enum: ATTENDANCE_CODES, description: CODE_DESCRIPTION })
  code: string;

  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'Minutes present (närvaro)' })
  presentMinutes?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '08:00', description: 'Arrival, HH:MM' })
  arrival?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '12:00', description: 'Departure, HH:MM' })
  departure?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Note (anteckning)' })
  note?: string | null;
}

export class AttendanceChangeDto {
  @ApiProperty({ description: 'The entry version this change produced' })
  version: number;

  @ApiProperty({
    type: AttendanceSnapshotDto,
    nullable: true,
    description: 'The entry before (null for the first report)',
  })
  before: Record<string, unknown> | null;

  @ApiProperty({ type: AttendanceSnapshotDto, description: 'The entry after' })
  after: Record<string, unknown>;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  changedBy: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  changedByApiKey: string | null;

  @ApiProperty({ enum: REPORT_CHANNELS })
  channel: ReportChannel;

  @ApiProperty({ format: 'date-time' })
  changedAt: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why (skäl), required for a change after the day',
  })
  reason: string | null;
}

export class AttendanceHistoryDto {
  @ApiProperty({ format: 'uuid' })
  placementId: string;

  @ApiProperty({ format: 'date' })
  day: string;

  @ApiProperty({ type: [AttendanceChangeDto], description: 'Every change of the day, oldest first' })
  changes: AttendanceChangeDto[];
}
