import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { StegConfig } from '@steg/config';
import { isLoginRoute, LOGIN_THROTTLE } from '@steg/access';
import { AuditAnchorLogModule } from '@steg/audit';
import { CoreModule, CoreOptions } from '@steg/core';
import { IdempotencyInterceptor } from '@steg/http';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';
import { createRootLogger, loggerParams, RootLogger, StegLogger } from './http/logging';
import { ProblemFilter } from './http/problem.filter';
import { StegThrottlerGuard } from './http/throttler.guard';

export interface AppOptions extends CoreOptions {
  /** Extra modules a test mounts next to the real ones (never used in production). */
  extraModules?: DynamicModule['imports'];
  /** Where the logs go instead of stdout (the log-redaction test reads them). */
  logStream?: DestinationStream;
  /** The process's logger, when main.ts made it before the app (else one is made from the config). */
  rootLogger?: RootLogger;
}

@Module({})
export class AppModule {
  static forRoot(config: StegConfig, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, options),
        LoggerModule.forRoot(loggerParams(options.rootLogger ?? createRootLogger(config, options.logStream))),
        // Per node and in memory: an optimisation against floods, not an accounting of use.
        ThrottlerModule.forRoot([
          { name: 'default', ttl: 60_000, limit: config.rateLimitPerMinute },
          {
            name: LOGIN_THROTTLE,
            ttl: 60_000,
            limit: config.loginRateLimitPerMinute,
            skipIf: (context) => !isLoginRoute(context),
          },
        ]),
        HealthModule,
        MetricsModule,
        AuditAnchorLogModule,
        ...(options.extraModules ?? []),
      ],
      providers: [
        StegLogger,
        { provide: APP_GUARD, useClass: StegThrottlerGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
    };
  }
}
