import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ATTENDANCE_CODES,
  MONTH_STATUSES,
  type AttendanceCode,
  type MonthStatus,
} from '../../domain/attendance.types';

export class MonthParticipantDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'True when the name is hidden (skyddade personuppgifter)' })
  masked: boolean;

  @ApiProperty()
  firstName: string;

  @ApiProperty()
  lastName: string;
}

/** The person the report is about, with the identity number the header of the report files names. */
export class MonthReportParticipantDto extends MonthParticipantDto {
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: '19900101-1234',
    description:
      'Personnummer or samordningsnummer, YYYYMMDD-NNNK: null when masked (skyddade personuppgifter) ' +
      'or none is registered',
  })
  identityNumber: string | null;
}

export class AbsenceTotalDto {
  @ApiProperty({ description: 'Calendar days with this code' })
  days: number;

  @ApiProperty({ description: 'Scheduled hours of those days' })
  hours: number;
}

export class AbsencePerCodeDto {
  @ApiProperty({ type: AbsenceTotalDto, description: 'Sjuk' })
  sick: AbsenceTotalDto;

  @ApiProperty({ type: AbsenceTotalDto, description: 'Vård av barn' })
  sick_child: AbsenceTotalDto;

  @ApiProperty({ type: AbsenceTotalDto, description: 'Beviljad ledighet' })
  approved_absence: AbsenceTotalDto;

  @ApiProperty({ type: AbsenceTotalDto, description: 'Ogiltig frånvaro' })
  unexcused_absence: AbsenceTotalDto;
}

export class DayPlacementLineDto {
  @ApiProperty({ format: 'uuid' })
  placementId: string;

  @ApiProperty({ description: 'The intervention (insats)' })
  intervention: string;

  @ApiProperty({ description: 'Scheduled hours that day (planerad tid)' })
  expectedHours: number;

  @ApiProperty({ enum: ['scheduled', 'not_scheduled', 'holiday', 'outside_placement'] })
  dayStatus: string;

  @ApiPropertyOptional({ enum: ATTENDANCE_CODES, nullable: true, description: 'Reported code (dagkod)' })
  code: AttendanceCode | null;

  @ApiProperty({ description: 'Present hours (närvarotid)' })
  presentHours: number;

  @ApiProperty({ description: 'Absence hours: the scheduled hours of an absence day' })
  absenceHours: number;

  @ApiProperty({ description: 'Scheduled, passed and without a report (ej rapporterad)' })
  notReported: boolean;

  @ApiProperty({ description: 'The entry was corrected after it was first reported (rättad)' })
  corrected: boolean;
}

export class DayLineDto {
  @ApiProperty({ format: 'date' })
  date: string;

  @ApiProperty({ description: 'ISO weekday, 1 = Monday' })
  weekday: number;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Helgdag, e.g. långfredagen' })
  holidayName: string | null;

  @ApiProperty()
  expectedHours: number;

  @ApiProperty()
  presentHours: number;

  @ApiProperty({ type: [DayPlacementLineDto] })
  placements: DayPlacementLineDto[];
}

export class MonthEventDto {
  @ApiProperty({ enum: ['sign', 'reopen'], description: 'attest or återöppning' })
  action: 'sign' | 'reopen';

  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  userName: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  reason: string | null;
}

export class MonthDialogueSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['open', 'decided'] })
  status: string;

  @ApiProperty({ format: 'date' })
  deadline: string;

  @ApiProperty()
  ameAccountRecorded: boolean;

  @ApiProperty()
  explanationRecorded: boolean;

  @ApiProperty()
  ifoAssessmentRecorded: boolean;
}

/** Närvarorapport till IFO for one participant and month. */
export class MonthReportDto {
  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Null until signed once',
  })
  monthId: string | null;

  @ApiProperty({ type: MonthReportParticipantDto })
  participant: MonthReportParticipantDto;

  @ApiProperty({ example: '2026-04' })
  month: string;

  @ApiProperty({ enum: MONTH_STATUSES, description: 'open, or signed (attesterad) and locked' })
  status: MonthStatus;

  @ApiProperty({ description: 'Schemalagda timmar' })
  scheduledHours: number;

  @ApiProperty({ description: 'Närvarotimmar' })
  presentHours: number;

  @ApiProperty({ type: AbsencePerCodeDto, description: 'Frånvaro per kod' })
  absence: AbsencePerCodeDto;

  @ApiProperty({ description: 'Days with ogiltig frånvaro' })
  unexcusedDays: number;

  @ApiProperty({ description: 'Passed scheduled days without a report (ej rapporterade dagar)' })
  notReportedDays: number;

  @ApiProperty()
  notReportedHours: number;

  @ApiProperty({ type: [DayLineDto] })
  days: DayLineDto[];

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Attesterad av' })
  signedBy: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  signedByName: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  signedAt: string | null;

  @ApiProperty({ type: [MonthEventDto], description: 'Attest and återöppning, oldest first' })
  events: MonthEventDto[];

  @ApiPropertyOptional({
    type: MonthDialogueSummaryDto,
    nullable: true,
    description: 'Frånvarodialog of the month',
  })
  dialogue: MonthDialogueSummaryDto | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String, description: 'Read by IFO' })
  ifoReadAt: string | null;

  @ApiProperty({ description: 'Row version (ETag)' })
  version: number;
}

export class MonthStateDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  participantId: string;

  @ApiProperty()
  month: string;

  @ApiProperty({ enum: MONTH_STATUSES })
  status: MonthStatus;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  signedBy: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  signedAt: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The IFO caseworker following the case, whose inbox gets the report',
  })
  reportSentTo: string | null;

  @ApiProperty()
  version: number;
}
