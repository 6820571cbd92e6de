/**
 * The rules of the report files people download and file (närvarorapport as CSV and XLSX): their
 * names, the cells' defence against formula injection, and times as a Swede reads them.
 */

/** The two tables of the report: each day's lines, and the month's totals (sammanställning). */
export const REPORT_TABLES = ['days', 'summary'] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

/** Who the file is about, as far as the caller may see. */
export interface ReportFileSubject {
  participantId: string;
  firstName: string;
  lastName: string;
  /** True when the caller sees the name masked (skyddade personuppgifter): the name stays out. */
  masked: boolean;
}

/** A file name in two forms: as written (UTF-8, Swedish letters kept) and an ASCII fallback. */
export interface FileName {
  utf8: string;
  ascii: string;
}

const NAME_PART_MAX = 60;

/**
 * `narvarorapport_2026-04_Öberg_Åsa_1a2b3c4d.csv`: the month, the person and the last eight hex
 * digits of their id (the random end of a UUID), so two people of the same name never share a file
 * name. A masked person is `skyddad`, so the name never leaks through the file name. Safe on every OS:
 * no path separators, colons, quotes, control characters or spaces.
 */
export function reportFileName(
  subject: ReportFileSubject,
  month: string,
  table: ReportTable,
  extension: 'csv' | 'xlsx',
): FileName {
  const shortId = subject.participantId.replace(/-/g, '').slice(-8).toLowerCase();
  const name = `${subject.lastName} ${subject.firstName}`;
  const suffix = table === 'summary' ? '_sammanstallning' : '';
  const file = (person: string) => `narvarorapport_${month}_${person}_${shortId}${suffix}.${extension}`;
  if (subject.masked) return { utf8: file('skyddad'), ascii: file('skyddad') };
  return {
    utf8: file(fileSafe(name) || 'deltagare'),
    ascii: file(fileSafe(transliterate(name)) || 'deltagare'),
  };
}

/** Letters (any script) and digits kept, runs of anything else one `_`, trimmed and bounded. */
function fileSafe(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}.-]+/gu, '_')
    .replace(/^[._-]+|[._-]+$/g, '')
    .slice(0, NAME_PART_MAX)
    .replace(/[._-]+$/g, '');
}

const LETTERS: Record<string, string> = {
  æ: 'ae',
  Æ: 'AE',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
};

/** ASCII letters for the fallback name: å, ä → a and ö → o (the accents dropped), a few by hand. */
export function transliterate(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[æÆøØßłŁđĐ]/g, (c) => LETTERS[c] ?? c)
    .replace(/[^\x20-\x7e]/g, '_');
}

/**
 * `attachment; filename="ascii"; filename*=UTF-8''utf8` (RFC 6266 with RFC 5987): browsers and
 * clients that know `filename*` get the Swedish letters, the others the ASCII fallback.
 */
export function contentDisposition(name: FileName): string {
  const ascii = name.ascii.replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name.utf8).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
