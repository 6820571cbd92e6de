import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, Actor, CurrentActor } from '@steg/http';
import { AttendanceReportInboxService } from './attendance-report-inbox.service';
import { MonthInboxDto, MonthInboxQuery } from './dto/attendance-report-inbox.dto';

/** The attendance-report inbox; its operation id is the one it had in AttendanceMonthsController. */
@ApiTags('attendance')
@Controller('attendance')
export class AttendanceReportInboxController {
  constructor(private readonly months: AttendanceReportInboxService) {}

  @Get('reports/inbox')
  @Access({ roles: ['ifo_caseworker'], personalData: {} })
  @ApiOperation({
    operationId: 'AttendanceMonths_inbox',
    summary: 'My attendance reports (inkorg för närvarorapporter)',
    description:
      'Signed (attesterade) months of people whose case you follow as IFO caseworker, unread first, then the ' +
      'latest signed. Every listing is audit-logged per person.',
  })
  @ApiOkResponse({ type: MonthInboxDto })
  inbox(@CurrentActor() actor: Actor, @Query() query: MonthInboxQuery): Promise<MonthInboxDto> {
    return this.months.inbox(actor, query);
  }
}
