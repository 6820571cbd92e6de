import { koladaSourceGroup, REFERRAL_SOURCES } from '@steg/referrals';

/**
 * The set-based queries behind the Kolada figures (definitions in domain/kolada.figures.ts).
 *
 * Each source is one person-level query — participants active in the period, referrals sent in it,
 * exits in it — that classifies every row once (gender, age band, source group, category, time
 * enrolled …). The figures count over it (`*_SQL`, counts only, grouped by Kolada's gender split
 * and the figure's categories, with GROUPING SETS for the totals, since the distinct people of a
 * total are not the sum of its rows); a saved reporting run's trail (`KOLADA_TRAIL_SQL`) keeps its
 * rows. One classification, so a trail cannot drift from the figures it explains.
 *
 * Gender: K (kvinna), M (man) and X (other or not stated: part of T, never shown alone).
 * Parameters: $1 municipality, $2 first day, $3 last day, $4 units (null = all).
 */
const GENDER = `CASE p.gender WHEN 'woman' THEN 'K' WHEN 'man' THEN 'M' ELSE 'X' END`;

const SOURCE_GROUP = `CASE r.source ${REFERRAL_SOURCES.map((s) => `WHEN '${s}' THEN '${koladaSourceGroup(s)}'`).join(' ')} ELSE 'other' END`;

/**
 * Participants active in the period (an enrolment open some day of it), one row per person: their
 * latest enrolment active in the period (the record of the trail), their age band on their first
 * day in the period, education level, the time without work recorded at that latest enrolment, and
 * whether they are in the etableringsprogram (the overview's count).
 */
const ACTIVE_ROWS = `
  WITH active AS (
    SELECT e.participant_id,
           greatest(min(e.start_date), $2::date) AS first_day,
           (array_agg(e.id ORDER BY e.start_date DESC, e.id))[1] AS record_id,
           (array_agg(e.time_without_work ORDER BY e.start_date DESC, e.id))[1] AS time_without_work
      FROM enrolments e
     WHERE e.municipality_id = $1
       AND e.start_date <= $3::date
       AND (e.exit_date IS NULL OR e.exit_date >= $2::date)
       AND ($4::uuid[] IS NULL OR e.ame_unit_id = ANY($4::uuid[]))
     GROUP BY e.participant_id)
  SELECT a.participant_id,
         a.record_id,
         ${GENDER} AS gender,
         CASE WHEN p.birth_date > (a.first_day - interval '25 years')::date THEN 'age_24_or_younger'
              ELSE 'age_25_or_older' END AS age_band,
         p.education_level,
         a.time_without_work,
         p.in_establishment_programme AS establishment
    FROM active a
    JOIN participants p ON p.id = a.participant_id AND p.municipality_id = $1`;

/** Referrals (anvisningar) sent in the period (a Europe/Stockholm day), one row per referral. */
const REFERRAL_ROWS = `
  SELECT r.participant_id,
         r.id AS record_id,
         ${GENDER} AS gender,
         ${SOURCE_GROUP} AS source_group
    FROM referrals r
    JOIN participants p ON p.id = r.participant_id AND p.municipality_id = $1
   WHERE r.municipality_id = $1
     AND r.sent_at >= ($2::date::timestamp AT TIME ZONE 'Europe/Stockholm')
     AND r.sent_at < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm')
     AND ($4::uuid[] IS NULL OR r.receiving_unit_id = ANY($4::uuid[]))`;

/**
 * Exits (avslut) in the period, one row per exited enrolment: its Kolada category and time enrolled
 * (within 3 months = exit on or before the day three months after the start, and so on).
 */
const EXIT_ROWS = `
  SELECT e.participant_id,
         e.id AS record_id,
         ${GENDER} AS gender,
         e.outcome_category AS category,
         CASE WHEN e.exit_date <= (e.start_date + interval '3 months')::date THEN 'within_3_months'
              WHEN e.exit_date <= (e.start_date + interval '6 months')::date THEN '3_to_6_months'
              WHEN e.exit_date <= (e.start_date + interval '24 months')::date THEN '6_to_24_months'
              ELSE 'over_24_months' END AS duration
    FROM enrolments e
    JOIN participants p ON p.id = e.participant_id AND p.municipality_id = $1
   WHERE e.municipality_id = $1
     AND e.exit_date BETWEEN $2::date AND $3::date
     AND ($4::uuid[] IS NULL OR e.ame_unit_id = ANY($4::uuid[]))`;

/**
 * Participants active in the period, counted per gender, age band, education, time without work and
 * etableringsprogrammet.
 */
export const ACTIVE_PARTICIPANTS_SQL = `
  WITH active AS (${ACTIVE_ROWS})
  SELECT gender, age_band, education_level, time_without_work, establishment, count(*)::int AS people
    FROM active
   GROUP BY 1, 2, 3, 4, 5`;

/** Referrals sent in the period: referrals and distinct people per gender and Kolada source group. */
export const REFERRALS_SQL = `
  WITH sent AS (${REFERRAL_ROWS})
  SELECT gender, source_group,
         GROUPING(gender) AS all_genders,
         GROUPING(source_group) AS all_groups,
         count(*)::int AS count,
         count(DISTINCT participant_id)::int AS people
    FROM sent
   GROUP BY GROUPING SETS ((gender, source_group), (gender), (source_group), ())`;

/** Exits in the period: exits and distinct people per gender, Kolada category and time enrolled. */
export const EXITS_SQL = `
  WITH exits AS (${EXIT_ROWS})
  SELECT gender, category, duration,
         GROUPING(gender) AS all_genders,
         GROUPING(category) AS all_categories,
         GROUPING(duration) AS all_durations,
         count(*)::int AS count,
         count(DISTINCT participant_id)::int AS people
    FROM exits
   GROUP BY GROUPING SETS ((gender, category), (gender, duration), (gender), (category), (duration), ())`;

/**
 * The trail of a Kolada report (a saved reporting run): every row the figures count, with the
 * classifications they count it by, from the same person-level queries.
 */
export const KOLADA_TRAIL_SQL = `
  SELECT 'active' AS source, record_id, participant_id, gender,
         jsonb_build_object('age_band', age_band, 'education_level', education_level,
                            'time_without_work', time_without_work) AS attributes
    FROM (${ACTIVE_ROWS}) active
  UNION ALL
  SELECT 'referral', record_id, participant_id, gender,
         jsonb_build_object('source_group', source_group)
    FROM (${REFERRAL_ROWS}) sent
  UNION ALL
  SELECT 'exit', record_id, participant_id, gender,
         jsonb_build_object('category', category, 'duration', duration)
    FROM (${EXIT_ROWS}) exits`;
