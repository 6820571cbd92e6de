import { Body, Controller, Get, Headers, Put, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, Actor, CurrentActor, etagFor, versionFromIfMatch } from '@steg/http';
import { FollowUpSettingsDto, UpdateFollowUpSettingsDto } from './dto/follow-up-settings.dto';
import { FollowUpSettingsService } from './follow-up-settings.service';

const ADMIN = { roles: ['admin'] } as const;

@ApiTags('follow-ups')
@Controller('follow-up-settings')
export class FollowUpSettingsController {
  constructor(private readonly settings: FollowUpSettingsService) {}

  @Get()
  @Access(ADMIN)
  @ApiOperation({
    summary: "The municipality's follow-up rhythm",
    description:
      'Weeks until a follow-up meeting (uppföljningsmöte) is due and overdue, and months between case ' +
      'reviews (genomgång av ärende). The defaults (6 / 8 weeks, 6 months) apply until set; then ' +
      'isDefault is false. The ETag header carries the version for If-Match ("0" for the defaults).',
  })
  @ApiOkResponse({ type: FollowUpSettingsDto })
  async get(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FollowUpSettingsDto> {
    const settings = await this.settings.get(actor);
    void reply.header('ETag', etagFor(settings.version));
    return settings;
  }

  @Put()
  @Access(ADMIN)
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag you read, e.g. "0" or "3"' })
  @ApiOperation({
    summary: "Set the municipality's follow-up rhythm",
    description:
      'All three values; followUpOverdueWeeks must be at least followUpDueWeeks. Needs If-Match (428 ' +
      'without, 412 when stale). Takes effect at once for every due date computed from then on.',
  })
  @ApiOkResponse({ type: FollowUpSettingsDto })
  async update(
    @CurrentActor() actor: Actor,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateFollowUpSettingsDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FollowUpSettingsDto> {
    const settings = await this.settings.update(actor, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(settings.version));
    return settings;
  }
}
