import { COMBINATION_DEFINITIONS } from './combination.figures';
import { CONSISTENCY_DEFINITION } from './consistency.rules';
import { FLOW_DEFINITIONS } from './flow.figures';
import { INTERVENTION_DEFINITIONS } from './intervention.figures';
import { KOLADA_FIGURES, SUPPRESSION_RULE } from './kolada.figures';
import { OVERVIEW_DEFINITIONS } from './overview.figures';

/**
 * docs/statistics.md, written from the definitions the service uses (`npm run docs:statistics`), so
 * the document a controller checks can never drift from the code that computes the figures.
 */
export function statisticsDocument(): string {
  const figure = (f: (typeof KOLADA_FIGURES)[number]): string =>
    [
      `### ${f.id} — ${f.title.sv}${f.confirmed ? '' : ' ⚠'}`,
      '',
      `*${f.title.en}* · ${f.kind === 'count' ? 'antal / count' : 'andel / share (%)'}`,
      '',
      `- **sv:** ${f.definition.sv}`,
      `- **en:** ${f.definition.en}`,
      '',
    ].join('\n');
  return [
    '# Statistics: the definitions Steg uses',
    '',
    '<!-- Written by `npm run docs:statistics` from libs/read-models/src/statistics/domain; a unit test keeps it current. -->',
    '',
    'Every figure of `GET /api/v1/statistics/...` with the rule Steg computes it by. Kolada publishes a full',
    'definition only for U40455; figures marked ⚠ follow Steg’s stated rule (REFERENCE.md "Kolada key figures").',
    '',
    '## Periods',
    '',
    'A year `2026` (Kolada), a month `2026-11` (Stratsys), a tertial `2026-T1`…`T3` (jan–apr, maj–aug, sep–dec)',
    'or a half-year `2026-H1`/`H2` (Finsam). Days are calendar days in Europe/Stockholm, both ends inclusive.',
    'Scope: the municipality, or one AME unit (enrolments of the unit; referrals sent to it).',
    'Gender: T (everyone), K (kvinnor), M (män); people of other or unstated gender are in T only.',
    '',
    '## Small numbers (röjandeskydd)',
    '',
    `- **sv:** ${SUPPRESSION_RULE.sv}`,
    `- **en:** ${SUPPRESSION_RULE.en}`,
    '',
    '## Kolada key figures (`GET /api/v1/statistics/kolada?period=&unitId=`)',
    '',
    ...KOLADA_FIGURES.map(figure),
    '## Per intervention type and instance (`GET /api/v1/statistics/interventions?period=&unitId=`)',
    '',
    'Instances of the unit (the responsible unit) or the municipality that ran some day of the period. Everything',
    'about people hides with the row’s participants when they are fewer than five; the cost (a budget) always shows.',
    '',
    ...definitions(INTERVENTION_DEFINITIONS),
    '## Combinations of intervention types (`GET /api/v1/statistics/combinations?period=&unitId=`)',
    '',
    'Exits of the period from the AME unit or municipality that had a placement: parallel or one at a time (seed 004:',
    '"does parallel beat stepwise?"), per combination and compared.',
    '',
    ...definitions(COMBINATION_DEFINITIONS),
    '## The flow (`GET /api/v1/statistics/flow?period=&unitId=`)',
    '',
    ...definitions(FLOW_DEFINITIONS),
    '## Consistency of decisions (`GET /api/v1/statistics/decisions?period=&unitId=`)',
    '',
    ...definitions({ decisions: CONSISTENCY_DEFINITION }),
    '## Overview (`GET /api/v1/statistics/overview?period=&unitId=`)',
    '',
    ...definitions(OVERVIEW_DEFINITIONS),
  ].join('\n');
}

function definitions(texts: Record<string, { sv: string; en: string }>): string[] {
  return Object.entries(texts).flatMap(([name, text]) => [
    `### ${name}`,
    '',
    `- **sv:** ${text.sv}`,
    `- **en:** ${text.en}`,
    '',
  ]);
}
