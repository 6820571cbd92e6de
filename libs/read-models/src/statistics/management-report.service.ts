import { Inject, Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import { StaffPrincipalsService } from '@steg/access';
import { Actor } from '@steg/http';
import { Clock, loadExcel, neutraliseCell, stockholmDateTime } from '@steg/kernel';
import { FlowService } from '../flow/flow.service';
import { ReadModelDatabase } from '../read-model-database';
import { statisticsCliActor } from '../statistics-scope';
import { CombinationsService } from './combinations.service';
import { ConsistencyService } from './consistency.service';
import { SUPPRESSION_RULE } from './domain/kolada.figures';
import { aboutSheet, longFormRows, MARK_HEADING, type Sheet } from './domain/management-report';
import {
  agreementsSheet,
  combinationsSheet,
  consistencySheet,
  deviationsSheet,
  flowSheet,
  fundingSheet,
  interventionsSheet,
  koladaSheet,
  overviewSheet,
  referralFlowSheet,
} from './domain/management-sheets';
import { requireMonth } from './domain/period.rules';
import { FlowStatisticsService } from './flow-statistics.service';
import { InterventionReportService } from './intervention-report.service';
import { KoladaService } from './kolada.service';
import { OverviewService } from './overview.service';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ManagementReportRequest {
  /** `2026-11` */
  month: string;
  unitId?: string;
}

export interface ManagementReport {
  /** Without the extension: `ledningsrapport-<kommunkod>-<month>[-<unit8>]`. */
  baseName: string;
  sheets: Sheet[];
}

export type ManagementFormat = 'xlsx' | 'csv';

/**
 * The monthly management report (issue 17; seed 002 point 5, the month's results to management in
 * Stratsys): the figure sets of the statistics services for a month, a sheet each, behind a first
 * sheet "Om rapporten". It queries nothing itself but the names on the first sheet: each set is its
 * service's answer (with the service's access check and small-number rule), so the report says
 * what the API says. Aggregates only, as GET /statistics/kolada.csv: no audit event is written (the
 * audit log records access to personal data, ARCHITECTURE.md "Audit log").
 */
@Injectable()
export class ManagementReportService {
  private readonly dataSource: DataSource;

  constructor(
    database: ReadModelDatabase,
    private readonly principals: StaffPrincipalsService,
    private readonly kolada: KoladaService,
    private readonly flowStatistics: FlowStatisticsService,
    private readonly interventions: InterventionReportService,
    private readonly consistency: ConsistencyService,
    private readonly referralFlow: FlowService,
    private readonly overview: OverviewService,
    private readonly combinations: CombinationsService,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    this.dataSource = database.statistics;
  }

  async report(actor: Actor, query: ManagementReportRequest): Promise<ManagementReport> {
    const month = requireMonth(query.month);
    const period = { period: month.label, unitId: query.unitId };
    // The figure sets, in sheet order: one line each (the set's service, and its mapper in
    // domain/management-sheets.ts).
    const figureSets: Promise<Sheet | Sheet[]>[] = [
      this.kolada.report(actor, period).then(koladaSheet),
      this.flowStatistics.report(actor, period).then(flowSheet),
      this.interventions
        .report(actor, period)
        .then((r) => [interventionsSheet(r), fundingSheet(r), agreementsSheet(r)]),
      this.combinations.report(actor, period).then(combinationsSheet),
      this.consistency.report(actor, period).then(consistencySheet),
      this.referralFlow
        .flow(actor, { from: month.from, to: month.to, unitId: query.unitId }, { suppressed: true })
        .then(referralFlowSheet),
      this.overview.report(actor, period).then((o) => [overviewSheet(o), deviationsSheet(o)]),
    ];
    const sheets = (await Promise.all(figureSets)).flat();

    const municipalityId = actor.principal.municipalityId;
    const [[municipality], [unit]] = await Promise.all([
      this.dataSource.query<{ name: string; code: string }[]>(
        `SELECT name, code FROM municipalities WHERE id = $1`,
        [municipalityId],
      ),
      query.unitId === undefined
        ? Promise.resolve([])
        : this.dataSource.query<{ name: string }[]>(
            `SELECT name FROM units WHERE id = $1 AND municipality_id = $2`,
            [query.unitId, municipalityId],
          ),
    ]);
    const principal = actor.principal;
    const about = aboutSheet({
      municipalityName: municipality.name,
      municipalityCode: municipality.code,
      unitName: unit?.name ?? null,
      month,
      madeBy:
        principal.kind === 'user'
          ? `${principal.displayName} (${principal.username})`
          : `API-nyckel ${principal.name}`,
      madeAt: stockholmDateTime(this.clock.now()),
      suppressionRule: SUPPRESSION_RULE.sv,
      sheets: sheets.map((s) => s.sheet),
    });
    const scope = query.unitId === undefined ? '' : `-${query.unitId.slice(0, 8)}`;
    return {
      baseName: `ledningsrapport-${municipality.code}-${month.label}${scope}`,
      sheets: [about, ...sheets],
    };
  }

  /** The report as an XLSX workbook: a worksheet per sheet, headings bold and frozen. */
  async xlsx(actor: Actor, query: ManagementReportRequest): Promise<{ fileName: string; body: Buffer }> {
    const report = await this.report(actor, query);
    return { fileName: `${report.baseName}.xlsx`, body: await workbookOf(report.sheets) };
  }

  /** The report in long form (Flik;Rad;Kolumn;Värde;Status), all sheets in one CSV for Swedish Excel. */
  async csv(actor: Actor, query: ManagementReportRequest): Promise<{ fileName: string; csv: string }> {
    const report = await this.report(actor, query);
    const csv = stringify(longFormRows(report.sheets), { delimiter: ';', record_delimiter: '\r\n' });
    return { fileName: `${report.baseName}.csv`, csv: `\uFEFF${csv}` };
  }

  /** `npm run steg -- export management --month 2026-11 --as <username>`: the report as that staff user. */
  async fileAsUser(
    who: { username: string; municipalityId?: string },
    query: ManagementReportRequest,
    format: ManagementFormat,
  ): Promise<{ fileName: string; body: Buffer }> {
    const actor = await statisticsCliActor(this.principals, who, 'export management');
    if (format === 'xlsx') return this.xlsx(actor, query);
    const file = await this.csv(actor, query);
    return { fileName: file.fileName, body: Buffer.from(file.csv, 'utf8') };
  }
}

async function workbookOf(sheets: readonly Sheet[]): Promise<Buffer> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Steg';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    // Names of units and instances are typed by people: no cell may become a formula.
    for (const row of sheet.rows) worksheet.addRow(row.map(neutraliseCell));
    worksheet.getRow(1).font = { bold: true };
    for (const [r, c] of sheet.shares) worksheet.getCell(r + 1, c + 1).numFmt = '0.0';
    const marks = sheet.rows[0].indexOf(MARK_HEADING);
    sheet.rows[0].forEach((heading, c) => {
      const widest = Math.max(...sheet.rows.map((row) => String(row[c] ?? '').length));
      worksheet.getColumn(c + 1).width = Math.min(
        Math.max(widest, String(heading).length, 8) + 2,
        c === marks ? 40 : 60,
      );
    });
    if (sheet.footnotes.length) {
      worksheet.addRow([]);
      for (const note of sheet.footnotes) worksheet.addRow([note]);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
