import { neutraliseCell } from '@steg/kernel';
import { swedishNumber } from './kolada-file';

/**
 * The monthly management report (issue 17; seed 002 point 5: monthly results to management in
 * Stratsys): one sheet per figure set, in Swedish, since managers read it. A sheet is plain data —
 * headings, rows of cells, which cells are shares and which are empty for a reason — so the XLSX
 * and the long-form CSV are two renderings of the same thing, and the mappers are table-tested.
 */

/** A cell as a sheet holds it: text, a number, or nothing. */
export type SheetCell = string | number | null;

/** Why a cell is empty: suppressed (röjandeskydd), or a share of nothing (0 / 0). */
export type CellStatus = 'suppressed' | 'undefined';

export interface Sheet {
  /** The sheet's (flikens) name, in Swedish. */
  sheet: string;
  /** rows[0] holds the column headings; every row as long as it. */
  rows: SheetCell[][];
  /** Cells holding a share in per cent (shown with one decimal): [row, column] of `rows`. */
  shares: [number, number][];
  /** Empty cells and why: [row, column, status]. */
  statuses: [number, number, CellStatus][];
  /** Notes under the table (what is counted, the small-number rule). */
  footnotes: string[];
}

/** A figure's value as the statistics services give it: null when suppressed or undefined. */
export interface FigureValue {
  value: number | null;
  suppressed: boolean;
}

/** A value for `sheetOf`: a count, or a share (`share: true`, shown with one decimal). */
export interface FigureCell extends FigureValue {
  share?: boolean;
}

export const SUPPRESSED_MARK = 'röjandeskydd (färre än 5 personer)';
export const MARK_HEADING = 'Röjandeskydd';
export const STATUS_TEXT: Record<CellStatus, string> = {
  suppressed: 'röjandeskydd',
  undefined: 'ej definierat (0 av 0)',
};
export const SUPPRESSION_FOOTNOTE =
  'En tom cell markerad röjandeskydd beskriver färre än 5 personer, eller skulle ge bort en sådan ' +
  'genom subtraktion från en summa som visas. Definitionerna finns i docs/statistics.md.';

export function count(value: FigureValue): FigureCell {
  return { value: value.value, suppressed: value.suppressed };
}

export function share(value: FigureValue): FigureCell {
  return { value: value.value, suppressed: value.suppressed, share: true };
}

function isFigure(cell: SheetCell | FigureCell): cell is FigureCell {
  return cell !== null && typeof cell === 'object';
}

/**
 * A sheet from headings and rows that mix plain cells and figure values: a figure becomes its
 * value, or an empty cell with its status; a last column "Röjandeskydd" names, per row, the
 * columns suppressed in it ("röjandeskydd (färre än 5 personer): Män"), so the XLSX reader sees why
 * a cell is empty without a legend.
 */
export function sheetOf(
  sheet: string,
  headings: readonly string[],
  rows: readonly (readonly (SheetCell | FigureCell)[])[],
  footnotes: readonly string[] = [],
): Sheet {
  const result: Sheet = {
    sheet,
    rows: [[...headings, MARK_HEADING]],
    shares: [],
    statuses: [],
    footnotes: [...footnotes, SUPPRESSION_FOOTNOTE],
  };
  rows.forEach((row, i) => {
    const r = i + 1;
    if (row.length !== headings.length) {
      throw new Error(`${sheet}: row ${r} has ${row.length} cells for ${headings.length} headings`);
    }
    const suppressedIn: string[] = [];
    const cells = row.map((cell, c): SheetCell => {
      if (!isFigure(cell)) return cell;
      if (cell.share) result.shares.push([r, c]);
      if (cell.suppressed) {
        result.statuses.push([r, c, 'suppressed']);
        suppressedIn.push(headings[c]);
        return null;
      }
      if (cell.value === null) result.statuses.push([r, c, 'undefined']);
      return cell.value;
    });
    result.rows.push([
      ...cells,
      suppressedIn.length ? `${SUPPRESSED_MARK}: ${suppressedIn.join(', ')}` : null,
    ]);
  });
  return result;
}

export const LONG_FORM_HEADER = ['Flik', 'Rad', 'Kolumn', 'Värde', 'Status'] as const;

/**
 * All sheets in one long-form table (one line per cell): the sheet, the row number as in the
 * spreadsheet (headings on row 1), the column's heading, the value (decimal comma, shares with one
 * decimal) and why a value is missing. Footnotes follow each sheet's table as "Fotnot" lines, on the
 * rows they have in the spreadsheet (after one empty row).
 */
export function longFormRows(sheets: readonly Sheet[]): string[][] {
  const lines: string[][] = [[...LONG_FORM_HEADER]];
  for (const s of sheets) {
    const shares = new Set(s.shares.map(([r, c]) => `${r}:${c}`));
    const statuses = new Map(s.statuses.map(([r, c, status]) => [`${r}:${c}`, status]));
    const headings = s.rows[0];
    for (let r = 1; r < s.rows.length; r++) {
      s.rows[r].forEach((cell, c) => {
        const status = statuses.get(`${r}:${c}`);
        const value =
          cell === null
            ? ''
            : typeof cell === 'number'
              ? swedishNumber(cell, shares.has(`${r}:${c}`))
              : // Names of units and instances are typed by people: no cell may become a formula.
                neutraliseCell(cell);
        lines.push([
          s.sheet,
          String(r + 1),
          String(headings[c] ?? ''),
          value,
          status ? STATUS_TEXT[status] : '',
        ]);
      });
    }
    s.footnotes.forEach((note, i) => {
      lines.push([s.sheet, String(s.rows.length + 2 + i), 'Fotnot', note, '']);
    });
  }
  return lines;
}

/** What the first sheet says about the report. */
export interface ReportInfo {
  municipalityName: string;
  municipalityCode: string;
  /** The unit's name, or null for all the caller may see. */
  unitName: string | null;
  month: { label: string; from: string; to: string };
  /** Who made it: a staff user's name and username, or an API key's name. */
  madeBy: string;
  /** When, Europe/Stockholm, `YYYY-MM-DD HH:MM`. */
  madeAt: string;
  /** The small-number rule, in Swedish. */
  suppressionRule: string;
  /** The figure sets' sheet names, in order. */
  sheets: readonly string[];
}

export const ABOUT_SHEET = 'Om rapporten';
/** The row of "Om rapporten" that says when the report was made (differs between two runs). */
export const MADE_AT_LABEL = 'Framtagen';

/** "Om rapporten": the municipality, unit, month, who made it and when, the rule, the definitions. */
export function aboutSheet(info: ReportInfo): Sheet {
  return {
    sheet: ABOUT_SHEET,
    rows: [
      ['Uppgift', 'Värde'],
      ['Rapport', 'Månadsrapport till ledningen (Stratsys)'],
      ['Kommun', `${info.municipalityName} (${info.municipalityCode})`],
      ['Enhet', info.unitName ?? 'Alla enheter du får se'],
      ['Månad', `${info.month.label} (${info.month.from}–${info.month.to})`],
      ['Framtagen av', info.madeBy],
      [MADE_AT_LABEL, `${info.madeAt} (svensk tid)`],
      ['Röjandeskydd', `${info.suppressionRule} En tom cell är då markerad ${SUPPRESSED_MARK}.`],
      [
        'Definitioner',
        'docs/statistics.md, och varje figur i API:t (GET /api/v1/statistics/kolada, /flow, ' +
          '/interventions, /decisions; GET /api/v1/referrals/flow)',
      ],
      ['Flikar', info.sheets.join(', ')],
    ],
    shares: [],
    statuses: [],
    footnotes: [],
  };
}
