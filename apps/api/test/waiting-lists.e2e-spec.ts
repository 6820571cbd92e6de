import request from 'supertest';
import {
  aPlacementRequest,
  givenEnrolment,
  givenInstance,
  GivenInstance,
  givenParticipant,
  givenPlacement,
  givenTenant,
  givenWaitingListEntry,
  Tenant,
} from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

interface EntryRow {
  outcome: string | null;
  ended_on: string | null;
  waiting_days: number | null;
  placement_id: string | null;
  close_reason: string | null;
  closed_by: string | null;
  version: number;
}

/** Today is 2026-03-16 (DEFAULT_TEST_NOW). */
describe('waiting lists (kö) of intervention instances', () => {
  let t: TestApp;
  let tenant: Tenant;
  /** Another unit of the same municipality, with its own coach, manager and IFO. */
  let otherUnit: Tenant;
  let otherMunicipality: Tenant;

  /** A person registered by IFO and enrolled at the AME unit of `of`. */
  const enrolled = async (of: Tenant = tenant, startDate = '2026-01-12') => {
    const p = await givenParticipant(t.dataSource, of.municipalityId, of.units.ifo);
    const e = await givenEnrolment(t.dataSource, {
      municipalityId: of.municipalityId,
      participantId: p.id,
      ameUnitId: of.units.ame,
      responsibleCoachId: of.users.ame_coach.id,
      ifoCaseworkerId: of.users.ifo_caseworker.id,
      startDate,
    });
    return { participantId: p.id, enrolmentId: e.id };
  };
  /** An instance of `of` with `capacity` places, every one taken by someone else today. */
  const fullInstance = async (of: Tenant = tenant, capacity = 1, endsOn: string | null = null) => {
    const instance = await givenInstance(t.dataSource, {
      municipalityId: of.municipalityId,
      responsibleUnitId: of.units.ame,
      capacity,
      endsOn,
    });
    for (let i = 0; i < capacity; i++) await placeIn(instance, of);
    return instance;
  };
  const placeIn = async (
    instance: GivenInstance,
    of: Tenant = tenant,
    who?: { participantId: string; enrolmentId: string },
  ) => {
    const person = who ?? (await enrolled(of));
    return givenPlacement(t.dataSource, {
      municipalityId: of.municipalityId,
      ...person,
      instance,
      createdBy: of.users.ame_coach.id,
      startDate: '2026-02-02',
    });
  };
  const queue = (body: Record<string, unknown>, auth = tenant.users.ame_coach.auth) =>
    request(t.server).post('/api/v1/waiting-list-entries').set('Authorization', auth).send(body);
  const entryRow = async (id: string) =>
    (
      await t.dataSource.query<EntryRow[]>(
        `SELECT outcome, ended_on::text, waiting_days, placement_id, close_reason, closed_by, version
           FROM waiting_list_entries WHERE id = $1`,
        [id],
      )
    )[0];
  const entriesOf = async (participantId: string) =>
    (
      await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM waiting_list_entries WHERE participant_id = $1`,
        [participantId],
      )
    )[0].n;
  const deniedEvents = async (userId: string) =>
    (
      await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM audit_events WHERE user_id = $1 AND outcome = 'denied'`,
        [userId],
      )
    )[0].n;
  const listed = (query: string, auth = tenant.users.ame_coach.auth) =>
    request(t.server).get(`/api/v1/waiting-list-entries?${query}`).set('Authorization', auth);

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    otherUnit = await givenTenant(t.app, { municipalityId: tenant.municipalityId });
    otherMunicipality = await givenTenant(t.app);
  });
  afterAll(() => t.close());

  describe('POST /waiting-list-entries', () => {
    it('answers 401 without a token', async () => {
      await request(t.server).post('/api/v1/waiting-list-entries').send({}).expect(401);
    });

    it('puts an enrolled person on a full instance’s list, audit-logged', async () => {
      const instance = await fullInstance();
      const { participantId, enrolmentId } = await enrolled();
      const res = await queue({
        enrolmentId,
        instanceId: instance.id,
        priority: 1,
        reason: 'Behöver arbetsträning innan praktik',
        waitingSince: '2026-03-02',
      }).expect(201);
      expect(res.headers.etag).toBe('"1"');
      expect(res.body).toMatchObject({
        participantId,
        enrolmentId,
        instanceId: instance.id,
        unitId: tenant.units.ame,
        priority: 1,
        reason: 'Behöver arbetsträning innan praktik',
        waitingSince: '2026-03-02',
        status: 'open',
        waitingDays: 14,
        endedOn: null,
        placementId: null,
        createdBy: tenant.users.ame_coach.id,
      });
      expect(await entryRow(res.body.id)).toEqual({
        outcome: null,
        ended_on: null,
        waiting_days: null,
        placement_id: null,
        close_reason: null,
        closed_by: null,
        version: 1,
      });
      const [event] = await t.dataSource.query<{ action: string; resource_type: string; unit_id: string }[]>(
        `SELECT action, resource_type, unit_id FROM audit_events WHERE resource_id = $1`,
        [res.body.id],
      );
      expect(event).toEqual({
        action: 'create',
        resource_type: 'waiting_list_entry',
        unit_id: tenant.units.ame,
      });
    });

    it('waits from today when no day is given', async () => {
      const instance = await fullInstance();
      const { enrolmentId } = await enrolled();
      const res = await queue({ enrolmentId, instanceId: instance.id, priority: 2, reason: 'Kö' }).expect(
        201,
      );
      expect(res.body).toMatchObject({ waitingSince: '2026-03-16', waitingDays: 0 });
    });

    it('refuses a list for an instance with a free place, or no limit: place the person instead (422)', async () => {
      const { participantId, enrolmentId } = await enrolled();
      const halfFull = await givenInstance(t.dataSource, {
        municipalityId: tenant.municipalityId,
        responsibleUnitId: tenant.units.ame,
        capacity: 2,
      });
      await placeIn(halfFull);
      const res = await queue({ enrolmentId, instanceId: halfFull.id, priority: 2, reason: 'Kö' }).expect(
        422,
      );
      expect(res.body).toMatchObject({
        code: 'WAITING_LIST_INSTANCE_NOT_FULL',
        errors: [{ field: 'instanceId', rule: 'instanceId.full' }],
        capacity: 2,
        active: 1,
      });
      const unlimited = await givenInstance(t.dataSource, {
        municipalityId: tenant.municipalityId,
        responsibleUnitId: tenant.units.ame,
        capacity: null,
      });
      const again = await queue({ enrolmentId, instanceId: unlimited.id, priority: 2, reason: 'Kö' }).expect(
        422,
      );
      expect(again.body.code).toBe('WAITING_LIST_INSTANCE_NOT_FULL');
      // A place taken by a placement that ended yesterday is free again.
      const freed = await givenInstance(t.dataSource, {
        municipalityId: tenant.municipalityId,
        responsibleUnitId: tenant.units.ame,
        capacity: 1,
      });
      const gone = await enrolled();
      await givenPlacement(t.dataSource, {
        municipalityId: tenant.municipalityId,
        ...gone,
        instance: freed,
        createdBy: tenant.users.ame_coach.id,
        startDate: '2026-02-02',
        actualEndDate: '2026-03-15',
      });
      await queue({ enrolmentId, instanceId: freed.id, priority: 2, reason: 'Kö' }).expect(422);
      expect(await entriesOf(participantId)).toBe(0);
    });

    it('refuses a second open entry (409), someone already placed there (409), and an ended instance (422)', async () => {
      const instance = await fullInstance();
      const person = await enrolled();
      const body = { enrolmentId: person.enrolmentId, instanceId: instance.id, priority: 2, reason: 'Kö' };
      await queue(body).expect(201);
      const twice = await queue({ ...body, priority: 1 }).expect(409);
      expect(twice.body.code).toBe('WAITING_LIST_ALREADY_QUEUED');
      const placedThere = await enrolled();
      const full = await givenInstance(t.dataSource, {
        municipalityId: tenant.municipalityId,
        responsibleUnitId: tenant.units.ame,
        capacity: 1,
      });
      await placeIn(full, tenant, placedThere);
      const placed = await queue({
        ...body,
        enrolmentId: placedThere.enrolmentId,
        instanceId: full.id,
      }).expect(409);
      expect(placed.body.code).toBe('WAITING_LIST_ALREADY_PLACED');
      const ended = await fullInstance(tenant, 1, '2026-03-13');
      const late = await queue({ ...body, instanceId: ended.id }).expect(422);
      expect(late.body).toMatchObject({
        code: 'WAITING_LIST_INSTANCE_ENDED',
        errors: [{ rule: 'instanceId.running' }],
      });
      expect(await entriesOf(person.participantId)).toBe(1);
      expect(await entriesOf(placedThere.participantId)).toBe(0);
    });

    it('validates the body: priority 1–3, a reason, a day not in the future nor before the enrolment', async () => {
      const instance = await fullInstance();
      const { enrolmentId } = await enrolled(tenant, '2026-02-01');
      const bad = await queue({ enrolmentId, instanceId: instance.id, priority: 4, reason: '  ' }).expect(
        400,
      );
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['priority', 'reason']);
      const future = await queue({
        enrolmentId,
        instanceId: instance.id,
        priority: 2,
        reason: 'Kö',
        waitingSince: '2026-03-17',
      }).expect(400);
      expect(future.body.errors).toMatchObject([{ field: 'waitingSince', rule: 'waitingSince.notFuture' }]);
      const early = await queue({
        enrolmentId,
        instanceId: instance.id,
        priority: 2,
        reason: 'Kö',
        waitingSince: '2026-01-31',
      }).expect(422);
      expect(early.body.code).toBe('WAITING_LIST_BEFORE_ENROLMENT');
      const unknown = await queue({
        enrolmentId,
        instanceId: (await fullInstance(otherMunicipality)).id,
        priority: 2,
        reason: 'Kö',
      }).expect(422);
      expect(unknown.body.code).toBe('WAITING_LIST_INSTANCE_INVALID');
    });

    it('answers another unit’s coach 404 with nothing written and a denied event; a supervisor 403', async () => {
      const instance = await fullInstance();
      const { participantId, enrolmentId } = await enrolled();
      const before = await deniedEvents(otherUnit.users.ame_coach.id);
      const res = await queue(
        { enrolmentId, instanceId: instance.id, priority: 2, reason: 'Kö' },
        otherUnit.users.ame_coach.auth,
      ).expect(404);
      expect(res.body.code).toBe('ENROLMENT_NOT_FOUND');
      expect(await deniedEvents(otherUnit.users.ame_coach.id)).toBe(before + 1);
      await queue(
        { enrolmentId, instanceId: instance.id, priority: 2, reason: 'Kö' },
        tenant.users.supervisor.auth,
      ).expect(403);
      // IFO sees the person but does not queue: the role set leaves it out.
      await queue(
        { enrolmentId, instanceId: instance.id, priority: 2, reason: 'Kö' },
        tenant.users.ifo_caseworker.auth,
      ).expect(403);
      expect(await entriesOf(participantId)).toBe(0);
    });
  });

  describe('the list: priority first, then who has waited longest', () => {
    it('lists an instance’s open entries in queue order, pages them, and shows another unit nobody', async () => {
      const instance = await fullInstance();
      const people = await Promise.all([enrolled(), enrolled(), enrolled(), enrolled()]);
      const entries = [
        { priority: 3, waitingSince: '2026-01-20' },
        { priority: 2, waitingSince: '2026-03-01' },
        { priority: 1, waitingSince: '2026-03-10' },
        { priority: 2, waitingSince: '2026-02-15' },
      ];
      const ids: string[] = [];
      for (const [i, e] of entries.entries()) {
        const res = await queue({
          enrolmentId: people[i].enrolmentId,
          instanceId: instance.id,
          reason: 'Kö',
          ...e,
        }).expect(201);
        ids.push(res.body.id);
      }
      const page1 = await listed(`instanceId=${instance.id}&limit=3`).expect(200);
      expect(page1.body.items.map((e: { id: string }) => e.id)).toEqual([ids[2], ids[3], ids[1]]);
      const page2 = await listed(`instanceId=${instance.id}&limit=3&cursor=${page1.body.nextCursor}`).expect(
        200,
      );
      expect(page2.body.items.map((e: { id: string }) => e.id)).toEqual([ids[0]]);
      expect(page2.body.nextCursor).toBeNull();
      const theirs = await listed(`instanceId=${instance.id}`, otherUnit.users.ame_coach.auth).expect(200);
      expect(theirs.body.items).toEqual([]);
      await listed('cursor=bm90LWEtY3Vyc29y').expect(400);
      await listed(`status=waiting`).expect(400);
    });
  });

  describe('closing an entry', () => {
    const openEntry = async (waitingSince = '2026-03-02') => {
      const instance = await fullInstance();
      const person = await enrolled();
      const res = await queue({
        enrolmentId: person.enrolmentId,
        instanceId: instance.id,
        priority: 2,
        reason: 'Kö',
        waitingSince,
      }).expect(201);
      return { instance, ...person, id: res.body.id as string };
    };
    const close = (
      id: string,
      what: 'placement' | 'removal',
      body: Record<string, unknown>,
      ifMatch: string | null = '"1"',
      auth = tenant.users.ame_coach.auth,
    ) => {
      const req = request(t.server)
        .post(`/api/v1/waiting-list-entries/${id}/${what}`)
        .set('Authorization', auth);
      return (ifMatch === null ? req : req.set('If-Match', ifMatch)).send(body);
    };

    it('places from the list keeping the waiting time: the wait ends on the placement’s start', async () => {
      const entry = await openEntry('2026-03-02');
      // Still full: the coach places with an override reason, starting 23 March.
      const placement = await request(t.server)
        .post('/api/v1/placements')
        .set('Authorization', tenant.users.ame_coach.auth)
        .send(
          aPlacementRequest(entry.enrolmentId, entry.instance.id, {
            startDate: '2026-03-23',
            capacityOverrideReason: 'Först i kön',
          }),
        )
        .expect(201);
      await close(entry.id, 'placement', { placementId: placement.body.id }, null).expect(428);
      const res = await close(entry.id, 'placement', { placementId: placement.body.id }).expect(200);
      expect(res.headers.etag).toBe('"2"');
      expect(res.body).toMatchObject({
        status: 'placed',
        placementId: placement.body.id,
        endedOn: '2026-03-23',
        waitingSince: '2026-03-02',
        waitingDays: 21,
        closedBy: tenant.users.ame_coach.id,
      });
      expect(await entryRow(entry.id)).toMatchObject({
        outcome: 'placed',
        ended_on: '2026-03-23',
        waiting_days: 21,
        placement_id: placement.body.id,
        version: 2,
      });
      const again = await close(entry.id, 'removal', { reason: 'Dubbel' }, '"2"').expect(409);
      expect(again.body.code).toBe('WAITING_LIST_ENTRY_CLOSED');
      // Closed: a new wait for the same instance may begin (the partial unique index covers open ones only).
      const closed = await listed(`participantId=${entry.participantId}&status=placed`).expect(200);
      expect(closed.body.items.map((e: { id: string }) => e.id)).toEqual([entry.id]);
    });

    it('refuses a placement of someone else, of another instance, or begun before the wait (422)', async () => {
      const entry = await openEntry('2026-03-02');
      const elsewhere = await placeIn(await fullInstance(), tenant, {
        participantId: entry.participantId,
        enrolmentId: entry.enrolmentId,
      });
      const someoneElse = await placeIn(entry.instance);
      const earlier = await givenPlacement(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: entry.participantId,
        enrolmentId: entry.enrolmentId,
        instance: entry.instance,
        createdBy: tenant.users.ame_coach.id,
        startDate: '2026-03-01',
        actualEndDate: '2026-03-01',
      });
      for (const [placementId, rule] of [
        [elsewhere.id, 'placementId.samePersonAndInstance'],
        [someoneElse.id, 'placementId.samePersonAndInstance'],
        [earlier.id, 'placementId.startsAfterWaiting'],
      ]) {
        const res = await close(entry.id, 'placement', { placementId }).expect(422);
        expect(res.body).toMatchObject({
          code: 'WAITING_LIST_PLACEMENT_INVALID',
          errors: [{ field: 'placementId', rule }],
        });
      }
      expect((await entryRow(entry.id)).outcome).toBeNull();
    });

    it('removes a person with a reason: the wait ends today; a stale version answers 412', async () => {
      const entry = await openEntry('2026-03-02');
      await close(entry.id, 'removal', { reason: 'Har fått arbete' }, '"7"').expect(412);
      const res = await close(entry.id, 'removal', { reason: 'Har fått arbete' }).expect(200);
      expect(res.body).toMatchObject({
        status: 'removed',
        closeReason: 'Har fått arbete',
        endedOn: '2026-03-16',
        waitingDays: 14,
        placementId: null,
      });
      expect(await entryRow(entry.id)).toMatchObject({
        outcome: 'removed',
        waiting_days: 14,
        close_reason: 'Har fått arbete',
      });
    });

    it('answers another unit’s user 404 with nothing changed and a denied event, on every entry route', async () => {
      const entry = await openEntry();
      for (const role of ['ame_coach', 'unit_manager'] as const) {
        const user = otherUnit.users[role];
        const before = await deniedEvents(user.id);
        const get = await request(t.server)
          .get(`/api/v1/waiting-list-entries/${entry.id}`)
          .set('Authorization', user.auth);
        expect(get.status).toBe(404);
        expect(get.body.code).toBe('WAITING_LIST_ENTRY_NOT_FOUND');
        await close(entry.id, 'removal', { reason: 'Försök' }, '"1"', user.auth).expect(404);
        const placement = await placeIn(entry.instance);
        await close(entry.id, 'placement', { placementId: placement.id }, '"1"', user.auth).expect(404);
        expect(await deniedEvents(user.id)).toBe(before + 3);
      }
      expect(await entryRow(entry.id)).toMatchObject({ outcome: null, version: 1 });
      const mine = await request(t.server)
        .get(`/api/v1/waiting-list-entries/${entry.id}`)
        .set('Authorization', tenant.users.ifo_caseworker.auth)
        .expect(200);
      expect(mine.body.id).toBe(entry.id);
    });

    it('stops the enrolment’s exit while the person waits (409 ENROLMENT_HAS_OPEN_ITEMS)', async () => {
      const entry = await openEntry();
      const res = await request(t.server)
        .post(`/api/v1/enrolments/${entry.enrolmentId}/exit`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .send({ exitDate: '2026-03-16', destination: 'completed', summary: 'Klart' })
        .expect(409);
      expect(res.body.code).toBe('ENROLMENT_HAS_OPEN_ITEMS');
      expect(res.body.openItems).toEqual([
        { kind: 'waiting_list_entry', id: entry.id, description: 'on a waiting list since 2026-03-02' },
      ]);
    });
  });

  it('shows the instance unit’s coach who waits longest on the work list, with the place in the queue', async () => {
    const own = await givenTenant(t.app);
    const instance = await fullInstance(own);
    const a = await enrolled(own);
    const b = await enrolled(own);
    const low = await givenWaitingListEntry(t.dataSource, {
      municipalityId: own.municipalityId,
      ...a,
      instanceId: instance.id,
      unitId: own.units.ame,
      createdBy: own.users.ame_coach.id,
      priority: 3,
      waitingSince: '2026-02-02',
    });
    const high = await givenWaitingListEntry(t.dataSource, {
      municipalityId: own.municipalityId,
      ...b,
      instanceId: instance.id,
      unitId: own.units.ame,
      createdBy: own.users.ame_coach.id,
      priority: 1,
      waitingSince: '2026-03-09',
    });
    const items = (
      await request(t.server)
        .get('/api/v1/worklist')
        .set('Authorization', own.users.unit_manager.auth)
        .expect(200)
    ).body.items.filter((i: { kind: string }) => i.kind === 'waiting_list');
    expect(
      items.map((i: { resourceId: string; state: string; dueOn: string; detail: string }) => [
        i.resourceId,
        i.state,
        i.dueOn,
        i.detail,
      ]),
    ).toEqual([
      [low.id, 'waiting', '2026-02-02', 'priority 3, 2 of 2 in the queue, 42 days'],
      [high.id, 'waiting', '2026-03-09', 'priority 1, 1 of 2 in the queue, 7 days'],
    ]);
    const theirs = (
      await request(t.server)
        .get('/api/v1/worklist')
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200)
    ).body.items.filter((i: { resourceId: string }) => [low.id, high.id].includes(i.resourceId));
    expect(theirs).toEqual([]);
  });
});
