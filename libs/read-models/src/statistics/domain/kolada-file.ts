/** A figure's value per gender as the report gives it: null when suppressed or undefined. */
export interface KoladaFileFigure {
  id: string;
  /** 'count' or 'share' (KoladaFigureDefinition). */
  kind: string;
  values: Record<'T' | 'K' | 'M', { value: number | null; suppressed: boolean }>;
}

/**
 * A number as Swedish Excel and SKR's forms read it: a decimal comma, a share with one decimal
 * (`37,5`, `50,0`), a count as it is. The Kolada file and the management report's CSV both use it.
 */
export function swedishNumber(value: number, share: boolean): string {
  return (share ? value.toFixed(1) : String(value)).replace('.', ',');
}

export const KOLADA_FILE_HEADER = ['KPI', 'Kommun', 'År', 'Kön', 'Värde', 'Status'] as const;

/**
 * The Kolada year file (issue 17): one row per figure and gender — KPI id, kommunkod, year, gender
 * (T, K, M), value — with the value empty and the status `suppressed` (röjandeskydd) or `undefined`
 * (a share of nothing) where there is none. Shares keep one decimal with a decimal comma, as Swedish
 * Excel and SKR's forms read it.
 */
export function koladaFileRows(
  municipalityCode: string,
  year: number,
  figures: readonly KoladaFileFigure[],
): string[][] {
  return figures.flatMap((figure) =>
    (['T', 'K', 'M'] as const).map((gender) => {
      const { value, suppressed } = figure.values[gender];
      const text = value === null ? '' : swedishNumber(value, figure.kind === 'share');
      const status = suppressed ? 'suppressed' : value === null ? 'undefined' : '';
      return [figure.id, municipalityCode, String(year), gender, text, status];
    }),
  );
}
