/**
 * The reads of saved runs. Every query filters by the municipality ($1) on every table it touches.
 */

/** A run's columns as the service reads them: days as text, created_at at full precision (created_key). */
const RUN_COLUMNS = `
  r.id, r.municipality_id, r.unit_id, r.scope_unit_ids, r.report, r.period_label, r.period_kind,
  r.period_from::text AS period_from, r.period_to::text AS period_to, r.purpose, r.note, r.created_by,
  r.created_by_role, to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_key,
  r.code_version, r.definitions_hash`;

/** One run ($2), with its saved figures and its record key. */
export const RUN_SQL = `
  SELECT ${RUN_COLUMNS}, r.figures, r.record_key FROM reporting_runs r WHERE r.municipality_id = $1 AND r.id = $2`;

/**
 * A page of runs, newest first, within the caller's reach (reachesReportingRun: $2 the whole
 * municipality, else the runs every unit of which is among $3; a municipality-wide run never);
 * $4/$5 the keyset cursor (created_at text, id), $6 the limit + 1.
 */
export const RUN_PAGE_SQL = `
  SELECT ${RUN_COLUMNS}
    FROM reporting_runs r
   CROSS JOIN LATERAL (
     SELECT COALESCE(r.scope_unit_ids, CASE WHEN r.unit_id IS NULL THEN NULL ELSE ARRAY[r.unit_id] END) AS units
   ) s
   WHERE r.municipality_id = $1
     AND ($2::boolean OR (cardinality(s.units) > 0 AND s.units <@ $3::uuid[]))
     AND ($4::timestamptz IS NULL OR (r.created_at, r.id) < ($4::timestamptz, $5::uuid))
   ORDER BY r.created_at DESC, r.id DESC
   LIMIT $6`;

/** A run's rows ($2 run; $3 source, null = all). */
export const RUN_ROWS_SQL = `
  SELECT source, record_id, participant_id, gender, attributes, pseudonym
    FROM reporting_run_rows
   WHERE municipality_id = $1 AND run_id = $2 AND ($3::text IS NULL OR source = $3::text)`;

/** Which of these people ($2) are still in the register. */
export const IN_REGISTER_SQL = `SELECT id FROM participants WHERE municipality_id = $1 AND id = ANY($2::uuid[])`;

/**
 * The records a trail names ($2 ids) that are still there, and whether each was created after the
 * run ($3, compared at the database's full precision).
 */
export const RECORDS_NOW_SQL = `
  SELECT id, created_at > $3::timestamptz AS created_after_run
    FROM enrolments WHERE municipality_id = $1 AND id = ANY($2::uuid[])
  UNION ALL
  SELECT id, created_at > $3::timestamptz
    FROM referrals WHERE municipality_id = $1 AND id = ANY($2::uuid[])`;
