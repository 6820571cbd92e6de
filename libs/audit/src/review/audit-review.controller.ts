import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access, Actor, CurrentActor } from '@steg/http';
import { Clock } from '@steg/kernel';
import { AuditEventFilterQuery, AuditEventPageQuery } from './dto/audit-event-query.dto';
import { AuditEventPageDto } from './dto/audit-event-response.dto';
import { AuditReviewService, MAX_EXPORT_ROWS } from './audit-review.service';

const REVIEWERS = { roles: ['auditor', 'unit_manager'] } as const;
const WHO_SEES_WHAT =
  'An auditor sees every event of their municipality; a unit manager only events of access granted ' +
  'through a unit they manage. Reading the log is itself logged.';
export const TRUNCATED_HEADER = 'X-Export-Truncated';

@ApiTags('audit')
@Controller('audit')
export class AuditReviewController {
  constructor(
    private readonly review: AuditReviewService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Get('events')
  @Access(REVIEWERS)
  @ApiOperation({
    summary: 'Review the audit log (logguppföljning)',
    description: `Who read or changed whose data, newest first, filtered per person, per user, by period and outcome. ${WHO_SEES_WHAT}`,
  })
  @ApiOkResponse({ type: AuditEventPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: AuditEventPageQuery): Promise<AuditEventPageDto> {
    return this.review.list(actor, query);
  }

  @Get('events.csv')
  @Access(REVIEWERS)
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: 'Export the audit log as CSV',
    description:
      `The same filters as the list, all matching events (at most ${MAX_EXPORT_ROWS}) with a header row. ` +
      `A cut result has the header ${TRUNCATED_HEADER}: true; narrow the period. ${WHO_SEES_WHAT}`,
  })
  @ApiOkResponse({ description: 'text/csv, one event per row', schema: { type: 'string' } })
  async exportCsv(
    @CurrentActor() actor: Actor,
    @Query() query: AuditEventFilterQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const result = await this.review.exportCsv(actor, query);
    void reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="audit-events-${this.clock.today()}.csv"`)
      .header(TRUNCATED_HEADER, String(result.truncated));
    return result.csv;
  }
}
