import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CASE_ACCESS } from '@steg/access';
import { Access, Actor, CurrentActor } from '@steg/http';
import {
  AssistanceImportDto,
  AssistanceImportQuery,
  AssistanceImportReportDto,
} from './assistance-import.dto';
import { AssistanceImportService } from './assistance-import.service';

@ApiTags('admin')
@Controller('admin/imports/assistance-periods')
export class AssistanceImportController {
  constructor(private readonly imports: AssistanceImportService) {}

  @Post()
  @HttpCode(200)
  @Access({ roles: CASE_ACCESS.assistancePeriods.record, scopes: ['assistance:import'], personalData: {} })
  @ApiOperation({
    summary: 'Import periods of försörjningsstöd from the economic-assistance system',
    description:
      'For an IFO caseworker (socialsekreterare: the people their units reach), or an integration script with ' +
      'an API key with scope assistance:import (a key with a unit: the people that unit reaches). The file goes ' +
      'base64-encoded in a JSON body; one row per period of försörjningsstöd (ekonomiskt bistånd): the ' +
      "person's identity number (any they have had; the import never registers people), från, till (empty " +
      'while it lasts, both days inclusive) and hushållsroll (sökande/medsökande). A person unknown or not ' +
      'reached is one answer (rule person.reachable). A period sharing a day with a current period of the ' +
      'person (period.noOverlap) or with another row of the file (period.noOverlapInFile) is rejected. All ' +
      'or nothing unless partial=true. The periods are stored with origin imported; a period the person ' +
      'already has, current and the same, is reported as alreadyImported, so running the file again changes ' +
      'nothing. One audit event per person written.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Makes a retried upload safe' })
  @ApiOkResponse({ type: AssistanceImportReportDto, description: 'What was saved, found again and rejected' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: bad body, or a file that cannot be read' })
  @ApiUnprocessableEntityResponse({
    description:
      'ASSISTANCE_IMPORT_REJECTED: rows were rejected in all-or-nothing mode and nothing was saved; the ' +
      'problem carries the report and the rows as errors (rows[12].fromDate)',
  })
  async upload(
    @CurrentActor() actor: Actor,
    @Body() body: AssistanceImportDto,
    @Query() query: AssistanceImportQuery,
  ): Promise<AssistanceImportReportDto> {
    return this.imports.importFile(
      actor,
      { format: body.format, content: Buffer.from(body.content, 'base64') },
      { partial: query.partial === true },
    );
  }
}
