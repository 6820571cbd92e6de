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
import { AttendanceImportService } from './attendance-import.service';
import {
  AttendanceImportDto,
  AttendanceImportQuery,
  AttendanceImportReportDto,
} from './dto/attendance-import.dto';

@ApiTags('attendance')
@Controller('attendance/imports')
export class AttendanceImportController {
  constructor(private readonly imports: AttendanceImportService) {}

  @Post()
  @HttpCode(200)
  @Access({ roles: [], scopes: ['attendance:write'], personalData: {} })
  @ApiOperation({
    summary: 'Import attendance from a CSV or XLSX file (närvaroimport)',
    description:
      'For an integration script with an API key with scope attendance:write. The file goes base64-encoded ' +
      'in a JSON body. Every row is checked (codes also in Swedish: närvarande, sjuk, vård av barn, beviljad ' +
      'ledighet, ogiltig frånvaro, ej planerad dag) and written through the same path as the team-day report ' +
      '(channel import, history, month locks, versions: a row without version creates the entry, and one ' +
      'for a day already reported needs its current version). Rows only for placements whose intervention ' +
      "instance's site unit or responsible unit is the key's unit (a key without a unit: the municipality), " +
      'and within the reporting window. All or nothing unless partial=true. Send an Idempotency-Key to ' +
      'retry an upload safely.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Makes a retried upload safe' })
  @ApiOkResponse({ type: AttendanceImportReportDto, description: 'What was saved and what was rejected' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: bad body, or a file that cannot be read' })
  @ApiUnprocessableEntityResponse({
    description:
      'ATTENDANCE_IMPORT_REJECTED: rows were rejected in all-or-nothing mode and nothing was saved; the ' +
      'problem carries the report (accepted, rejected) and the rows as errors (rows[12].code)',
  })
  async upload(
    @CurrentActor() actor: Actor,
    @Body() body: AttendanceImportDto,
    @Query() query: AttendanceImportQuery,
  ): Promise<AttendanceImportReportDto> {
    return this.imports.importFile(
      actor,
      { format: body.format, content: Buffer.from(body.content, 'base64') },
      { partial: query.partial === true },
    );
  }
}
