import { koladaSourceGroup, REFERRAL_SOURCES } from '@steg/referrals';

/**
 * The set-based queries behind the Kolada figures (definitions in domain/kolada.figures.ts). Each
 * returns counts only, grouped by Kolada's gender split — K (kvinna), M (man) and X (other or not
 * stated: part of T, never shown alone) — and the figure's categories, with GROUPING SETS for the
 * totals, since the distinct people of a total are not the sum of its rows.
 * Parameters: $1 municipality, $2 first day, $3 last day, $4 units (null = all).
 */
const GENDER = `CASE p.gender WHEN 'woman' THEN 'K' WHEN 'man' THEN 'M' ELSE 'X' END`;

/**
 * Participants active in the period (an enrolment open some day of it), counted per gender, age band
 * on their first day in the period, education level, the time without work recorded at their latest
 * enrolment in the period, and whether they are in the etableringsprogram (the overview's count).
 */
export const ACTIVE_PARTICIPANTS_SQL = `
  WITH active AS (
    SELECT e.participant_id,
           greatest(min(e.start_date), $2::date) AS first_day,
           (array_agg(e.time_without_work ORDER BY e.start_date DESC, e.id))[1] AS time_without_work
      FROM enrolments e
     WHERE e.municipality_id = $1
       AND e.start_date <= $3::date
       AND (e.exit_date IS NULL OR e.exit_date >= $2::date)
       AND ($4::uuid[] IS NULL OR e.ame_unit_id = ANY($4::uuid[]))
     GROUP BY e.participant_id)
  SELECT ${GENDER} AS gender,
         CASE WHEN p.birth_date > (a.first_day - interval '25 years')::date THEN 'age_24_or_younger'
              ELSE 'age_25_or_older' END AS age_band,
         p.education_level,
         a.time_without_work,
         p.in_establishment_programme AS establishment,
         count(*)::int AS people
    FROM active a
    JOIN participants p ON p.id = a.participant_id AND p.municipality_id = $1
   GROUP BY 1, 2, 3, 4, 5`;

const SOURCE_GROUP = `CASE r.source ${REFERRAL_SOURCES.map((s) => `WHEN '${s}' THEN '${koladaSourceGroup(s)}'`).join(' ')} ELSE 'other' END`;

/** Referrals (anvisningar) sent in the period: referrals and distinct people per gender and Kolada source group. */
export const REFERRALS_SQL = `
  WITH sent AS (
    SELECT r.participant_id,
           ${GENDER} AS gender,
           ${SOURCE_GROUP} AS source_group
      FROM referrals r
      JOIN participants p ON p.id = r.participant_id AND p.municipality_id = $1
     WHERE r.municipality_id = $1
       AND r.sent_at >= ($2::date::timestamp AT TIME ZONE 'Europe/Stockholm')
       AND r.sent_at < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm')
       AND ($4::uuid[] IS NULL OR r.receiving_unit_id = ANY($4::uuid[])))
  SELECT gender, source_group,
         GROUPING(gender) AS all_genders,
         GROUPING(source_group) AS all_groups,
         count(*)::int AS count,
         count(DISTINCT participant_id)::int AS people
    FROM sent
   GROUP BY GROUPING SETS ((gender, source_group), (gender), (source_group), ())`;

/**
 * Exits (avslut) in the period: exits and distinct people per gender, Kolada category and time
 * enrolled (within 3 months = exit on or before the day three months after the start, and so on).
 */
export const EXITS_SQL = `
  WITH exits AS (
    SELECT e.participant_id,
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
       AND ($4::uuid[] IS NULL OR e.ame_unit_id = ANY($4::uuid[])))
  SELECT gender, category, duration,
         GROUPING(gender) AS all_genders,
         GROUPING(category) AS all_categories,
         GROUPING(duration) AS all_durations,
         count(*)::int AS count,
         count(DISTINCT participant_id)::int AS people
    FROM exits
   GROUP BY GROUPING SETS ((gender, category), (gender, duration), (gender), (category), (duration), ())`;
