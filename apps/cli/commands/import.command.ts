import { readFile } from 'node:fs/promises';
import { SingleBar } from 'cli-progress';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import {
  AttendanceImportReport,
  AttendanceImportService,
  formatOfFileName,
  ImportFormat,
} from '@steg/attendance';
import { CaseImportReport, CaseImportService } from '@steg/core';
import { AssistanceImportReport, AssistanceImportService } from '@steg/measurement';
import { DomainError } from '@steg/kernel';
import { uuidOption } from './options';

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

/**
 * What both imports do around their service: read the file, show a progress bar on a terminal, print
 * the report as JSON (also the one an all-or-nothing refusal carries), a summary line, and exit 1 when
 * rows were rejected.
 */
async function runImport<R extends { accepted: number; rejected: unknown[] }>(
  streams: CommandStreams,
  what: string,
  file: string | undefined,
  options: { as?: string; partial?: boolean },
  importFile: (
    format: ImportFormat,
    content: Buffer,
    onProgress: (done: number, total: number) => void,
  ) => Promise<R>,
  refused: (rejected: R['rejected'], details: Record<string, unknown>) => R,
): Promise<void> {
  const format = formatOfFileName(file ?? '');
  if (!file || !format) throw new Error('Give a .csv or .xlsx file to import.');
  if (!options.as) throw new Error('--as <username> is required: the staff user the import is made as.');
  const content = await readFile(file);
  const bar = streams.err.isTTY
    ? new SingleBar({
        stream: streams.err,
        format: 'Importing [{bar}] {percentage}% | {value}/{total} rows | {eta}s left',
        hideCursor: true,
      })
    : undefined;
  let barStarted = false;
  const started = Date.now();
  let report: R;
  try {
    report = await importFile(format, content, (done, total) => {
      if (bar && !barStarted) bar.start(total, 0);
      barStarted = true;
      bar?.update(done);
    });
  } catch (error) {
    const rejected = error instanceof DomainError ? error.details.rejected : undefined;
    if (!Array.isArray(rejected)) throw error;
    report = refused(rejected, (error as DomainError).details);
  } finally {
    bar?.stop();
  }
  const seconds = (Date.now() - started) / 1000;
  streams.out.write(`${JSON.stringify(report, null, 2)}\n`);
  const rate = report.accepted > 0 ? `, ${Math.round(report.accepted / seconds)} rows/s` : '';
  streams.err.write(
    `${what} import: ${report.accepted} row(s) saved, ${report.rejected.length} problem(s) in ` +
      `${seconds.toFixed(2)} s${rate}${report.rejected.length > 0 && !options.partial ? ' — nothing was saved' : ''}\n`,
  );
  if (report.rejected.length > 0) process.exitCode = 1;
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
    await runImport<AttendanceImportReport>(
      this.streams,
      'attendance',
      file,
      options,
      (format, content, onProgress) =>
        this.imports.importAsUser(
          { username: options.as as string, municipalityId: options.municipality },
          { format, content },
          { partial: options.partial === true, onProgress },
        ),
      (rejected) => ({ accepted: 0, rejected }),
    );
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
    return uuidOption('--municipality', 'a municipality', value);
  }

  @Option({ flags: '--partial', description: 'save the accepted rows and report the rejected ones' })
  parsePartial(): boolean {
    return true;
  }
}

@SubCommand({
  name: 'cases',
  arguments: '<file>',
  description:
    'Import case history from the previous system (CSV or XLSX: one row per case — person, referral, ' +
    'enrolment, exit with outcome) as the administrator --as; all or nothing unless --partial; running it ' +
    'again changes nothing. Prints the report as JSON; exits with 1 when rows were rejected',
})
export class ImportCasesCommand extends CommandRunner {
  /** Tests swap these for buffers. */
  streams: CommandStreams = { out: process.stdout, err: process.stderr };

  constructor(private readonly imports: CaseImportService) {
    super();
  }

  async run([file]: string[], options: ImportAttendanceOptions): Promise<void> {
    await runImport<CaseImportReport>(
      this.streams,
      'case',
      file,
      options,
      (format, content, onProgress) =>
        this.imports.importAsUser(
          { username: options.as as string, municipalityId: options.municipality },
          { format, content },
          { partial: options.partial === true, onProgress },
        ),
      (rejected) => ({ accepted: 0, alreadyImported: 0, participantsCreated: 0, rejected }),
    );
  }

  @Option({ flags: '--as <username>', description: 'the administrator importing' })
  parseAs(value: string): string {
    return value;
  }

  @Option({ flags: '--municipality <uuid>', description: "the user's municipality (checked)" })
  parseMunicipality(value: string): string {
    return uuidOption('--municipality', 'a municipality', value);
  }

  @Option({ flags: '--partial', description: 'save the accepted rows and report the rejected ones' })
  parsePartial(): boolean {
    return true;
  }
}

@SubCommand({
  name: 'assistance-periods',
  arguments: '<file>',
  description:
    'Import periods of försörjningsstöd from the economic-assistance system (CSV or XLSX: personnummer, ' +
    'från, till, hushållsroll) as the IFO caseworker --as; all or nothing unless --partial; running it ' +
    'again changes nothing. Prints the report as JSON; exits with 1 when rows were rejected',
})
export class ImportAssistancePeriodsCommand extends CommandRunner {
  /** Tests swap these for buffers. */
  streams: CommandStreams = { out: process.stdout, err: process.stderr };

  constructor(private readonly imports: AssistanceImportService) {
    super();
  }

  async run([file]: string[], options: ImportAttendanceOptions): Promise<void> {
    await runImport<AssistanceImportReport>(
      this.streams,
      'assistance-period',
      file,
      options,
      (format, content, onProgress) =>
        this.imports.importAsUser(
          { username: options.as as string, municipalityId: options.municipality },
          { format, content },
          { partial: options.partial === true, onProgress },
        ),
      (rejected) => ({ accepted: 0, alreadyImported: 0, rejected }),
    );
  }

  @Option({ flags: '--as <username>', description: 'the IFO caseworker importing' })
  parseAs(value: string): string {
    return value;
  }

  @Option({ flags: '--municipality <uuid>', description: "the user's municipality (checked)" })
  parseMunicipality(value: string): string {
    return uuidOption('--municipality', 'a municipality', value);
  }

  @Option({ flags: '--partial', description: 'save the accepted rows and report the rejected ones' })
  parsePartial(): boolean {
    return true;
  }
}

@Command({
  name: 'import',
  description:
    'Import data from files: attendance, cases (history from the previous system), assistance-periods ' +
    '(periods of försörjningsstöd)',
  subCommands: [ImportAttendanceCommand, ImportCasesCommand, ImportAssistancePeriodsCommand],
})
export class ImportCommand extends CommandRunner {
  run(): Promise<void> {
    this.command.help();
  }
}
