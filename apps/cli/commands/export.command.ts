import { writeFile } from 'node:fs/promises';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { KoladaService, type ManagementFormat, ManagementReportService } from '@steg/read-models';
import { uuidOption } from './options';

interface ExportKoladaOptions {
  year?: number;
  as?: string;
  municipality?: string;
  unit?: string;
  out?: string;
}

/**
 * What every report export asks: who the report is made as (`--as`, checked against the roles that
 * may read statistics), their municipality when the username is not unique, and a unit.
 */
abstract class ReportExportCommand extends CommandRunner {
  @Option({ flags: '--as <username>', description: 'the analyst, unit manager or auditor reporting' })
  parseAs(value: string): string {
    return value;
  }

  @Option({ flags: '--municipality <uuid>', description: "the user's municipality (checked)" })
  parseMunicipality(value: string): string {
    return uuidOption('--municipality', 'a municipality', value);
  }

  @Option({ flags: '--unit <uuid>', description: 'only this unit (an AME unit for Kolada)' })
  parseUnit(value: string): string {
    return uuidOption('--unit', 'a unit', value);
  }
}

@SubCommand({
  name: 'kolada',
  description:
    'Write the Kolada year file (KPI;Kommun;År;Kön;Värde;Status) as the analyst, unit manager or auditor --as; ' +
    'to --out <file>, else to standard output',
})
export class ExportKoladaCommand extends ReportExportCommand {
  constructor(private readonly kolada: KoladaService) {
    super();
  }

  async run(_args: string[], options: ExportKoladaOptions): Promise<void> {
    if (options.year === undefined) throw new Error('--year <yyyy> is required, e.g. --year 2026');
    if (!options.as) throw new Error('--as <username> is required: the staff user the report is made as.');
    const file = await this.kolada.yearFileAsUser(
      { username: options.as, municipalityId: options.municipality },
      { year: options.year, unitId: options.unit },
    );
    if (options.out) {
      await writeFile(options.out, file.csv);
      process.stderr.write(`Wrote ${options.out}\n`);
    } else {
      process.stdout.write(file.csv);
    }
  }

  @Option({ flags: '--year <yyyy>', description: 'the year reported' })
  parseYear(value: string): number {
    const year = Number(value);
    if (!/^\d{4}$/.test(value) || year < 1900 || year > 2199)
      throw new Error('--year must be a year, e.g. 2026');
    return year;
  }

  @Option({ flags: '--out <file>', description: 'the file to write (default: standard output)' })
  parseOut(value: string): string {
    return value;
  }
}

interface ExportManagementOptions {
  month?: string;
  as?: string;
  municipality?: string;
  unit?: string;
  format?: ManagementFormat;
  out?: string;
}

@SubCommand({
  name: 'management',
  description:
    'Write the monthly management report (a sheet per figure set) as the analyst, unit manager or auditor --as; ' +
    'XLSX or long-form CSV, to --out <file>, else to ledningsrapport-<kommunkod>-<month>[-<unit>].<format> here',
})
export class ExportManagementCommand extends ReportExportCommand {
  constructor(private readonly reports: ManagementReportService) {
    super();
  }

  async run(_args: string[], options: ExportManagementOptions): Promise<void> {
    if (options.month === undefined) throw new Error('--month <yyyy-mm> is required, e.g. --month 2026-11');
    if (!options.as) throw new Error('--as <username> is required: the staff user the report is made as.');
    const file = await this.reports.fileAsUser(
      { username: options.as, municipalityId: options.municipality },
      { month: options.month, unitId: options.unit },
      options.format ?? 'xlsx',
    );
    const out = options.out ?? file.fileName;
    await writeFile(out, file.body);
    process.stderr.write(`Wrote ${out}\n`);
  }

  @Option({ flags: '--month <yyyy-mm>', description: 'the month reported, e.g. 2026-11' })
  parseMonth(value: string): string {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value))
      throw new Error('--month must be a month, YYYY-MM (e.g. 2026-11)');
    return value;
  }

  @Option({
    flags: '--format <xlsx|csv>',
    description: 'xlsx (default) or csv (long form, one cell per line)',
  })
  parseFormat(value: string): ManagementFormat {
    if (value !== 'xlsx' && value !== 'csv') throw new Error('--format must be xlsx or csv');
    return value;
  }

  @Option({
    flags: '--out <file>',
    description: 'the file to write (default: the file name the API gives, here)',
  })
  parseOut(value: string): string {
    return value;
  }
}

@Command({
  name: 'export',
  description: 'Export reports to files: kolada (the year file), management (the monthly management report)',
  subCommands: [ExportKoladaCommand, ExportManagementCommand],
})
export class ExportCommand extends CommandRunner {
  run(): Promise<void> {
    this.command.help();
  }
}
