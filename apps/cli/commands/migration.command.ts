import { Inject } from '@nestjs/common';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { StegConfig } from '@steg/config';
import { pendingSchemaChanges, revertMigrations, runMigrations, withSchemaDataSource } from '@steg/core';
import { dropDatabase, ensureDatabase, urlForDatabase } from '@steg/database';
import { writeMigration } from './migration-writer';

function databaseUrl(config: StegConfig): string {
  if (!config.databaseUrl) throw new Error('No database URL resolved');
  return config.databaseUrl;
}

@SubCommand({ name: 'run', description: 'Apply every pending migration' })
export class MigrationRunCommand extends CommandRunner {
  constructor(@Inject(StegConfig) private readonly config: StegConfig) {
    super();
  }
  async run(): Promise<void> {
    const applied = await runMigrations(databaseUrl(this.config));
    console.log(
      applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'Nothing to apply: the schema is current.',
    );
  }
}

@SubCommand({ name: 'revert', description: 'Revert the most recent migration(s)' })
export class MigrationRevertCommand extends CommandRunner {
  constructor(@Inject(StegConfig) private readonly config: StegConfig) {
    super();
  }
  async run(_params: string[], options: { steps?: number }): Promise<void> {
    const reverted = await revertMigrations(databaseUrl(this.config), options.steps ?? 1);
    console.log(`Reverted ${reverted} migration(s).`);
  }
  @Option({ flags: '--steps <n>', description: 'how many migrations to revert (default 1)' })
  parseSteps(value: string): number {
    const steps = Number.parseInt(value, 10);
    if (!Number.isInteger(steps) || steps < 1)
      throw new Error('--steps must be a whole number of at least 1');
    return steps;
  }
}

@SubCommand({ name: 'show', description: 'List migrations and whether each is applied' })
export class MigrationShowCommand extends CommandRunner {
  constructor(@Inject(StegConfig) private readonly config: StegConfig) {
    super();
  }
  async run(): Promise<void> {
    await withSchemaDataSource(databaseUrl(this.config), async (ds) => {
      const pending = await ds.showMigrations();
      console.log(pending ? 'There are pending migrations (see above).' : 'All migrations are applied.');
    });
  }
}

@SubCommand({
  name: 'generate',
  arguments: '<name>',
  description: 'Write a migration for the difference between the entities and the migrations so far',
})
export class MigrationGenerateCommand extends CommandRunner {
  constructor(@Inject(StegConfig) private readonly config: StegConfig) {
    super();
  }
  async run([name]: string[]): Promise<void> {
    if (!/^[A-Z][A-Za-z0-9]*$/.test(name ?? '')) {
      throw new Error('The migration name must be PascalCase letters and digits, e.g. AddParticipants');
    }
    // Compare against a scratch database migrated from scratch, so local data never matters.
    const scratch = urlForDatabase(databaseUrl(this.config), `steg_migration_${Date.now()}`);
    await ensureDatabase(scratch);
    try {
      await runMigrations(scratch);
      const changes = await pendingSchemaChanges(scratch);
      if (changes.up.length === 0) {
        console.log('No changes: the migrations already match the entities.');
        return;
      }
      const file = await writeMigration(name, changes.up, changes.down.reverse());
      console.log(`Wrote ${file}; read and tidy the SQL, then commit it with the entity change.`);
    } finally {
      await dropDatabase(scratch);
    }
  }
}

@Command({
  name: 'migration',
  description: 'Database migrations: run, revert, show, generate',
  subCommands: [MigrationRunCommand, MigrationRevertCommand, MigrationShowCommand, MigrationGenerateCommand],
})
export class MigrationCommand extends CommandRunner {
  run(): Promise<void> {
    this.command.help();
  }
}
