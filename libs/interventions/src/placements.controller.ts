import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CASE_ACCESS } from '@steg/access';
import { Access, Actor, CurrentActor, etagFor, versionFromIfMatch } from '@steg/http';
import {
  AddScheduleDto,
  CreatePlacementDto,
  EndPlacementDto,
  ExpectedHoursQuery,
  PlacementsQuery,
  UpdatePlacementDto,
} from './dto/placement.dto';
import {
  ExpectedHoursDto,
  PlacementDto,
  PlacementForSupervisorDto,
  PlacementPageDto,
} from './dto/placement-response.dto';
import { PlacementsService } from './placements.service';

const PERSON = { personalData: {} };
const NOT_VISIBLE = 'PLACEMENT_NOT_FOUND: unknown, or not visible to you — the same answer either way.';
const CHANGE =
  'By a coach or manager of the AME unit the person is enrolled at, or of the unit responsible for the ' +
  'intervention (403 PLACEMENT_WRONG_UNIT for others who see the person).';

@ApiTags('placements')
@ApiExtraModels(PlacementDto, PlacementForSupervisorDto)
@Controller('placements')
export class PlacementsController {
  constructor(private readonly placements: PlacementsService) {}

  @Post()
  @Access({ roles: CASE_ACCESS.placements.place, ...PERSON })
  @ApiOperation({
    summary: 'Place an enrolled person in an intervention (placering)',
    description:
      'Needs the case view of the person and ame_coach or unit_manager in the enrolment’s AME unit. The start ' +
      'must lie within the instance’s period and not before the enrolment. When the instance or the work team ' +
      'has no free place on the start date the answer is 409 PLACEMENT_CAPACITY_FULL, unless ' +
      'capacityOverrideReason is given: then the person is placed and the reason recorded. The first weekly ' +
      'schedule is valid from the start. The responsible unit gets a placement relation to the person and the ' +
      'supervisor (default the team’s) a supervision relation with the limited view. Parallel placements are ' +
      'allowed. The earliest placement start becomes the enrolment’s firstInterventionStart.',
  })
  @ApiCreatedResponse({ type: PlacementDto, description: 'ETag header carries the version' })
  @ApiNotFoundResponse({ description: 'ENROLMENT_NOT_FOUND: unknown or not visible to you' })
  @ApiConflictResponse({ description: 'PLACEMENT_CAPACITY_FULL, ENROLMENT_ALREADY_EXITED' })
  @ApiUnprocessableEntityResponse({
    description:
      'PLACEMENT_BEFORE_ENROLMENT, PLACEMENT_OUTSIDE_INSTANCE_PERIOD, INTERVENTION_INSTANCE_INVALID, ' +
      'INTERVENTION_TYPE_RETIRED, WORK_TEAM_INVALID, SUPERVISOR_INVALID',
  })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreatePlacementDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PlacementDto> {
    const placement = await this.placements.create(actor, body);
    void reply
      .header('ETag', etagFor(placement.version))
      .header('Location', `/api/v1/placements/${placement.id}`);
    return placement;
  }

  @Get()
  @Access({ roles: CASE_ACCESS.placements.list, ...PERSON })
  @ApiOperation({
    summary: 'Placements under an enrolment or of a participant, newest first',
    description:
      'Give exactly one of enrolmentId and participantId. Needs the case view of the person; audit-logged.',
  })
  @ApiOkResponse({ type: PlacementPageDto })
  @ApiNotFoundResponse({ description: 'ENROLMENT_NOT_FOUND or PARTICIPANT_NOT_FOUND' })
  list(@CurrentActor() actor: Actor, @Query() query: PlacementsQuery): Promise<PlacementPageDto> {
    return this.placements.list(actor, query);
  }

  @Get(':id')
  @Access({ roles: CASE_ACCESS.placements.read, ...PERSON })
  @ApiOperation({
    summary: 'Read a placement',
    description:
      'Caseworkers, coaches and managers who see the person get the case view with the schedule history. The ' +
      'placement’s own supervisor (handledare), while supervising it, gets the name (masked for protected ' +
      'identity) and the current and coming schedule — never the identity number, plan, notes or enrolment.',
  })
  @ApiOkResponse({
    schema: {
      oneOf: [{ $ref: getSchemaPath(PlacementDto) }, { $ref: getSchemaPath(PlacementForSupervisorDto) }],
    },
  })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PlacementDto | PlacementForSupervisorDto> {
    const view = await this.placements.get(actor, id);
    if (view.audience === 'case') void reply.header('ETag', etagFor(view.placement.version));
    return view.placement;
  }

  @Get(':id/expected-hours')
  @Access({ roles: CASE_ACCESS.placements.read, ...PERSON })
  @ApiOperation({
    summary: 'Expected attendance per day (förväntad närvaro)',
    description:
      'For each day from `from` to `to` (at most 366 days): the minutes the schedule valid that day expects, ' +
      'none on röda dagar, on midsommarafton, julafton and nyårsafton, on unscheduled weekdays and outside the ' +
      'placement. What attendance is measured against. Same access as reading the placement.',
  })
  @ApiOkResponse({ type: ExpectedHoursDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  expectedHours(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ExpectedHoursQuery,
  ): Promise<ExpectedHoursDto> {
    return this.placements.expectedHours(actor, id, query);
  }

  @Post(':id/schedules')
  @Access({ roles: CASE_ACCESS.placements.place, ...PERSON })
  @ApiOperation({
    summary: 'Change the weekly schedule from a date (nytt schema)',
    description:
      `${CHANGE} Adds a version valid from validFrom; earlier versions are never edited, so past attendance ` +
      'is still judged against the schedule that applied then. validFrom must be after the latest version ' +
      '(422 SCHEDULE_NOT_AFTER_LATEST) and not before the start (422 SCHEDULE_BEFORE_PLACEMENT_START). ' +
      'Back-dating to a past date is allowed only with a reason (422 SCHEDULE_BACKDATED_WITHOUT_REASON).',
  })
  @ApiCreatedResponse({ type: PlacementDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: 'PLACEMENT_ALREADY_ENDED' })
  @ApiUnprocessableEntityResponse({
    description:
      'SCHEDULE_NOT_AFTER_LATEST, SCHEDULE_BEFORE_PLACEMENT_START, SCHEDULE_BACKDATED_WITHOUT_REASON',
  })
  async addSchedule(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddScheduleDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PlacementDto> {
    const placement = await this.placements.addSchedule(actor, id, body);
    void reply.header('ETag', etagFor(placement.version));
    return placement;
  }

  @Post(':id/end')
  @HttpCode(200)
  @Access({ roles: CASE_ACCESS.placements.place, ...PERSON })
  @ApiOperation({
    summary: 'End a placement (avsluta placering)',
    description:
      `${CHANGE} The end date may not be in the future nor before the start (422 PLACEMENT_END_BEFORE_START). ` +
      'The unit’s placement relation and the supervisor’s relation end on that date. A second end answers 409.',
  })
  @ApiOkResponse({ type: PlacementDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: 'PLACEMENT_ALREADY_ENDED' })
  @ApiUnprocessableEntityResponse({ description: 'PLACEMENT_END_BEFORE_START' })
  async end(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: EndPlacementDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PlacementDto> {
    const placement = await this.placements.end(actor, id, body);
    void reply.header('ETag', etagFor(placement.version));
    return placement;
  }

  @Patch(':id')
  @Access({ roles: CASE_ACCESS.placements.place, ...PERSON })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag you read, e.g. "3"' })
  @ApiOperation({
    summary: 'Change the planned end, the supervisor or the work team',
    description:
      `${CHANGE} Needs If-Match; a stale version answers 412. A new supervisor takes over the supervision ` +
      'relation at once. Moving to another team of the same instance needs a free place there (409 ' +
      'PLACEMENT_CAPACITY_FULL) and brings the team’s supervisor unless supervisorId is given. An ended ' +
      'placement cannot change (409 PLACEMENT_ALREADY_ENDED).',
  })
  @ApiOkResponse({ type: PlacementDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: 'PLACEMENT_ALREADY_ENDED, PLACEMENT_CAPACITY_FULL' })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  @ApiUnprocessableEntityResponse({
    description: 'WORK_TEAM_INVALID, SUPERVISOR_INVALID, PLACEMENT_OUTSIDE_INSTANCE_PERIOD',
  })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdatePlacementDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PlacementDto> {
    const placement = await this.placements.update(actor, id, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(placement.version));
    return placement;
  }
}
