import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CASE_ACCESS } from '@steg/access';
import { Access, Actor, CurrentActor, etagFor } from '@steg/http';
import { AttendanceMonthsService, ReportFile } from './attendance-months.service';
import { ReopenMonthDto, ReportCsvQuery } from './dto/month.dto';
import { MonthReportDto, MonthStateDto } from './dto/month-response.dto';

const ROLES = CASE_ACCESS.attendance;
const PERSON = { personalData: { participantParam: 'participantId' } };
const NOT_VISIBLE =
  'Unknown, or not visible to you (no relation through your units): the same answer either way.';
/** The download's file name, in ASCII (`filename`) and in UTF-8 (`filename*`, RFC 5987). */
const disposition = (extension: 'csv' | 'xlsx') => ({
  'Content-Disposition': {
    description:
      'The file name in ASCII (filename) and in UTF-8 (filename*), e.g. attachment; ' +
      `filename="narvarorapport_2026-04_Oberg_Asa_3c4d5e6f.${extension}"; ` +
      `filename*=UTF-8''narvarorapport_2026-04_%C3%96berg_%C3%85sa_3c4d5e6f.${extension}`,
    schema: { type: 'string' },
  },
});
const MONTH_PARAM = { name: 'month', description: 'The month as YYYY-MM', example: '2026-04' };

@ApiTags('attendance')
@Controller('attendance')
export class AttendanceMonthsController {
  constructor(private readonly months: AttendanceMonthsService) {}

  @Post('participants/:participantId/months/:month/sign')
  @HttpCode(200)
  @Access({ roles: ROLES.signOff, ...PERSON })
  @ApiParam(MONTH_PARAM)
  @ApiOperation({
    summary: 'Sign off a month (attest av månadens närvaro)',
    description:
      "An AME coach who may see the case signs off the participant's month: it is locked (later changes " +
      'need a reopening with a reason) and the report goes to the inbox of the IFO caseworker following the ' +
      'case. A month can be signed from its last working day (422 MONTH_NOT_ENDED before), once (409 ' +
      'MONTH_ALREADY_SIGNED).',
  })
  @ApiOkResponse({ type: MonthStateDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: 'MONTH_ALREADY_SIGNED' })
  @ApiUnprocessableEntityResponse({ description: 'MONTH_NOT_ENDED' })
  async sign(
    @CurrentActor() actor: Actor,
    @Param('participantId', ParseUUIDPipe) participantId: string,
    @Param('month') month: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MonthStateDto> {
    const state = await this.months.sign(actor, participantId, month);
    void reply.header('ETag', etagFor(state.version));
    return state;
  }

  @Post('participants/:participantId/months/:month/reopen')
  @HttpCode(200)
  @Access({ roles: ROLES.signOff, ...PERSON })
  @ApiParam(MONTH_PARAM)
  @ApiOperation({
    summary: 'Reopen a signed month (återöppna attesterad månad)',
    description:
      'Needs a reason (400 without), which is logged as an event and shown in the report to IFO. Only a ' +
      'signed month can be reopened (409 MONTH_NOT_SIGNED).',
  })
  @ApiOkResponse({ type: MonthStateDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: 'MONTH_NOT_SIGNED' })
  async reopen(
    @CurrentActor() actor: Actor,
    @Param('participantId', ParseUUIDPipe) participantId: string,
    @Param('month') month: string,
    @Body() body: ReopenMonthDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MonthStateDto> {
    const state = await this.months.reopen(actor, participantId, month, body);
    void reply.header('ETag', etagFor(state.version));
    return state;
  }

  @Get('participants/:participantId/months/:month')
  @Access({ roles: ROLES.monthReport, ...PERSON })
  @ApiParam(MONTH_PARAM)
  @ApiOperation({
    summary: 'The attendance report to IFO (närvarorapport till IFO)',
    description:
      'Scheduled and present hours, absence per code (sjuk, vård av barn, beviljad ledighet, ogiltig ' +
      'frånvaro), unexcused days, not-reported days (ej rapporterade), each day’s line across parallel ' +
      'placements, who signed (attest) and when, reopenings with their reason, and the month’s frånvarodialog. ' +
      'Expected hours follow the schedule valid each day, without Swedish public holidays.',
  })
  @ApiOkResponse({ type: MonthReportDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  report(
    @CurrentActor() actor: Actor,
    @Param('participantId', ParseUUIDPipe) participantId: string,
    @Param('month') month: string,
  ): Promise<MonthReportDto> {
    return this.months.report(actor, participantId, month);
  }

  @Get('participants/:participantId/months/:month/report.csv')
  @Access({ roles: ROLES.monthReport, ...PERSON })
  @ApiParam(MONTH_PARAM)
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: 'The report to IFO as CSV (närvarorapport, CSV)',
    description:
      'Semicolon-separated with a UTF-8 BOM and decimal commas, so Excel in Swedish opens it. One table per ' +
      'file, so it imports as it is: the day table by default (one row per day and placement, each naming ' +
      'the participant and personnummer), the month’s totals with `table=summary` (Uppgift;Värde). Times ' +
      'are Swedish local time; text cells a spreadsheet would read as a formula (=, +, -, @) start with an ' +
      'apostrophe. The file name names the month and the participant (skyddad when masked) with the end of ' +
      'their id, in `filename` (ASCII) and `filename*` (UTF-8). The export is audit-logged.',
  })
  @ApiOkResponse({ description: 'text/csv', schema: { type: 'string' }, headers: disposition('csv') })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  async csv(
    @CurrentActor() actor: Actor,
    @Param('participantId', ParseUUIDPipe) participantId: string,
    @Param('month') month: string,
    @Query() query: ReportCsvQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | Buffer> {
    return send(reply, await this.months.exportCsv(actor, participantId, month, query.table ?? 'days'));
  }

  @Get('participants/:participantId/months/:month/report.xlsx')
  @Access({ roles: ROLES.monthReport, ...PERSON })
  @ApiParam(MONTH_PARAM)
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({
    summary: 'The report to IFO as XLSX (närvarorapport, Excel)',
    description:
      'Sheets "Dagar" (the day table: real date cells in YYYY-MM-DD, a frozen header row and a filter) and ' +
      '"Sammanställning" (the participant with personnummer, totals, attest and reopenings in Swedish local ' +
      'time). Text cells a spreadsheet would read as a formula start with an apostrophe. File name as for the ' +
      'CSV. The export is audit-logged.',
  })
  @ApiOkResponse({
    description: 'An Excel workbook',
    schema: { type: 'string', format: 'binary' },
    headers: disposition('xlsx'),
  })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  async xlsx(
    @CurrentActor() actor: Actor,
    @Param('participantId', ParseUUIDPipe) participantId: string,
    @Param('month') month: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | Buffer> {
    return send(reply, await this.months.exportXlsx(actor, participantId, month));
  }

  @Post('reports/:monthId/read')
  @HttpCode(200)
  @Access({ roles: ROLES.ifoReports, personalData: {} })
  @ApiOperation({
    summary: 'Mark an attendance report read (markera som läst)',
    description: 'Only the IFO caseworker following the case; marking it again changes nothing.',
  })
  @ApiOkResponse({ type: MonthStateDto })
  @ApiNotFoundResponse({ description: 'Unknown, not signed, or not your case: the same answer either way.' })
  markRead(
    @CurrentActor() actor: Actor,
    @Param('monthId', ParseUUIDPipe) monthId: string,
  ): Promise<MonthStateDto> {
    return this.months.markRead(actor, monthId);
  }
}

function send(reply: FastifyReply, file: ReportFile): string | Buffer {
  void reply.header('Content-Type', file.contentType).header('Content-Disposition', file.disposition);
  return file.body;
}
