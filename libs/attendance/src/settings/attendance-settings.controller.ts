import { Body, Controller, Get, Headers, Put, Res } from '@nestjs/common';
import {
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, Actor, CurrentActor, etagFor, versionFromIfMatch } from '@steg/http';
import { AttendanceSettingsService } from '../attendance-settings.service';
import { AttendanceSettingsDto, UpdateAttendanceSettingsDto } from './attendance-settings.dto';

const ADMIN = { roles: ['admin'] } as const;

@ApiTags('attendance')
@Controller('attendance-settings')
export class AttendanceSettingsController {
  constructor(private readonly settings: AttendanceSettingsService) {}

  @Get()
  @Access(ADMIN)
  @ApiOperation({
    summary: "The municipality's attendance settings (närvaroinställningar)",
    description:
      'The back-reporting window, the unexcused-absence threshold that opens an absence dialogue, the ' +
      "dialogue's deadline, when a month's sign-off is due and the non-working helgdagsaftnar. The " +
      'defaults apply until set (isDefault). The ETag header carries the version for If-Match ("0" for ' +
      'the defaults).',
  })
  @ApiOkResponse({ type: AttendanceSettingsDto })
  async get(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AttendanceSettingsDto> {
    const settings = await this.settings.get(actor);
    void reply.header('ETag', etagFor(settings.version));
    return settings;
  }

  @Put()
  @Access(ADMIN)
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag you read, e.g. "0" or "3"' })
  @ApiOperation({
    summary: "Set the municipality's attendance settings",
    description:
      'Every value; a 400 names each field and rule broken. Needs If-Match (428 IF_MATCH_REQUIRED ' +
      'without, 412 STALE_VERSION when stale). Audited. Takes effect at once for every report, ' +
      'dialogue and deadline computed from then on.',
  })
  @ApiOkResponse({ type: AttendanceSettingsDto })
  @ApiPreconditionFailedResponse({ description: 'STALE_VERSION' })
  async update(
    @CurrentActor() actor: Actor,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateAttendanceSettingsDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AttendanceSettingsDto> {
    const settings = await this.settings.update(actor, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(settings.version));
    return settings;
  }
}
