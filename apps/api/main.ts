import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig, StegConfig } from '@steg/config';
import { DEMO_SEEDS, loadDemoData, runMigrations } from '@steg/core';
import { EmbeddedPostgres, ensureDatabase, startEmbeddedPostgres } from '@steg/database';
import { SystemClock } from '@steg/kernel';
import { createApp, API_PREFIX } from './configure-app';
import { createRootLogger, RootLogger, RootNestLogger } from './http/logging';
import { DOCS_PATH } from './http/openapi';
import { shutDownGracefully } from './http/shutdown';

const EMBEDDED_DATABASE = 'steg';

async function prepareDatabase(config: StegConfig, log: Logger): Promise<EmbeddedPostgres | undefined> {
  if (config.databaseUrl) return undefined;
  log.log(`No DATABASE_URL: starting the embedded PostgreSQL in ${config.dataDir}`);
  const embedded = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    persistent: true,
    onLog: (line) => log.debug(line.trim()),
  });
  config.databaseUrl = embedded.url(EMBEDDED_DATABASE);
  await ensureDatabase(config.databaseUrl);
  log.log(`Embedded PostgreSQL is up on 127.0.0.1:${embedded.port}`);
  return embedded;
}

async function main(root: RootLogger, config: StegConfig): Promise<void> {
  // One logger from the first line: until the app's StegLogger takes over (both write through `root`).
  Logger.overrideLogger(new RootNestLogger(root));
  const log = new Logger('Steg');
  const embedded = await prepareDatabase(config, log);
  const url = config.databaseUrl as string;
  try {
    if (config.migrateOnStart) {
      const applied = await runMigrations(url);
      log.log(
        applied.length > 0 ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date',
      );
    }
    const app = await createApp(config, { rootLogger: root });
    if (config.demoData) {
      const loaded = await loadDemoData(
        app.get(DataSource).manager,
        { today: new SystemClock().today() },
        DEMO_SEEDS,
      );
      log.log(
        loaded.length > 0 ? `Demo data loaded: ${loaded.join(', ')}` : 'Demo data: nothing to load yet',
      );
    }
    await app.listen({ port: config.port, host: config.host });
    const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
    log.log(`Steg listens on ${base}/${API_PREFIX} — API docs: ${base}/${DOCS_PATH}`);
    log.log(`Health: ${base}/${API_PREFIX}/health`);
    if (config.demoData) {
      log.log(
        `Sign in with POST ${base}/${API_PREFIX}/auth/login, e.g. {"username":"coach","password":"steg-demo-coach"} ` +
          `(demo accounts: ifo, coach, supervisor, manager, analyst, admin, auditor, skydd; password steg-demo-<username>)`,
      );
    }
    if (config.jwtSecretGenerated) {
      log.warn('JWT_SECRET is not set: tokens are signed with a random secret and stop working at restart.');
    }

    let stoppingSince = 0;
    const shutdown = (signal: NodeJS.Signals): void => {
      if (stoppingSince > 0) {
        // Ctrl-C reaches both npm and node, so one press can arrive twice: only a later one forces.
        if (Date.now() - stoppingSince < 2_000) return;
        log.warn(`${signal} again: exiting at once`);
        process.exit(1);
      }
      stoppingSince = Date.now();
      log.log(
        `${signal}: finishing requests in flight, then closing the database ` +
          `(at most ${config.shutdownTimeoutSeconds} s)`,
      );
      void shutDownGracefully(app, {
        timeoutMs: config.shutdownTimeoutSeconds * 1000,
        logger: log,
        afterClose: () => embedded?.stop() ?? Promise.resolve(),
      })
        // After a timeout the embedded server still has to go (a fast stop, it cuts its sessions).
        .then(async (code) => {
          if (code !== 0) await embedded?.stop().catch(() => undefined);
          process.exit(code);
        });
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  } catch (error) {
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
}

function start(): void {
  let config: StegConfig;
  try {
    config = loadConfig();
  } catch (error) {
    // Before the configuration is known there is no logger: the message names every bad value.
    console.error(error instanceof ConfigError ? error.message : String(error));
    process.exit(1);
  }
  const root = createRootLogger(config);
  main(root, config).catch((error: unknown) => {
    root.fatal(
      { context: 'Steg', err: error },
      `Steg could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    root.flush(() => process.exit(1));
  });
}

start();
