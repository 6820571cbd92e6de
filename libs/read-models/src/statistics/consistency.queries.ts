import { UNEXCUSED_DAY_BANDS } from './domain/consistency.rules';

const BAND = `CASE ${UNEXCUSED_DAY_BANDS.map((b) =>
  b.to === null ? `ELSE '${b.band}'` : `WHEN dlg.unexcused_days_at_opening <= ${b.to} THEN '${b.band}'`,
).join(' ')} END`;

/**
 * Decisions (no action, warning, deduction) after absence dialogues made in the period and still in
 * force (not superseded), by the deciding IFO caseworker's unit (their first IFO unit), the caseworker
 * and the band of unexcused days that opened the dialogue. $1 municipality, $2 first day, $3 last day,
 * $4 IFO units (null = all).
 */
export const CONSISTENCY_SQL = `
  WITH decider_unit AS (
    SELECT DISTINCT ON (m.user_id) m.user_id, m.unit_id
      FROM unit_memberships m
     WHERE m.municipality_id = $1 AND m.role = 'ifo_caseworker'
     ORDER BY m.user_id, m.unit_id),
  d AS (
    SELECT coalesce(u.unit_id::text, 'none') AS unit_id, dec.decided_by::text AS user_id, ${BAND} AS band,
           dec.kind, dec.participant_id
      FROM absence_decisions dec
      JOIN absence_dialogues dlg ON dlg.id = dec.dialogue_id AND dlg.municipality_id = $1
      LEFT JOIN decider_unit u ON u.user_id = dec.decided_by
     WHERE dec.municipality_id = $1
       AND NOT EXISTS (SELECT 1 FROM absence_decisions s WHERE s.supersedes_id = dec.id)
       AND dec.decided_at >= ($2::date::timestamp AT TIME ZONE 'Europe/Stockholm')
       AND dec.decided_at < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm')
       AND ($4::uuid[] IS NULL OR u.unit_id = ANY($4::uuid[])))
  SELECT unit_id, user_id, band, kind,
         GROUPING(unit_id) AS all_units, GROUPING(user_id) AS all_users, GROUPING(kind) AS all_kinds,
         count(*)::int AS count, count(DISTINCT participant_id)::int AS people
    FROM d
   GROUP BY GROUPING SETS ((unit_id, user_id, band, kind), (unit_id, user_id, band), (unit_id, band, kind),
                           (unit_id, band), (band, kind), (band))`;
