import {
  Body,
  Controller,
  Get,
  Headers,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
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
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, Actor, CurrentActor, etagFor, versionFromIfMatch } from '@steg/http';
import { AdminUsersService } from './admin-users.service';
import { AdminListQuery } from './dto/admin-common.dto';
import { StaffUserDto, StaffUserPageDto } from './dto/admin-response.dto';
import { CreateUserDto, ReplaceMembershipsDto, UpdateUserDto } from './dto/user.dto';

const ADMIN = { roles: ['admin'] } as const;
const NOT_HERE = 'No such user in your municipality.';
const IF_MATCH = { name: 'If-Match', required: true, description: 'The ETag you read, e.g. "3"' };

@ApiTags('admin')
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly users: AdminUsersService) {}

  @Get()
  @Access(ADMIN)
  @ApiOperation({
    summary: 'List the staff users of your municipality (användare)',
    description: 'Sorted by username, with their roles in units. Never a password.',
  })
  @ApiOkResponse({ type: StaffUserPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: AdminListQuery): Promise<StaffUserPageDto> {
    return this.users.list(actor, query);
  }

  @Get(':id')
  @Access(ADMIN)
  @ApiOperation({ summary: 'Read a staff user', description: 'The ETag header carries the version.' })
  @ApiOkResponse({ type: StaffUserDto })
  @ApiNotFoundResponse({ description: NOT_HERE })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffUserDto> {
    const user = await this.users.get(actor, id);
    void reply.header('ETag', etagFor(user.version));
    return user;
  }

  @Post()
  @Access(ADMIN)
  @ApiOperation({
    summary: 'Create a staff user (skapa användare)',
    description:
      'With a password (at least 12 characters, stored as argon2id) for local sign-in, an identity-provider ' +
      'subject for OIDC, or both; and roles in units of your municipality. Usernames are unique across Steg.',
  })
  @ApiCreatedResponse({ type: StaffUserDto, description: 'ETag header carries the version' })
  @ApiConflictResponse({ description: 'USERNAME_TAKEN, EXTERNAL_SUBJECT_TAKEN' })
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateUserDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffUserDto> {
    const user = await this.users.create(actor, body);
    void reply.header('ETag', etagFor(user.version)).header('Location', `/api/v1/admin/users/${user.id}`);
    return user;
  }

  @Patch(':id')
  @Access(ADMIN)
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: 'Change a staff user',
    description:
      'Display name, active, permissions, password, identity-provider subject. Needs If-Match; a stale ' +
      'version answers 412. active: false refuses the user at once, including tokens already issued.',
  })
  @ApiOkResponse({ type: StaffUserDto })
  @ApiNotFoundResponse({ description: NOT_HERE })
  @ApiConflictResponse({ description: 'EXTERNAL_SUBJECT_TAKEN' })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateUserDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffUserDto> {
    const user = await this.users.update(actor, id, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(user.version));
    return user;
  }

  @Put(':id/memberships')
  @Access(ADMIN)
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: "Replace a user's roles in units (behörigheter)",
    description:
      'The set sent replaces the old one; every unit must belong to your municipality. Needs If-Match with ' +
      "the user's version, which moves on. Takes effect on the user's next request.",
  })
  @ApiOkResponse({ type: StaffUserDto })
  @ApiNotFoundResponse({ description: NOT_HERE })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  async replaceMemberships(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: ReplaceMembershipsDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffUserDto> {
    const user = await this.users.replaceMemberships(actor, id, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(user.version));
    return user;
  }
}
