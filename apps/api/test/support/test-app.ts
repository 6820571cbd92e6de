import type { DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';
import { StegConfig } from '@steg/config';
import { FixedClock } from '@steg/kernel';
import { ensureTestSchema, testConfig } from '@steg/testing';
import { createApp } from '../../configure-app';

export interface TestApp {
  app: NestFastifyApplication;
  /** The raw Node server, for supertest. */
  server: ReturnType<NestFastifyApplication['getHttpServer']>;
  dataSource: DataSource;
  clock: FixedClock;
  config: StegConfig;
  close(): Promise<void>;
}

export const DEFAULT_TEST_NOW = '2026-03-16T09:00:00+01:00';

/** The real app, built by the same configureApp() as main.ts, on this run's migrated database. */
export async function startTestApp(
  options: {
    now?: string;
    config?: Partial<StegConfig>;
    extraModules?: DynamicModule['imports'];
    logStream?: DestinationStream;
  } = {},
): Promise<TestApp> {
  const config = testConfig(options.config);
  await ensureTestSchema(config.databaseUrl as string);
  const clock = new FixedClock(options.now ?? DEFAULT_TEST_NOW);
  const app = await createApp(config, {
    clock,
    extraModules: options.extraModules,
    logStream: options.logStream,
  });
  return {
    app,
    server: app.getHttpServer(),
    dataSource: app.get(DataSource),
    clock,
    config,
    close: () => app.close(),
  };
}
