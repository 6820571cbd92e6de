import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CASE_ACCESS } from '@steg/access';
import { Access, Actor, CurrentActor } from '@steg/http';
import { REPORT_BACK_DAYS_AFTER_EXIT } from './domain/report-back.rules';
import { CreateReportBackDto, ParticipantReportBacksQuery } from './dto/report-back.dto';
import { ReportBackDto, ReportBackPageDto } from './dto/report-back-response.dto';
import { ReportBacksService } from './report-backs.service';

const { reportBack: WRITE, reportBackRecipient: RECIPIENT, reportBackRead: READ } = CASE_ACCESS.referrals;
const NOT_VISIBLE =
  'Unknown, or not visible to you (no relation through your units): the same answer either way.';

@ApiTags('report-backs')
@Controller()
export class ReportBacksController {
  constructor(private readonly reportBacks: ReportBacksService) {}

  @Post('enrolments/:id/report-backs')
  @Access({ roles: WRITE, personalData: {} })
  @ApiOperation({
    summary: 'Report back to IFO (återrapportering)',
    description:
      'A structured message from AME to the IFO caseworker who follows the enrolment: progress, attendance ' +
      'concern, may qualify for other support than försörjningsstöd, planned exit, or other. Written by a ' +
      "coach or manager of the enrolment's AME unit who may see the person. Allowed while the enrolment is " +
      `open and for ${REPORT_BACK_DAYS_AFTER_EXIT} days after the exit, for every kind (409 later).`,
  })
  @ApiCreatedResponse({ type: ReportBackDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: 'REPORT_BACK_ENROLMENT_CLOSED: more than 90 days after the exit' })
  @ApiUnprocessableEntityResponse({
    description: 'REPORT_BACK_NO_IFO_CASEWORKER: the enrolment has no IFO caseworker to send it to',
  })
  create(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateReportBackDto,
  ): Promise<ReportBackDto> {
    return this.reportBacks.create(actor, id, body);
  }

  @Post('report-backs/:id/read')
  @HttpCode(200)
  @Access({ roles: RECIPIENT, personalData: {} })
  @ApiOperation({
    summary: 'Mark a report-back read (markera som läst)',
    description: 'Only the recipient may; marking it again changes nothing and answers the same.',
  })
  @ApiOkResponse({ type: ReportBackDto })
  @ApiNotFoundResponse({ description: 'Unknown, or not addressed to you: the same answer either way.' })
  markRead(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<ReportBackDto> {
    return this.reportBacks.markRead(actor, id);
  }

  @Get('report-backs')
  @Access({ roles: READ, personalData: {} })
  @ApiOperation({
    summary: "A participant's report-backs (återrapporteringar per deltagare)",
    description: 'Every report-back about the person, newest first, for anyone who may see the case.',
  })
  @ApiOkResponse({ type: ReportBackPageDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  listForParticipant(
    @CurrentActor() actor: Actor,
    @Query() query: ParticipantReportBacksQuery,
  ): Promise<ReportBackPageDto> {
    return this.reportBacks.listForParticipant(actor, query);
  }
}
