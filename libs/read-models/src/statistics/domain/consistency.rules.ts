/**
 * Likabedömning (seed 002): decisions after absence dialogues compared by how much unexcused absence
 * opened the dialogue. The bands are Steg's; the dialogue opens at the municipality's threshold
 * (default one day), so the first band starts at one.
 */
export const UNEXCUSED_DAY_BANDS = [
  { band: '1-2', from: 1, to: 2 },
  { band: '3-5', from: 3, to: 5 },
  { band: '6-10', from: 6, to: 10 },
  { band: '11+', from: 11, to: null },
] as const;
export type UnexcusedDayBand = (typeof UNEXCUSED_DAY_BANDS)[number]['band'];

/** The band of a number of unexcused days (0 or fewer: the first band, as a dialogue never opens on 0). */
export function bandOf(days: number): UnexcusedDayBand {
  const found = UNEXCUSED_DAY_BANDS.find((b) => b.to === null || days <= b.to);
  return (found ?? UNEXCUSED_DAY_BANDS[UNEXCUSED_DAY_BANDS.length - 1]).band;
}

/**
 * Pseudonyms for the compared units and caseworkers ("Enhet A", "Handläggare 1"), so that analysts compare
 * practice without names: ordered by the number of decisions (most first), ties by id, within this
 * report only — the same person may carry another label in another period.
 */
export function pseudonyms<T extends { id: string; decisions: number }>(
  rows: readonly T[],
  label: (index: number) => string,
): Map<string, string> {
  const ordered = [...rows].sort((a, b) => b.decisions - a.decisions || a.id.localeCompare(b.id));
  return new Map(ordered.map((row, i) => [row.id, label(i)]));
}

/** A, B, … Z, AA, AB … */
export function letterLabel(index: number): string {
  let label = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    label = String.fromCharCode(65 + ((n - 1) % 26)) + label;
  return label;
}

/** What the consistency report counts and compares (the answer and docs/statistics.md state it). */
export const CONSISTENCY_DEFINITION = {
  sv:
    'Likabedömning (seed 002): beslut efter frånvarodialoger (ingen åtgärd, varning, avdrag) som fattades i perioden ' +
    'och gäller (inte ersatta), per band av ogiltiga frånvarodagar när dialogen öppnades (1–2, 3–5, 6–10, 11+), ' +
    'jämförda mellan IFO-enheter (beslutsfattarens första IFO-enhet) och handläggare. Enheter och handläggare ' +
    'visas med pseudonym (Enhet A, Handläggare 1) som gäller bara i rapporten.',
  en:
    'Consistency (seed 002): decisions after absence dialogues (no action, warning, deduction) made in the period and ' +
    'in force (not superseded), by band of unexcused days when the dialogue opened (1–2, 3–5, 6–10, 11+), compared ' +
    'across IFO units (the decider’s first IFO unit) and caseworkers. Units and caseworkers carry pseudonyms (Enhet ' +
    'A, Handläggare 1) valid in this report only.',
};
