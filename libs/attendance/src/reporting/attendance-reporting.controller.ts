import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CASE_ACCESS } from '@steg/access';
import { Access, Actor, CurrentActor } from '@steg/http';
import { AttendanceReportingService } from './attendance-reporting.service';
import {
  AttendanceEntriesDto,
  AttendanceHistoryDto,
  AttendanceMonthDto,
  TeamDaySheetDto,
} from './dto/attendance-response.dto';
import { AttendanceMonthQuery, ReportTeamDayDto, ReportWeekDto } from './dto/report-attendance.dto';

const REPORTERS = CASE_ACCESS.attendance.report;
const READERS = CASE_ACCESS.attendance.read;
const PERSON = { personalData: {} };
const IDEMPOTENCY = {
  name: 'Idempotency-Key',
  required: false,
  description: 'Retrying with the same key and body answers the first answer again, without a second write.',
};
const STALE =
  'ATTENDANCE_STALE: an entry’s basedOnVersion is not the stored version (someone reported first). Nothing was ' +
  'written; `current` holds the current entries of the request’s days.';
const RULES =
  'ATTENDANCE_DAY_IN_FUTURE, ATTENDANCE_OUTSIDE_REPORTING_WINDOW (a supervisor reports only back to the ' +
  'municipality’s backReportDays, default 14), ATTENDANCE_REASON_REQUIRED (a change after the day, or a coach ' +
  'further back than the window, needs a reason), ATTENDANCE_OUTSIDE_PLACEMENT';
const CODES =
  'Codes: present (närvaro, with presentMinutes in quarter hours), sick (sjuk), sick_child (vård av barn), ' +
  'approved_absence (beviljad ledighet), unexcused_absence (ogiltig frånvaro, opens an absence dialogue when the ' +
  'month reaches the threshold — never a deduction by itself), not_scheduled (ej planerad dag).';

@ApiTags('attendance')
@Controller('attendance')
export class AttendanceReportingController {
  constructor(private readonly reporting: AttendanceReportingService) {}

  @Put('teams/:teamId/days/:date')
  @Access({ roles: REPORTERS, ...PERSON })
  @ApiHeader(IDEMPOTENCY)
  @ApiOperation({
    summary: 'Report a work team’s day (närvaro per arbetslag)',
    description:
      'The team’s supervisor (handledare), or a coach or manager of the unit responsible for the intervention, ' +
      'reports the day for the team’s placements active that day, in one transaction: each entry carries the ' +
      'version it was based on (0 for a new one), and one stale entry rejects the whole request with 412. ' +
      `${CODES} Every change keeps its history (before, after, who, when, why).`,
  })
  @ApiOkResponse({ type: AttendanceEntriesDto })
  @ApiNotFoundResponse({ description: 'WORK_TEAM_NOT_FOUND: unknown, or not your team' })
  @ApiPreconditionFailedResponse({ description: STALE })
  @ApiConflictResponse({
    description: 'ATTENDANCE_MONTH_SIGNED: the month is signed off; a coach must reopen it',
  })
  @ApiUnprocessableEntityResponse({ description: `ATTENDANCE_PLACEMENT_NOT_IN_TEAM, ${RULES}` })
  reportTeamDay(
    @CurrentActor() actor: Actor,
    @Param('teamId', ParseUUIDPipe) teamId: string,
    @Param('date') date: string,
    @Body() body: ReportTeamDayDto,
  ): Promise<AttendanceEntriesDto> {
    return this.reporting.reportTeamDay(actor, teamId, date, body);
  }

  @Get('teams/:teamId/days/:date')
  @Access({ roles: REPORTERS, ...PERSON })
  @ApiOperation({
    summary: 'A work team’s day sheet (närvarolista)',
    description:
      'Each placement of the team active that day: the name (masked for skyddade personuppgifter), expected ' +
      'minutes, the day’s status and the current entry with its version (send it back as basedOnVersion). A ' +
      'scheduled day that has passed without an entry is not_reported (ej rapporterad). Audit-logged per person.',
  })
  @ApiOkResponse({ type: TeamDaySheetDto })
  @ApiNotFoundResponse({ description: 'WORK_TEAM_NOT_FOUND: unknown, or not your team' })
  teamDay(
    @CurrentActor() actor: Actor,
    @Param('teamId', ParseUUIDPipe) teamId: string,
    @Param('date') date: string,
  ): Promise<TeamDaySheetDto> {
    return this.reporting.teamDay(actor, teamId, date);
  }

  @Put('placements/:id/weeks/:isoWeek')
  @Access({ roles: REPORTERS, scopes: ['attendance:write'], ...PERSON })
  @ApiHeader(IDEMPOTENCY)
  @ApiOperation({
    summary: 'Report one person’s week (närvaro per vecka)',
    description:
      'The placement’s supervisor (or its team’s), a coach or manager who sees the case, or an API key with ' +
      'scope attendance:write whose unit is the instance’s site unit or responsible unit, reports days of the ISO ' +
      `week (e.g. 2026-W12) in one transaction, each based on the version read (0 = new). ${CODES}`,
  })
  @ApiOkResponse({ type: AttendanceEntriesDto })
  @ApiNotFoundResponse({ description: 'PLACEMENT_NOT_FOUND: unknown, or not visible to you' })
  @ApiPreconditionFailedResponse({ description: STALE })
  @ApiConflictResponse({
    description: 'ATTENDANCE_MONTH_SIGNED: the month is signed off; a coach must reopen it',
  })
  @ApiUnprocessableEntityResponse({ description: RULES })
  reportWeek(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('isoWeek') isoWeek: string,
    @Body() body: ReportWeekDto,
  ): Promise<AttendanceEntriesDto> {
    return this.reporting.reportWeek(actor, id, isoWeek, body);
  }

  @Get('placements/:id')
  @Access({ roles: READERS, ...PERSON })
  @ApiOperation({
    summary: 'A placement’s attendance month (närvaro per månad)',
    description:
      'Day by day: expected minutes from the schedule valid that day and the Swedish calendar, the status ' +
      '(scheduled, not_scheduled = ej planerad dag, holiday = röd dag or helgdagsafton, outside the placement), ' +
      'the entry with its version, or not_reported (ej rapporterad) for a scheduled day that has passed without ' +
      'one — never taken for närvaro or frånvaro. The supervisor sees their own placements; coaches, managers and ' +
      'IFO caseworkers who see the case. Audit-logged.',
  })
  @ApiOkResponse({ type: AttendanceMonthDto })
  @ApiNotFoundResponse({ description: 'PLACEMENT_NOT_FOUND: unknown, or not visible to you' })
  month(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: AttendanceMonthQuery,
  ): Promise<AttendanceMonthDto> {
    return this.reporting.month(actor, id, query.month);
  }

  @Get('placements/:id/days/:date/history')
  @Access({ roles: READERS, ...PERSON })
  @ApiOperation({
    summary: 'The history of one day’s attendance (ändringshistorik)',
    description:
      'Every change of the day, oldest first: the value before and after, who, when, through what (web, api, ' +
      'import) and why. Same access as the month view. Audit-logged.',
  })
  @ApiOkResponse({ type: AttendanceHistoryDto })
  @ApiNotFoundResponse({ description: 'PLACEMENT_NOT_FOUND: unknown, or not visible to you' })
  history(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('date') date: string,
  ): Promise<AttendanceHistoryDto> {
    return this.reporting.history(actor, id, date);
  }
}
