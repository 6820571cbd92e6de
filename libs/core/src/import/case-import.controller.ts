import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Access, Actor, CurrentActor } from '@steg/http';
import { CaseImportService } from './case-import.service';
import { CaseImportDto, CaseImportQuery, CaseImportReportDto } from './dto/case-import.dto';

@ApiTags('admin')
@Controller('admin/imports/cases')
export class CaseImportController {
  constructor(private readonly imports: CaseImportService) {}

  @Post()
  @HttpCode(200)
  @Access({ roles: ['admin'], scopes: ['cases:import'], personalData: {} })
  @ApiOperation({
    summary: 'Import case history from the previous system (flytt av ärendehistorik)',
    description:
      'For an administrator, or an integration script with an API key with scope cases:import (a key with a ' +
      'unit imports only into that unit). The file goes base64-encoded in a JSON body; one row per case: the ' +
      'person (registered when new, kept as they are when Steg has them), the referral (aktualisering) with ' +
      'its real days, the enrolment (inskrivning) and, for a closed case, the exit (avslut) with its Kolada ' +
      'category A–E. Every row is checked (identity number, days in order: inkom ≤ mottagen ≤ inskrivning ≤ ' +
      'avslut, a known source, an AME unit of the municipality, an active coach of the unit). All or nothing ' +
      'unless partial=true. Running the same file again changes nothing: its cases are found by person, unit ' +
      'and case number (or received day) and reported as alreadyImported. Imported referrals and enrolments ' +
      "are marked imported, and the flow's lead times leave them out.",
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Makes a retried upload safe' })
  @ApiOkResponse({ type: CaseImportReportDto, description: 'What was saved, found again and rejected' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: bad body, or a file that cannot be read' })
  @ApiUnprocessableEntityResponse({
    description:
      'CASE_IMPORT_REJECTED: rows were rejected in all-or-nothing mode and nothing was saved; the problem ' +
      'carries the report and the rows as errors (rows[12].identityNumber)',
  })
  async upload(
    @CurrentActor() actor: Actor,
    @Body() body: CaseImportDto,
    @Query() query: CaseImportQuery,
  ): Promise<CaseImportReportDto> {
    return this.imports.importFile(
      actor,
      { format: body.format, content: Buffer.from(body.content, 'base64') },
      { partial: query.partial === true },
    );
  }
}
