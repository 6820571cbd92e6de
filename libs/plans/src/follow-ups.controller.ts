import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
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
import { FollowUpListDto, FollowUpMeetingDto, RecordFollowUpDto } from './dto/follow-up.dto';
import { FOLLOW_UP_TERMS } from './dto/openapi-terms';
import { FollowUpsService } from './follow-ups.service';

const NOT_VISIBLE = 'Unknown, or not visible to you (no relation to the person through your units).';

@ApiTags('follow-ups')
@Controller('enrolments/:enrolmentId/follow-ups')
export class FollowUpsController {
  constructor(private readonly followUps: FollowUpsService) {}

  @Post()
  @Access({ roles: CASE_ACCESS.plans.edit, personalData: {} })
  @ApiOperation({
    summary: 'Record a follow-up meeting (uppföljningsmöte)',
    description:
      `${FOLLOW_UP_TERMS} Records the day (not in the future, not before the enrolment start: 422 ` +
      `FOLLOW_UP_BEFORE_START), who took part, notes and the next meeting agreed on. A plan change made ` +
      `at the meeting (planChange: the full new content, changeSummary and the plan version it is based ` +
      `on) is saved as a new plan version linked to the meeting, in the same transaction (412 when ` +
      `stale, 409 PLAN_NOT_ACTIVE without an active plan). The enrolment must be open.`,
  })
  @ApiCreatedResponse({ type: FollowUpMeetingDto })
  @ApiNotFoundResponse({ description: `ENROLMENT_NOT_FOUND: ${NOT_VISIBLE}` })
  @ApiConflictResponse({ description: 'ENROLMENT_ALREADY_EXITED, PLAN_NOT_ACTIVE, PLAN_ENDED' })
  @ApiUnprocessableEntityResponse({
    description:
      'FOLLOW_UP_BEFORE_START, PLAN_UNCHANGED, PLAN_INTERVENTION_TYPE_INVALID, PLAN_PLACEMENT_INVALID',
  })
  record(
    @CurrentActor() actor: Actor,
    @Param('enrolmentId', ParseUUIDPipe) enrolmentId: string,
    @Body() body: RecordFollowUpDto,
  ): Promise<FollowUpMeetingDto> {
    return this.followUps.record(actor, enrolmentId, body);
  }

  @Get()
  @Access({ roles: CASE_ACCESS.plans.read, personalData: {} })
  @ApiOperation({
    summary: "An enrolment's follow-up meetings (uppföljningsmöten) and where the rhythm stands",
    description:
      `All meetings of the enrolment, the latest first (a handful a year, so not paged), and the rhythm ` +
      `today with the municipality's settings: ${FOLLOW_UP_TERMS} Due from exactly the due weeks after ` +
      `the last meeting (or the enrolment start); still due on the day exactly the overdue weeks after; ` +
      `overdue from the day after. The read is audit-logged.`,
  })
  @ApiOkResponse({ type: FollowUpListDto })
  @ApiNotFoundResponse({ description: `ENROLMENT_NOT_FOUND: ${NOT_VISIBLE}` })
  list(
    @CurrentActor() actor: Actor,
    @Param('enrolmentId', ParseUUIDPipe) enrolmentId: string,
  ): Promise<FollowUpListDto> {
    return this.followUps.list(actor, enrolmentId);
  }
}
