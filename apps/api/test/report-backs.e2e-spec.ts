import request from 'supertest';
import { DataSource } from 'typeorm';
import { EnrolmentEntity } from '@steg/referrals/schema';
import {
  GivenParticipant,
  givenParticipant,
  givenRelation,
  givenTenant,
  givenUnit,
  givenUser,
  Tenant,
  tokenFor,
} from '@steg/testing';
import type { Protection } from '@steg/participants';
import type { Role } from '@steg/http';
import { DEFAULT_TEST_NOW, startTestApp, TestApp } from './support/test-app';

interface AuditRow {
  action: string;
  outcome: string;
  resource_type: string;
  resource_id: string | null;
  participant_id: string | null;
  user_id: string | null;
  unit_id: string | null;
  protected_person: boolean;
  details: Record<string, unknown> | null;
}

/** An enrolment written straight to the database, with the AME unit's `enrolment` relation. */
async function givenEnrolment(
  ds: DataSource,
  e: {
    municipalityId: string;
    participantId: string;
    ameUnitId: string;
    coachId: string;
    ifoCaseworkerId: string | null;
    startDate?: string;
    exitDate?: string;
  },
): Promise<string> {
  const startDate = e.startDate ?? '2026-01-12';
  const exited = e.exitDate !== undefined;
  const enrolment = await ds.getRepository(EnrolmentEntity).save({
    municipalityId: e.municipalityId,
    participantId: e.participantId,
    ameUnitId: e.ameUnitId,
    referralId: null,
    startDate,
    responsibleCoachId: e.coachId,
    ifoCaseworkerId: e.ifoCaseworkerId,
    exitDate: e.exitDate ?? null,
    exitDestination: exited ? 'completed' : null,
    outcomeCategory: exited ? 'D' : null,
    createdBy: e.coachId,
  });
  await givenRelation(ds, {
    municipalityId: e.municipalityId,
    participantId: e.participantId,
    unitId: e.ameUnitId,
    kind: 'enrolment',
    startedOn: startDate,
    endedOn: e.exitDate ?? null,
  });
  return enrolment.id;
}

describe('report-backs (återrapportering)', () => {
  let t: TestApp;
  let ds: DataSource;
  let tenant: Tenant;
  let other: Tenant;
  /** A second AME unit of the same municipality, with its own coach. */
  let otherAme: { unitId: string; coachId: string; auth: string };
  /** Another IFO caseworker of the same unit: sees the people, receives none of these messages. */
  let colleague: { id: string; auth: string };

  const auditOf = (participantId: string, resourceType = 'report_back') =>
    ds.query<AuditRow[]>(
      `SELECT action, outcome, resource_type, resource_id, participant_id, user_id, unit_id, protected_person, details
         FROM audit_events WHERE participant_id = $1 AND resource_type = $2 ORDER BY seq`,
      [participantId, resourceType],
    );

  async function person(protection: Protection = 'none'): Promise<GivenParticipant> {
    // Registered by IFO: the IFO unit follows the person, AME gets them through the enrolment.
    return givenParticipant(ds, tenant.municipalityId, tenant.units.ifo, { protection });
  }

  async function enrolled(
    options: {
      protection?: Protection;
      ifoCaseworkerId?: string | null;
      startDate?: string;
      exitDate?: string;
    } = {},
  ): Promise<{ p: GivenParticipant; enrolmentId: string }> {
    const p = await person(options.protection);
    const enrolmentId = await givenEnrolment(ds, {
      municipalityId: tenant.municipalityId,
      participantId: p.id,
      ameUnitId: tenant.units.ame,
      coachId: tenant.users.ame_coach.id,
      ifoCaseworkerId:
        options.ifoCaseworkerId === undefined ? tenant.users.ifo_caseworker.id : options.ifoCaseworkerId,
      startDate: options.startDate,
      exitDate: options.exitDate,
    });
    return { p, enrolmentId };
  }

  const post = (enrolmentId: string, auth: string, body: object) =>
    request(t.server)
      .post(`/api/v1/enrolments/${enrolmentId}/report-backs`)
      .set('Authorization', auth)
      .send(body);

  async function newUser(unitId: string, role: Role): Promise<{ id: string; auth: string }> {
    const user = await givenUser(ds, tenant.municipalityId, [{ unitId, role }]);
    return { id: user.id, auth: `Bearer ${await tokenFor(t.app, user)}` };
  }

  beforeAll(async () => {
    t = await startTestApp();
    ds = t.dataSource;
    tenant = await givenTenant(t.app);
    other = await givenTenant(t.app);
    const unit = await givenUnit(ds, tenant.municipalityId, 'ame');
    const coach = await newUser(unit.id, 'ame_coach');
    otherAme = { unitId: unit.id, coachId: coach.id, auth: coach.auth };
    colleague = await newUser(tenant.units.ifo, 'ifo_caseworker');
  });
  afterEach(() => t.clock.set(DEFAULT_TEST_NOW));
  afterAll(() => t.close());

  describe('POST /enrolments/:id/report-backs', () => {
    it('needs a token', async () => {
      const { enrolmentId } = await enrolled();
      const res = await post(enrolmentId, '', { kind: 'progress', message: 'x' }).expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });

    it('sends the message to the IFO caseworker of the enrolment and logs it in the same transaction', async () => {
      const { p, enrolmentId } = await enrolled();
      const res = await post(enrolmentId, tenant.users.ame_coach.auth, {
        kind: 'other_support_may_apply',
        message: 'Kan ha rätt till sjukersättning; föreslår kontakt med Försäkringskassan.',
      }).expect(201);
      expect(res.body).toMatchObject({
        enrolmentId,
        participant: { id: p.id, masked: false, firstName: p.firstName, lastName: p.lastName },
        kind: 'other_support_may_apply',
        fromUserId: tenant.users.ame_coach.id,
        fromDisplayName: 'Test User',
        toUserId: tenant.users.ifo_caseworker.id,
        createdAt: new Date(DEFAULT_TEST_NOW).toISOString(),
        read: false,
        readAt: null,
      });
      const rows = await ds.query(
        `SELECT municipality_id, participant_id, enrolment_id, kind, from_user_id, to_user_id, read_at, created_at
           FROM report_backs WHERE id = $1`,
        [res.body.id],
      );
      expect(rows).toEqual([
        {
          municipality_id: tenant.municipalityId,
          participant_id: p.id,
          enrolment_id: enrolmentId,
          kind: 'other_support_may_apply',
          from_user_id: tenant.users.ame_coach.id,
          to_user_id: tenant.users.ifo_caseworker.id,
          read_at: null,
          created_at: new Date(DEFAULT_TEST_NOW),
        },
      ]);
      expect(await auditOf(p.id)).toEqual([
        expect.objectContaining({
          action: 'create',
          outcome: 'success',
          resource_id: res.body.id,
          user_id: tenant.users.ame_coach.id,
          unit_id: tenant.units.ame,
          details: { kind: 'other_support_may_apply' },
        }),
      ]);
    });

    it('lets the manager of the AME unit report back', async () => {
      const { enrolmentId } = await enrolled();
      await post(enrolmentId, tenant.users.unit_manager.auth, {
        kind: 'progress',
        message: 'Bra närvaro.',
      }).expect(201);
    });

    it.each(['ifo_caseworker', 'supervisor', 'analyst', 'admin', 'auditor'] as const)(
      'is forbidden for %s',
      async (role) => {
        const { enrolmentId } = await enrolled();
        await post(enrolmentId, tenant.users[role].auth, { kind: 'progress', message: 'x' }).expect(403);
      },
    );

    it('is 404 for a coach of another AME unit without a relation, logged as denied', async () => {
      const { p, enrolmentId } = await enrolled();
      const res = await post(enrolmentId, otherAme.auth, { kind: 'progress', message: 'x' }).expect(404);
      expect(res.body.code).toBe('ENROLMENT_NOT_FOUND');
      expect(await auditOf(p.id)).toEqual([
        expect.objectContaining({
          action: 'create',
          outcome: 'denied',
          user_id: otherAme.coachId,
          details: { reason: 'no_relation' },
        }),
      ]);
      expect(await ds.query(`SELECT id FROM report_backs WHERE enrolment_id = $1`, [enrolmentId])).toEqual(
        [],
      );
    });

    it('is 404 for a coach of another municipality, the same as for an unknown enrolment', async () => {
      const { enrolmentId } = await enrolled();
      const foreign = await post(enrolmentId, other.users.ame_coach.auth, {
        kind: 'progress',
        message: 'x',
      }).expect(404);
      const unknown = await post('7d9f7f56-1c7e-4a0e-9c55-3f7e0c1b2a99', tenant.users.ame_coach.auth, {
        kind: 'progress',
        message: 'x',
      }).expect(404);
      expect(foreign.body.detail).toBe(unknown.body.detail);
    });

    it('is 403 for a coach who sees the person through another AME unit but does not run the enrolment', async () => {
      const { p, enrolmentId } = await enrolled();
      await givenRelation(ds, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
        unitId: otherAme.unitId,
        kind: 'registered',
      });
      const res = await post(enrolmentId, otherAme.auth, { kind: 'progress', message: 'x' }).expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
      expect(await auditOf(p.id)).toEqual([
        expect.objectContaining({ outcome: 'denied', details: { reason: 'unit' } }),
      ]);
    });

    it.each<[string, Record<string, unknown>, string, string[]]>([
      ['an unknown kind', { kind: 'gossip', message: 'x' }, 'kind', ['isIn']],
      ['no kind', { message: 'x' }, 'kind', ['isIn']],
      ['a blank message', { kind: 'progress', message: '   ' }, 'message', ['matches']],
      // Every rule the field breaks (issue 14), less those that only follow from its kind.
      ['an empty message', { kind: 'progress', message: '' }, 'message', ['isLength', 'matches']],
      ['no message', { kind: 'progress' }, 'message', ['isString']],
      [
        'a message over 4000 characters',
        { kind: 'progress', message: 'x'.repeat(4001) },
        'message',
        ['isLength'],
      ],
    ])('rejects %s with a 400 naming the field', async (_name, body, field, rules) => {
      const { enrolmentId } = await enrolled();
      const res = await post(enrolmentId, tenant.users.ame_coach.auth, body).expect(400);
      expect(res.body.errors).toEqual(rules.map((rule) => expect.objectContaining({ field, rule })));
    });

    it('is 400 for an enrolment id that is not a UUID', async () => {
      await post('42', tenant.users.ame_coach.auth, { kind: 'progress', message: 'x' }).expect(400);
    });

    it('is 422 when the enrolment has no IFO caseworker to report to', async () => {
      const { enrolmentId } = await enrolled({ ifoCaseworkerId: null });
      const res = await post(enrolmentId, tenant.users.ame_coach.auth, {
        kind: 'progress',
        message: 'x',
      }).expect(422);
      expect(res.body.code).toBe('REPORT_BACK_NO_IFO_CASEWORKER');
      expect(await ds.query(`SELECT id FROM report_backs WHERE enrolment_id = $1`, [enrolmentId])).toEqual(
        [],
      );
    });

    it('is allowed up to 90 days after the exit, then 409', async () => {
      // Exited 2026-02-01, today is 2026-03-16: 43 days after.
      const recent = await enrolled({ exitDate: '2026-02-01' });
      await post(recent.enrolmentId, tenant.users.ame_coach.auth, {
        kind: 'planned_exit',
        message: 'x',
      }).expect(201);
      // Exited 2025-12-01: the window closed on 2026-03-01. The coach still sees the person through
      // another open relation of the unit, so the answer is the rule, not 404.
      const old = await enrolled({ startDate: '2025-09-01', exitDate: '2025-12-01' });
      await givenRelation(ds, {
        municipalityId: tenant.municipalityId,
        participantId: old.p.id,
        unitId: tenant.units.ame,
        kind: 'registered',
      });
      const res = await post(old.enrolmentId, tenant.users.ame_coach.auth, {
        kind: 'other',
        message: 'x',
      }).expect(409);
      expect(res.body).toMatchObject({ code: 'REPORT_BACK_ENROLMENT_CLOSED', lastDay: '2026-03-01' });
    });
  });

  describe('GET /report-backs/inbox', () => {
    it('shows the recipient their messages, unread first then newest, masking a protected person', async () => {
      const recipient = await newUser(tenant.units.ifo, 'ifo_caseworker');
      const open = await enrolled({ ifoCaseworkerId: recipient.id });
      const hidden = await enrolled({ ifoCaseworkerId: recipient.id, protection: 'protected_registration' });
      const send = async (enrolmentId: string, at: string, kind: string) => {
        t.clock.set(at);
        return (
          await post(enrolmentId, tenant.users.ame_coach.auth, { kind, message: `${kind} ${at}` }).expect(201)
        ).body.id as string;
      };
      const m1 = await send(open.enrolmentId, '2026-03-10T10:00:00+01:00', 'progress');
      const m2 = await send(hidden.enrolmentId, '2026-03-11T10:00:00+01:00', 'attendance_concern');
      const m3 = await send(open.enrolmentId, '2026-03-12T10:00:00+01:00', 'planned_exit');
      t.clock.set('2026-03-13T08:00:00+01:00');
      await request(t.server)
        .post(`/api/v1/report-backs/${m3}/read`)
        .set('Authorization', recipient.auth)
        .expect(200);

      const res = await request(t.server)
        .get('/api/v1/report-backs/inbox')
        .set('Authorization', recipient.auth)
        .expect(200);
      expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([m2, m1, m3]);
      expect(res.body.items.map((i: { read: boolean }) => i.read)).toEqual([false, false, true]);
      expect(res.body.unreadCount).toBe(2);
      expect(res.body.nextCursor).toBeNull();
      expect(res.body.items[0].participant).toEqual({
        id: hidden.p.id,
        masked: true,
        firstName: '*****',
        lastName: '*****',
      });
      expect(JSON.stringify(res.body)).not.toContain(hidden.p.lastName);
      expect(res.body.items[1].participant).toMatchObject({ masked: false, lastName: open.p.lastName });

      // One audit event per participant listed, the protected one flagged.
      const views = async (participantId: string) =>
        (await auditOf(participantId)).filter((a) => a.action === 'view' && a.user_id === recipient.id);
      expect(await views(open.p.id)).toEqual([
        expect.objectContaining({
          outcome: 'success',
          protected_person: false,
          details: { list: 'inbox', count: 2 },
        }),
      ]);
      expect(await views(hidden.p.id)).toEqual([
        expect.objectContaining({
          outcome: 'success',
          protected_person: true,
          details: { list: 'inbox', count: 1 },
        }),
      ]);

      const unread = await request(t.server)
        .get('/api/v1/report-backs/inbox?unread=true')
        .set('Authorization', recipient.auth)
        .expect(200);
      expect(unread.body.items.map((i: { id: string }) => i.id)).toEqual([m2, m1]);

      // Pages follow the same order.
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: request.Response = await request(t.server)
          .get('/api/v1/report-backs/inbox')
          .query(cursor ? { limit: 1, cursor } : { limit: 1 })
          .set('Authorization', recipient.auth)
          .expect(200);
        seen.push(...page.body.items.map((i: { id: string }) => i.id));
        cursor = page.body.nextCursor;
      } while (cursor !== null);
      expect(seen).toEqual([m2, m1, m3]);

      // Nobody else's inbox shows them.
      const others = await request(t.server)
        .get('/api/v1/report-backs/inbox')
        .set('Authorization', colleague.auth)
        .expect(200);
      expect(others.body.items.map((i: { id: string }) => i.id)).not.toEqual(expect.arrayContaining([m1]));
      expect(others.body.items).toEqual([]);
    });

    it('is 400 for a bad unread flag or cursor', async () => {
      const bad = await request(t.server)
        .get('/api/v1/report-backs/inbox?unread=yes')
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'unread' })]);
      const cursor = await request(t.server)
        .get('/api/v1/report-backs/inbox?cursor=bm9wZQ')
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .expect(400);
      expect(cursor.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    });

    it('needs a token, and is forbidden for roles other than the IFO caseworker', async () => {
      await request(t.server).get('/api/v1/report-backs/inbox').expect(401);
      for (const role of [
        'ame_coach',
        'unit_manager',
        'supervisor',
        'analyst',
        'admin',
        'auditor',
      ] as const) {
        await request(t.server)
          .get('/api/v1/report-backs/inbox')
          .set('Authorization', tenant.users[role].auth)
          .expect(403);
      }
    });
  });

  describe('POST /report-backs/:id/read', () => {
    it('is marked read by the recipient only, once, and logged', async () => {
      const { p, enrolmentId } = await enrolled();
      const id = (
        await post(enrolmentId, tenant.users.ame_coach.auth, { kind: 'progress', message: 'x' }).expect(201)
      ).body.id as string;
      const readAt = async () =>
        (
          await ds.query<{ read_at: Date | null }[]>(`SELECT read_at FROM report_backs WHERE id = $1`, [id])
        )[0]?.read_at;

      const notMine = await request(t.server)
        .post(`/api/v1/report-backs/${id}/read`)
        .set('Authorization', colleague.auth)
        .expect(404);
      expect(notMine.body.code).toBe('REPORT_BACK_NOT_FOUND');
      expect(await readAt()).toBeNull();

      // Tokens live 15 minutes: stay within them.
      t.clock.set('2026-03-16T09:05:00+01:00');
      const first = await request(t.server)
        .post(`/api/v1/report-backs/${id}/read`)
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .expect(200);
      expect(first.body).toMatchObject({ id, read: true, readAt: '2026-03-16T08:05:00.000Z' });
      expect(await readAt()).toEqual(new Date('2026-03-16T08:05:00.000Z'));

      t.clock.set('2026-03-16T09:10:00+01:00');
      const again = await request(t.server)
        .post(`/api/v1/report-backs/${id}/read`)
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .expect(200);
      expect(again.body.readAt).toBe('2026-03-16T08:05:00.000Z');
      expect(await readAt()).toEqual(new Date('2026-03-16T08:05:00.000Z'));

      expect((await auditOf(p.id)).map((a) => [a.action, a.outcome, a.user_id, a.details])).toEqual([
        ['create', 'success', tenant.users.ame_coach.id, { kind: 'progress' }],
        ['update', 'denied', colleague.id, { reason: 'not_recipient' }],
        ['update', 'success', tenant.users.ifo_caseworker.id, { read: true }],
        ['view', 'success', tenant.users.ifo_caseworker.id, { alreadyRead: true }],
      ]);
    });

    it('is 404 for an unknown id and for the recipient in another municipality', async () => {
      await request(t.server)
        .post('/api/v1/report-backs/7d9f7f56-1c7e-4a0e-9c55-3f7e0c1b2a99/read')
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .expect(404);
      const { enrolmentId } = await enrolled();
      const id = (
        await post(enrolmentId, tenant.users.ame_coach.auth, { kind: 'progress', message: 'x' }).expect(201)
      ).body.id as string;
      await request(t.server)
        .post(`/api/v1/report-backs/${id}/read`)
        .set('Authorization', other.users.ifo_caseworker.auth)
        .expect(404);
    });

    it('is forbidden for an AME coach, and 401 without a token', async () => {
      const id = '7d9f7f56-1c7e-4a0e-9c55-3f7e0c1b2a99';
      await request(t.server).post(`/api/v1/report-backs/${id}/read`).expect(401);
      await request(t.server)
        .post(`/api/v1/report-backs/${id}/read`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(403);
    });
  });

  describe('GET /report-backs?participantId=', () => {
    it('lists the report-backs about a person, newest first, to anyone with case access, and logs it', async () => {
      const { p, enrolmentId } = await enrolled();
      t.clock.set('2026-03-02T10:00:00+01:00');
      const older = (await post(enrolmentId, tenant.users.ame_coach.auth, { kind: 'progress', message: 'a' }))
        .body.id as string;
      t.clock.set('2026-03-09T10:00:00+01:00');
      const newer = (
        await post(enrolmentId, tenant.users.unit_manager.auth, { kind: 'attendance_concern', message: 'b' })
      ).body.id as string;
      for (const user of [tenant.users.ame_coach, tenant.users.ifo_caseworker, tenant.users.unit_manager]) {
        const res = await request(t.server)
          .get('/api/v1/report-backs')
          .query({ participantId: p.id })
          .set('Authorization', user.auth)
          .expect(200);
        expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([newer, older]);
        expect(res.body.nextCursor).toBeNull();
      }
      const views = (await auditOf(p.id)).filter((a) => a.action === 'view');
      expect(views).toEqual([
        expect.objectContaining({
          user_id: tenant.users.ame_coach.id,
          details: { list: 'participant', count: 2 },
        }),
        expect.objectContaining({ user_id: tenant.users.ifo_caseworker.id, unit_id: tenant.units.ifo }),
        expect.objectContaining({ user_id: tenant.users.unit_manager.id }),
      ]);
    });

    it('is 404 for a coach without a relation or of another municipality, logged as denied', async () => {
      const { p } = await enrolled();
      const res = await request(t.server)
        .get('/api/v1/report-backs')
        .query({ participantId: p.id })
        .set('Authorization', otherAme.auth)
        .expect(404);
      expect(res.body.code).toBe('PARTICIPANT_NOT_FOUND');
      await request(t.server)
        .get('/api/v1/report-backs')
        .query({ participantId: p.id })
        .set('Authorization', other.users.ame_coach.auth)
        .expect(404);
      // In the other municipality the person is unknown, and the denied event says so.
      const denied = await auditOf(p.id);
      expect(denied).toHaveLength(2);
      expect(denied).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            action: 'view',
            outcome: 'denied',
            user_id: otherAme.coachId,
            details: { reason: 'no_relation' },
          }),
          expect.objectContaining({
            action: 'view',
            outcome: 'denied',
            user_id: other.users.ame_coach.id,
            details: { reason: 'unknown' },
          }),
        ]),
      );
    });

    it('is 400 without a participant id, naming the field', async () => {
      const res = await request(t.server)
        .get('/api/v1/report-backs')
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'participantId' })]);
    });

    it('is forbidden for a supervisor and an analyst', async () => {
      const { p } = await enrolled();
      for (const role of ['supervisor', 'analyst'] as const) {
        await request(t.server)
          .get('/api/v1/report-backs')
          .query({ participantId: p.id })
          .set('Authorization', tenant.users[role].auth)
          .expect(403);
      }
    });
  });
});
