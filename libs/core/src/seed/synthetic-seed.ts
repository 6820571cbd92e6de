import type { DataSource, QueryRunner } from 'typeorm';
import { DomainError } from '@steg/kernel';
import { DEFAULT_SCALE, STANDARD_QUESTIONS } from '@steg/measurement';

/**
 * `steg seed synthetic` (issue 17, "Data to try it on, and speed"): a made-up municipality with N
 * participants over Y years ending today, in the proportions the audits report, for trying the
 * statistics and measuring their speed. Seed data, not case work: it is written with set-based SQL
 * straight into the tables (no audit events, no gate), in one transaction, and it is the same for the
 * same `seed`, count, years and day (ids aside: they are random uuids).
 *
 * Every random choice is a hash of the row's number and the seed (`syn_r`, PostgreSQL's
 * hashint8extended), so the data does not depend on the order PostgreSQL produces rows in.
 */
export interface SyntheticOptions {
  participants: number;
  years: number;
  /** Kommunkod of the new municipality. */
  municipalityCode: string;
  seed: number;
  /** Today (Europe/Stockholm), YYYY-MM-DD: the data ends the day before. */
  today: string;
}

export interface SyntheticResult {
  municipalityId: string;
  municipalityName: string;
  analystUserId: string;
  counts: Record<string, number>;
}

/** Progress of one phase: `total` steps, `done` so far. */
export type SyntheticProgress = (phase: string, done: number, total: number) => void;

export const SYNTHETIC_MUNICIPALITY_NAME = 'Syntetiska kommunen';

/**
 * Who initiated the referrals (seed 003, Timrå 2022-01-01–2023-01-30): Försäkringskassan 10, KAA 82,
 * Regionen 1, Försörjningsstöd 65, Vuxenstöd 10, Arbetsförmedlingen 28.
 */
export const SYNTHETIC_REFERRAL_SOURCES: readonly [string, number][] = [
  ['forsakringskassan', 10],
  ['kaa', 82],
  ['region', 1],
  ['ifo_economic_assistance', 65],
  ['vuxenstod', 10],
  ['arbetsformedlingen', 28],
];

/**
 * The insatser of seed 003 (Timrå, participants 2022-01-01–2023-02-06) with their category and
 * weight; `support` marks those that also run beside another intervention (in parallel). The new
 * ones (0 participants) are in the catalogue without placements.
 */
export const SYNTHETIC_INTERVENTIONS: readonly {
  name: string;
  category: string;
  jobFocused: boolean;
  weight: number;
  support: boolean;
  costKronorPerMonth: number;
  funders: [string, number, string | null][];
}[] = [
  {
    name: 'Arbetsställe under utvecklingsår',
    category: 'development_year',
    jobFocused: true,
    weight: 16,
    support: false,
    costKronorPerMonth: 120_000,
    funders: [['municipality', 10_000, null]],
  },
  {
    name: 'Arbetsträning extern',
    category: 'work_training_external',
    jobFocused: true,
    weight: 50,
    support: false,
    costKronorPerMonth: 90_000,
    funders: [['municipality', 10_000, null]],
  },
  {
    name: 'Arbetsträning intern',
    category: 'work_training_internal',
    jobFocused: true,
    weight: 67,
    support: false,
    costKronorPerMonth: 250_000,
    funders: [
      ['municipality', 7_000, null],
      ['arbetsformedlingen', 3_000, null],
    ],
  },
  {
    name: 'Praktik',
    category: 'internship',
    jobFocused: true,
    weight: 34,
    support: false,
    costKronorPerMonth: 60_000,
    funders: [['municipality', 10_000, null]],
  },
  {
    name: 'Språkträning',
    category: 'language_training',
    jobFocused: false,
    weight: 4,
    support: true,
    costKronorPerMonth: 30_000,
    funders: [['municipality', 10_000, null]],
  },
  {
    name: 'Arbetsterapeutiska insatser',
    category: 'activity_ability_assessment',
    jobFocused: false,
    weight: 3,
    support: true,
    costKronorPerMonth: 45_000,
    funders: [['finsam', 10_000, null]],
  },
  {
    name: 'Biologdesignern',
    category: 'other',
    jobFocused: true,
    weight: 8,
    support: false,
    costKronorPerMonth: 40_000,
    funders: [
      ['esf', 6_000, null],
      ['municipality', 4_000, null],
    ],
  },
  {
    name: 'Ett självständigt liv',
    category: 'social_skills_training',
    jobFocused: false,
    weight: 0,
    support: true,
    costKronorPerMonth: 20_000,
    funders: [['municipality', 10_000, null]],
  },
  {
    name: 'Hälsomotivation',
    category: 'health_motivation',
    jobFocused: false,
    weight: 5,
    support: true,
    costKronorPerMonth: 25_000,
    funders: [
      ['finsam', 5_000, null],
      ['municipality', 5_000, null],
    ],
  },
  {
    name: 'Individuella insatser',
    category: 'individual',
    jobFocused: true,
    weight: 43,
    support: false,
    costKronorPerMonth: 110_000,
    funders: [['municipality', 10_000, null]],
  },
  {
    name: 'Jämställd inkludering',
    category: 'other',
    jobFocused: true,
    weight: 10,
    support: true,
    costKronorPerMonth: 35_000,
    funders: [['esf', 10_000, null]],
  },
  {
    name: 'Kvinnoprojekt Matrona',
    category: 'other',
    jobFocused: false,
    weight: 6,
    support: true,
    costKronorPerMonth: 30_000,
    funders: [['other', 10_000, 'Allmänna arvsfonden']],
  },
  {
    name: 'Lingio',
    category: 'language_training',
    jobFocused: false,
    weight: 11,
    support: true,
    costKronorPerMonth: 15_000,
    funders: [['municipality', 10_000, null]],
  },
  {
    name: 'Lokala jobbspår',
    category: 'job_track',
    jobFocused: true,
    weight: 10,
    support: false,
    costKronorPerMonth: 70_000,
    funders: [
      ['municipality', 5_000, null],
      ['arbetsformedlingen', 5_000, null],
    ],
  },
  {
    name: 'Medborgarservice',
    category: 'other',
    jobFocused: true,
    weight: 0,
    support: false,
    costKronorPerMonth: 20_000,
    funders: [['municipality', 10_000, null]],
  },
  {
    name: 'Språkstöd kompetenscenter',
    category: 'language_training',
    jobFocused: false,
    weight: 0,
    support: true,
    costKronorPerMonth: 10_000,
    funders: [['municipality', 10_000, null]],
  },
  {
    name: 'Sömnadsprojekt',
    category: 'other',
    jobFocused: true,
    weight: 0,
    support: false,
    costKronorPerMonth: 10_000,
    funders: [['municipality', 10_000, null]],
  },
];

/**
 * Exit categories close to seed 004 (Östersund, Kolada 2021: 20 % to work, 19 % to studies); the
 * rest split between transfers (C), completed assignments (D) and other (E), of which some are work
 * shorter than a month or studies without studiemedel (E by Kolada's rule).
 */
export const SYNTHETIC_EXIT_SHARES: readonly [string, number][] = [
  ['A', 20],
  ['B', 19],
  ['C', 10],
  ['D', 21],
  ['E', 30],
];

const WOMEN = [
  'Anna',
  'Eva',
  'Maria',
  'Karin',
  'Sara',
  'Emma',
  'Lena',
  'Elin',
  'Fatima',
  'Amina',
  'Hanna',
  'Sofia',
  'Linnea',
  'Ida',
  'Maja',
];
const MEN = [
  'Lars',
  'Anders',
  'Johan',
  'Erik',
  'Karl',
  'Mikael',
  'Ali',
  'Mohammed',
  'Oscar',
  'Elias',
  'Hugo',
  'Lucas',
  'William',
  'Ahmed',
  'Daniel',
];
const LAST = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Jansson',
  'Hansson',
  'Bengtsson',
  'Hassan',
  'Ali',
  'Mohamed',
  'Lindberg',
  'Berg',
];

const sqlArray = (values: readonly string[]) =>
  `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`;

/** Rows (lo, hi, code) of a weighted choice: a random r in [0, 1) picks the row with lo ≤ r < hi. */
function choiceRows(kind: string, weights: readonly [string, number][]): [string, string, number, number][] {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  let at = 0;
  return weights
    .filter(([, w]) => w > 0)
    .map(([code, w]) => {
      const lo = at / total;
      at += w;
      return [kind, code, lo, at === total ? 1.000001 : at / total];
    });
}

/** Fixed-date public holidays (no attendance is reported on them). */
const HOLIDAYS = ['01-01', '01-06', '05-01', '06-06', '12-24', '12-25', '12-26', '12-31'];

export async function seedSynthetic(
  dataSource: DataSource,
  options: SyntheticOptions,
  progress: SyntheticProgress = () => undefined,
): Promise<SyntheticResult> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const result = await generate(runner, options, progress);
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

async function generate(
  db: QueryRunner,
  options: SyntheticOptions,
  progress: SyntheticProgress,
): Promise<SyntheticResult> {
  const { participants: N, years, municipalityCode: code, seed, today } = options;
  const q = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    (await db.query(sql, params)) as T[];
  const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    (await q<T>(sql, params))[0];

  await q(`SELECT pg_advisory_xact_lock(hashtext('steg.synthetic-seed'))`);
  const existing = await q<{ name: string }>(`SELECT name FROM municipalities WHERE code = $1`, [code]);
  if (existing.length > 0) {
    throw new DomainError(
      'MUNICIPALITY_CODE_IN_USE',
      'conflict',
      `A municipality with code ${code} already exists (${existing.map((m) => m.name).join(', ')}): ` +
        'synthetic data is only made in a new municipality. Choose another --municipality-code.',
    );
  }
  // Seed data in bulk: not waiting for the WAL flush at commit is safe (a crash loses the seed, not
  // other data), and the sort and hash steps get room.
  await q(`SET LOCAL synchronous_commit = off`);
  await q(`SET LOCAL work_mem = '64MB'`);
  // Compiling each chunk's plan (JIT) costs more than it saves here.
  await q(`SET LOCAL jit = off`);
  // The seed is an integer (the command checks it): a literal in the function lets PostgreSQL inline it.
  await q(`CREATE FUNCTION pg_temp.syn_r(n bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE AS
           $$ SELECT (hashint8extended(n, ${Math.trunc(seed)}::bigint * 1000 + salt) & 2147483647)::float8 / 2147483648.0 $$`);

  // --- the organisation ------------------------------------------------------------------------
  progress('organisation', 0, 1);
  const name = SYNTHETIC_MUNICIPALITY_NAME;
  const m = (
    await one<{ id: string }>(`INSERT INTO municipalities (code, name) VALUES ($1, $2) RETURNING id`, [
      code,
      name,
    ])
  ).id;
  const unit = async (unitName: string, type: string, parentId: string | null) =>
    (
      await one<{ id: string }>(
        `INSERT INTO units (municipality_id, name, type, parent_id, version) VALUES ($1, $2, $3, $4, 1) RETURNING id`,
        [m, unitName, type, parentId],
      )
    ).id;
  const org = await unit(name, 'other', null);
  const ifo = await unit('Ekonomiskt bistånd', 'ifo', org);
  const vuxen = await unit('Vuxenstöd', 'ifo', org);
  const ame = await unit('Arbetsmarknadsenheten', 'ame', org);
  const site = await unit('Arbetsträning intern', 'site', ame);
  const coaches = Math.max(3, Math.min(60, Math.ceil(N / 150)));
  const caseworkers = Math.max(2, Math.min(40, Math.ceil(N / 300)));
  const supervisors = Math.max(2, Math.min(30, Math.ceil(N / 600)));
  // Staff without passwords (sign-in through tokens or the identity provider), one username prefix per municipality.
  const staff = async (role: string, unitId: string, count: number, label: string, slug: string) =>
    (
      await q<{ id: string }>(
        `WITH u AS (
           INSERT INTO staff_users (municipality_id, username, display_name, version)
           SELECT $1::uuid, 'syntet-' || $2 || '-' || $7 || '-' || lpad(i::text, 3, '0'), $4 || ' ' || i, 1
             FROM generate_series(1, $5::int) i
           RETURNING id, username)
         INSERT INTO unit_memberships (municipality_id, user_id, unit_id, role)
         SELECT $1::uuid, u.id, $6, $3 FROM u ORDER BY u.username RETURNING user_id AS id`,
        [m, code, role, label, count, unitId, slug],
      )
    ).map((r) => r.id);
  const coachIds = await staff('ame_coach', ame, coaches, 'Coach', 'coach');
  const ifoIds = await staff('ifo_caseworker', ifo, caseworkers, 'Socialsekreterare', 'ifo');
  const vuxenIds = await staff(
    'ifo_caseworker',
    vuxen,
    Math.max(1, Math.ceil(caseworkers / 4)),
    'Vuxenstöd',
    'vuxenstod',
  );
  const supervisorIds = await staff('supervisor', site, supervisors, 'Handledare', 'handledare');
  const [analyst] = await staff('analyst', org, 1, 'Analytiker', 'analytiker');
  await staff('unit_manager', ame, 1, 'Enhetschef', 'enhetschef');
  const first = (ids: string[]) => ids[0];

  // Intervention types, one instance each (from the start of the range, with a monthly budget), and
  // a funding period with funders whose shares sum to 10 000 basis points.
  const start = (
    await one<{ d: string }>(
      `SELECT to_char(($1::date - make_interval(years => $2::int))::date, 'YYYY-MM-DD') AS d`,
      [today, years],
    )
  ).d;
  const catalogue = await q<{ instance_id: string; type_id: string; ord: number }>(
    `WITH t AS (
       INSERT INTO intervention_types (municipality_id, name, category, job_focused, description, version)
       SELECT $1::uuid, x.name, x.category, x.job_focused, 'Syntetisk insats (seed 003)', 1
         FROM jsonb_to_recordset($2::jsonb) AS x(name text, category text, job_focused boolean)
       RETURNING id, name),
     i AS (
       INSERT INTO intervention_instances (municipality_id, type_id, name, responsible_unit_id, site_id, starts_on,
                                           cost_basis, cost_ore, version)
       SELECT $1::uuid, t.id, t.name || ' ' || extract(year FROM $3::date), $4, NULL, $3::date, 'per_month', x.cost_ore, 1
         FROM t JOIN jsonb_to_recordset($2::jsonb) AS x(name text, cost_ore bigint) ON x.name = t.name
       RETURNING id, type_id, name)
     SELECT i.id AS instance_id, i.type_id, x.ord
       FROM i JOIN t ON t.id = i.type_id
       JOIN jsonb_to_recordset($2::jsonb) AS x(name text, ord int) ON x.name = t.name
      ORDER BY x.ord`,
    [
      m,
      JSON.stringify(
        SYNTHETIC_INTERVENTIONS.map((x, ord) => ({
          name: x.name,
          category: x.category,
          job_focused: x.jobFocused,
          cost_ore: x.costKronorPerMonth * 100,
          ord,
        })),
      ),
      start,
      ame,
    ],
  );
  const instanceOf = (ord: number) => catalogue.find((c) => c.ord === ord)?.instance_id as string;
  await q(
    `WITH p AS (
       INSERT INTO intervention_funding_periods (municipality_id, instance_id, valid_from, recorded_by, version)
       SELECT $1::uuid, i, $2::date, $3, 1 FROM unnest($4::uuid[]) AS i
       RETURNING id, instance_id)
     INSERT INTO intervention_funding_shares (municipality_id, period_id, instance_id, funder_type, funder_name,
                                              basis_points, position)
     SELECT $1::uuid, p.id, p.instance_id, s.funder_type, s.funder_name, s.basis_points, s.position
       FROM p JOIN jsonb_to_recordset($5::jsonb) AS s(instance_id uuid, funder_type text, funder_name text,
                                                     basis_points int, position int)
         ON s.instance_id = p.instance_id`,
    [
      m,
      start,
      analyst,
      catalogue.map((c) => c.instance_id),
      JSON.stringify(
        SYNTHETIC_INTERVENTIONS.flatMap((x, ord) =>
          x.funders.map(([funderType, bp, funderName], position) => ({
            instance_id: instanceOf(ord),
            funder_type: funderType,
            funder_name: funderName,
            basis_points: bp,
            position,
          })),
        ),
      ),
    ],
  );
  await q(
    `INSERT INTO survey_questions (municipality_id, standard_key, kolada_id, text, kind, scale_min, scale_max,
                                   low_label, high_label, position, version)
     SELECT $1::uuid, x.key, x.kolada_id, x.text, x.kind, x.scale_min, x.scale_max, x.low_label, x.high_label, x.position, 1
       FROM jsonb_to_recordset($2::jsonb) AS x(key text, kolada_id text, text text, kind text, scale_min int,
                                              scale_max int, low_label text, high_label text, position int)`,
    [
      m,
      JSON.stringify(
        STANDARD_QUESTIONS.map((sq, position) => ({
          key: sq.key,
          kolada_id: sq.koladaId,
          text: sq.text,
          kind: sq.kind,
          ...(sq.kind === 'scale'
            ? {
                scale_min: DEFAULT_SCALE.min,
                scale_max: DEFAULT_SCALE.max,
                low_label: DEFAULT_SCALE.lowLabel,
                high_label: DEFAULT_SCALE.highLabel,
              }
            : {}),
          position,
        })),
      ),
    ],
  );

  // Weighted choices as a table: (kind, code, lo, hi).
  const choices = [
    ...choiceRows('source', SYNTHETIC_REFERRAL_SOURCES),
    ...choiceRows('exit', SYNTHETIC_EXIT_SHARES),
    ...choiceRows(
      'main',
      SYNTHETIC_INTERVENTIONS.map((x, ord) => [instanceOf(ord), x.support ? 0 : x.weight]),
    ),
    ...choiceRows(
      'support',
      SYNTHETIC_INTERVENTIONS.filter((x) => x.support).map((x) => [
        instanceOf(SYNTHETIC_INTERVENTIONS.indexOf(x)),
        x.weight || 1,
      ]),
    ),
  ];
  await q(
    `CREATE TEMP TABLE syn_choice ON COMMIT DROP AS
           SELECT * FROM jsonb_to_recordset($1::jsonb) AS c(kind text, code text, lo float8, hi float8)`,
    [JSON.stringify(choices.map(([kind, c, lo, hi]) => ({ kind, code: c, lo, hi })))],
  );
  await q(
    `CREATE TEMP TABLE syn_staff ON COMMIT DROP AS
           SELECT 'coach' AS kind, ord::int - 1 AS ord, id FROM unnest($1::uuid[]) WITH ORDINALITY AS s(id, ord)
           UNION ALL SELECT 'ifo', ord::int - 1, id FROM unnest($2::uuid[]) WITH ORDINALITY AS s(id, ord)
           UNION ALL SELECT 'vuxen', ord::int - 1, id FROM unnest($3::uuid[]) WITH ORDINALITY AS s(id, ord)
           UNION ALL SELECT 'supervisor', ord::int - 1, id FROM unnest($4::uuid[]) WITH ORDINALITY AS s(id, ord)`,
    [coachIds, ifoIds, vuxenIds, supervisorIds],
  );
  progress('organisation', 1, 1);

  // --- participants, referrals, enrolments -----------------------------------------------------
  const people = 6;
  progress('participants', 0, people);
  const days = (await one<{ n: number }>(`SELECT ($1::date - $2::date) AS n`, [today, start])).n;
  await q(
    `CREATE TEMP TABLE syn_people ON COMMIT DROP AS
     WITH b AS (
       SELECT n,
              $2::date + floor(pg_temp.syn_r(n, 1) * ($3::int - 21))::int AS sent_on,
              pg_temp.syn_r(n, 2) AS r_gender,
              pg_temp.syn_r(n, 3) AS r_age,
              pg_temp.syn_r(n, 4) AS r_age2,
              pg_temp.syn_r(n, 5) AS r_source,
              pg_temp.syn_r(n, 6) AS r_accept,
              2 + floor(pg_temp.syn_r(n, 7) * 15)::int AS decision_days,
              floor(pg_temp.syn_r(n, 8) * 14)::int AS start_days,
              60 + floor(power(pg_temp.syn_r(n, 9), 1.1) * 1100)::int AS duration,
              pg_temp.syn_r(n, 10) AS r_exit,
              pg_temp.syn_r(n, 11) AS r_exit2,
              pg_temp.syn_r(n, 12) AS r_work,
              pg_temp.syn_r(n, 13) AS r_edu,
              7 + floor(pg_temp.syn_r(n, 14) * 21)::int AS first_days,
              pg_temp.syn_r(n, 15) AS r_assist,
              0.01 + 0.08 * power(pg_temp.syn_r(n, 16), 2) AS unexcused_rate
         FROM generate_series(1, $1::int) n),
     c AS (
       SELECT b.*, s.code AS source,
              CASE WHEN r_gender < 0.47 THEN 'woman' WHEN r_gender < 0.98 THEN 'man' ELSE 'not_stated' END AS gender,
              (sent_on - CASE WHEN r_age < 0.35 THEN 18 * 365 + floor(r_age2 * 7 * 365)::int
                              ELSE 25 * 365 + floor(r_age2 * 40 * 365)::int END) AS birth_date,
              sent_on + decision_days AS decided_on,
              sent_on + decision_days + start_days AS start_date
         FROM b JOIN syn_choice s ON s.kind = 'source' AND b.r_source >= s.lo AND b.r_source < s.hi),
     d AS (
       SELECT c.*,
              decided_on < $4::date AND r_accept < 0.95 AS accepted,
              decided_on < $4::date AND r_accept >= 0.95 AS returned,
              decided_on < $4::date AND r_accept < 0.95 AND start_date <= $4::date AS enrolled,
              start_date + duration AS planned_end
         FROM c)
     SELECT d.n, gen_random_uuid() AS id, d.sent_on, d.gender, d.birth_date, d.source, d.decided_on,
            d.unexcused_rate, d.r_assist, d.r_exit2,
            (d.n * 7919) % ${coaches} AS coach_ord,
            gen_random_uuid() AS referral_id,
            CASE WHEN d.returned THEN 'returned' WHEN d.enrolled THEN 'accepted' ELSE 'sent' END AS status,
            CASE WHEN d.enrolled THEN gen_random_uuid() END AS enrolment_id,
            d.start_date,
            d.planned_end,
            CASE WHEN d.enrolled AND d.planned_end < $4::date THEN d.planned_end END AS exit_date,
            CASE WHEN d.enrolled AND d.planned_end < $4::date THEN x.code END AS category,
            CASE WHEN d.start_date + d.first_days > d.planned_end - 14 THEN d.start_date ELSE d.start_date + d.first_days END AS first_start,
            CASE WHEN d.r_work < 0.3 THEN 'under_6_months' WHEN d.r_work < 0.65 THEN '6_to_24_months'
                 WHEN d.r_work < 0.95 THEN 'over_24_months' ELSE 'unknown' END AS time_without_work,
            CASE WHEN d.r_edu < 0.12 THEN 'compulsory_not_completed' WHEN d.r_edu < 0.35 THEN 'compulsory'
                 WHEN d.r_edu < 0.75 THEN 'upper_secondary' WHEN d.r_edu < 0.9 THEN 'post_secondary' ELSE 'unknown' END AS education_level,
            d.source = 'ifo_economic_assistance' OR d.r_assist < 0.35 AS on_assistance
       FROM d JOIN syn_choice x ON x.kind = 'exit' AND d.r_exit >= x.lo AND d.r_exit < x.hi`,
    [N, start, days, today],
  );
  await q(`ALTER TABLE syn_people ADD PRIMARY KEY (n)`);
  progress('participants', 1, people);

  // Participants: no identity number (identity_incomplete), a name from the lists and a birth date.
  await q(
    `INSERT INTO participants (id, municipality_id, first_name, last_name, birth_date, identity_incomplete, gender,
                               education_level, time_without_work, receives_social_assistance, social_assistance_since,
                               registered_by_unit_id, created_by, updated_by, version, created_at, updated_at)
     SELECT p.id, $1,
            CASE WHEN p.gender = 'woman' THEN (${sqlArray(WOMEN)})[1 + p.n % ${WOMEN.length}]
                 WHEN p.gender = 'man' THEN (${sqlArray(MEN)})[1 + p.n % ${MEN.length}]
                 ELSE (${sqlArray([...WOMEN, ...MEN])})[1 + p.n % ${WOMEN.length + MEN.length}] END,
            (${sqlArray(LAST)})[1 + (p.n / 7) % ${LAST.length}],
            p.birth_date, true, p.gender, p.education_level, p.time_without_work,
            p.on_assistance, CASE WHEN p.on_assistance THEN p.start_date - 30 - floor(p.r_assist * 300)::int END,
            CASE WHEN p.source = 'vuxenstod' THEN $3::uuid WHEN p.source = 'ifo_economic_assistance' THEN $2::uuid ELSE $4::uuid END,
            $5, $5, 1, p.sent_on::timestamp AT TIME ZONE 'Europe/Stockholm', p.sent_on::timestamp AT TIME ZONE 'Europe/Stockholm'
       FROM syn_people p`,
    [m, ifo, vuxen, ame, first(coachIds)],
  );
  progress('participants', 2, people);

  // Referrals: IFO's own from its units, the others (FK, KAA, Regionen, AF) registered by AME on receipt.
  await q(
    `INSERT INTO referrals (id, municipality_id, participant_id, source, reason, requested_support, sharing_basis,
                            legal_ground, referring_unit_id, referring_user_id, receiving_unit_id, status, sent_at,
                            decided_at, return_reason, version, created_at, updated_at)
     SELECT p.referral_id, $1, p.id, p.source, 'Behöver stöd mot arbete eller studier (syntetisk).',
            'Kartläggning och arbetslivsinriktad insats.', 'legal_ground',
            'Syntetiska data: uppgiftslämnande enligt OSL 10 kap. 2 §',
            CASE p.source WHEN 'vuxenstod' THEN $3::uuid WHEN 'ifo_economic_assistance' THEN $2::uuid ELSE $4::uuid END,
            CASE p.source WHEN 'vuxenstod' THEN v.id WHEN 'ifo_economic_assistance' THEN i.id ELSE c.id END,
            $4, p.status, (p.sent_on + time '09:00') AT TIME ZONE 'Europe/Stockholm',
            CASE WHEN p.status <> 'sent' THEN (p.decided_on + time '13:00') AT TIME ZONE 'Europe/Stockholm' END,
            CASE WHEN p.status = 'returned' THEN 'Behovet bedöms bättre mött av annan insats.' END,
            1, (p.sent_on + time '08:00') AT TIME ZONE 'Europe/Stockholm', (p.sent_on + time '08:00') AT TIME ZONE 'Europe/Stockholm'
       FROM syn_people p
       JOIN syn_staff c ON c.kind = 'coach' AND c.ord = p.coach_ord
       JOIN syn_staff i ON i.kind = 'ifo' AND i.ord = p.n % ${caseworkers}
       JOIN syn_staff v ON v.kind = 'vuxen' AND v.ord = p.n % ${vuxenIds.length}`,
    [m, ifo, vuxen, ame],
  );
  await q(
    `INSERT INTO referral_events (municipality_id, referral_id, action, from_status, to_status, occurred_at, user_id, reason)
     SELECT $1::uuid, r.id, e.action, e.from_status, e.to_status, e.at, CASE WHEN e.action IN ('create', 'send') THEN r.referring_user_id ELSE c.id END, e.reason
       FROM referrals r
       JOIN syn_people p ON p.referral_id = r.id
       JOIN syn_staff c ON c.kind = 'coach' AND c.ord = p.coach_ord
       CROSS JOIN LATERAL (VALUES ('create', NULL, 'draft', r.created_at, NULL),
                                  ('send', 'draft', 'sent', r.sent_at, NULL),
                                  (CASE r.status WHEN 'accepted' THEN 'accept' ELSE 'return' END, 'sent', r.status, r.decided_at, r.return_reason))
                          AS e(action, from_status, to_status, at, reason)
      WHERE r.municipality_id = $1 AND (e.action IN ('create', 'send') OR r.status <> 'sent')`,
    [m],
  );
  progress('participants', 3, people);

  await q(
    `INSERT INTO enrolments (id, municipality_id, participant_id, ame_unit_id, referral_id, start_date, responsible_coach_id,
                             ifo_caseworker_id, time_without_work, first_intervention_start, exit_date, exit_destination,
                             employment_lasts_one_month, municipal_labour_market_employment, study_kind,
                             studies_qualify_for_studiemedel, transferred_to, outcome_category, exit_summary, exited_by,
                             created_by, version, created_at, updated_at)
     SELECT p.enrolment_id, $1, p.id, $2, p.referral_id, p.start_date, c.id,
            CASE WHEN p.source = 'vuxenstod' THEN v.id WHEN p.on_assistance THEN i.id END,
            p.time_without_work,
            CASE WHEN p.first_start <= $3::date THEN p.first_start END,
            p.exit_date, f.destination, f.lasts, f.municipal, f.study_kind, f.studiemedel, f.transferred_to,
            p.category, CASE WHEN p.exit_date IS NOT NULL THEN 'Avslut (syntetiska data).' END,
            CASE WHEN p.exit_date IS NOT NULL THEN c.id END,
            c.id, 1, (p.start_date + time '09:00') AT TIME ZONE 'Europe/Stockholm', now()
       FROM syn_people p
       JOIN syn_staff c ON c.kind = 'coach' AND c.ord = p.coach_ord
       JOIN syn_staff i ON i.kind = 'ifo' AND i.ord = p.n % ${caseworkers}
       JOIN syn_staff v ON v.kind = 'vuxen' AND v.ord = p.n % ${vuxenIds.length}
       LEFT JOIN LATERAL (
         SELECT * FROM (VALUES
           ('A', 0.0, 'employment', true, false, NULL, NULL, NULL),
           ('B', 0.0, 'studies', NULL, NULL, 'komvux', true, NULL),
           ('C', 0.0, 'transferred', NULL, NULL, NULL, NULL, 'forsakringskassan'),
           ('D', 0.0, 'completed', NULL, NULL, NULL, NULL, NULL),
           ('E', 0.0, 'other', NULL, NULL, NULL, NULL, NULL),
           ('E', 0.6, 'employment', false, false, NULL, NULL, NULL),
           ('E', 0.75, 'employment', true, true, NULL, NULL, NULL),
           ('E', 0.85, 'studies', NULL, NULL, 'other', false, NULL))
           AS f(category, above, destination, lasts, municipal, study_kind, studiemedel, transferred_to)
          WHERE f.category = p.category AND f.above <= p.r_exit2
          ORDER BY f.above DESC LIMIT 1) f0 ON true
       CROSS JOIN LATERAL (SELECT CASE WHEN p.exit_date IS NULL THEN NULL ELSE f0.destination END AS destination,
                                  CASE WHEN p.exit_date IS NULL THEN NULL ELSE f0.lasts END AS lasts,
                                  CASE WHEN p.exit_date IS NULL THEN NULL ELSE f0.municipal END AS municipal,
                                  CASE WHEN p.exit_date IS NULL THEN NULL ELSE f0.study_kind END AS study_kind,
                                  CASE WHEN p.exit_date IS NULL THEN NULL ELSE f0.studiemedel END AS studiemedel,
                                  CASE WHEN p.exit_date IS NULL THEN NULL ELSE f0.transferred_to END AS transferred_to) f
      WHERE p.enrolment_id IS NOT NULL`,
    [m, ame, today],
  );
  progress('participants', 4, people);

  // --- placements and their schedules ----------------------------------------------------------
  // One to three placements one after the other across the enrolment, and for a fifth of the
  // participants a supporting one beside the first (afternoons, two days a week).
  await q(
    `CREATE TEMP TABLE syn_placements ON COMMIT DROP AS
     WITH e AS (
       SELECT p.*, 1 + (pg_temp.syn_r(p.n, 41) < 0.45)::int + (pg_temp.syn_r(p.n, 42) < 0.15)::int AS k,
              pg_temp.syn_r(p.n, 43) < 0.2 AS has_parallel
         FROM syn_people p WHERE p.enrolment_id IS NOT NULL AND p.first_start <= $1::date),
     seg AS (
       SELECT e.*, j, false AS parallel,
              e.first_start + ((e.planned_end - e.first_start + 1) * (j - 1) / e.k) AS seg_start,
              CASE WHEN j = e.k THEN e.planned_end
                   ELSE e.first_start + ((e.planned_end - e.first_start + 1) * j / e.k) - 1 END AS seg_end
         FROM e, generate_series(1, e.k) j
       UNION ALL
       SELECT e.*, 0, true, e.first_start + 14,
              least(e.planned_end, e.first_start + 14 + 60 + floor(pg_temp.syn_r(e.n, 44) * 120)::int)
         FROM e WHERE e.has_parallel AND e.first_start + 14 <= e.planned_end)
     SELECT gen_random_uuid() AS id, s.n, s.n::bigint * 10 + s.j AS pn, s.id AS participant_id, s.enrolment_id,
            s.coach_ord, s.unexcused_rate, s.parallel, ch.code::uuid AS instance_id,
            s.seg_start AS start_date, s.seg_end AS planned_end,
            CASE WHEN s.seg_end < $1::date THEN s.seg_end END AS actual_end,
            CASE WHEN s.seg_end >= $1::date THEN NULL
                 WHEN s.exit_date IS NOT NULL AND s.seg_end = s.exit_date THEN 'enrolment_exited'
                 WHEN pg_temp.syn_r(s.n * 10 + s.j, 51) < 0.7 THEN 'completed'
                 WHEN pg_temp.syn_r(s.n * 10 + s.j, 51) < 0.9 THEN 'moved_to_other_intervention'
                 ELSE 'interrupted' END AS end_reason,
            CASE WHEN s.parallel THEN ARRAY[2, 4]
                 WHEN pg_temp.syn_r(s.n * 10 + s.j, 52) < 0.1 THEN ARRAY[1, 2, 4]
                 ELSE ARRAY[1, 2, 3, 4, 5] END AS days,
            CASE WHEN s.parallel THEN '13:00' WHEN s.has_parallel OR pg_temp.syn_r(s.n * 10 + s.j, 53) < 0.35 THEN '08:30' ELSE '08:00' END AS from_time,
            CASE WHEN s.parallel THEN '15:00' WHEN s.has_parallel OR pg_temp.syn_r(s.n * 10 + s.j, 53) < 0.35 THEN '12:00' ELSE '15:00' END AS to_time
       FROM seg s
       JOIN syn_choice ch ON ch.kind = CASE WHEN s.parallel THEN 'support' ELSE 'main' END
                         AND pg_temp.syn_r(s.n * 10 + s.j, 50) >= ch.lo AND pg_temp.syn_r(s.n * 10 + s.j, 50) < ch.hi
      WHERE s.seg_start <= $1::date AND s.seg_start <= s.seg_end`,
    [today],
  );
  await q(`ALTER TABLE syn_placements ADD PRIMARY KEY (id)`);
  await q(`CREATE INDEX ON syn_placements (n)`);
  await q(
    `ALTER TABLE syn_placements ADD COLUMN minutes int, ADD COLUMN supervisor_id uuid, ADD COLUMN reporter uuid`,
  );
  await q(
    `UPDATE syn_placements s
        SET minutes = extract(epoch FROM (s.to_time::time - s.from_time::time))::int / 60,
            supervisor_id = CASE WHEN t.category = 'work_training_internal' THEN sup.id END,
            reporter = CASE WHEN t.category = 'work_training_internal' THEN sup.id ELSE c.id END
       FROM intervention_instances i, intervention_types t, syn_staff sup, syn_staff c
      WHERE i.id = s.instance_id AND i.municipality_id = $1 AND t.id = i.type_id AND t.municipality_id = $1
        AND sup.kind = 'supervisor' AND sup.ord = s.n % ${supervisors}
        AND c.kind = 'coach' AND c.ord = s.coach_ord`,
    [m],
  );
  await q(
    `INSERT INTO placements (id, municipality_id, participant_id, enrolment_id, instance_id, supervisor_id, start_date,
                             planned_end_date, actual_end_date, end_reason, created_by, version, created_at, updated_at)
     SELECT s.id, $1, s.participant_id, s.enrolment_id, s.instance_id, s.supervisor_id, s.start_date, s.planned_end,
            s.actual_end, s.end_reason, c.id, 1, (s.start_date + time '09:00') AT TIME ZONE 'Europe/Stockholm', now()
       FROM syn_placements s JOIN syn_staff c ON c.kind = 'coach' AND c.ord = s.coach_ord`,
    [m],
  );
  await q(
    `INSERT INTO placement_schedules (municipality_id, placement_id, valid_from, days, recorded_by, recorded_at)
     SELECT $1::uuid, s.id, s.start_date,
            (SELECT jsonb_agg(jsonb_build_object('weekday', d, 'start', s.from_time, 'end', s.to_time) ORDER BY d)
               FROM unnest(s.days) d),
            c.id, (s.start_date + time '09:00') AT TIME ZONE 'Europe/Stockholm'
       FROM syn_placements s JOIN syn_staff c ON c.kind = 'coach' AND c.ord = s.coach_ord`,
    [m],
  );
  // Relations that give the units and the supervisor their access, as the services write them.
  await q(
    `INSERT INTO participant_relations (municipality_id, participant_id, unit_id, user_id, kind, source_id, started_on, ended_on)
     SELECT $1::uuid, p.id, CASE p.source WHEN 'vuxenstod' THEN $3::uuid WHEN 'ifo_economic_assistance' THEN $2::uuid ELSE $4::uuid END,
            NULL::uuid, 'registered', NULL::uuid, p.sent_on, NULL::date
       FROM syn_people p
     UNION ALL
     SELECT $1::uuid, p.id, $4, NULL, 'referral', p.referral_id, p.sent_on, CASE WHEN p.status = 'returned' THEN p.decided_on END
       FROM syn_people p
     UNION ALL
     SELECT $1::uuid, p.id, $4, NULL, 'enrolment', p.enrolment_id, p.start_date, p.exit_date
       FROM syn_people p WHERE p.enrolment_id IS NOT NULL
     UNION ALL
     SELECT $1::uuid, s.participant_id, $4, NULL, 'placement', s.id, s.start_date, s.actual_end FROM syn_placements s
     UNION ALL
     SELECT $1::uuid, s.participant_id, NULL, s.supervisor_id, 'supervision', s.id, s.start_date, s.actual_end
       FROM syn_placements s WHERE s.supervisor_id IS NOT NULL`,
    [m, ifo, vuxen, ame],
  );
  progress('participants', 6, people);

  // --- attendance: every scheduled weekday of each placement up to yesterday -------------------
  // Ids in one ascending run (the municipality's first 8 hex digits, then a counter, in the form of a
  // version-4 uuid): millions of random uuids would land all over the primary key's index, which
  // then no longer fits the buffers, and the load slows to the speed of random reads.
  const prefix = m.slice(0, 8);
  await q(`CREATE FUNCTION pg_temp.syn_uuid(k bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS
           $$ SELECT ('${prefix}-' || substr(h, 1, 4) || '-4' || substr(h, 5, 3) || '-8' || substr(h, 8, 3) || '-'
                      || substr(h, 11, 12))::uuid
                FROM (SELECT lpad(to_hex(k), 22, '0') AS h) x $$`);
  const chunks = Math.max(1, Math.min(50, Math.ceil(N / 500)));
  const size = Math.ceil(N / chunks);
  progress('attendance', 0, chunks);
  let attendance = 0;
  for (let c = 0; c < chunks; c += 1) {
    const inserted = await q<{ n: number }>(
      `WITH ins AS (
         INSERT INTO attendance_entries (id, municipality_id, placement_id, participant_id, day, code, present_minutes,
                                         reported_by, channel, reported_at, version)
         SELECT pg_temp.syn_uuid($5::bigint + row_number() OVER (ORDER BY p.id, a.day)),
                $1::uuid, p.id, p.participant_id, a.day, a.code,
                CASE WHEN a.code = 'present'
                     THEN p.minutes - CASE WHEN a.r2 < 0.15 THEN 15 * (1 + floor(a.r3 * 3)::int) ELSE 0 END END,
                p.reporter, 'web', (a.day + time '16:00') AT TIME ZONE 'Europe/Stockholm', 1
           FROM syn_placements p
           CROSS JOIN LATERAL (
             SELECT d::date AS day, r.r1, r.r2, r.r3,
                    CASE WHEN r.r1 < 0.06 THEN 'sick' WHEN r.r1 < 0.075 THEN 'sick_child'
                         WHEN r.r1 < 0.12 THEN 'approved_absence' WHEN r.r1 < 0.12 + p.unexcused_rate THEN 'unexcused_absence'
                         ELSE 'present' END AS code
               FROM generate_series(p.start_date, least(coalesce(p.actual_end, $2::date - 1), $2::date - 1), interval '1 day') d
               CROSS JOIN LATERAL (SELECT p.pn * 100000 + (d::date - date '2000-01-01') AS key) k
               CROSS JOIN LATERAL (SELECT pg_temp.syn_r(k.key, 60) AS r1, pg_temp.syn_r(k.key, 61) AS r2,
                                          pg_temp.syn_r(k.key, 62) AS r3) r
              WHERE extract(isodow FROM d)::int = ANY (p.days)
                AND to_char(d, 'MM-DD') <> ALL (${sqlArray(HOLIDAYS)})) a
          WHERE p.n > $3::int AND p.n <= $4::int
          ORDER BY p.id, a.day
         RETURNING 1)
       SELECT count(*)::int AS n FROM ins`,
      [m, today, c * size, (c + 1) * size, attendance],
    );
    attendance += inserted[0]?.n ?? 0;
    progress('attendance', c + 1, chunks);
  }

  // --- measurement: BIP every ~3 months, surveys, assistance periods, follow-ups ---------------
  const measurement = 4;
  progress('measurement', 0, measurement);
  await q(
    `CREATE TEMP TABLE syn_bip ON COMMIT DROP AS
     SELECT gen_random_uuid() AS id, p.n, p.id AS participant_id, p.enrolment_id, p.coach_ord, j,
            p.start_date + 14 + 91 * j AS assessed_on,
            pg_temp.syn_r(p.n, 70) AS base, pg_temp.syn_r(p.n, 71) AS trend
       FROM syn_people p, generate_series(0, 40) j
      WHERE p.enrolment_id IS NOT NULL AND pg_temp.syn_r(p.n, 72) < 0.8
        AND p.start_date + 14 + 91 * j <= least(coalesce(p.exit_date, $1::date), $1::date)`,
    [today],
  );
  await q(
    `INSERT INTO bip_assessments (id, municipality_id, participant_id, enrolment_id, assessed_on, status, scale_min,
                                  scale_max, created_by, created_at, completed_by, completed_at, version, updated_at)
     SELECT b.id, $1, b.participant_id, b.enrolment_id, b.assessed_on, 'complete', 1, 5, c.id,
            (b.assessed_on + time '10:00') AT TIME ZONE 'Europe/Stockholm', c.id,
            (b.assessed_on + time '11:00') AT TIME ZONE 'Europe/Stockholm', 1,
            (b.assessed_on + time '11:00') AT TIME ZONE 'Europe/Stockholm'
       FROM syn_bip b JOIN syn_staff c ON c.kind = 'coach' AND c.ord = b.coach_ord`,
    [m],
  );
  await q(
    `INSERT INTO bip_assessment_scores (assessment_id, indicator_code, municipality_id, score, answered_by)
     SELECT b.id, i.code, $1,
            greatest(1, least(5, round(1 + b.base * 2.5 + b.j * b.trend * 0.4
                                        + (pg_temp.syn_r(b.n * 100 + b.j, 73 + i.position) - 0.5) * 1.2)))::smallint,
            i.respondent
       FROM syn_bip b CROSS JOIN bip_indicators i`,
    [m],
  );
  progress('measurement', 1, measurement);

  // Surveys after a third of the ended placements (most answered, some declined).
  await q(
    `CREATE TEMP TABLE syn_survey ON COMMIT DROP AS
     SELECT gen_random_uuid() AS id, s.id AS placement_id, s.pn, s.participant_id, s.instance_id, i.type_id,
            s.actual_end, s.coach_ord,
            CASE WHEN pg_temp.syn_r(s.pn, 80) < 0.3 THEN 'answered' ELSE 'declined' END AS outcome
       FROM syn_placements s JOIN intervention_instances i ON i.id = s.instance_id AND i.municipality_id = $1
      WHERE s.actual_end IS NOT NULL AND pg_temp.syn_r(s.pn, 80) < 0.35`,
    [m],
  );
  await q(
    `INSERT INTO survey_responses (id, municipality_id, participant_id, placement_id, instance_id, intervention_type_id,
                                   placement_ended_on, outcome, channel, recorded_by, responded_at)
     SELECT v.id, $1, v.participant_id, v.placement_id, v.instance_id, v.type_id, v.actual_end, v.outcome, 'meeting', c.id,
            (v.actual_end + time '14:00') AT TIME ZONE 'Europe/Stockholm'
       FROM syn_survey v JOIN syn_staff c ON c.kind = 'coach' AND c.ord = v.coach_ord`,
    [m],
  );
  await q(
    `INSERT INTO survey_answers (municipality_id, response_id, question_id, value, dont_know)
     SELECT $1::uuid, v.id, q.id,
            CASE WHEN pg_temp.syn_r(v.pn * 100 + q.position, 81) >= 0.05
                 THEN least(5, 2 + floor(pg_temp.syn_r(v.pn * 100 + q.position, 82) * 4))::smallint END,
            pg_temp.syn_r(v.pn * 100 + q.position, 81) < 0.05
       FROM syn_survey v JOIN survey_questions q ON q.municipality_id = $1 AND q.kind = 'scale'
      WHERE v.outcome = 'answered'`,
    [m],
  );
  progress('measurement', 2, measurement);

  // Försörjningsstöd: a period from before the enrolment; it ends at an exit to work or studies (and
  // for some of the other exits), and some come back to it after the exit.
  await q(
    `INSERT INTO assistance_periods (municipality_id, participant_id, from_date, to_date, household_role, recorded_by,
                                     recorded_at, version)
     SELECT $1::uuid, p.id, x.from_date, x.to_date, 'applicant', i.id, (x.from_date + time '10:00') AT TIME ZONE 'Europe/Stockholm', 1
       FROM syn_people p
       JOIN syn_staff i ON i.kind = 'ifo' AND i.ord = p.n % ${caseworkers}
       CROSS JOIN LATERAL (
         SELECT p.start_date - 30 - floor(p.r_assist * 300)::int AS first_from,
                pg_temp.syn_r(p.n, 90) < CASE WHEN p.category IN ('A', 'B') THEN 0.12 ELSE 0.3 END AS comes_back,
                p.exit_date + 30 + floor(pg_temp.syn_r(p.n, 91) * 300)::int AS back_on) f
       CROSS JOIN LATERAL (
         SELECT f.first_from AS from_date,
                CASE WHEN p.exit_date IS NULL THEN NULL
                     WHEN p.category IN ('A', 'B') OR f.comes_back OR pg_temp.syn_r(p.n, 92) < 0.5 THEN p.exit_date
                     END AS to_date
         UNION ALL
         SELECT f.back_on, NULL WHERE p.exit_date IS NOT NULL AND f.comes_back AND f.back_on < $2::date) x
      WHERE p.on_assistance AND p.enrolment_id IS NOT NULL
     UNION ALL
     SELECT $1::uuid, p.id, p.sent_on - 60, NULL, 'applicant', i.id, ((p.sent_on - 60) + time '10:00') AT TIME ZONE 'Europe/Stockholm', 1
       FROM syn_people p JOIN syn_staff i ON i.kind = 'ifo' AND i.ord = p.n % ${caseworkers}
      WHERE p.on_assistance AND p.enrolment_id IS NULL`,
    [m, today],
  );
  progress('measurement', 3, measurement);

  // Outcome follow-ups 1, 6 and 12 months after the exit, most of them recorded.
  await q(
    `INSERT INTO outcome_follow_ups (municipality_id, participant_id, enrolment_id, checkpoint_months, status, source,
                                     observed_on, recorded_by, recorded_at, version)
     SELECT $1::uuid, p.id, p.enrolment_id, k.months, f.status, f.source, f.observed_on, c.id,
            (f.observed_on + time '10:00') AT TIME ZONE 'Europe/Stockholm', 1
       FROM syn_people p
       JOIN syn_staff c ON c.kind = 'coach' AND c.ord = p.coach_ord
       CROSS JOIN (VALUES (1), (6), (12)) AS k(months)
       CROSS JOIN LATERAL (
         SELECT (p.exit_date + make_interval(months => k.months))::date AS observed_on,
                pg_temp.syn_r(p.n * 100 + k.months, 95) AS r) o
       CROSS JOIN LATERAL (
         SELECT o.observed_on,
                CASE WHEN p.category = 'A' THEN CASE WHEN o.r < 0.85 THEN 'working' ELSE 'unknown' END
                     WHEN p.category = 'B' THEN CASE WHEN o.r < 0.8 THEN 'studying' WHEN o.r < 0.9 THEN 'working' ELSE 'unknown' END
                     ELSE CASE WHEN o.r < 0.15 THEN 'working' WHEN o.r < 0.25 THEN 'studying' WHEN o.r < 0.6 THEN 'assistance'
                               WHEN o.r < 0.8 THEN 'other' ELSE 'unknown' END END AS status,
                CASE WHEN o.r < 0.5 THEN 'participant' ELSE 'ifo_register' END AS source) f
      WHERE p.exit_date IS NOT NULL AND o.observed_on <= $2::date AND pg_temp.syn_r(p.n * 100 + k.months, 96) < 0.85`,
    [m, today],
  );
  progress('measurement', 4, measurement);

  const counts = await one<Record<string, number>>(
    `SELECT (SELECT count(*) FROM participants WHERE municipality_id = $1)::int AS participants,
            (SELECT count(*) FROM referrals WHERE municipality_id = $1)::int AS referrals,
            (SELECT count(*) FROM enrolments WHERE municipality_id = $1)::int AS enrolments,
            (SELECT count(*) FROM enrolments WHERE municipality_id = $1 AND exit_date IS NOT NULL)::int AS exits,
            (SELECT count(*) FROM placements WHERE municipality_id = $1)::int AS placements,
            $2::int AS attendance_entries,
            (SELECT count(*) FROM bip_assessments WHERE municipality_id = $1)::int AS bip_assessments,
            (SELECT count(*) FROM survey_responses WHERE municipality_id = $1)::int AS survey_responses,
            (SELECT count(*) FROM assistance_periods WHERE municipality_id = $1)::int AS assistance_periods,
            (SELECT count(*) FROM outcome_follow_ups WHERE municipality_id = $1)::int AS outcome_follow_ups`,
    [m, attendance],
  );
  return { municipalityId: m, municipalityName: name, analystUserId: analyst, counts };
}
