import { Body, Controller, Get, Headers, Put, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Access, Actor, CurrentActor, etagFor, versionFromIfMatch } from '@steg/http';
import { BipAssessmentsService } from './bip-assessments.service';
import { BipSettingsService } from './bip-settings.service';
import { BipIndicatorListDto, BipSettingsDto, UpdateBipSettingsDto } from './dto/bip.dto';

const ADMIN = { roles: ['admin'] } as const;

@ApiTags('bip')
@Controller()
export class BipSettingsController {
  constructor(
    private readonly settings: BipSettingsService,
    private readonly assessments: BipAssessmentsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get('bip-indicators')
  @Access({ roles: ['ame_coach', 'ifo_caseworker', 'unit_manager', 'admin'] })
  @ApiOperation({
    summary: 'The eleven BIP indicators (indikatorer)',
    description:
      'Reference data, the same for every municipality: the stable code an assessment names, the Swedish ' +
      'and English labels, the order, and who answers it (the participant, or the caseworker alone).',
  })
  @ApiOkResponse({ type: BipIndicatorListDto })
  indicators(): Promise<BipIndicatorListDto> {
    return this.assessments.indicatorList(this.dataSource.manager);
  }

  @Get('bip-settings')
  @Access(ADMIN)
  @ApiOperation({
    summary: "The municipality's BIP rhythm and scale",
    description:
      'Months between assessments (default 3), grace days before one is overdue (default 14) and the ' +
      'scale of new assessments (default 1–5). isDefault is true until set; the ETag carries the version ' +
      '("0" for the defaults).',
  })
  @ApiOkResponse({ type: BipSettingsDto })
  async get(
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BipSettingsDto> {
    const settings = await this.settings.get(actor);
    void reply.header('ETag', etagFor(settings.version));
    return settings;
  }

  @Put('bip-settings')
  @Access(ADMIN)
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag you read, e.g. "0" or "3"' })
  @ApiOperation({
    summary: "Set the municipality's BIP rhythm and scale",
    description:
      'All four values; scaleMax must be greater than scaleMin (400 scaleMax.aboveMin). Needs If-Match ' +
      '(428 without, 412 when stale). The rhythm applies at once; a new scale applies to assessments ' +
      'created from then on (each keeps the scale it was made with).',
  })
  @ApiOkResponse({ type: BipSettingsDto })
  async update(
    @CurrentActor() actor: Actor,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateBipSettingsDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BipSettingsDto> {
    const settings = await this.settings.update(actor, versionFromIfMatch(ifMatch), body);
    void reply.header('ETag', etagFor(settings.version));
    return settings;
  }
}
