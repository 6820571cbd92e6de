import { Inject } from '@nestjs/common';
import { MultiBar, Presets } from 'cli-progress';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { DataSource } from 'typeorm';
import { DEMO_SEEDS, loadDemoData, seedSynthetic, SyntheticProgress } from '@steg/core';
import { Clock } from '@steg/kernel';

export interface SeedSyntheticOptions {
  participants: number;
  years: number;
  municipalityCode: string;
  seed: number;
}

function positiveInteger(flag: string, value: string, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new Error(`${flag} must be a whole number from 1 to ${max}`);
  }
  return Number(value);
}

@SubCommand({
  name: 'synthetic',
  description:
    'Make a synthetic municipality ("Syntetiska kommunen") with N participants over Y years ending today, for ' +
    'trying the statistics and measuring their speed: units, staff, the seed-003 interventions with budgets and ' +
    'funders, referrals in seed 003’s proportions, enrolments, placements, daily attendance with absences, BIP ' +
    'series, surveys, exits close to seed 004’s shares, periods of försörjningsstöd and follow-ups. Participants ' +
    'have no identity number (identity incomplete). This is seed data, not case work: it is written in bulk ' +
    'without audit events. The same --seed gives the same data. Refused if the municipality code is in use. ' +
    'Prints the new ids and the counts as JSON',
})
export class SeedSyntheticCommand extends CommandRunner {
  /** Tests read what the command prints. */
  out: NodeJS.WritableStream = process.stdout;
  err: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    super();
  }

  async run(_args: string[], options: Partial<SeedSyntheticOptions>): Promise<void> {
    const bars = this.err.isTTY
      ? new MultiBar(
          {
            stream: this.err,
            format: '{phase} [{bar}] {value}/{total} | {duration}s',
            hideCursor: true,
            clearOnComplete: false,
          },
          Presets.shades_classic,
        )
      : undefined;
    const started = new Map<string, ReturnType<MultiBar['create']>>();
    const phases: Record<string, number> = {};
    const phaseStart = new Map<string, number>();
    const progress: SyntheticProgress = (phase, done, total) => {
      if (!phaseStart.has(phase)) phaseStart.set(phase, Date.now());
      if (done === total) phases[phase] = Math.round((Date.now() - (phaseStart.get(phase) ?? 0)) / 100) / 10;
      if (!bars) return;
      let bar = started.get(phase);
      if (!bar) {
        bar = bars.create(total, 0, { phase: phase.padEnd(13) });
        started.set(phase, bar);
      }
      bar.update(done);
    };
    const t0 = Date.now();
    try {
      const result = await seedSynthetic(
        this.dataSource,
        {
          participants: options.participants ?? 20_000,
          years: options.years ?? 3,
          municipalityCode: options.municipalityCode ?? '9990',
          seed: options.seed ?? 1,
          today: this.clock.today(),
        },
        progress,
      );
      bars?.stop();
      this.out.write(
        `${JSON.stringify({ ...result, seconds: Math.round((Date.now() - t0) / 100) / 10, phaseSeconds: phases })}\n`,
      );
    } finally {
      bars?.stop();
    }
  }

  @Option({ flags: '--participants <n>', description: 'participants (default 20000)' })
  parseParticipants(value: string): number {
    return positiveInteger('--participants', value, 1_000_000);
  }

  @Option({ flags: '--years <n>', description: 'years of history ending today (default 3)' })
  parseYears(value: string): number {
    return positiveInteger('--years', value, 20);
  }

  @Option({
    flags: '--municipality-code <kommunkod>',
    description: 'four-digit code of the new municipality (default 9990)',
  })
  parseMunicipalityCode(value: string): string {
    if (!/^\d{4}$/.test(value)) throw new Error('--municipality-code must be four digits');
    return value;
  }

  @Option({
    flags: '--seed <n>',
    description: 'the random seed: the same seed gives the same data (default 1)',
  })
  parseSeed(value: string): number {
    return positiveInteger('--seed', value, 1_000_000_000);
  }
}

@Command({
  name: 'seed',
  description:
    'Load the demo data (idempotent: running it again changes nothing); `seed synthetic` makes a large synthetic municipality',
  subCommands: [SeedSyntheticCommand],
})
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
