/** One problem of an imported file: its row (1 is the header), the field, the rule and a message. */
export interface ImportRowViolation {
  row: number;
  field: string;
  rule: string;
  message: string;
}

/** A cell as CSV or a spreadsheet gives it. */
export type ImportRawCell = string | number | boolean | Date | null | undefined;

/** Lower-case without a BOM, spaces, underscores, hyphens, dots or slashes: "Inkom-datum" → "inkomdatum". */
export function normalizeColumnName(value: string): string {
  return value
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_./-]+/g, '');
}

export interface ImportHeaderMapping<F extends string> {
  /** The field of each column, in file order (null for an empty column). */
  columns: (F | null)[];
  violations: ImportRowViolation[];
}

/**
 * The header rule of Steg's file imports (attendance, case history): each column names one field by
 * one of its aliases (Swedish or English, normalized); an unknown or repeated column, or a required
 * field without one, rejects the file at row 1. `examples` lists known columns for the message.
 */
export function importHeaderMapper<F extends string>(
  aliases: Readonly<Record<F, readonly string[]>>,
  required: readonly F[],
  examples: string,
): (headers: readonly ImportRawCell[]) => ImportHeaderMapping<F> {
  const fieldByHeader = new Map<string, F>(
    (Object.entries(aliases) as [F, readonly string[]][]).flatMap(([field, names]) =>
      names.map((name) => [normalizeColumnName(name), field] as [string, F]),
    ),
  );
  return (headers) => {
    const violations: ImportRowViolation[] = [];
    const seen = new Set<F>();
    const columns = headers.map((header, index): F | null => {
      const text = header === null || header === undefined ? '' : String(header).trim();
      if (text === '') return null;
      const field = fieldByHeader.get(normalizeColumnName(text));
      if (!field) {
        violations.push({
          row: 1,
          field: text,
          rule: 'header.unknown',
          message: `Column ${index + 1} "${text}" is not a known column (e.g. ${examples}).`,
        });
        return null;
      }
      if (seen.has(field)) {
        violations.push({
          row: 1,
          field,
          rule: 'header.duplicate',
          message: `Column ${index + 1} "${text}" repeats the column for ${field}.`,
        });
        return null;
      }
      seen.add(field);
      return field;
    });
    for (const field of required) {
      if (!seen.has(field)) {
        violations.push({
          row: 1,
          field,
          rule: 'header.missing',
          message: `The file needs a column for ${field} (${aliases[field].join(', ')}).`,
        });
      }
    }
    return { columns, violations };
  };
}
