import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Access } from '@steg/http';
import { StegMetrics } from './steg-metrics';

@ApiTags('metrics')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: StegMetrics) {}

  @Get()
  @Access({ roles: [], scopes: ['metrics:read'] })
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text format', schema: { type: 'string' } })
  @ApiOperation({
    summary: 'Prometheus metrics of this node',
    description:
      'For a Prometheus scraper with an API key with scope metrics:read (`authorization: { type: ApiKey, ' +
      'credentials: <key> }` in its scrape config). Requests and latency per route template, database ' +
      'pools, audit events written, Node process metrics; per node, no personal data, no ids.',
  })
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
