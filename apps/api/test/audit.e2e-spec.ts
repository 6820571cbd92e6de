import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { AUDIT_CHAINS, AuditService, AuditVerificationService } from '@steg/audit';
import { Actor } from '@steg/http';
import { givenParticipant, GivenParticipant, givenTenant, givenUser, Tenant, tokenFor } from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

const EVENTS = '/api/v1/audit/events';
const CSV = '/api/v1/audit/events.csv';
const PARTICIPANT_ROUTE = 'GET /api/v1/participants/:id';

interface EventBody {
  id: string;
  chain: number;
  seq: number;
  occurredAt: string;
  userId: string | null;
  unitId: string | null;
  action: string;
  outcome: string;
  resourceType: string;
  participantId: string | null;
  route: string | null;
  protectedPerson: boolean;
  details: Record<string, unknown> | null;
}

describe('audit log review and verification', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let person: GivenParticipant;
  let shielded: GivenParticipant;
  /** A unit manager of the IFO unit: no event of the AME unit is theirs to see. */
  let ifoManagerAuth: string;

  const review = (auth: string, query: Record<string, string | number | boolean> = {}) =>
    request(t.server).get(EVENTS).query(query).set('Authorization', auth);
  const items = async (auth: string, query: Record<string, string | number | boolean> = {}) =>
    (await review(auth, query).expect(200)).body.items as EventBody[];
  const readParticipant = (auth: string, id: string) =>
    request(t.server).get(`/api/v1/participants/${id}`).set('Authorization', auth);
  const verify = (municipalityId: string) => t.app.get(AuditVerificationService).verify({ municipalityId });
  /** Edits one event as only the retention job may: inside a transaction with the setting on. */
  const asRetentionJob = (sql: string, params: unknown[]) =>
    t.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL steg.audit_retention = 'on'`);
      await manager.query(sql, params);
    });

  beforeAll(async () => {
    // Tokens outlive the day the clock is moved forward below.
    t = await startTestApp({ config: { jwtTtlSeconds: 7 * 86_400 } });
    tenant = await givenTenant(t.app);
    other = await givenTenant(t.app);
    person = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame);
    shielded = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame, {
      protection: 'protected_registration',
    });
    const ifoManager = await givenUser(t.dataSource, tenant.municipalityId, [
      { unitId: tenant.units.ifo, role: 'unit_manager' },
    ]);
    ifoManagerAuth = `Bearer ${await tokenFor(t.app, ifoManager)}`;

    // On 16 March the coach reads the person three times and the protected person once ...
    for (let i = 0; i < 3; i++) await readParticipant(tenant.users.ame_coach.auth, person.id).expect(200);
    await readParticipant(tenant.users.ame_coach.auth, shielded.id).expect(200);
    // ... and on 17 March an IFO caseworker without a relation tries to.
    t.clock.set('2026-03-17T10:00:00+01:00');
    await readParticipant(tenant.users.ifo_caseworker.auth, person.id).expect(404);
  });
  afterAll(() => t.close());

  describe('access', () => {
    it.each([EVENTS, CSV])('%s needs a token', async (path) => {
      const res = await request(t.server).get(path).expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });

    it.each(['ame_coach', 'admin', 'analyst', 'ifo_caseworker', 'supervisor'] as const)(
      'refuses %s with 403',
      async (role) => {
        const res = await review(tenant.users[role].auth).expect(403);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body.code).toBe('FORBIDDEN');
        await request(t.server).get(CSV).set('Authorization', tenant.users[role].auth).expect(403);
      },
    );
  });

  describe('GET /audit/events', () => {
    it('shows an auditor every access to a person, newest first, the denied attempt included', async () => {
      const events = await items(tenant.users.auditor.auth, { participantId: person.id });
      expect(events.map((e) => [e.action, e.outcome, e.userId])).toEqual([
        ['view', 'denied', tenant.users.ifo_caseworker.id],
        ['view', 'success', tenant.users.ame_coach.id],
        ['view', 'success', tenant.users.ame_coach.id],
        ['view', 'success', tenant.users.ame_coach.id],
      ]);
      expect(events[1]).toEqual({
        id: expect.any(String),
        chain: 0,
        seq: expect.any(Number),
        occurredAt: '2026-03-16T08:00:00.000Z',
        userId: tenant.users.ame_coach.id,
        apiKeyId: null,
        roles: ['ame_coach'],
        unitId: tenant.units.ame,
        action: 'view',
        outcome: 'success',
        resourceType: 'participant',
        resourceId: person.id,
        participantId: person.id,
        route: PARTICIPANT_ROUTE,
        ip: expect.any(String),
        requestId: expect.any(String),
        protectedPerson: false,
        details: null,
      });
      expect(events[0]).toMatchObject({
        occurredAt: '2026-03-17T09:00:00.000Z',
        unitId: null,
        details: { reason: 'no_relation' },
      });
      // Same instant for the three reads: seq breaks the tie, newest first.
      expect(events.map((e) => e.seq)).toEqual([...events.map((e) => e.seq)].sort((a, b) => b - a));
    });

    it('filters by outcome', async () => {
      const events = await items(tenant.users.auditor.auth, { participantId: person.id, outcome: 'denied' });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ outcome: 'denied', userId: tenant.users.ifo_caseworker.id });
    });

    it('filters by user', async () => {
      const events = await items(tenant.users.auditor.auth, { userId: tenant.users.ame_coach.id });
      expect(events).toHaveLength(4);
      expect(new Set(events.map((e) => e.userId))).toEqual(new Set([tenant.users.ame_coach.id]));
      expect(new Set(events.map((e) => e.participantId))).toEqual(new Set([person.id, shielded.id]));
    });

    it('filters by action', async () => {
      expect(await items(tenant.users.auditor.auth, { participantId: person.id, action: 'update' })).toEqual(
        [],
      );
    });

    it('filters by period: dates are whole days in Sweden, instants are inclusive', async () => {
      const on16th = await items(tenant.users.auditor.auth, { participantId: person.id, to: '2026-03-16' });
      expect(on16th.map((e) => e.outcome)).toEqual(['success', 'success', 'success']);
      const from17th = await items(tenant.users.auditor.auth, {
        participantId: person.id,
        from: '2026-03-17',
      });
      expect(from17th.map((e) => e.outcome)).toEqual(['denied']);
      const exact = await items(tenant.users.auditor.auth, {
        participantId: person.id,
        from: '2026-03-17T10:00:00+01:00',
        to: '2026-03-17T10:00:00+01:00',
      });
      expect(exact).toHaveLength(1);
      expect(
        await items(tenant.users.auditor.auth, {
          participantId: person.id,
          from: '2026-03-18',
          to: '2026-03-31',
        }),
      ).toEqual([]);
    });

    it('pages with a cursor without losing or repeating an event', async () => {
      const all = await items(tenant.users.auditor.auth, { userId: tenant.users.ame_coach.id });
      const seen: EventBody[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await review(tenant.users.auditor.auth, {
          userId: tenant.users.ame_coach.id,
          limit: 3,
          ...(cursor ? { cursor } : {}),
        }).expect(200);
        seen.push(...(res.body.items as EventBody[]));
        cursor = res.body.nextCursor as string | null;
        pages += 1;
      } while (cursor !== null && pages < 10);
      expect(pages).toBe(2);
      expect(seen.map((e) => e.id)).toEqual(all.map((e) => e.id));
    });

    it('shows only events about people with protected identity when asked', async () => {
      const events = await items(tenant.users.auditor.auth, { protectedOnly: true });
      expect(events.length).toBeGreaterThan(0);
      expect(events.every((e) => e.protectedPerson)).toBe(true);
      expect(events.map((e) => e.participantId)).toContain(shielded.id);
      expect(events.map((e) => e.participantId)).not.toContain(person.id);
      const both = await items(tenant.users.auditor.auth, {
        protectedOnly: false,
        userId: tenant.users.ame_coach.id,
      });
      expect(both).toHaveLength(4);
    });

    it('shows a unit manager only access through the units they manage', async () => {
      const ameManager = await items(tenant.users.unit_manager.auth, { participantId: person.id });
      expect(ameManager.map((e) => [e.outcome, e.unitId])).toEqual([
        ['success', tenant.units.ame],
        ['success', tenant.units.ame],
        ['success', tenant.units.ame],
      ]);
      expect(await items(ifoManagerAuth, { participantId: person.id })).toEqual([]);
      const everything = await items(ifoManagerAuth, { limit: 500 });
      expect(everything.every((e) => e.unitId === tenant.units.ifo)).toBe(true);
    });

    it("shows another municipality's auditor nothing of this one", async () => {
      expect(await items(other.users.auditor.auth, { participantId: person.id })).toEqual([]);
      expect(await items(other.users.auditor.auth, { userId: tenant.users.ame_coach.id })).toEqual([]);
      const everything = await items(other.users.auditor.auth, { limit: 500 });
      const ours = new Set<string | null>(Object.values(tenant.users).map((u) => u.id));
      expect(everything.filter((e) => ours.has(e.userId))).toEqual([]);
    });

    it('logs the review itself, with filter names and the count but no personal data', async () => {
      await review(tenant.users.auditor.auth, { participantId: person.id, outcome: 'denied' }).expect(200);
      const [latest] = await items(tenant.users.auditor.auth, {
        userId: tenant.users.auditor.id,
        action: 'view',
        limit: 1,
      });
      expect(latest).toMatchObject({
        action: 'view',
        outcome: 'success',
        resourceType: 'audit_log',
        resourceId: null,
        participantId: null,
        route: 'GET /api/v1/audit/events',
        details: { filters: 'participantId,outcome', scope: 'municipality', resultCount: 1 },
      });
      expect(JSON.stringify(latest?.details)).not.toContain(person.id);
    });

    it.each<[string, Record<string, string | number>, string, string]>([
      ['an unknown outcome', { outcome: 'maybe' }, 'outcome', 'isIn'],
      ['limit 0', { limit: 0 }, 'limit', 'min'],
      ['limit over 500', { limit: 501 }, 'limit', 'max'],
      ['a participantId that is no uuid', { participantId: 'abc' }, 'participantId', 'isUuid'],
      ['an unknown action', { action: 'peek' }, 'action', 'isIn'],
      ['protectedOnly not a boolean', { protectedOnly: 'yes' }, 'protectedOnly', 'isBoolean'],
      ['a date that does not exist', { from: '2026-02-30' }, 'from', 'isIso8601'],
      ['an instant without offset', { to: '2026-03-16T09:00:00' }, 'to', 'matches'],
      ['to before from', { from: '2026-03-17', to: '2026-03-16' }, 'to', 'to.notBeforeFrom'],
      ['a forged cursor', { cursor: 'not-a-cursor' }, 'cursor', 'cursor.format'],
      ['an unknown filter', { name: 'Anna' }, 'name', 'whitelistValidation'],
    ])('answers 400 naming the field for %s', async (_case, query, field, rule) => {
      const res = await review(tenant.users.auditor.auth, query).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
    });
  });

  describe('GET /audit/events.csv', () => {
    it('exports the filtered events with a header row, and logs the export', async () => {
      const res = await request(t.server)
        .get(CSV)
        .query({ participantId: person.id })
        .set('Authorization', tenant.users.auditor.auth)
        .expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="audit-events-.+\.csv"$/);
      expect(res.headers['x-export-truncated']).toBe('false');
      const [header, ...rows]: string[][] = parse(res.text);
      expect(header).toEqual([
        'id',
        'chain',
        'seq',
        'occurredAt',
        'userId',
        'apiKeyId',
        'roles',
        'unitId',
        'action',
        'outcome',
        'resourceType',
        'resourceId',
        'participantId',
        'route',
        'ip',
        'requestId',
        'protectedPerson',
        'details',
      ]);
      const column = (name: string) => header?.indexOf(name) ?? -1;
      expect(rows).toHaveLength(4);
      expect(rows.map((r) => r[column('outcome')])).toEqual(['denied', 'success', 'success', 'success']);
      expect(rows[0]?.[column('details')]).toBe('{"reason":"no_relation"}');
      expect(rows[1]).toEqual(
        expect.arrayContaining([tenant.users.ame_coach.id, tenant.units.ame, PARTICIPANT_ROUTE, 'false']),
      );

      const [exported] = await items(tenant.users.auditor.auth, {
        userId: tenant.users.auditor.id,
        action: 'export',
        limit: 1,
      });
      expect(exported).toMatchObject({
        resourceType: 'audit_log',
        route: 'GET /api/v1/audit/events.csv',
        details: { filters: 'participantId', scope: 'municipality', resultCount: 4, truncated: false },
      });
    });

    it('exports only a header when nothing matches', async () => {
      const res = await request(t.server)
        .get(CSV)
        .query({ participantId: person.id })
        .set('Authorization', ifoManagerAuth)
        .expect(200);
      expect(parse(res.text)).toHaveLength(1);
    });

    it('answers 400 for a bad filter, and for paging parameters', async () => {
      const bad = await request(t.server)
        .get(CSV)
        .query({ outcome: 'maybe' })
        .set('Authorization', tenant.users.auditor.auth)
        .expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'outcome', rule: 'isIn' })]);
      const paged = await request(t.server)
        .get(CSV)
        .query({ limit: 10 })
        .set('Authorization', tenant.users.auditor.auth)
        .expect(400);
      expect(paged.body.errors).toEqual([
        expect.objectContaining({ field: 'limit', rule: 'whitelistValidation' }),
      ]);
    });
  });

  describe('tamper detection', () => {
    /** Events appended in all of the municipality's chains, as their heads record them. */
    const head = async (municipalityId: string) =>
      Number(
        (
          await t.dataSource.query<{ n: string }[]>(
            `SELECT coalesce(sum(seq), 0) AS n FROM audit_chain_heads WHERE municipality_id = $1`,
            [municipalityId],
          )
        )[0].n,
      );
    const chainsOf = async (municipalityId: string) =>
      (
        await t.dataSource.query<{ chain: number; n: number }[]>(
          `SELECT chain, count(*)::int AS n FROM audit_events WHERE municipality_id = $1 GROUP BY chain ORDER BY chain`,
          [municipalityId],
        )
      ).map((r) => [r.chain, r.n]);
    /** Holds chain heads' locks in a transaction of its own until `release()`, as a slow writer would. */
    const holdChains = async (municipalityId: string, chains: number[]) => {
      const runner = t.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      await runner.query(
        `SELECT chain FROM audit_chain_heads WHERE municipality_id = $1 AND chain = ANY($2::int[]) FOR UPDATE`,
        [municipalityId, chains],
      );
      return {
        release: async () => {
          await runner.rollbackTransaction();
          await runner.release();
        },
      };
    };

    it('finds the chain intact, then the edited event, and intact again once restored', async () => {
      const length = await head(tenant.municipalityId);
      expect(await verify(tenant.municipalityId)).toEqual([
        { municipalityId: tenant.municipalityId, events: length, breaks: [], breakCount: 0 },
      ]);

      const [denied] = await items(tenant.users.auditor.auth, {
        participantId: person.id,
        outcome: 'denied',
      });
      const { chain, seq } = denied;
      const events = await head(tenant.municipalityId); // the review above is an event too
      expect(chain).toBe(0); // one request at a time: nobody else holds chain 0
      const edit = `UPDATE audit_events SET route = $4 WHERE municipality_id = $1 AND chain = $2 AND seq = $3`;
      await asRetentionJob(edit, [tenant.municipalityId, chain, seq, 'GET /api/v1/health']);
      // Every event is still checked, and the edit is one break: later links name its stored hash.
      expect(await verify(tenant.municipalityId)).toEqual([
        {
          municipalityId: tenant.municipalityId,
          events,
          breaks: [{ chain, seq, reason: 'hash_mismatch' }],
          breakCount: 1,
          firstBreak: { chain, seq, reason: 'hash_mismatch' },
        },
      ]);

      // A second edit elsewhere is not hidden behind the first.
      const [first] = await t.dataSource.query<{ route: string }[]>(
        `SELECT route FROM audit_events WHERE municipality_id = $1 AND chain = $2 AND seq = 1`,
        [tenant.municipalityId, chain],
      );
      await asRetentionJob(edit, [tenant.municipalityId, chain, 1, 'GET /api/v1/health']);
      const [twice] = await verify(tenant.municipalityId);
      expect(twice?.breaks).toEqual([
        { chain, seq: 1, reason: 'hash_mismatch' },
        { chain, seq, reason: 'hash_mismatch' },
      ]);
      expect(twice?.breakCount).toBe(2);
      expect(twice?.events).toBe(events);

      await asRetentionJob(edit, [tenant.municipalityId, chain, seq, PARTICIPANT_ROUTE]);
      await asRetentionJob(edit, [tenant.municipalityId, chain, 1, first?.route]);
      const [restored] = await verify(tenant.municipalityId);
      expect(restored?.firstBreak).toBeUndefined();
      expect(restored?.breakCount).toBe(0);
    });

    it('finds removed newest events through the chain head', async () => {
      const scratch = await givenTenant(t.app);
      const somebody = await givenParticipant(t.dataSource, scratch.municipalityId, scratch.units.ame);
      await readParticipant(scratch.users.ame_coach.auth, somebody.id).expect(200);
      await readParticipant(scratch.users.ame_coach.auth, somebody.id).expect(200);
      expect((await verify(scratch.municipalityId))[0]?.firstBreak).toBeUndefined();

      await asRetentionJob(`DELETE FROM audit_events WHERE municipality_id = $1 AND seq = 2`, [
        scratch.municipalityId,
      ]);
      expect(await verify(scratch.municipalityId)).toEqual([
        {
          municipalityId: scratch.municipalityId,
          events: 1,
          breaks: [{ chain: 0, seq: 2, reason: 'head_mismatch' }],
          breakCount: 1,
          firstBreak: { chain: 0, seq: 2, reason: 'head_mismatch' },
        },
      ]);
    });

    it('keeps the chains intact when many requests append at once, the very first ones included', async () => {
      // Concurrent first appends of a new municipality create the heads together (ON CONFLICT DO
      // NOTHING) and then each appends to a chain it holds: no gaps, no forks.
      const scratch = await givenTenant(t.app);
      const somebody = await givenParticipant(t.dataSource, scratch.municipalityId, scratch.units.ame);
      const before = await head(scratch.municipalityId);
      await Promise.all(
        Array.from({ length: 12 }, () =>
          readParticipant(scratch.users.ame_coach.auth, somebody.id).expect(200),
        ),
      );
      expect(await head(scratch.municipalityId)).toBe(before + 12);
      expect(await verify(scratch.municipalityId)).toEqual([
        {
          municipalityId: scratch.municipalityId,
          events: await head(scratch.municipalityId),
          breaks: [],
          breakCount: 0,
        },
      ]);
    });

    it('appends to a free chain instead of waiting for a held one, and waits only when all are held', async () => {
      const scratch = await givenTenant(t.app);
      const somebody = await givenParticipant(t.dataSource, scratch.municipalityId, scratch.units.ame);
      await readParticipant(scratch.users.ame_coach.auth, somebody.id).expect(200);
      expect(await chainsOf(scratch.municipalityId)).toEqual([[0, 1]]);

      // A transaction holding chain 0 (as a writer between its append and its commit would) does not
      // hold up the next writer: its event goes to chain 1 at once.
      const slowWriter = await holdChains(scratch.municipalityId, [0]);
      try {
        await readParticipant(scratch.users.ame_coach.auth, somebody.id).expect(200);
      } finally {
        await slowWriter.release();
      }
      expect(await chainsOf(scratch.municipalityId)).toEqual([
        [0, 1],
        [1, 1],
      ]);

      // With every chain held, the writer waits for one and appends once it is free.
      const everyChain = Array.from({ length: AUDIT_CHAINS }, (_, i) => i);
      const blocker = await holdChains(scratch.municipalityId, everyChain);
      let answered = false;
      const waiting = readParticipant(scratch.users.ame_coach.auth, somebody.id)
        .expect(200)
        .then(() => {
          answered = true;
        });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(answered).toBe(false);
      await blocker.release();
      await waiting;
      expect(await head(scratch.municipalityId)).toBe(3);
      expect(await verify(scratch.municipalityId)).toEqual([
        { municipalityId: scratch.municipalityId, events: 3, breaks: [], breakCount: 0 },
      ]);
    });

    /** An actor for appending through AuditService directly, in transactions the test drives. */
    const actorOf = (scratch: Tenant): Actor => ({
      principal: {
        kind: 'user',
        userId: scratch.users.ame_coach.id,
        municipalityId: scratch.municipalityId,
        username: 'coach',
        displayName: 'Coach',
        memberships: [],
        permissions: [],
      },
      requestId: 'req-audit-chain',
      ip: '10.0.0.1',
      route: 'GET /api/v1/participants/:id',
    });
    const anEvent = { action: 'view', resourceType: 'participant' } as const;

    it('keeps the appends of one transaction in the chain it took first, though another is free by then', async () => {
      const scratch = await givenTenant(t.app);
      const actor = actorOf(scratch);
      const audit = t.app.get(AuditService);
      await audit.recordAccess(actor, anEvent); // creates the heads: chain 0, then free again
      const holder = await holdChains(scratch.municipalityId, [0]);
      await t.dataSource.transaction(async (manager) => {
        await audit.record(manager, actor, anEvent); // chain 0 is held: chain 1
        await holder.release();
        await audit.record(manager, actor, anEvent); // chain 0 is free now, but this one holds 1
      });
      expect(await chainsOf(scratch.municipalityId)).toEqual([
        [0, 1],
        [1, 2],
      ]);
    });

    it('takes a free chain in a later transaction on the same connection, not the one an earlier one held', async () => {
      // A query runner outlives its transaction (a CLI job may run many on one): what a transaction
      // held must end with it, or the next one waits for a chain while others are free.
      const scratch = await givenTenant(t.app);
      const actor = actorOf(scratch);
      const audit = t.app.get(AuditService);
      const runner = t.dataSource.createQueryRunner();
      await runner.connect();
      try {
        // Waiting for a lock would fail the test at once instead of hanging it.
        await runner.query(`SET lock_timeout = '2s'`);
        const append = async () => {
          await runner.startTransaction();
          await audit.record(runner.manager, actor, anEvent);
          await runner.commitTransaction();
        };
        await append(); // chain 0
        const slowWriter = await holdChains(scratch.municipalityId, [0]);
        try {
          await append(); // chain 0 is held by the slow writer: chain 1 at once
        } finally {
          await slowWriter.release();
        }
      } finally {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
      }
      expect(await chainsOf(scratch.municipalityId)).toEqual([
        [0, 1],
        [1, 1],
      ]);
      expect((await verify(scratch.municipalityId))[0]).toMatchObject({ events: 2, breakCount: 0 });
    });

    it('verifies in batches exactly as in one pass', async () => {
      const service = t.app.get(AuditVerificationService);
      const whole = await service.verify({ municipalityId: tenant.municipalityId });
      const batched = await service.verify({ municipalityId: tenant.municipalityId, batchSize: 2 });
      expect(batched).toEqual(whole);
    });

    it('refuses UPDATE and DELETE outside the retention job', async () => {
      await expect(
        t.dataSource.query(`UPDATE audit_events SET route = 'x' WHERE municipality_id = $1`, [
          tenant.municipalityId,
        ]),
      ).rejects.toThrow(/append-only: UPDATE refused/);
      await expect(
        t.dataSource.query(`DELETE FROM audit_events WHERE municipality_id = $1`, [tenant.municipalityId]),
      ).rejects.toThrow(/append-only: DELETE refused/);
      // Nor can the chain head be rewound (which would hide removed newest events) or removed.
      await expect(
        t.dataSource.query(`UPDATE audit_chain_heads SET seq = seq - 1 WHERE municipality_id = $1`, [
          tenant.municipalityId,
        ]),
      ).rejects.toThrow(/only moves forward: UPDATE refused/);
      // Nor moved to another chain, where it would vouch for that chain's length instead.
      await expect(
        t.dataSource.query(
          `UPDATE audit_chain_heads SET chain = 15 WHERE municipality_id = $1 AND chain = 0`,
          [tenant.municipalityId],
        ),
      ).rejects.toThrow(/only moves forward: UPDATE refused/);
      await expect(
        t.dataSource.query(`DELETE FROM audit_chain_heads WHERE municipality_id = $1`, [
          tenant.municipalityId,
        ]),
      ).rejects.toThrow(/only moves forward: DELETE refused/);
      expect((await verify(tenant.municipalityId))[0]?.firstBreak).toBeUndefined();
    });
  });
});
