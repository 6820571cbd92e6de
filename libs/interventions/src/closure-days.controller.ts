import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Put, Res } from '@nestjs/common';
import {
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, Actor, CurrentActor, etagFor, versionFromIfMatch } from '@steg/http';
import { ClosureDaysService } from './closure-days.service';
import { ClosureDaysDto, UpdateClosureDaysDto } from './dto/closure-days.dto';

const ADMIN = { roles: ['admin'] } as const;
const WHAT =
  'Days closed (stängda dagar, klämdagar) are not scheduled days: no attendance is expected and none ' +
  'shows as not reported (ej rapporterad). A unit’s list overrides the municipality’s whole; a ' +
  'placement follows its site’s unit, else the unit responsible for the instance, else the municipality.';
const PUT_RULES =
  'The list replaces the one held. Needs If-Match (428 IF_MATCH_REQUIRED without, 412 STALE_VERSION ' +
  'when stale); a 400 names each field and rule broken. Audited.';

@ApiTags('attendance')
@Controller('closure-days')
export class ClosureDaysController {
  constructor(private readonly closures: ClosureDaysService) {}

  @Get()
  @Access(ADMIN)
  @ApiOperation({ summary: 'The days the whole municipality closes (klämdagar)', description: WHAT })
  @ApiOkResponse({ type: ClosureDaysDto })
  async get(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ClosureDaysDto> {
    return tagged(reply, await this.closures.get(actor, null));
  }

  @Put()
  @Access(ADMIN)
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag you read, e.g. "0" or "3"' })
  @ApiOperation({
    summary: 'Set the days the whole municipality closes',
    description: `${WHAT} ${PUT_RULES}`,
  })
  @ApiOkResponse({ type: ClosureDaysDto })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  async update(
    @CurrentActor() actor: Actor,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateClosureDaysDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ClosureDaysDto> {
    return tagged(reply, await this.closures.update(actor, null, versionFromIfMatch(ifMatch), body));
  }

  @Get('units/:unitId')
  @Access(ADMIN)
  @ApiOperation({
    summary: 'The days a unit closes',
    description: `${WHAT} While the unit has no list of its own, the municipality’s days are shown (inherited).`,
  })
  @ApiOkResponse({ type: ClosureDaysDto })
  @ApiNotFoundResponse({ description: 'UNIT_NOT_FOUND: no such unit in your municipality' })
  async getUnit(
    @CurrentActor() actor: Actor,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ClosureDaysDto> {
    return tagged(reply, await this.closures.get(actor, unitId));
  }

  @Put('units/:unitId')
  @Access(ADMIN)
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag you read ("0" while inherited)' })
  @ApiOperation({
    summary: 'Set the days a unit closes (overrides the municipality’s)',
    description: `${WHAT} ${PUT_RULES}`,
  })
  @ApiOkResponse({ type: ClosureDaysDto })
  @ApiNotFoundResponse({ description: 'UNIT_NOT_FOUND: no such unit in your municipality' })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  async updateUnit(
    @CurrentActor() actor: Actor,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateClosureDaysDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ClosureDaysDto> {
    return tagged(reply, await this.closures.update(actor, unitId, versionFromIfMatch(ifMatch), body));
  }
}

function tagged(reply: FastifyReply, days: ClosureDaysDto): ClosureDaysDto {
  void reply.header('ETag', etagFor(days.version));
  return days;
}
