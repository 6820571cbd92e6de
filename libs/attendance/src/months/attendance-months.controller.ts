import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
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
import { ReopenMonthDto } from './dto/month.dto';
import { MonthReportDto, MonthStateDto } from './dto/month-response.dto';

const ROLES = CASE_ACCESS.attendance;
const PERSON = { personalData: { participantParam: 'participantId' } };
const NOT_VISIBLE =
  'Unknown, or not visible to you (no relation through your units): the same answer either way.';
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
      'Semicolon-separated with a UTF-8 BOM and decimal commas, so Excel in Swedish opens it: one row per day ' +
      'and placement, then the totals. The export is audit-logged.',
  })
  @ApiOkResponse({ description: 'text/csv', schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  async csv(
    @CurrentActor() actor: Actor,
    @Param('participantId', ParseUUIDPipe) participantId: string,
    @Param('month') month: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | Buffer> {
    return send(reply, await this.months.exportCsv(actor, participantId, month));
  }

  @Get('participants/:participantId/months/:month/report.xlsx')
  @Access({ roles: ROLES.monthReport, ...PERSON })
  @ApiParam(MONTH_PARAM)
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({
    summary: 'The report to IFO as XLSX (närvarorapport, Excel)',
    description:
      'Sheets "Sammanställning" (totals, attest, reopenings) and "Dagar". The export is audit-logged.',
  })
  @ApiOkResponse({ description: 'An Excel workbook', schema: { type: 'string', format: 'binary' } })
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
  void reply
    .header('Content-Type', file.contentType)
    .header('Content-Disposition', `attachment; filename="${file.filename}"`);
  return file.body;
}
