import {
  Body,
  Controller,
  Get,
  Headers,
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
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, Actor, CurrentActor, etagFor, versionFromIfMatch } from '@steg/http';
import { AdminUnitsService } from './admin-units.service';
import { AdminListQuery } from './dto/admin-common.dto';
import { UnitDto, UnitPageDto } from './dto/admin-response.dto';
import { CreateUnitDto, UpdateUnitDto } from './dto/unit.dto';

const ADMIN = { roles: ['admin'] } as const;
const NOT_HERE = 'No such unit in your municipality.';

@ApiTags('admin')
@Controller('admin/units')
export class AdminUnitsController {
  constructor(private readonly units: AdminUnitsService) {}

  @Get()
  @Access(ADMIN)
  @ApiOperation({
    summary: 'List the units of your municipality (enheter)',
    description: 'Sorted by name, active and closed units alike.',
  })
  @ApiOkResponse({ type: UnitPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: AdminListQuery): Promise<UnitPageDto> {
    return this.units.list(actor, query);
  }

  @Get(':id')
  @Access(ADMIN)
  @ApiOperation({ summary: 'Read a unit', description: 'The ETag header carries the version for If-Match.' })
  @ApiOkResponse({ type: UnitDto })
  @ApiNotFoundResponse({ description: NOT_HERE })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UnitDto> {
    const unit = await this.units.get(actor, id);
    void reply.header('ETag', etagFor(unit.version));
    return unit;
  }

  @Post()
  @Access(ADMIN)
  @ApiOperation({
    summary: 'Create a unit (skapa enhet)',
    description: 'Names are unique in the municipality. The parent must be a unit of the municipality.',
  })
  @ApiCreatedResponse({ type: UnitDto, description: 'ETag header carries the version' })
  @ApiConflictResponse({ description: 'UNIT_NAME_TAKEN' })
  @ApiUnprocessableEntityResponse({ description: 'UNIT_PARENT_NOT_FOUND' })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateUnitDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UnitDto> {
    const unit = await this.units.create(actor, body);
    void reply.header('ETag', etagFor(unit.version)).header('Location', `/api/v1/admin/units/${unit.id}`);
    return unit;
  }

  @Patch(':id')
  @Access(ADMIN)
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag you read, e.g. "3"' })
  @ApiOperation({
    summary: 'Rename, move or close a unit',
    description:
      'Needs If-Match with the version read; a stale version answers 412. Moving a unit under itself or ' +
      'under one of its own sub-units answers 422 UNIT_PARENT_CYCLE. Closing a unit (active: false) ' +
      'makes its memberships grant nothing.',
  })
  @ApiOkResponse({ type: UnitDto })
  @ApiNotFoundResponse({ description: NOT_HERE })
  @ApiConflictResponse({ description: 'UNIT_NAME_TAKEN' })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  @ApiUnprocessableEntityResponse({ description: 'UNIT_PARENT_NOT_FOUND, UNIT_PARENT_CYCLE' })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateUnitDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UnitDto> {
    const unit = await this.units.update(actor, id, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(unit.version));
    return unit;
  }
}
