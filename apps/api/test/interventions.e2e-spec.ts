import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  givenEnrolment,
  givenInstance,
  givenInterventionType,
  givenParticipant,
  givenPlacement,
  givenSite,
  givenTenant,
  givenUnit,
  Tenant,
} from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

const UNKNOWN_ID = '7d9f7f56-1c7e-4a0e-9c55-3f7e0c1b2a99';

function suffix(): string {
  return randomUUID().slice(0, 8);
}

function fieldsOf(body: { errors?: { field: string }[] }): string[] {
  return (body.errors ?? []).map((e) => e.field).sort();
}

describe('intervention catalogue (insatskatalog): types, sites, instances, work teams', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let admin: string;

  const auditRows = (resourceId: string) =>
    t.dataSource.query<
      {
        action: string;
        resource_type: string;
        user_id: string;
        participant_id: string | null;
        details: unknown;
      }[]
    >(
      `SELECT action, resource_type, user_id, participant_id, details FROM audit_events
        WHERE resource_id = $1 ORDER BY seq`,
      [resourceId],
    );

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    other = await givenTenant(t.app);
    admin = tenant.users.admin.auth;
  });
  afterAll(() => t.close());

  describe('who may', () => {
    it.each([
      '/api/v1/intervention-types',
      '/api/v1/sites',
      '/api/v1/intervention-instances',
      '/api/v1/work-teams',
    ])('GET %s: 401 without a token, 200 for admin, coach and manager, 403 for the others', async (url) => {
      await request(t.server).get(url).expect(401);
      for (const role of ['admin', 'ame_coach', 'unit_manager'] as const) {
        await request(t.server).get(url).set('Authorization', tenant.users[role].auth).expect(200);
      }
      for (const role of ['supervisor', 'ifo_caseworker', 'analyst', 'auditor'] as const) {
        await request(t.server).get(url).set('Authorization', tenant.users[role].auth).expect(403);
      }
    });

    it.each([
      ['/api/v1/intervention-types', { name: 'X', category: 'sfi', jobFocused: false }],
      ['/api/v1/sites', { name: 'X', kind: 'internal' }],
    ])('POST %s is for admins only (403 for a coach and a manager)', async (url, body) => {
      await request(t.server).post(url).send(body).expect(401);
      await request(t.server)
        .post(url)
        .set('Authorization', tenant.users.ame_coach.auth)
        .send(body)
        .expect(403);
      await request(t.server)
        .post(url)
        .set('Authorization', tenant.users.unit_manager.auth)
        .send(body)
        .expect(403);
    });
  });

  describe('intervention types', () => {
    it('creates a type with an ETag, audits it without a person, and lists it', async () => {
      const name = `Arbetsträning snickeri ${suffix()}`;
      const res = await request(t.server)
        .post('/api/v1/intervention-types')
        .set('Authorization', admin)
        .send({
          name: `  ${name} `,
          category: 'work_training_internal',
          jobFocused: true,
          description: 'Snickeri',
        })
        .expect(201);
      expect(res.headers.etag).toBe('"1"');
      expect(res.headers.location).toBe(`/api/v1/intervention-types/${res.body.id}`);
      expect(res.body).toMatchObject({
        name,
        category: 'work_training_internal',
        jobFocused: true,
        provider: 'own_unit',
        providerName: null,
        description: 'Snickeri',
        active: true,
        version: 1,
      });
      expect(await auditRows(res.body.id)).toEqual([
        {
          action: 'create',
          resource_type: 'intervention_type',
          user_id: tenant.users.admin.id,
          participant_id: null,
          details: { category: 'work_training_internal' },
        },
      ]);
      const list = await request(t.server)
        .get('/api/v1/intervention-types')
        .query({ category: 'work_training_internal', active: 'true' })
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      expect(list.body.items.map((i: { id: string }) => i.id)).toContain(res.body.id);
      const foreign = await request(t.server)
        .get('/api/v1/intervention-types')
        .set('Authorization', other.users.admin.auth)
        .expect(200);
      expect(foreign.body.items.map((i: { id: string }) => i.id)).not.toContain(res.body.id);
    });

    it('names bad fields (400)', async () => {
      const res = await request(t.server)
        .post('/api/v1/intervention-types')
        .set('Authorization', admin)
        .send({ name: '   ', category: 'knitting', jobFocused: 'yes', provider: 'someone' })
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(['category', 'jobFocused', 'name', 'provider']);
      const partner = await request(t.server)
        .post('/api/v1/intervention-types')
        .set('Authorization', admin)
        .send({ name: `SFI ${suffix()}`, category: 'sfi', jobFocused: false, providerName: 'Komvux' })
        .expect(400);
      expect(partner.body.errors).toEqual([expect.objectContaining({ field: 'providerName' })]);
    });

    it('answers 409 for a name taken in the municipality, not for one taken elsewhere', async () => {
      const name = `Jobbspår ${suffix()}`;
      const body = { name, category: 'job_track', jobFocused: true };
      await request(t.server)
        .post('/api/v1/intervention-types')
        .set('Authorization', admin)
        .send(body)
        .expect(201);
      const dup = await request(t.server)
        .post('/api/v1/intervention-types')
        .set('Authorization', admin)
        .send(body)
        .expect(409);
      expect(dup.body).toMatchObject({
        code: 'INTERVENTION_TYPE_NAME_TAKEN',
        errors: [expect.objectContaining({ field: 'name' })],
      });
      await request(t.server)
        .post('/api/v1/intervention-types')
        .set('Authorization', other.users.admin.auth)
        .send(body)
        .expect(201);
    });

    it('needs If-Match (428), refuses a stale version (412), retires with active=false', async () => {
      const type = await givenInterventionType(t.dataSource, tenant.municipalityId, { category: 'sfi' });
      const url = `/api/v1/intervention-types/${type.id}`;
      const missing = await request(t.server)
        .patch(url)
        .set('Authorization', admin)
        .send({ active: false })
        .expect(428);
      expect(missing.body.code).toBe('IF_MATCH_REQUIRED');
      const ok = await request(t.server)
        .patch(url)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ active: false, provider: 'partner', providerName: 'Folkhögskolan' })
        .expect(200);
      expect(ok.headers.etag).toBe('"2"');
      expect(ok.body).toMatchObject({
        active: false,
        provider: 'partner',
        providerName: 'Folkhögskolan',
        version: 2,
      });
      const stale = await request(t.server)
        .patch(url)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ active: true })
        .expect(412);
      expect(stale.body).toMatchObject({ code: 'STALE_VERSION', currentVersion: 2 });
      expect((await auditRows(type.id)).at(-1)).toMatchObject({
        action: 'update',
        resource_type: 'intervention_type',
        details: { fields: 'active,provider,providerName' },
      });
      const retired = await request(t.server)
        .get('/api/v1/intervention-types')
        .query({ active: false })
        .set('Authorization', admin)
        .expect(200);
      expect(retired.body.items.map((i: { id: string }) => i.id)).toContain(type.id);
    });

    it('answers 409 when renamed to a taken name, 404 for another municipality’s type', async () => {
      const a = await givenInterventionType(t.dataSource, tenant.municipalityId);
      const b = await givenInterventionType(t.dataSource, tenant.municipalityId);
      const res = await request(t.server)
        .patch(`/api/v1/intervention-types/${b.id}`)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ name: a.name })
        .expect(409);
      expect(res.body.code).toBe('INTERVENTION_TYPE_NAME_TAKEN');
      const foreign = await request(t.server)
        .patch(`/api/v1/intervention-types/${a.id}`)
        .set('Authorization', other.users.admin.auth)
        .set('If-Match', '"1"')
        .send({ name: 'X' })
        .expect(404);
      expect(foreign.body.code).toBe('INTERVENTION_TYPE_NOT_FOUND');
    });
  });

  describe('sites', () => {
    it('creates a site linked to a site unit, with address and contact, and changes it with If-Match', async () => {
      const name = `Återbruket ${suffix()}`;
      const res = await request(t.server)
        .post('/api/v1/sites')
        .set('Authorization', admin)
        .send({
          name,
          kind: 'internal',
          unitId: tenant.units.site,
          address: { street: 'Verkstadsgatan 4', postalCode: '123 45', city: 'Storstad' },
          contact: { name: 'Kim Handledare', phone: '010-123 45 67', email: 'kim@kommun.example' },
        })
        .expect(201);
      expect(res.headers.etag).toBe('"1"');
      expect(res.body).toMatchObject({
        name,
        kind: 'internal',
        unitId: tenant.units.site,
        address: { street: 'Verkstadsgatan 4', postalCode: '123 45', city: 'Storstad' },
        contact: { name: 'Kim Handledare', phone: '010-123 45 67', email: 'kim@kommun.example' },
        active: true,
      });
      expect((await auditRows(res.body.id))[0]).toMatchObject({ action: 'create', resource_type: 'site' });
      const patched = await request(t.server)
        .patch(`/api/v1/sites/${res.body.id}`)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ address: { city: 'Lillstad' }, active: false })
        .expect(200);
      expect(patched.body).toMatchObject({
        address: { street: null, postalCode: null, city: 'Lillstad' },
        active: false,
        version: 2,
      });
      await request(t.server)
        .patch(`/api/v1/sites/${res.body.id}`)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ active: true })
        .expect(412);
    });

    it('refuses a unit that is not a site unit (422), bad fields (400) and a taken name (409)', async () => {
      const wrongUnit = await request(t.server)
        .post('/api/v1/sites')
        .set('Authorization', admin)
        .send({ name: `Fel ${suffix()}`, kind: 'internal', unitId: tenant.units.ame })
        .expect(422);
      expect(wrongUnit.body).toMatchObject({
        code: 'SITE_UNIT_INVALID',
        errors: [expect.objectContaining({ field: 'unitId' })],
      });
      const foreignUnit = await request(t.server)
        .post('/api/v1/sites')
        .set('Authorization', admin)
        .send({ name: `Fel ${suffix()}`, kind: 'internal', unitId: other.units.site })
        .expect(422);
      expect(foreignUnit.body.code).toBe('SITE_UNIT_INVALID');
      const bad = await request(t.server)
        .post('/api/v1/sites')
        .set('Authorization', admin)
        .send({ name: 'X', kind: 'garage', address: { postalCode: '12' }, contact: { email: 'not-mail' } })
        .expect(400);
      expect(fieldsOf(bad.body)).toEqual(['address.postalCode', 'contact.email', 'kind']);
      const name = `Skogen ${suffix()}`;
      await request(t.server)
        .post('/api/v1/sites')
        .set('Authorization', admin)
        .send({ name, kind: 'partner' })
        .expect(201);
      const dup = await request(t.server)
        .post('/api/v1/sites')
        .set('Authorization', admin)
        .send({ name, kind: 'partner' })
        .expect(409);
      expect(dup.body.code).toBe('SITE_NAME_TAKEN');
    });
    it('keeps the unit of a site while placements there are open (409)', async () => {
      const site = await givenSite(t.dataSource, tenant.municipalityId, { unitId: tenant.units.site });
      const instance = await givenInstance(t.dataSource, {
        municipalityId: tenant.municipalityId,
        responsibleUnitId: tenant.units.ame,
        siteId: site.id,
      });
      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
      const e = await givenEnrolment(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
        ameUnitId: tenant.units.ame,
        responsibleCoachId: tenant.users.ame_coach.id,
      });
      await givenPlacement(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
        enrolmentId: e.id,
        instance,
        createdBy: tenant.users.ame_coach.id,
      });
      const res = await request(t.server)
        .patch(`/api/v1/sites/${site.id}`)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ unitId: null })
        .expect(409);
      expect(res.body).toMatchObject({
        code: 'INTERVENTION_INSTANCE_IN_USE',
        errors: [expect.objectContaining({ field: 'unitId' })],
      });
      await request(t.server)
        .patch(`/api/v1/sites/${site.id}`)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ contact: { name: 'Ny kontakt' } })
        .expect(200);
    });
  });

  describe('intervention instances', () => {
    it('offers a type at a site for a period, with places and cost in öre, and shows occupancy', async () => {
      const type = await givenInterventionType(t.dataSource, tenant.municipalityId);
      const site = await request(t.server)
        .post('/api/v1/sites')
        .set('Authorization', admin)
        .send({ name: `Snickeriet ${suffix()}`, kind: 'internal' })
        .expect(201);
      const res = await request(t.server)
        .post('/api/v1/intervention-instances')
        .set('Authorization', admin)
        .send({
          typeId: type.id,
          name: 'Snickeriet VT 2026',
          siteId: site.body.id,
          responsibleUnitId: tenant.units.ame,
          startsOn: '2026-01-05',
          endsOn: '2026-06-12',
          capacity: 12,
          costBasis: 'per_place_per_month',
          costOre: 450_000,
        })
        .expect(201);
      expect(res.headers.etag).toBe('"1"');
      expect(res.body).toMatchObject({
        typeId: type.id,
        siteId: site.body.id,
        responsibleUnitId: tenant.units.ame,
        startsOn: '2026-01-05',
        endsOn: '2026-06-12',
        capacity: 12,
        costBasis: 'per_place_per_month',
        costOre: 450_000,
        occupancy: { date: '2026-03-16', active: 0, capacity: 12, free: 12 },
      });
      const [row] = await t.dataSource.query<{ cost_ore: string }[]>(
        `SELECT cost_ore FROM intervention_instances WHERE id = $1`,
        [res.body.id],
      );
      expect(row.cost_ore).toBe('450000');
      expect((await auditRows(res.body.id))[0]).toMatchObject({
        action: 'create',
        resource_type: 'intervention_instance',
        participant_id: null,
      });
      const read = await request(t.server)
        .get(`/api/v1/intervention-instances/${res.body.id}`)
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      expect(read.headers.etag).toBe('"1"');
      const listed = await request(t.server)
        .get('/api/v1/intervention-instances')
        .query({ typeId: type.id, activeOn: '2026-03-16' })
        .set('Authorization', tenant.users.unit_manager.auth)
        .expect(200);
      expect(listed.body.items.map((i: { id: string }) => i.id)).toEqual([res.body.id]);
      const after = await request(t.server)
        .get('/api/v1/intervention-instances')
        .query({ typeId: type.id, activeOn: '2026-06-13' })
        .set('Authorization', tenant.users.unit_manager.auth)
        .expect(200);
      expect(after.body.items).toEqual([]);
    });

    it('names bad input (400): cost not in whole öre, cost without basis, the end before the start', async () => {
      const type = await givenInterventionType(t.dataSource, tenant.municipalityId);
      const base = {
        typeId: type.id,
        name: 'X',
        responsibleUnitId: tenant.units.ame,
        startsOn: '2026-01-05',
      };
      const bad = await request(t.server)
        .post('/api/v1/intervention-instances')
        .set('Authorization', admin)
        .send({ ...base, costOre: 12.5, capacity: 0, startsOn: '2026-02-30' })
        .expect(400);
      expect(fieldsOf(bad.body)).toEqual(['capacity', 'costOre', 'startsOn']);
      const noBasis = await request(t.server)
        .post('/api/v1/intervention-instances')
        .set('Authorization', admin)
        .send({ ...base, costOre: 100, endsOn: '2026-01-01' })
        .expect(400);
      expect(fieldsOf(noBasis.body)).toEqual(['costOre', 'endsOn']);
    });

    it('needs an AME responsible unit and an active type of the municipality (422)', async () => {
      const type = await givenInterventionType(t.dataSource, tenant.municipalityId);
      const base = {
        typeId: type.id,
        name: 'X',
        responsibleUnitId: tenant.units.ame,
        startsOn: '2026-01-05',
      };
      const ifo = await request(t.server)
        .post('/api/v1/intervention-instances')
        .set('Authorization', admin)
        .send({ ...base, responsibleUnitId: tenant.units.ifo })
        .expect(422);
      expect(ifo.body).toMatchObject({
        code: 'RESPONSIBLE_UNIT_INVALID',
        errors: [expect.objectContaining({ field: 'responsibleUnitId' })],
      });
      const retired = await givenInterventionType(t.dataSource, tenant.municipalityId, { active: false });
      const res = await request(t.server)
        .post('/api/v1/intervention-instances')
        .set('Authorization', admin)
        .send({ ...base, typeId: retired.id })
        .expect(422);
      expect(res.body.code).toBe('INTERVENTION_TYPE_INVALID');
      const foreignType = await givenInterventionType(t.dataSource, other.municipalityId);
      await request(t.server)
        .post('/api/v1/intervention-instances')
        .set('Authorization', admin)
        .send({ ...base, typeId: foreignType.id })
        .expect(422);
      await request(t.server)
        .post('/api/v1/intervention-instances')
        .set('Authorization', admin)
        .send({ ...base, siteId: UNKNOWN_ID })
        .expect(422);
    });

    it('changes with If-Match, but keeps the unit and the period while placements need them', async () => {
      const instance = await givenInstance(t.dataSource, {
        municipalityId: tenant.municipalityId,
        responsibleUnitId: tenant.units.ame,
        startsOn: '2026-01-05',
      });
      const url = `/api/v1/intervention-instances/${instance.id}`;
      const ok = await request(t.server)
        .patch(url)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ capacity: null, endsOn: '2026-12-18', name: 'Omdöpt' })
        .expect(200);
      expect(ok.body).toMatchObject({ capacity: null, endsOn: '2026-12-18', name: 'Omdöpt', version: 2 });
      expect(ok.body.occupancy).toMatchObject({ capacity: null, free: null });
      await request(t.server)
        .patch(url)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({})
        .expect(412);

      const p = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
      const e = await givenEnrolment(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
        ameUnitId: tenant.units.ame,
        responsibleCoachId: tenant.users.ame_coach.id,
      });
      await givenPlacement(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: p.id,
        enrolmentId: e.id,
        instance,
        createdBy: tenant.users.ame_coach.id,
        startDate: '2026-02-02',
      });
      const unit = await givenUnit(t.dataSource, tenant.municipalityId, 'ame', undefined, tenant.units.org);
      const moved = await request(t.server)
        .patch(url)
        .set('Authorization', admin)
        .set('If-Match', '"2"')
        .send({ responsibleUnitId: unit.id })
        .expect(409);
      expect(moved.body).toMatchObject({
        code: 'INTERVENTION_INSTANCE_IN_USE',
        errors: [expect.objectContaining({ field: 'responsibleUnitId' })],
      });
      const period = await request(t.server)
        .patch(url)
        .set('Authorization', admin)
        .set('If-Match', '"2"')
        .send({ startsOn: '2026-03-01' })
        .expect(422);
      expect(period.body).toMatchObject({
        code: 'INSTANCE_PERIOD_EXCLUDES_PLACEMENTS',
        errors: [expect.objectContaining({ field: 'startsOn' })],
      });
      const read = await request(t.server).get(url).set('Authorization', admin).expect(200);
      expect(read.body.occupancy).toEqual({ date: '2026-03-16', active: 1, capacity: null, free: null });
    });

    it('is 404 for an unknown id or another municipality’s instance', async () => {
      const instance = await givenInstance(t.dataSource, {
        municipalityId: other.municipalityId,
        responsibleUnitId: other.units.ame,
      });
      const res = await request(t.server)
        .get(`/api/v1/intervention-instances/${instance.id}`)
        .set('Authorization', admin)
        .expect(404);
      expect(res.body.code).toBe('INTERVENTION_INSTANCE_NOT_FOUND');
      await request(t.server)
        .get(`/api/v1/intervention-instances/${UNKNOWN_ID}`)
        .set('Authorization', admin)
        .expect(404);
    });
  });

  describe('work teams', () => {
    it('creates a team led by a supervisor with capacity 8 by default, unique names per instance', async () => {
      const instance = await givenInstance(t.dataSource, {
        municipalityId: tenant.municipalityId,
        responsibleUnitId: tenant.units.ame,
      });
      const name = `Renare stad ${suffix()}`;
      const res = await request(t.server)
        .post('/api/v1/work-teams')
        .set('Authorization', admin)
        .send({ instanceId: instance.id, name, supervisorId: tenant.users.supervisor.id })
        .expect(201);
      expect(res.headers.etag).toBe('"1"');
      expect(res.body).toMatchObject({
        instanceId: instance.id,
        name,
        supervisorId: tenant.users.supervisor.id,
        capacity: 8,
        active: true,
      });
      expect((await auditRows(res.body.id))[0]).toMatchObject({
        action: 'create',
        resource_type: 'work_team',
      });
      const dup = await request(t.server)
        .post('/api/v1/work-teams')
        .set('Authorization', admin)
        .send({ instanceId: instance.id, name, supervisorId: tenant.users.supervisor.id })
        .expect(409);
      expect(dup.body.code).toBe('WORK_TEAM_NAME_TAKEN');
      const another = await givenInstance(t.dataSource, {
        municipalityId: tenant.municipalityId,
        responsibleUnitId: tenant.units.ame,
      });
      await request(t.server)
        .post('/api/v1/work-teams')
        .set('Authorization', admin)
        .send({ instanceId: another.id, name, supervisorId: tenant.users.supervisor.id, capacity: 5 })
        .expect(201);
      const listed = await request(t.server)
        .get('/api/v1/work-teams')
        .query({ instanceId: instance.id })
        .set('Authorization', tenant.users.ame_coach.auth)
        .expect(200);
      expect(listed.body.items.map((w: { id: string }) => w.id)).toEqual([res.body.id]);
    });

    it('refuses capacity outside 1–8 (400) and a supervisor who is not one (422)', async () => {
      const instance = await givenInstance(t.dataSource, {
        municipalityId: tenant.municipalityId,
        responsibleUnitId: tenant.units.ame,
      });
      const bad = await request(t.server)
        .post('/api/v1/work-teams')
        .set('Authorization', admin)
        .send({ instanceId: instance.id, name: '', supervisorId: 'nobody', capacity: 9 })
        .expect(400);
      expect(fieldsOf(bad.body)).toEqual(['capacity', 'name', 'supervisorId']);
      const coach = await request(t.server)
        .post('/api/v1/work-teams')
        .set('Authorization', admin)
        .send({ instanceId: instance.id, name: 'Skog', supervisorId: tenant.users.ame_coach.id })
        .expect(422);
      expect(coach.body).toMatchObject({
        code: 'SUPERVISOR_INVALID',
        errors: [expect.objectContaining({ field: 'supervisorId' })],
      });
      const foreign = await request(t.server)
        .post('/api/v1/work-teams')
        .set('Authorization', admin)
        .send({ instanceId: instance.id, name: 'Skog', supervisorId: other.users.supervisor.id })
        .expect(422);
      expect(foreign.body.code).toBe('SUPERVISOR_INVALID');
      const unknownInstance = await request(t.server)
        .post('/api/v1/work-teams')
        .set('Authorization', admin)
        .send({ instanceId: UNKNOWN_ID, name: 'Skog', supervisorId: tenant.users.supervisor.id })
        .expect(422);
      expect(unknownInstance.body.code).toBe('INTERVENTION_INSTANCE_INVALID');
    });

    it('changes capacity and supervisor with If-Match', async () => {
      const instance = await givenInstance(t.dataSource, {
        municipalityId: tenant.municipalityId,
        responsibleUnitId: tenant.units.ame,
      });
      const created = await request(t.server)
        .post('/api/v1/work-teams')
        .set('Authorization', admin)
        .send({ instanceId: instance.id, name: 'Skog', supervisorId: tenant.users.supervisor.id })
        .expect(201);
      const url = `/api/v1/work-teams/${created.body.id}`;
      await request(t.server).patch(url).set('Authorization', admin).send({ capacity: 5 }).expect(428);
      const ok = await request(t.server)
        .patch(url)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ capacity: 5 })
        .expect(200);
      expect(ok.body).toMatchObject({ capacity: 5, version: 2 });
      await request(t.server)
        .patch(url)
        .set('Authorization', admin)
        .set('If-Match', '"2"')
        .send({ capacity: 0 })
        .expect(400);
      await request(t.server)
        .patch(url)
        .set('Authorization', admin)
        .set('If-Match', '"1"')
        .send({ capacity: 6 })
        .expect(412);
      await request(t.server)
        .patch(url)
        .set('Authorization', tenant.users.ame_coach.auth)
        .set('If-Match', '"2"')
        .send({ capacity: 6 })
        .expect(403);
    });
  });
});
