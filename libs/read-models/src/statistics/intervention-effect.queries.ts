import { EXIT_WINDOW_CLOSED, RETURNED_TO_ASSISTANCE } from './flow.queries';
import { EXITED_WITH_PLACEMENT } from './intervention.queries';

/**
 * The set-based queries of the per-intervention report's funder, agreement, follow-up, BIP and
 * combination figures (issue 17). Parameters as intervention.queries.ts: $1 municipality, $2 first day,
 * $3 last day, $4 responsible units (null = all); the combinations take $4 as AME units and $5 today.
 */

/**
 * The funding periods in force (not superseded: a correction or a withdrawal supersedes a period)
 * of the instances in scope that overlap the period, one row per share.
 */
export const FUNDING_SHARES_SQL = `
  SELECT f.instance_id, to_char(f.valid_from, 'YYYY-MM-DD') AS valid_from,
         to_char(f.valid_to, 'YYYY-MM-DD') AS valid_to, s.funder_type, s.basis_points
    FROM intervention_funding_periods f
    JOIN intervention_funding_shares s ON s.period_id = f.id AND s.municipality_id = $1
    JOIN intervention_instances i ON i.id = f.instance_id AND i.municipality_id = $1
   WHERE f.municipality_id = $1
     AND f.superseded_at IS NULL
     AND f.valid_from <= $3::date
     AND (f.valid_to IS NULL OR f.valid_to >= $2::date)
     AND ($4::uuid[] IS NULL OR i.responsible_unit_id = ANY($4::uuid[]))
   ORDER BY f.instance_id, f.valid_from, s.position`;

/** A placement's agreement: its own, else its instance's. */
const PLACEMENTS_UNDER_AGREEMENTS = `
  SELECT p.id, p.participant_id, p.enrolment_id, coalesce(p.agreement_id, i.agreement_id) AS agreement_id,
         p.start_date, p.actual_end_date
    FROM placements p
    JOIN intervention_instances i ON i.id = p.instance_id AND i.municipality_id = $1
   WHERE p.municipality_id = $1
     AND coalesce(p.agreement_id, i.agreement_id) IS NOT NULL
     AND ($4::uuid[] IS NULL OR i.responsible_unit_id = ANY($4::uuid[]))`;

/**
 * The agreements (LÖK, IOP, Finsam …) with a placement open some day of the period, an exit in the
 * period of an enrolment with a placement under it, or an instance in scope running in the period;
 * per agreement the participants and participant-days of the period.
 */
export const AGREEMENT_VOLUME_SQL = `
  WITH pl AS (${PLACEMENTS_UNDER_AGREEMENTS}),
  vol AS (
    SELECT agreement_id, count(DISTINCT participant_id)::int AS participants,
           sum(least(coalesce(actual_end_date, $3::date), $3::date) - greatest(start_date, $2::date) + 1)::int
             AS participant_days
      FROM pl
     WHERE start_date <= $3::date AND (actual_end_date IS NULL OR actual_end_date >= $2::date)
     GROUP BY agreement_id),
  ids AS (
    SELECT agreement_id FROM vol
    UNION
    SELECT pl.agreement_id FROM pl
      JOIN enrolments e ON e.id = pl.enrolment_id AND e.municipality_id = $1
     WHERE e.exit_date BETWEEN $2::date AND $3::date
    UNION
    SELECT i.agreement_id FROM intervention_instances i
     WHERE i.municipality_id = $1 AND i.agreement_id IS NOT NULL
       AND i.starts_on <= $3::date AND (i.ends_on IS NULL OR i.ends_on >= $2::date)
       AND ($4::uuid[] IS NULL OR i.responsible_unit_id = ANY($4::uuid[])))
  SELECT a.id AS agreement_id, a.title, a.kind,
         coalesce(vol.participants, 0)::int AS participants,
         coalesce(vol.participant_days, 0)::int AS participant_days
    FROM ids
    JOIN agreements a ON a.id = ids.agreement_id AND a.municipality_id = $1
    LEFT JOIN vol ON vol.agreement_id = a.id
   ORDER BY a.title, a.id`;

/**
 * Exits in the period of enrolments with a placement (at any time of the enrolment) under the
 * agreement, by Kolada category: an enrolment counts once per agreement.
 */
export const AGREEMENT_EXITS_SQL = `
  WITH pl AS (${PLACEMENTS_UNDER_AGREEMENTS}),
  ex AS (
    SELECT DISTINCT pl.agreement_id, e.id AS enrolment_id, e.participant_id, e.outcome_category
      FROM pl
      JOIN enrolments e ON e.id = pl.enrolment_id AND e.municipality_id = $1
     WHERE e.exit_date BETWEEN $2::date AND $3::date)
  SELECT agreement_id, outcome_category AS category, GROUPING(outcome_category) AS all_categories,
         count(DISTINCT enrolment_id)::int AS count, count(DISTINCT participant_id)::int AS people
    FROM ex
   GROUP BY GROUPING SETS ((agreement_id, outcome_category), (agreement_id))`;

/**
 * The follow-ups after exit (uppföljning efter avslut) at 6 and 12 months of the enrolments exited in
 * the period that had a placement of the type: the current record of each checkpoint (a correction
 * supersedes), and of them those working or studying.
 */
export const TYPE_FOLLOW_UPS_SQL = `
  WITH ex AS (
    SELECT DISTINCT i.type_id, e.id AS enrolment_id, e.participant_id
${EXITED_WITH_PLACEMENT})
  SELECT ex.type_id, f.checkpoint_months::int AS checkpoint_months,
         count(*)::int AS recorded, count(DISTINCT ex.participant_id)::int AS people,
         count(*) FILTER (WHERE f.status IN ('working', 'studying'))::int AS work_or_studies,
         count(DISTINCT ex.participant_id) FILTER (WHERE f.status IN ('working', 'studying'))::int
           AS work_or_studies_people
    FROM ex
    JOIN outcome_follow_ups f
      ON f.enrolment_id = ex.enrolment_id AND f.municipality_id = $1 AND f.superseded_at IS NULL
     AND f.checkpoint_months IN (6, 12)
   GROUP BY ex.type_id, f.checkpoint_months`;

/**
 * The one counted BIP assessment of an enrolment that `condition` allows, first in `order` of the day
 * assessed (then completion): complete, and superseded by no correction. For a LATERAL join, so
 * each placement or exit looks up its own through ix_bip_assessments_enrolment, never a scan of all
 * the municipality's assessments per row.
 */
const countedBip = (enrolment: string, condition: string, order: 'ASC' | 'DESC') => `
  SELECT o.id, o.scale_min, o.scale_max, o.assessed_on, o.completed_at
    FROM bip_assessments o
   WHERE o.municipality_id = $1 AND o.enrolment_id = ${enrolment} AND o.status = 'complete' ${condition}
     AND NOT EXISTS (SELECT 1 FROM bip_assessments s WHERE s.municipality_id = $1 AND s.supersedes_id = o.id)
   ORDER BY o.assessed_on ${order}, o.completed_at ${order}
   LIMIT 1`;

/**
 * The BIP change per indicator around the placements of a type that ended in the period: from the
 * enrolment's last counted assessment on or before the placement's start to its first on or after the
 * placement's end (a later assessment — by day assessed, then completion — on the same scale: on a one-day
 * placement with two assessments that day, "before" is the later one, and the earlier one is no
 * "after"), items scored in both.
 */
export const TYPE_BIP_CHANGE_SQL = `
  WITH pl AS (
    SELECT p.id, p.participant_id, p.enrolment_id, i.type_id, p.start_date, p.actual_end_date
      FROM placements p
      JOIN intervention_instances i ON i.id = p.instance_id AND i.municipality_id = $1
     WHERE p.municipality_id = $1
       AND p.actual_end_date BETWEEN $2::date AND $3::date
       AND ($4::uuid[] IS NULL OR i.responsible_unit_id = ANY($4::uuid[]))),
  pairs AS (
    SELECT pl.type_id, pl.participant_id, b.id AS before_id, a.id AS after_id
      FROM pl
      CROSS JOIN LATERAL (${countedBip('pl.enrolment_id', 'AND o.assessed_on <= pl.start_date', 'DESC')}) b
      CROSS JOIN LATERAL (${countedBip('pl.enrolment_id', 'AND o.assessed_on >= pl.actual_end_date', 'ASC')}) a
     WHERE (a.assessed_on, a.completed_at) > (b.assessed_on, b.completed_at)
       AND a.scale_min = b.scale_min AND a.scale_max = b.scale_max)
  SELECT pairs.type_id, sb.indicator_code,
         count(*)::int AS placements, count(DISTINCT pairs.participant_id)::int AS people,
         avg(sa.score - sb.score)::float AS mean_change
    FROM pairs
    JOIN bip_assessment_scores sb
      ON sb.assessment_id = pairs.before_id AND sb.municipality_id = $1 AND sb.score IS NOT NULL
    JOIN bip_assessment_scores sa
      ON sa.assessment_id = pairs.after_id AND sa.municipality_id = $1 AND sa.indicator_code = sb.indicator_code
     AND sa.score IS NOT NULL
   GROUP BY pairs.type_id, sb.indicator_code`;

/** The eleven BIP indicators (a seeded table shared by every municipality: it has no tenant). */
export const BIP_INDICATORS_SQL = `
  SELECT code, position, label_sv, label_en FROM bip_indicators ORDER BY position`;

/**
 * Combinations (issue 17, seed 004): the enrolments of the AME units in scope that exited in the
 * period, each with
 * - `has_placement`: whether it had a placement (the combinations are of those that had; the others
 *   are counted only as what Kolada's exits of the same scope hold beyond them);
 * - its mode: `parallel` when two placements of different types overlapped at least one day (a
 *   placement runs from its start to its actual end, or the exit day while open), else `stepwise`
 *   (`none` without a placement);
 * - its combination: the types that ran in parallel with another type (parallel), or all its types
 *   (stepwise), by name, sorted;
 * - its exit category, whether its 12 months have passed (by $5 today) and whether a current period of
 *   försörjningsstöd started after the exit day and within 12 months of it;
 * - the change of the BIP total (the sum of the items scored in both) from the enrolment's first
 *   counted assessment to its last (a different one, on the same scale).
 */
const COMBINATION_EXITS = `
  ex AS (
    SELECT e.id, e.participant_id, e.exit_date, e.outcome_category,
           ${EXIT_WINDOW_CLOSED} AS window_closed,
           ${RETURNED_TO_ASSISTANCE} AS returned_to_assistance
      FROM enrolments e
     WHERE e.municipality_id = $1 AND e.exit_date BETWEEN $2::date AND $3::date
       AND ($4::uuid[] IS NULL OR e.ame_unit_id = ANY($4::uuid[]))),
  pl AS (
    SELECT p.enrolment_id, t.id AS type_id, t.name AS type_name, p.start_date,
           coalesce(p.actual_end_date, ex.exit_date) AS end_date
      FROM placements p
      JOIN ex ON ex.id = p.enrolment_id
      JOIN intervention_instances i ON i.id = p.instance_id AND i.municipality_id = $1
      JOIN intervention_types t ON t.id = i.type_id AND t.municipality_id = $1
     WHERE p.municipality_id = $1 AND p.start_date <= coalesce(p.actual_end_date, ex.exit_date)),
  par AS (
    SELECT DISTINCT a.enrolment_id, a.type_name
      FROM pl a
      JOIN pl b ON b.enrolment_id = a.enrolment_id AND b.type_id <> a.type_id
       AND a.start_date <= b.end_date AND b.start_date <= a.end_date),
  ends AS (
    SELECT ex.id AS enrolment_id, f.id AS first_id, l.id AS last_id
      FROM ex
      CROSS JOIN LATERAL (${countedBip('ex.id', '', 'ASC')}) f
      CROSS JOIN LATERAL (${countedBip('ex.id', '', 'DESC')}) l
     WHERE l.id <> f.id AND l.scale_min = f.scale_min AND l.scale_max = f.scale_max),
  bip AS (
    SELECT ends.enrolment_id, sum(sl.score - sf.score)::int AS change
      FROM ends
      JOIN bip_assessment_scores sf
        ON sf.assessment_id = ends.first_id AND sf.municipality_id = $1 AND sf.score IS NOT NULL
      JOIN bip_assessment_scores sl
        ON sl.assessment_id = ends.last_id AND sl.municipality_id = $1 AND sl.indicator_code = sf.indicator_code
       AND sl.score IS NOT NULL
     GROUP BY ends.enrolment_id),
  -- Per enrolment once (a CTE read per exit row would be read again for every exit).
  par_types AS (
    SELECT enrolment_id, array_agg(type_name ORDER BY type_name) AS types FROM par GROUP BY enrolment_id),
  all_types AS (
    SELECT enrolment_id, array_agg(DISTINCT type_name ORDER BY type_name) AS types FROM pl GROUP BY enrolment_id),
  combo AS (
    SELECT ex.*, bip.change AS bip_change,
           at.enrolment_id IS NOT NULL AS has_placement,
           CASE WHEN pt.enrolment_id IS NOT NULL THEN 'parallel'
                WHEN at.enrolment_id IS NOT NULL THEN 'stepwise'
                ELSE 'none' END AS mode,
           coalesce(pt.types, at.types, '{}'::text[]) AS types
      FROM ex
      LEFT JOIN all_types at ON at.enrolment_id = ex.id
      LEFT JOIN par_types pt ON pt.enrolment_id = ex.id
      LEFT JOIN bip ON bip.enrolment_id = ex.id)`;

/** The facts counted over a set of `combo` rows; people are distinct people of that set. */
const COMBINATION_FACTS = `
         count(*)::int AS exits,
         count(DISTINCT participant_id)::int AS people,
         count(*) FILTER (WHERE outcome_category = 'A')::int AS exits_a,
         count(*) FILTER (WHERE outcome_category = 'B')::int AS exits_b,
         count(DISTINCT participant_id) FILTER (WHERE outcome_category IN ('A', 'B'))::int AS ab_people,
         count(DISTINCT participant_id) FILTER (WHERE outcome_category IS DISTINCT FROM 'A'
                                                  AND outcome_category IS DISTINCT FROM 'B')::int AS not_ab_people,
         count(*) FILTER (WHERE window_closed)::int AS closed,
         count(DISTINCT participant_id) FILTER (WHERE window_closed)::int AS closed_people,
         count(*) FILTER (WHERE window_closed AND returned_to_assistance)::int AS returned,
         count(DISTINCT participant_id) FILTER (WHERE window_closed AND returned_to_assistance)::int
           AS returned_people,
         count(DISTINCT participant_id) FILTER (WHERE window_closed AND NOT returned_to_assistance)::int
           AS not_returned_people,
         count(*) FILTER (WHERE bip_change IS NOT NULL)::int AS bip_count,
         count(DISTINCT participant_id) FILTER (WHERE bip_change IS NOT NULL)::int AS bip_people,
         coalesce(sum(bip_change), 0)::int AS bip_change_sum`;

/**
 * Counted per (mode, combination), per mode and in all — each with its own distinct people, so that a
 * person with two exits in the period is one person in a mode's total and the grand total — for the
 * exits with a placement; and in all for those without (`has_placement` false: mode `none`). No
 * person's row leaves the database.
 */
export const COMBINATIONS_SQL = `
  WITH ${COMBINATION_EXITS}
  SELECT has_placement, mode, types, GROUPING(mode) AS all_modes, GROUPING(types) AS all_types,
         ${COMBINATION_FACTS}
    FROM combo
   GROUP BY GROUPING SETS ((has_placement, mode, types), (has_placement, mode), (has_placement))
   ORDER BY has_placement, mode, types`;

/**
 * The facts of the combinations folded into each mode's "övriga kombinationer" ($6: their keys,
 * `mode:type+type`), with the distinct people of the folded exits together.
 */
export const COMBINATIONS_FOLDED_SQL = `
  WITH ${COMBINATION_EXITS}
  SELECT mode, ${COMBINATION_FACTS}
    FROM combo
   WHERE has_placement AND (mode || ':' || array_to_string(types, '+')) = ANY($6::text[])
   GROUP BY mode`;
