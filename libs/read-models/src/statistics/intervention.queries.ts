/**
 * The set-based queries of the per-intervention report (issue 17). Parameters: $1 municipality,
 * $2 first day, $3 last day, $4 responsible units (null = all), and for the 90-day outcome $5 today.
 * Rows come per (type, instance) and per type (GROUPING SETS): distinct people of a type are not the
 * sum of its instances.
 */

/** Placements open some day of the period, clipped to it. */
const PLACEMENTS_IN_PERIOD = `
  SELECT p.id, p.participant_id, p.instance_id, i.type_id,
         greatest(p.start_date, $2::date) AS first_day,
         least(coalesce(p.actual_end_date, $3::date), $3::date) AS last_day
    FROM placements p
    JOIN intervention_instances i ON i.id = p.instance_id AND i.municipality_id = $1
   WHERE p.municipality_id = $1
     AND p.start_date <= $3::date
     AND (p.actual_end_date IS NULL OR p.actual_end_date >= $2::date)
     AND ($4::uuid[] IS NULL OR i.responsible_unit_id = ANY($4::uuid[]))`;

/**
 * Participants, participant-days and attendance per instance and type. The attendance is read by the
 * period's days (ix_attendance_entries_municipality_day, an index-only scan) and clipped to each
 * placement's days against the placements table, not the CTE: the planner knows that table's ids are
 * unique and hashes the placements, where against the CTE it hashed every attendance row of the
 * municipality's history (5.4 s instead of 1.9 s at 4.4 M rows, issue 17's bench).
 */
export const INTERVENTION_VOLUME_SQL = `
  WITH pl AS (${PLACEMENTS_IN_PERIOD}),
  att AS (
    SELECT a.placement_id,
           count(*) FILTER (WHERE a.code = 'present')::int AS present_days,
           count(*) FILTER (WHERE a.code <> 'not_scheduled')::int AS reported_days
      FROM attendance_entries a
      JOIN placements p ON p.id = a.placement_id AND p.municipality_id = $1
     WHERE a.municipality_id = $1 AND a.day BETWEEN $2::date AND $3::date
       AND a.day >= p.start_date AND (p.actual_end_date IS NULL OR a.day <= p.actual_end_date)
     GROUP BY a.placement_id)
  SELECT pl.type_id, pl.instance_id,
         count(DISTINCT pl.participant_id)::int AS participants,
         sum(pl.last_day - pl.first_day + 1)::int AS participant_days,
         coalesce(sum(att.present_days), 0)::int AS present_days,
         coalesce(sum(att.reported_days), 0)::int AS reported_days
    FROM pl
    LEFT JOIN att ON att.placement_id = pl.id
   GROUP BY GROUPING SETS ((pl.type_id, pl.instance_id), (pl.type_id))`;

/**
 * One rule for "an exit of the period with a placement" (the exits and the follow-ups per intervention
 * type): enrolments `e` that exited in the period ($2–$3) with their placements `p` in instances `i` of
 * the units in scope ($4, null = all), of municipality $1. A FROM … WHERE to select from.
 */
export const EXITED_WITH_PLACEMENT = `
      FROM enrolments e
      JOIN placements p ON p.enrolment_id = e.id AND p.municipality_id = $1
      JOIN intervention_instances i ON i.id = p.instance_id AND i.municipality_id = $1
     WHERE e.municipality_id = $1
       AND e.exit_date BETWEEN $2::date AND $3::date
       AND ($4::uuid[] IS NULL OR i.responsible_unit_id = ANY($4::uuid[]))`;

/**
 * Exits (avslut) in the period of enrolments that had a placement in the instance (or type), by
 * Kolada category: an enrolment counts once per instance and once per type, whatever its number of
 * placements there.
 */
export const INTERVENTION_EXITS_SQL = `
  WITH ex AS (
    SELECT DISTINCT i.type_id, p.instance_id, e.id AS enrolment_id, e.participant_id, e.outcome_category
${EXITED_WITH_PLACEMENT})
  SELECT type_id, instance_id, outcome_category AS category,
         GROUPING(instance_id) AS all_instances,
         GROUPING(outcome_category) AS all_categories,
         count(DISTINCT enrolment_id)::int AS count,
         count(DISTINCT participant_id)::int AS people
    FROM ex
   GROUP BY GROUPING SETS ((type_id, instance_id, outcome_category), (type_id, instance_id),
                           (type_id, outcome_category), (type_id))`;

/**
 * Placements that ended in the period, and of them those whose enrolment exited to work or studies
 * (A or B) within 90 days of the end (the 90th day counts); `open_windows`: those whose 90th day is
 * today or later, so the share may still grow.
 */
export const INTERVENTION_AFTER_END_SQL = `
  SELECT i.type_id, p.instance_id,
         count(*)::int AS ended,
         count(DISTINCT p.participant_id)::int AS people,
         count(*) FILTER (WHERE e.exit_date BETWEEN p.actual_end_date AND p.actual_end_date + 90
                            AND e.outcome_category IN ('A', 'B'))::int AS work_or_studies,
         count(DISTINCT p.participant_id) FILTER (WHERE e.exit_date BETWEEN p.actual_end_date AND p.actual_end_date + 90
                            AND e.outcome_category IN ('A', 'B'))::int AS work_or_studies_people,
         count(DISTINCT p.participant_id) FILTER (WHERE NOT (e.exit_date BETWEEN p.actual_end_date AND p.actual_end_date + 90
                            AND e.outcome_category IN ('A', 'B')) IS TRUE)::int AS rest_people,
         count(*) FILTER (WHERE p.actual_end_date + 90 >= $5::date)::int AS open_windows,
         count(DISTINCT p.participant_id) FILTER (WHERE p.actual_end_date + 90 >= $5::date)::int AS open_windows_people,
         count(DISTINCT p.participant_id) FILTER (WHERE p.actual_end_date + 90 < $5::date)::int AS closed_windows_people
    FROM placements p
    JOIN intervention_instances i ON i.id = p.instance_id AND i.municipality_id = $1
    JOIN enrolments e ON e.id = p.enrolment_id AND e.municipality_id = $1
   WHERE p.municipality_id = $1
     AND p.actual_end_date BETWEEN $2::date AND $3::date
     AND ($4::uuid[] IS NULL OR i.responsible_unit_id = ANY($4::uuid[]))
   GROUP BY GROUPING SETS ((i.type_id, p.instance_id), (i.type_id))`;

/** The types and instances in scope with their budget facts (organisation data). */
export const INSTANCES_SQL = `
  SELECT i.id AS instance_id, i.name AS instance_name, t.id AS type_id, t.name AS type_name, t.category,
         i.cost_basis, i.cost_ore::bigint AS cost_ore, i.capacity, i.agreement_id,
         to_char(i.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(i.ends_on, 'YYYY-MM-DD') AS ends_on
    FROM intervention_instances i
    JOIN intervention_types t ON t.id = i.type_id AND t.municipality_id = $1
   WHERE i.municipality_id = $1
     AND i.starts_on <= $3::date
     AND (i.ends_on IS NULL OR i.ends_on >= $2::date)
     AND ($4::uuid[] IS NULL OR i.responsible_unit_id = ANY($4::uuid[]))
   ORDER BY t.name, i.name`;
