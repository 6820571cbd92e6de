import { Inject } from '@nestjs/common';
import { Command, CommandRunner } from 'nest-commander';
import { DataSource } from 'typeorm';
import { DEMO_SEEDS, loadDemoData } from '@steg/core';
import { Clock } from '@steg/kernel';

@Command({ name: 'seed', description: 'Load the demo data (idempotent: running it again changes nothing)' })
export class SeedCommand extends CommandRunner {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    super();
  }

  async run(): Promise<void> {
    const loaded = await loadDemoData(this.dataSource.manager, { today: this.clock.today() }, DEMO_SEEDS);
    console.log(loaded.length > 0 ? `Loaded: ${loaded.join(', ')}` : 'No demo data is defined yet.');
  }
}
