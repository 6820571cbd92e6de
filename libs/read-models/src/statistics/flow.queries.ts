/**
 * The set-based queries of the flow figures (issue 17). Parameters: $1 municipality, $2 first day,
 * $3 last day, $4 AME units (null = all), $5 today (for the 12-month windows).
 */

/**
 * One rule for "back on försörjningsstöd within 12 months of an exit" (flow, combinations), over an
 * exited enrolment `e`, $1 the municipality and $5 today: the exit's 12 months have passed (the
 * window's last day, exit + 12 months, is before today: on that day itself a return can still
 * begin), and a current period of assistance started after the exit day and within 12 months of it
 * (one that ran through the exit is no return).
 */
export const EXIT_WINDOW_CLOSED = `(e.exit_date + interval '12 months')::date < $5::date`;
export const RETURNED_TO_ASSISTANCE = `EXISTS (SELECT 1 FROM assistance_periods a
                    WHERE a.municipality_id = $1 AND a.participant_id = e.participant_id
                      AND a.superseded_at IS NULL
                      AND a.from_date > e.exit_date
                      AND a.from_date <= (e.exit_date + interval '12 months')::date)`;

/** Enrolments started (in) and exits (out) per month of the period, with the people behind them. */
export const FLOW_MONTHS_SQL = `
  WITH moves AS (
    SELECT 'in' AS direction, to_char(e.start_date, 'YYYY-MM') AS month, e.participant_id
      FROM enrolments e
     WHERE e.municipality_id = $1 AND e.start_date BETWEEN $2::date AND $3::date
       AND ($4::uuid[] IS NULL OR e.ame_unit_id = ANY($4::uuid[]))
    UNION ALL
    SELECT 'out', to_char(e.exit_date, 'YYYY-MM'), e.participant_id
      FROM enrolments e
     WHERE e.municipality_id = $1 AND e.exit_date BETWEEN $2::date AND $3::date
       AND ($4::uuid[] IS NULL OR e.ame_unit_id = ANY($4::uuid[])))
  SELECT direction, month, GROUPING(month) AS all_months,
         count(*)::int AS count, count(DISTINCT participant_id)::int AS people
    FROM moves
   GROUP BY GROUPING SETS ((direction, month), (direction))`;

/**
 * Exits in the period: time enrolled (mean, median in days), and per exit whether the 12-month window
 * after it has closed, whether the person came back to AME (an enrolment starting within 12 months
 * after the exit, any AME unit of the municipality) and whether they returned to försörjningsstöd
 * (a current period of assistance starting after the exit day and within 12 months of it).
 */
export const FLOW_EXITS_SQL = `
  WITH ex AS (
    SELECT e.id, e.participant_id, e.exit_date, e.exit_date - e.start_date AS days_enrolled,
           ${EXIT_WINDOW_CLOSED} AS window_closed,
           EXISTS (SELECT 1 FROM enrolments n
                    WHERE n.municipality_id = $1 AND n.participant_id = e.participant_id AND n.id <> e.id
                      AND n.start_date > e.exit_date
                      AND n.start_date <= (e.exit_date + interval '12 months')::date) AS re_entered,
           ${RETURNED_TO_ASSISTANCE} AS returned_to_assistance
      FROM enrolments e
     WHERE e.municipality_id = $1 AND e.exit_date BETWEEN $2::date AND $3::date
       AND ($4::uuid[] IS NULL OR e.ame_unit_id = ANY($4::uuid[])))
  SELECT count(*)::int AS exits,
         count(DISTINCT participant_id)::int AS people,
         round(avg(days_enrolled), 1)::float AS mean_days,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY days_enrolled)::float AS median_days,
         count(*) FILTER (WHERE window_closed)::int AS closed,
         count(DISTINCT participant_id) FILTER (WHERE window_closed)::int AS closed_people,
         count(*) FILTER (WHERE window_closed AND re_entered)::int AS re_entered,
         count(DISTINCT participant_id) FILTER (WHERE window_closed AND re_entered)::int AS re_entered_people,
         count(*) FILTER (WHERE window_closed AND returned_to_assistance)::int AS returned,
         count(DISTINCT participant_id) FILTER (WHERE window_closed AND returned_to_assistance)::int AS returned_people
    FROM ex`;

/**
 * Östersund's goal (seed 004 8.3.4): people enrolled some day of the period while on försörjningsstöd
 * (a current period of assistance overlapping the enrolment's days in the period), and of them those
 * with an exit to work (Kolada A) in the period.
 */
export const FLOW_ASSISTANCE_TO_WORK_SQL = `
  WITH on_assistance AS (
    SELECT DISTINCT e.participant_id
      FROM enrolments e
      JOIN assistance_periods a
        ON a.municipality_id = $1 AND a.participant_id = e.participant_id AND a.superseded_at IS NULL
       AND a.from_date <= least(coalesce(e.exit_date, $3::date), $3::date)
       AND coalesce(a.to_date, $3::date) >= greatest(e.start_date, $2::date)
     WHERE e.municipality_id = $1 AND e.start_date <= $3::date
       AND (e.exit_date IS NULL OR e.exit_date >= $2::date)
       AND ($4::uuid[] IS NULL OR e.ame_unit_id = ANY($4::uuid[])))
  SELECT count(*)::int AS people,
         count(*) FILTER (WHERE EXISTS (
           SELECT 1 FROM enrolments x
            WHERE x.municipality_id = $1 AND x.participant_id = o.participant_id
              AND x.exit_date BETWEEN $2::date AND $3::date AND x.outcome_category = 'A'
              AND ($4::uuid[] IS NULL OR x.ame_unit_id = ANY($4::uuid[]))))::int AS to_work
    FROM on_assistance o`;

/** Waiting-list entries (kö) that ended in the period by a placement: the days waited. */
export const FLOW_WAITING_SQL = `
  SELECT count(*)::int AS placed,
         count(DISTINCT w.participant_id)::int AS people,
         round(avg(w.waiting_days), 1)::float AS mean_days,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY w.waiting_days)::float AS median_days
    FROM waiting_list_entries w
   WHERE w.municipality_id = $1 AND w.outcome = 'placed' AND w.ended_on BETWEEN $2::date AND $3::date
     AND ($4::uuid[] IS NULL OR w.unit_id = ANY($4::uuid[]))`;
