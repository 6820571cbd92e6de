import request from 'supertest';
import { anIdentityNumber, givenParticipant, givenRelation, givenTenant, Tenant } from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

interface AuditRow {
  action: string;
  outcome: string;
  participant_id: string | null;
  protected_person: boolean;
  user_id: string | null;
  unit_id: string | null;
  details: Record<string, unknown> | null;
}

describe('participants', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;

  const auditFor = (participantId: string) =>
    t.dataSource.query<AuditRow[]>(
      `SELECT action, outcome, participant_id, protected_person, user_id, unit_id, details
         FROM audit_events WHERE participant_id = $1 ORDER BY seq`,
      [participantId],
    );
  const countParticipants = async (municipalityId: string) =>
    Number(
      (
        await t.dataSource.query<{ n: string }[]>(
          `SELECT count(*) AS n FROM participants WHERE municipality_id = $1`,
          [municipalityId],
        )
      )[0]?.n,
    );

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    other = await givenTenant(t.app);
  });
  afterAll(() => t.close());

  describe('POST /participants', () => {
    it('needs a token', async () => {
      const res = await request(t.server).post('/api/v1/participants').send({}).expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });

    it('registers a person, opens a relation for the unit, and logs it in the same transaction', async () => {
      const number = anIdentityNumber('1988-04-12');
      const res = await request(t.server)
        .post('/api/v1/participants')
        .set('Authorization', tenant.users.ame_coach.auth)
        .send({
          identityNumber: number.slice(2, 8) + '-' + number.slice(8),
          firstName: ' Amal ',
          lastName: 'Hassan',
          gender: 'woman',
          preferredLanguage: 'arabiska',
          interpreterNeeded: true,
          email: 'amal@example.se',
          address: { street: 'Storgatan 1', postalCode: '831 30', city: 'Östersund' },
          educationLevel: 'compulsory',
          timeWithoutWork: 'over_24_months',
          socialAssistance: { receives: true, since: '2025-09-01' },
        })
        .expect(201);
      expect(res.headers.etag).toBe('"1"');
      expect(res.headers.location).toBe(`/api/v1/participants/${res.body.id}`);
      expect(res.body).toMatchObject({
        masked: false,
        identityNumber: `${number.slice(0, 8)}-${number.slice(8)}`,
        identityKind: 'personnummer',
        identityIncomplete: false,
        birthDate: '1988-04-12',
        firstName: 'Amal',
        lastName: 'Hassan',
        address: { street: 'Storgatan 1', postalCode: '831 30', city: 'Östersund' },
        socialAssistance: { receives: true, since: '2025-09-01' },
        protection: 'none',
        registeredByUnitId: tenant.units.ame,
        version: 1,
      });
      const [row] = await t.dataSource.query(`SELECT * FROM participants WHERE id = $1`, [res.body.id]);
      expect(row).toMatchObject({
        municipality_id: tenant.municipalityId,
        first_name: 'Amal',
        interpreter_needed: true,
      });
      const identifiers = await t.dataSource.query(
        `SELECT kind, value FROM participant_identifiers WHERE participant_id = $1`,
        [res.body.id],
      );
      expect(identifiers).toEqual([{ kind: 'personnummer', value: number }]);
      const relations = await t.dataSource.query(
        `SELECT kind, unit_id, ended_on FROM participant_relations WHERE participant_id = $1`,
        [res.body.id],
      );
      expect(relations).toEqual([{ kind: 'registered', unit_id: tenant.units.ame, ended_on: null }]);
      expect(await auditFor(res.body.id)).toEqual([
        expect.objectContaining({
          action: 'create',
          outcome: 'success',
          user_id: tenant.users.ame_coach.id,
          unit_id: tenant.units.ame,
        }),
      ]);
    });

    it.each([
      [
        'a wrong check digit',
        (n: string) => n.slice(0, 11) + ((Number(n[11]) + 1) % 10),
        'identityNumber.checkDigit',
      ],
      ['an impossible date', () => '19900230-1234', 'identityNumber.date'],
      ['serial 000', () => anIdentityNumber('1990-01-01', { serial: '000' }), 'identityNumber.serial'],
      ['letters', () => '19900101-12AB', 'identityNumber.format'],
    ])('rejects %s with a 400 naming the field and rule, and writes nothing', async (_name, make, rule) => {
      const before = await countParticipants(tenant.municipalityId);
      const res = await request(t.server)
        .post('/api/v1/participants')
        .set('Authorization', tenant.users.ame_coach.auth)
        .send({ identityNumber: make(anIdentityNumber()), firstName: 'A', lastName: 'B' })
        .expect(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'identityNumber', rule })]);
      expect(await countParticipants(tenant.municipalityId)).toBe(before);
    });

    it('registers a person without a number from the birth date, flagged as incomplete', async () => {
      const res = await request(t.server)
        .post('/api/v1/participants')
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .send({ birthDate: '1979-11-30', firstName: 'Reza', lastName: 'Karimi' })
        .expect(201);
      expect(res.body).toMatchObject({
        identityIncomplete: true,
        identityNumber: null,
        birthDate: '1979-11-30',
      });
    });

    it.each([
      [{ firstName: 'A', lastName: 'B' }, 'birthDate', 'birthDate.required'],
      [{ firstName: 'A', lastName: 'B', birthDate: '2031-01-01' }, 'birthDate', 'birthDate.past'],
      [{ firstName: 'A', lastName: 'B', birthDate: '1990-02-30' }, 'birthDate', 'isIso8601'],
      [{ firstName: '', lastName: 'B', birthDate: '1990-01-01' }, 'firstName', 'isLength'],
      [{ firstName: 'A', lastName: 'B', birthDate: '1990-01-01', gender: 'x' }, 'gender', 'isIn'],
      [
        { firstName: 'A', lastName: 'B', birthDate: '1990-01-01', address: { postalCode: '12' } },
        'address.postalCode',
        'matches',
      ],
      [
        {
          firstName: 'A',
          lastName: 'B',
          birthDate: '1990-01-01',
          socialAssistance: { receives: false, since: '2026-01-01' },
        },
        'socialAssistance.since',
        'socialAssistance.sinceNeedsReceives',
      ],
      [
        {
          firstName: 'A',
          lastName: 'B',
          birthDate: '1990-01-01',
          unitId: '00000000-0000-4000-8000-000000000000',
        },
        'unitId',
        'unitId.membership',
      ],
    ])('rejects %j: %s %s', async (body, field, rule) => {
      const res = await request(t.server)
        .post('/api/v1/participants')
        .set('Authorization', tenant.users.ame_coach.auth)
        .send(body)
        .expect(400);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
    });

    describe('identity numbers in the forms people write them (issue 12, point 6)', () => {
      // The test clock stands at DEFAULT_TEST_NOW (2026-03-16 in Stockholm); numbers are built from
      // a birth date, a serial and the Luhn digit, never copied from a real person.
      const stored = async (participantId: string) =>
        t.dataSource.query<{ value: string; kind: string }[]>(
          `SELECT value, kind FROM participant_identifiers WHERE participant_id = $1 AND replaced_at IS NULL`,
          [participantId],
        );
      const withPlus = (n: string) => `${n.slice(0, 8)}+${n.slice(8)}`;
      const shortForm = (n: string) => `${n.slice(2, 8)}-${n.slice(8)}`;

      it.each([
        ['with blanks around it', '1976-04-12', (n: string) => `  ${n.slice(0, 8)}-${n.slice(8)}  `],
        ['as 12 digits with + (100 or older)', '1909-05-27', withPlus],
        // 260317 is tomorrow's month and day: the person was born in 1926, not "in the future".
        ["as 10 digits whose date is tomorrow's, 100 years back", '1926-03-17', shortForm],
      ])('registers a number written %s and stores its 12-digit form', async (_form, birthDate, write) => {
        const number = anIdentityNumber(birthDate);
        const res = await request(t.server)
          .post('/api/v1/participants')
          .set('Authorization', tenant.users.ame_coach.auth)
          .send({ identityNumber: write(number), firstName: 'Form', lastName: 'Prövare' })
          .expect(201);
        expect(res.body).toMatchObject({
          identityNumber: `${number.slice(0, 8)}-${number.slice(8)}`,
          identityKind: 'personnummer',
          birthDate,
        });
        expect(await stored(res.body.id)).toEqual([{ value: number, kind: 'personnummer' }]);
        const row = await t.dataSource.query<{ birth_date: string }[]>(
          `SELECT to_char(birth_date, 'YYYY-MM-DD') AS birth_date FROM participants WHERE id = $1`,
          [res.body.id],
        );
        expect(row).toEqual([{ birth_date: birthDate }]);
      });

      it('refuses + on a 12-digit number of someone who turns 100 only after this year, naming the rule', async () => {
        const before = await countParticipants(tenant.municipalityId);
        const res = await request(t.server)
          .post('/api/v1/participants')
          .set('Authorization', tenant.users.ame_coach.auth)
          .send({ identityNumber: withPlus(anIdentityNumber('1980-01-01')), firstName: 'A', lastName: 'B' })
          .expect(400);
        expect(res.body.errors).toEqual([
          expect.objectContaining({ field: 'identityNumber', rule: 'identityNumber.separator' }),
        ]);
        expect(await countParticipants(tenant.municipalityId)).toBe(before);
      });

      it('replaces an identifier given with blanks around it', async () => {
        const created = await request(t.server)
          .post('/api/v1/participants')
          .set('Authorization', tenant.users.ame_coach.auth)
          .send({
            identityNumber: anIdentityNumber('1993-02-03', { coordination: true }),
            firstName: 'C',
            lastName: 'D',
          })
          .expect(201);
        const personnummer = anIdentityNumber('1993-02-03');
        await request(t.server)
          .post(`/api/v1/participants/${created.body.id}/identifiers`)
          .set('Authorization', tenant.users.ame_coach.auth)
          .send({
            identityNumber: `  ${personnummer.slice(0, 8)}-${personnummer.slice(8)}  `,
            reason: 'samordningsnummer ersatt av personnummer',
          })
          .expect(200);
        expect(await stored(created.body.id)).toEqual([{ value: personnummer, kind: 'personnummer' }]);
      });
    });

    it('refuses a birth date that contradicts the number', async () => {
      const res = await request(t.server)
        .post('/api/v1/participants')
        .set('Authorization', tenant.users.ame_coach.auth)
        .send({
          identityNumber: anIdentityNumber('1990-01-01'),
          birthDate: '1991-01-01',
          firstName: 'A',
          lastName: 'B',
        })
        .expect(400);
      expect(res.body.errors[0]).toMatchObject({
        field: 'birthDate',
        rule: 'birthDate.matchesIdentityNumber',
      });
    });

    it('answers a duplicate with 409, naming the existing id only to someone who may see the person', async () => {
      const existing = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame);
      const body = { identityNumber: existing.identityNumber, firstName: 'X', lastName: 'Y' };
      const seen = await request(t.server)
        .post('/api/v1/participants')
        .set('Authorization', tenant.users.ame_coach.auth)
        .send(body)
        .expect(409);
      expect(seen.body).toMatchObject({ code: 'PARTICIPANT_ALREADY_REGISTERED', existingId: existing.id });
      const unseen = await request(t.server)
        .post('/api/v1/participants')
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .send(body)
        .expect(409);
      expect(unseen.body.code).toBe('PARTICIPANT_ALREADY_REGISTERED');
      expect(unseen.body).not.toHaveProperty('existingId');
      // The same number is free in another municipality.
      await request(t.server)
        .post('/api/v1/participants')
        .set('Authorization', other.users.ame_coach.auth)
        .send(body)
        .expect(201);
    });

    it.each(['supervisor', 'unit_manager', 'analyst', 'admin', 'auditor'] as const)(
      'is forbidden for %s',
      async (role) => {
        await request(t.server)
          .post('/api/v1/participants')
          .set('Authorization', tenant.users[role].auth)
          .send({ birthDate: '1990-01-01', firstName: 'A', lastName: 'B' })
          .expect(403);
      },
    );
  });

  describe('GET /participants/:id', () => {
    it('shows the full record to the coach of the related unit, with an ETag, and logs the view', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame);
      const res = await request(t.server)
        .get(`/api/v1/participants/${p.id}`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      expect(res.headers.etag).toBe('"1"');
      expect(res.body).toMatchObject({ id: p.id, firstName: p.firstName, masked: false });
      expect(res.body.identifiers).toEqual([
        expect.objectContaining({ current: true, kind: 'personnummer' }),
      ]);
      expect(await auditFor(p.id)).toEqual([
        expect.objectContaining({
          action: 'view',
          outcome: 'success',
          unit_id: tenant.units.ame,
          protected_person: false,
        }),
      ]);
    });

    it('is 404 for a caseworker of another unit, and the attempt is logged as denied', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame);
      const res = await request(t.server)
        .get(`/api/v1/participants/${p.id}`)
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .expect(404);
      expect(res.body.code).toBe('PARTICIPANT_NOT_FOUND');
      expect(await auditFor(p.id)).toEqual([
        expect.objectContaining({
          action: 'view',
          outcome: 'denied',
          user_id: tenant.users.ifo_caseworker.id,
        }),
      ]);
    });

    it('is 404 for a coach of another municipality, the same as for an unknown id', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame);
      const foreign = await request(t.server)
        .get(`/api/v1/participants/${p.id}`)
        .set('Authorization', other.users.ame_coach.auth)
        .expect(404);
      const unknown = await request(t.server)
        .get('/api/v1/participants/7d9f7f56-1c7e-4a0e-9c55-3f7e0c1b2a99')
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(404);
      expect(foreign.body.detail).toBe(unknown.body.detail);
    });

    it('is 400 for an id that is not a UUID', async () => {
      await request(t.server)
        .get('/api/v1/participants/42')
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(400);
    });

    it('lets a manager of the unit read', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame);
      await request(t.server)
        .get(`/api/v1/participants/${p.id}`)
        .set('Authorization', tenant.users.unit_manager.auth)
        .expect(200);
    });

    it.each(['analyst', 'admin', 'auditor'] as const)('is 403 for %s, logged as denied', async (role) => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame);
      await request(t.server)
        .get(`/api/v1/participants/${p.id}`)
        .set('Authorization', tenant.users[role].auth)
        .expect(403);
      expect(await auditFor(p.id)).toEqual([
        expect.objectContaining({ outcome: 'denied', details: { reason: 'role' } }),
      ]);
    });

    it('shows a supervisor only the name of a person they supervise — no identifier field at all', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame);
      await givenRelation(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
        kind: 'supervision',
        unitId: tenant.units.site,
        userId: tenant.users.supervisor.id,
      });
      const res = await request(t.server)
        .get(`/api/v1/participants/${p.id}`)
        .set('Authorization', tenant.users.supervisor.auth)
        .expect(200);
      expect(res.body).toEqual({ id: p.id, masked: false, firstName: p.firstName, lastName: p.lastName });
      expect(JSON.stringify(res.body)).not.toContain(p.identityNumber.slice(2));
      expect(res.headers.etag).toBeUndefined();
    });

    it('is 404 for a supervisor who does not supervise the person', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame);
      await request(t.server)
        .get(`/api/v1/participants/${p.id}`)
        .set('Authorization', tenant.users.supervisor.auth)
        .expect(404);
    });

    it('keeps access 90 days after the relation closed, not 91', async () => {
      // The test clock stands at 2026-03-16.
      const recent = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
      const old = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
      await t.dataSource.query(
        `UPDATE participant_relations SET started_on = '2025-06-01', ended_on = '2025-12-16' WHERE participant_id = $1`,
        [recent.id],
      );
      await t.dataSource.query(
        `UPDATE participant_relations SET started_on = '2025-06-01', ended_on = '2025-12-15' WHERE participant_id = $1`,
        [old.id],
      );
      const auth = tenant.users.ifo_caseworker.auth;
      await request(t.server).get(`/api/v1/participants/${recent.id}`).set('Authorization', auth).expect(200);
      await request(t.server).get(`/api/v1/participants/${old.id}`).set('Authorization', auth).expect(404);
    });

    it('masks a protected person for a caller without the permission, flags the access, and unmasks with it', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame, {
        protection: 'protected_registration',
      });
      const masked = await request(t.server)
        .get(`/api/v1/participants/${p.id}`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      expect(masked.body).toMatchObject({
        masked: true,
        firstName: '*****',
        lastName: '*****',
        identityNumber: null,
        identifiers: [],
        birthDate: null,
        email: null,
        address: { street: null, postalCode: null, city: null },
        protection: 'protected_registration',
      });
      expect(JSON.stringify(masked.body)).not.toContain(p.lastName);
      const clear = await request(t.server)
        .get(`/api/v1/participants/${p.id}`)
        .set('Authorization', tenant.users.protectedReader.auth)
        .expect(200);
      expect(clear.body).toMatchObject({ masked: false, lastName: p.lastName });
      const events = await auditFor(p.id);
      expect(events).toHaveLength(2);
      expect(events.every((e) => e.protected_person)).toBe(true);
    });

    it('answers 503 and shows nothing when the audit event cannot be written', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame);
      // Make inserting an audit event about exactly this person fail.
      await t.dataSource.query(
        `ALTER TABLE audit_events ADD CONSTRAINT ck_test_block_${p.id.slice(0, 8)} CHECK (participant_id IS DISTINCT FROM '${p.id}') NOT VALID`,
      );
      try {
        const res = await request(t.server)
          .get(`/api/v1/participants/${p.id}`)
          .set('Authorization', tenant.users.ame_coach.auth)
          .expect(503);
        expect(res.body.code).toBe('AUDIT_UNAVAILABLE');
        expect(JSON.stringify(res.body)).not.toContain(p.lastName);
      } finally {
        await t.dataSource.query(
          `ALTER TABLE audit_events DROP CONSTRAINT ck_test_block_${p.id.slice(0, 8)}`,
        );
      }
    });
  });

  describe('GET /participants (search)', () => {
    let searcher: Tenant;
    beforeAll(async () => {
      searcher = await givenTenant(t.app);
    });

    it('finds by identity number in any form, and logs one search event per person found', async () => {
      const p = await givenParticipant(t.dataSource, searcher.municipalityId, searcher.units.ame);
      for (const form of [
        p.identityNumber,
        p.identityNumber.slice(2),
        `${p.identityNumber.slice(0, 8)}-${p.identityNumber.slice(8)}`,
        `  ${p.identityNumber.slice(0, 8)}-${p.identityNumber.slice(8)}  `,
      ]) {
        const res = await request(t.server)
          .get('/api/v1/participants')
          .query({ identityNumber: form })
          .set('Authorization', searcher.users.ame_coach.auth)
          .expect(200);
        expect(res.body.items).toEqual([expect.objectContaining({ id: p.id, masked: false })]);
      }
      const events = await auditFor(p.id);
      expect(events).toHaveLength(4);
      expect(events[0]).toMatchObject({
        action: 'search',
        details: { by: 'identityNumber', resultCount: 1 },
      });
    });

    it('rejects a malformed identity number in the query', async () => {
      const res = await request(t.server)
        .get('/api/v1/participants')
        .query({ identityNumber: '19900230-1234' })
        .set('Authorization', searcher.users.ame_coach.auth)
        .expect(400);
      expect(res.body.errors[0]).toMatchObject({ field: 'identityNumber', rule: 'identityNumber.date' });
    });

    it("finds by name only within the caller's relations, and hides protected people from a name search", async () => {
      const mine = await givenParticipant(t.dataSource, searcher.municipalityId, searcher.units.ame, {
        lastName: 'Lindqvist',
      });
      await givenParticipant(t.dataSource, searcher.municipalityId, searcher.units.ifo, {
        lastName: 'Lindqvist',
      });
      const hidden = await givenParticipant(t.dataSource, searcher.municipalityId, searcher.units.ame, {
        lastName: 'Lindqvist',
        protection: 'confidentiality_marked',
      });
      const res = await request(t.server)
        .get('/api/v1/participants')
        .query({ name: 'lindq' })
        .set('Authorization', searcher.users.ame_coach.auth)
        .expect(200);
      expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([mine.id]);
      const byNumber = await request(t.server)
        .get('/api/v1/participants')
        .query({
          identityNumber: (
            await t.dataSource.query(`SELECT value FROM participant_identifiers WHERE participant_id = $1`, [
              hidden.id,
            ])
          )[0].value,
        })
        .set('Authorization', searcher.users.ame_coach.auth)
        .expect(200);
      expect(byNumber.body.items).toEqual([
        {
          id: hidden.id,
          masked: true,
          identityNumber: null,
          birthDate: null,
          firstName: '*****',
          lastName: '*****',
          protection: 'confidentiality_marked',
        },
      ]);
    });

    it('pages through the caseload with a cursor', async () => {
      const pager = await givenTenant(t.app);
      const names = ['Ek', 'Berg', 'Ask', 'Dal', 'Carlsson'];
      for (const lastName of names) {
        await givenParticipant(t.dataSource, pager.municipalityId, pager.units.ame, { lastName });
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const res = await request(t.server)
          .get('/api/v1/participants')
          .query({ limit: 2, ...(cursor ? { cursor } : {}) })
          .set('Authorization', pager.users.ame_coach.auth)
          .expect(200);
        seen.push(...res.body.items.map((i: { lastName: string }) => i.lastName));
        cursor = res.body.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual([...names].sort());
    });

    it('is forbidden for a supervisor', async () => {
      await request(t.server)
        .get('/api/v1/participants')
        .set('Authorization', searcher.users.supervisor.auth)
        .expect(403);
    });

    it("never returns another municipality's people", async () => {
      const p = await givenParticipant(t.dataSource, other.municipalityId, other.units.ame);
      const res = await request(t.server)
        .get('/api/v1/participants')
        .query({ identityNumber: p.identityNumber })
        .set('Authorization', searcher.users.ame_coach.auth)
        .expect(200);
      expect(res.body.items).toEqual([]);
    });
  });

  describe('PATCH /participants/:id', () => {
    it('needs If-Match (428), refuses a stale version (412) and saves with the current one', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame);
      const url = `/api/v1/participants/${p.id}`;
      const auth = tenant.users.ame_coach.auth;
      const missing = await request(t.server)
        .patch(url)
        .set('Authorization', auth)
        .send({ phone: '070-123 45 67' })
        .expect(428);
      expect(missing.body.code).toBe('IF_MATCH_REQUIRED');
      const ok = await request(t.server)
        .patch(url)
        .set('Authorization', auth)
        .set('If-Match', '"1"')
        .send({ phone: '070-123 45 67', registeredAtArbetsformedlingen: true })
        .expect(200);
      expect(ok.headers.etag).toBe('"2"');
      expect(ok.body).toMatchObject({
        phone: '070-123 45 67',
        registeredAtArbetsformedlingen: true,
        version: 2,
      });
      const stale = await request(t.server)
        .patch(url)
        .set('Authorization', auth)
        .set('If-Match', '"1"')
        .send({ phone: '070-000 00 00' })
        .expect(412);
      expect(stale.body).toMatchObject({ code: 'STALE_VERSION', currentVersion: 2 });
      const [row] = await t.dataSource.query(`SELECT phone, version FROM participants WHERE id = $1`, [p.id]);
      expect(row).toEqual({ phone: '070-123 45 67', version: 2 });
      const update = (await auditFor(p.id)).find((e) => e.action === 'update');
      expect(update?.details).toEqual({ fields: 'phone,registeredAtArbetsformedlingen' });
    });

    it('lets a manager read but not change', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame);
      await request(t.server)
        .patch(`/api/v1/participants/${p.id}`)
        .set('Authorization', tenant.users.unit_manager.auth)
        .set('If-Match', '"1"')
        .send({ phone: '070-123 45 67' })
        .expect(403);
    });

    it('keeps identity details of a protected person out of reach without the permission', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ame, {
        protection: 'protected_registration',
      });
      const url = `/api/v1/participants/${p.id}`;
      const change = await request(t.server)
        .patch(url)
        .set('Authorization', tenant.users.ame_coach.auth)
        .set('If-Match', '"1"')
        .send({ lastName: 'Other' })
        .expect(403);
      expect(change.body.code).toBe('PROTECTED_IDENTITY');
      await request(t.server)
        .patch(url)
        .set('Authorization', tenant.users.ame_coach.auth)
        .set('If-Match', '"1"')
        .send({ protection: 'none' })
        .expect(403);
      await request(t.server)
        .patch(url)
        .set('Authorization', tenant.users.ame_coach.auth)
        .set('If-Match', '"1"')
        .send({ educationLevel: 'upper_secondary' })
        .expect(200);
    });

    it('is 404 for a coach without a relation', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
      await request(t.server)
        .patch(`/api/v1/participants/${p.id}`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .set('If-Match', '"1"')
        .send({ phone: '070-123 45 67' })
        .expect(404);
    });
  });

  describe('identity number history and consents', () => {
    it('replaces a samordningsnummer with a personnummer and still finds the person by the old one', async () => {
      const coordination = anIdentityNumber('1992-06-07', { coordination: true });
      const created = await request(t.server)
        .post('/api/v1/participants')
        .set('Authorization', tenant.users.ame_coach.auth)
        .send({ identityNumber: coordination, firstName: 'Yonas', lastName: 'Tesfay' })
        .expect(201);
      expect(created.body.identityKind).toBe('samordningsnummer');
      const personnummer = anIdentityNumber('1992-06-07');
      const replaced = await request(t.server)
        .post(`/api/v1/participants/${created.body.id}/identifiers`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .send({ identityNumber: personnummer, reason: 'samordningsnummer ersatt av personnummer' })
        .expect(200);
      expect(replaced.body.identityKind).toBe('personnummer');
      expect(replaced.body.identifiers).toEqual([
        expect.objectContaining({ kind: 'samordningsnummer', current: false }),
        expect.objectContaining({
          kind: 'personnummer',
          current: true,
          reason: 'samordningsnummer ersatt av personnummer',
        }),
      ]);
      const found = await request(t.server)
        .get('/api/v1/participants')
        .query({ identityNumber: coordination })
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      expect(found.body.items.map((i: { id: string }) => i.id)).toEqual([created.body.id]);
      const other = await request(t.server)
        .post(`/api/v1/participants/${created.body.id}/identifiers`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .send({ identityNumber: anIdentityNumber('1970-01-01'), reason: 'fel' })
        .expect(422);
      expect(other.body.code).toBe('IDENTITY_NUMBER_OTHER_PERSON');
    });

    it('records a consent and its withdrawal, never twice', async () => {
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
      const auth = tenant.users.ifo_caseworker.auth;
      const consent = await request(t.server)
        .post(`/api/v1/participants/${p.id}/consents`)
        .set('Authorization', auth)
        .send({
          parties: ['ifo', 'ame', 'arbetsformedlingen'],
          namedPartners: ['Region Jämtland Härjedalen'],
          covers: 'Uppgifter om planering och närvaro',
          givenOn: '2026-03-10',
          validUntil: '2027-03-10',
        })
        .expect(201);
      expect(consent.body).toMatchObject({
        parties: ['ifo', 'ame', 'arbetsformedlingen'],
        withdrawnOn: null,
      });
      const bad = await request(t.server)
        .post(`/api/v1/participants/${p.id}/consents`)
        .set('Authorization', auth)
        .send({ parties: ['nobody'], covers: 'x', givenOn: '2026-03-10' })
        .expect(400);
      expect(bad.body.errors[0]).toMatchObject({ field: 'parties', rule: 'isIn' });
      const url = `/api/v1/participants/${p.id}/consents/${consent.body.id}/withdrawal`;
      const withdrawn = await request(t.server)
        .post(url)
        .set('Authorization', auth)
        .send({ withdrawnOn: '2026-03-15' })
        .expect(200);
      expect(withdrawn.body.withdrawnOn).toBe('2026-03-15');
      const again = await request(t.server)
        .post(url)
        .set('Authorization', auth)
        .send({ withdrawnOn: '2026-03-16' })
        .expect(409);
      expect(again.body.code).toBe('CONSENT_ALREADY_WITHDRAWN');
      const read = await request(t.server)
        .get(`/api/v1/participants/${p.id}`)
        .set('Authorization', auth)
        .expect(200);
      expect(read.body.consents).toEqual([
        expect.objectContaining({ id: consent.body.id, withdrawnOn: '2026-03-15' }),
      ]);
    });
  });
});
