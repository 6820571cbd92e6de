import { readFile } from 'node:fs/promises';
import { SingleBar } from 'cli-progress';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { AttendanceImportReport, AttendanceImportService, formatOfFileName } from '@steg/attendance';
import { DomainError } from '@steg/kernel';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ImportAttendanceOptions {
  as?: string;
  municipality?: string;
  partial?: boolean;
}

/** Where the command writes: the report to `out`, the progress bar and messages to `err`. */
export interface CommandStreams {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream & { isTTY?: boolean };
}

@SubCommand({
  name: 'attendance',
  arguments: '<file>',
  description:
    'Import attendance from a CSV (; or , separated, UTF-8) or XLSX file as the staff user --as; all or ' +
    'nothing unless --partial. Prints the report as JSON; exits with 1 when rows were rejected',
})
export class ImportAttendanceCommand extends CommandRunner {
  /** Tests swap these for buffers. */
  streams: CommandStreams = { out: process.stdout, err: process.stderr };

  constructor(private readonly imports: AttendanceImportService) {
    super();
  }

  async run([file]: string[], options: ImportAttendanceOptions): Promise<void> {
    const format = formatOfFileName(file ?? '');
    if (!file || !format) throw new Error('Give a .csv or .xlsx file to import.');
    if (!options.as) throw new Error('--as <username> is required: the staff user the import is made as.');
    const content = await readFile(file);
    const bar = this.streams.err.isTTY
      ? new SingleBar({
          stream: this.streams.err,
          format: 'Importing [{bar}] {percentage}% | {value}/{total} rows | {eta}s left',
          hideCursor: true,
        })
      : undefined;
    let barStarted = false;
    const started = Date.now();
    let report: AttendanceImportReport;
    try {
      report = await this.imports.importAsUser(
        { username: options.as, municipalityId: options.municipality },
        { format, content },
        {
          partial: options.partial === true,
          onProgress: (done, total) => {
            if (bar && !barStarted) bar.start(total, 0);
            barStarted = true;
            bar?.update(done);
          },
        },
      );
    } catch (error) {
      const rejected = error instanceof DomainError ? error.details.rejected : undefined;
      if (!Array.isArray(rejected)) throw error;
      report = { accepted: 0, rejected: rejected as AttendanceImportReport['rejected'] };
    } finally {
      bar?.stop();
    }
    const seconds = (Date.now() - started) / 1000;
    this.streams.out.write(`${JSON.stringify(report, null, 2)}\n`);
    const rate = report.accepted > 0 ? `, ${Math.round(report.accepted / seconds)} rows/s` : '';
    this.streams.err.write(
      `attendance import: ${report.accepted} row(s) saved, ${report.rejected.length} problem(s) in ` +
        `${seconds.toFixed(2)} s${rate}${report.rejected.length > 0 && !options.partial ? ' — nothing was saved' : ''}\n`,
    );
    if (report.rejected.length > 0) process.exitCode = 1;
  }

  @Option({
    flags: '--as <username>',
    description: 'the staff user (coach, manager or supervisor) importing',
  })
  parseAs(value: string): string {
    return value;
  }

  @Option({ flags: '--municipality <uuid>', description: "the user's municipality (checked)" })
  parseMunicipality(value: string): string {
    if (!UUID.test(value)) throw new Error('--municipality must be a municipality id (uuid)');
    return value.toLowerCase();
  }

  @Option({ flags: '--partial', description: 'save the accepted rows and report the rejected ones' })
  parsePartial(): boolean {
    return true;
  }
}

@Command({
  name: 'import',
  description: 'Import data from files: attendance',
  subCommands: [ImportAttendanceCommand],
})
export class ImportCommand extends CommandRunner {
  run(): Promise<void> {
    this.command.help();
  }
}
