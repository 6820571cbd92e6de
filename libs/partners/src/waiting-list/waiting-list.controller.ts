import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CASE_ACCESS } from '@steg/access';
import { Access, Actor, CurrentActor, etagFor, versionFromIfMatch } from '@steg/http';
import {
  PlaceFromWaitingListDto,
  QueueParticipantDto,
  RemoveFromWaitingListDto,
  WaitingListEntryDto,
  WaitingListPageDto,
  WaitingListQuery,
} from './dto/waiting-list.dto';
import { WaitingListService } from './waiting-list.service';

const PERSON = { personalData: {} };
const NOT_VISIBLE = 'WAITING_LIST_ENTRY_NOT_FOUND (also when you may not see the person)';
const IF_MATCH = { name: 'If-Match', required: true, description: 'The ETag you read, e.g. "1"' };
const CLOSE =
  'For ame_coach or unit_manager of the AME unit the person is enrolled at or of the unit responsible for the ' +
  'instance (403 WAITING_LIST_WRONG_UNIT). Needs If-Match; a stale version answers 412. A closed entry ' +
  'answers 409 WAITING_LIST_ENTRY_CLOSED. Audit-logged.';

@ApiTags('waiting-lists')
@Controller('waiting-list-entries')
export class WaitingListController {
  constructor(private readonly waitingList: WaitingListService) {}

  @Post()
  @Access({ roles: CASE_ACCESS.waitingList.queue, ...PERSON })
  @ApiOperation({
    summary: 'Put a person on an intervention’s waiting list (sätta i kö)',
    description:
      'For ame_coach or unit_manager of the AME unit of the person’s open enrolment (403 WAITING_LIST_WRONG_UNIT). ' +
      'Only when the instance is full today: with a free place, or no limit, the answer is 422 ' +
      'WAITING_LIST_INSTANCE_NOT_FULL — place the person instead. One open entry per person and instance ' +
      '(409 WAITING_LIST_ALREADY_QUEUED); not for someone already placed there (409 WAITING_LIST_ALREADY_PLACED). ' +
      'An open entry stops the enrolment’s exit until it is placed or removed. Audit-logged.',
  })
  @ApiCreatedResponse({ type: WaitingListEntryDto, description: 'ETag header carries the version' })
  @ApiForbiddenResponse({ description: 'WAITING_LIST_WRONG_UNIT' })
  @ApiNotFoundResponse({ description: 'ENROLMENT_NOT_FOUND (also when you may not see the person)' })
  @ApiConflictResponse({
    description: 'ENROLMENT_ALREADY_EXITED, WAITING_LIST_ALREADY_QUEUED, WAITING_LIST_ALREADY_PLACED',
  })
  @ApiUnprocessableEntityResponse({
    description:
      'WAITING_LIST_INSTANCE_INVALID, WAITING_LIST_INSTANCE_ENDED, WAITING_LIST_INSTANCE_NOT_FULL, ' +
      'WAITING_LIST_BEFORE_ENROLMENT',
  })
  async queue(
    @CurrentActor() actor: Actor,
    @Body() body: QueueParticipantDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WaitingListEntryDto> {
    const entry = await this.waitingList.queue(actor, body);
    void reply
      .header('ETag', etagFor(entry.version))
      .header('Location', `/api/v1/waiting-list-entries/${entry.id}`);
    return entry;
  }

  @Get()
  @Access({ roles: CASE_ACCESS.waitingList.read, ...PERSON })
  @ApiOperation({
    summary: 'Waiting-list entries (kö) you may see, in queue order',
    description:
      'Priority 1 first, then whoever has waited longest. Filter by instance (its list), by person, and by ' +
      'status (default open; placed and removed keep their waiting time).',
  })
  @ApiOkResponse({ type: WaitingListPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: WaitingListQuery): Promise<WaitingListPageDto> {
    return this.waitingList.list(actor, query);
  }

  @Get(':id')
  @Access({ roles: CASE_ACCESS.waitingList.read, ...PERSON })
  @ApiOperation({ summary: 'One waiting-list entry' })
  @ApiOkResponse({ type: WaitingListEntryDto })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WaitingListEntryDto> {
    const entry = await this.waitingList.get(actor, id);
    void reply.header('ETag', etagFor(entry.version));
    return entry;
  }

  @Post(':id/placement')
  @HttpCode(200)
  @Access({ roles: CASE_ACCESS.waitingList.queue, ...PERSON })
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: 'Close an entry as placed (placerad från kön), keeping the waiting time',
    description:
      'Names the placement made in the instance (POST /placements, with capacityOverrideReason if still full). ' +
      'The wait ends on the placement’s start: waitingDays = start − waitingSince. The placement must be this ' +
      `person's in this instance, starting on or after waitingSince (422 WAITING_LIST_PLACEMENT_INVALID). ${CLOSE}`,
  })
  @ApiOkResponse({ type: WaitingListEntryDto })
  @ApiForbiddenResponse({ description: 'WAITING_LIST_WRONG_UNIT' })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: 'WAITING_LIST_ENTRY_CLOSED' })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  @ApiUnprocessableEntityResponse({ description: 'WAITING_LIST_PLACEMENT_INVALID' })
  async place(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: PlaceFromWaitingListDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WaitingListEntryDto> {
    const entry = await this.waitingList.place(actor, id, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(entry.version));
    return entry;
  }

  @Post(':id/removal')
  @HttpCode(200)
  @Access({ roles: CASE_ACCESS.waitingList.queue, ...PERSON })
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: 'Remove a person from a waiting list with a reason (ta bort ur kön)',
    description: `The wait ends today; the entry stays with its waiting time and the reason. ${CLOSE}`,
  })
  @ApiOkResponse({ type: WaitingListEntryDto })
  @ApiForbiddenResponse({ description: 'WAITING_LIST_WRONG_UNIT' })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: 'WAITING_LIST_ENTRY_CLOSED' })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  async remove(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: RemoveFromWaitingListDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WaitingListEntryDto> {
    const entry = await this.waitingList.remove(actor, id, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(entry.version));
    return entry;
  }
}
