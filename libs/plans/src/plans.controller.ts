import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Res,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CASE_ACCESS } from '@steg/access';
import { Access, Actor, CurrentActor, etagFor, ParsePositiveIntPipe, versionFromIfMatch } from '@steg/http';
import { PLAN_TERMS, PLAN_WARNING_TERMS } from './dto/openapi-terms';
import { CreatePlanDto, EndPlanDto, UpdatePlanDto } from './dto/plan.dto';
import { PlanDto, PlanVersionDto } from './dto/plan-response.dto';
import { PlansService } from './plans.service';

const PERSON = { personalData: {} };
const NOT_VISIBLE =
  'Unknown, or not visible to you (no relation to the person through a unit where you hold one of the ' +
  "route's roles); a supervisor (handledare) never sees a plan. The same answer either way.";
const REFERENCES =
  'PLAN_INTERVENTION_TYPE_INVALID (a type named for the first time is not an active type of your ' +
  'catalogue), PLAN_PLACEMENT_INVALID (not a placement of this enrolment), PLAN_UNCHANGED (PUT only)';

@ApiTags('plans')
@Controller()
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Post('enrolments/:enrolmentId/plan')
  @Access({ roles: CASE_ACCESS.plans.edit, ...PERSON })
  @ApiOperation({
    summary: 'Create the development plan (utvecklingsplan) of an enrolment',
    description:
      `${PLAN_TERMS} Saved as version 1. One active plan per enrolment: a second answers 409 ` +
      `PLAN_ALREADY_ACTIVE (change the plan with PUT /plans/{id} instead). The enrolment must be open ` +
      `(409 ENROLMENT_ALREADY_EXITED). Goals and planned interventions without an id get one that stays ` +
      `with them in later versions. ${PLAN_WARNING_TERMS}`,
  })
  @ApiCreatedResponse({ type: PlanDto, description: 'ETag header carries the version' })
  @ApiNotFoundResponse({ description: `ENROLMENT_NOT_FOUND: ${NOT_VISIBLE}` })
  @ApiConflictResponse({ description: 'PLAN_ALREADY_ACTIVE, ENROLMENT_ALREADY_EXITED' })
  @ApiUnprocessableEntityResponse({ description: REFERENCES })
  async create(
    @CurrentActor() actor: Actor,
    @Param('enrolmentId', ParseUUIDPipe) enrolmentId: string,
    @Body() body: CreatePlanDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PlanDto> {
    const plan = await this.plans.create(actor, enrolmentId, body);
    void reply.header('ETag', etagFor(plan.version)).header('Location', `/api/v1/plans/${plan.id}`);
    return plan;
  }

  @Get('enrolments/:enrolmentId/plan')
  @Access({ roles: CASE_ACCESS.plans.read, ...PERSON })
  @ApiOperation({
    summary: "The enrolment's development plan (utvecklingsplan)",
    description:
      'The active plan, or the latest ended one when none is active; 404 PLAN_NOT_FOUND when the ' +
      'enrolment has no plan. Same body as GET /plans/{id}; the read is audit-logged.',
  })
  @ApiOkResponse({ type: PlanDto })
  @ApiNotFoundResponse({ description: `ENROLMENT_NOT_FOUND, PLAN_NOT_FOUND: ${NOT_VISIBLE}` })
  async getForEnrolment(
    @CurrentActor() actor: Actor,
    @Param('enrolmentId', ParseUUIDPipe) enrolmentId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PlanDto> {
    const plan = await this.plans.getForEnrolment(actor, enrolmentId);
    void reply.header('ETag', etagFor(plan.version));
    return plan;
  }

  @Get('plans/:id')
  @Access({ roles: CASE_ACCESS.plans.read, ...PERSON })
  @ApiOperation({
    summary: 'Read a development plan (utvecklingsplan): current content, warnings and history',
    description:
      `The current version's content, the warnings of an active plan, and the history: every version ` +
      `with who saved it, when, which fields changed and the change in words. ${PLAN_WARNING_TERMS} ` +
      `The read is audit-logged.`,
  })
  @ApiOkResponse({ type: PlanDto })
  @ApiNotFoundResponse({ description: `PLAN_NOT_FOUND: ${NOT_VISIBLE}` })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PlanDto> {
    const plan = await this.plans.get(actor, id);
    void reply.header('ETag', etagFor(plan.version));
    return plan;
  }

  @Get('plans/:id/versions/:versionNo')
  @Access({ roles: CASE_ACCESS.plans.read, ...PERSON })
  @ApiOperation({
    summary: 'Read one saved version of a plan, exactly as it was saved',
    description: 'Versions are never changed. The read is audit-logged.',
  })
  @ApiOkResponse({ type: PlanVersionDto })
  @ApiNotFoundResponse({ description: `PLAN_NOT_FOUND, PLAN_VERSION_NOT_FOUND: ${NOT_VISIBLE}` })
  getVersion(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('versionNo', ParsePositiveIntPipe) versionNo: number,
  ): Promise<PlanVersionDto> {
    return this.plans.getVersion(actor, id, versionNo);
  }

  @Put('plans/:id')
  @Access({ roles: CASE_ACCESS.plans.edit, ...PERSON })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag you read, e.g. "3"' })
  @ApiOperation({
    summary: 'Save a new version of a development plan (utvecklingsplan)',
    description:
      `Send the full new content and what changed in words (changeSummary); it is saved as a new, ` +
      `immutable version and the changed fields are recorded. Needs If-Match (428 without, 412 when ` +
      `stale). An ended plan cannot be changed (409 PLAN_ENDED); content equal to the current version ` +
      `answers 422 PLAN_UNCHANGED. ${PLAN_WARNING_TERMS}`,
  })
  @ApiOkResponse({ type: PlanDto })
  @ApiNotFoundResponse({ description: `PLAN_NOT_FOUND: ${NOT_VISIBLE}` })
  @ApiConflictResponse({ description: 'PLAN_ENDED' })
  @ApiUnprocessableEntityResponse({ description: REFERENCES })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdatePlanDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PlanDto> {
    const plan = await this.plans.update(actor, id, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(plan.version));
    return plan;
  }

  @Post('plans/:id/end')
  @HttpCode(200)
  @Access({ roles: CASE_ACCESS.plans.edit, ...PERSON })
  @ApiOperation({
    summary: 'End a development plan (avsluta utvecklingsplanen)',
    description:
      'When its goals are met (goals_met), or before the enrolment exits (enrolment_exited): an enrolment ' +
      'with an active plan cannot exit (POST /enrolments/{id}/exit answers 409 ENROLMENT_HAS_OPEN_ITEMS ' +
      'listing the plan), so the coach ends the plan first. endedOn defaults to today, never in the future ' +
      'nor before the plan was made (422 PLAN_END_BEFORE_START). A second end answers 409 PLAN_ALREADY_ENDED.',
  })
  @ApiOkResponse({ type: PlanDto })
  @ApiNotFoundResponse({ description: `PLAN_NOT_FOUND: ${NOT_VISIBLE}` })
  @ApiConflictResponse({ description: 'PLAN_ALREADY_ENDED' })
  @ApiUnprocessableEntityResponse({ description: 'PLAN_END_BEFORE_START' })
  async end(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: EndPlanDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PlanDto> {
    const plan = await this.plans.end(actor, id, body);
    void reply.header('ETag', etagFor(plan.version));
    return plan;
  }
}
