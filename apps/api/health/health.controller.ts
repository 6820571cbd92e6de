import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@steg/http';
import { HealthCheck, HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';

/** A database that does not answer a ping within this is down for the load balancer. */
const PING_TIMEOUT_MS = 2_000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  @ApiOperation({
    summary: 'Service and database check (readiness)',
    description:
      'Answers 200 when the service and its PostgreSQL database are up, 503 otherwise: the same check ' +
      'as `health/ready`, kept for load balancers and the image’s HEALTHCHECK.',
  })
  check(): Promise<HealthCheckResult> {
    return this.databaseUp();
  }

  @Get('live')
  @Public()
  @HealthCheck()
  @ApiOperation({
    summary: 'Liveness',
    description:
      'Answers 200 while the process runs and its event loop answers. It asks nothing of the database, so ' +
      'an orchestrator does not restart every node while PostgreSQL is down (readiness says that).',
  })
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @Public()
  @HealthCheck()
  @ApiOperation({
    summary: 'Readiness',
    description:
      'Answers 200 when the node can serve requests, that is when its PostgreSQL database answers; 503 ' +
      'otherwise, so a load balancer sends requests elsewhere until the database is back.',
  })
  ready(): Promise<HealthCheckResult> {
    return this.databaseUp();
  }

  private databaseUp(): Promise<HealthCheckResult> {
    return this.health.check([() => this.database.pingCheck('database', { timeout: PING_TIMEOUT_MS })]);
  }
}
