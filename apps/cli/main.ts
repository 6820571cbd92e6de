import { CommandFactory } from 'nest-commander';
import { ConfigError, loadConfig } from '@steg/config';
import { ensureDatabase, startEmbeddedPostgres } from '@steg/database';
import { DomainError, ValidationFailedError } from '@steg/kernel';
import { CliModule } from './cli.module';

/** The message, and for bad input every field with its rule: an operator fixes them all in one go. */
function describeError(error: Error): string {
  const violations = error instanceof DomainError ? (error.details.errors ?? []) : [];
  if (violations.length === 0) return error.message;
  return [
    error instanceof ValidationFailedError ? 'Invalid input:' : error.message,
    ...violations.map((v) => `  ${v.field}: ${v.message} (${v.rule})`),
  ].join('\n');
}

/**
 * `npm run steg -- <command>`: the operator's and script's tool. Uses DATABASE_URL, or the same
 * embedded PostgreSQL as `npm start` (joining it when the service is running).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dataDir: config.dataDir, persistent: true });
  try {
    if (embedded) {
      config.databaseUrl = embedded.url('steg');
      await ensureDatabase(config.databaseUrl);
    }
    await CommandFactory.run(CliModule.forRoot(config), {
      logger: ['error', 'warn'],
      serviceErrorHandler: (error: Error) => {
        console.error(describeError(error));
        process.exitCode = 1;
      },
    });
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : String(error));
  process.exit(1);
});
