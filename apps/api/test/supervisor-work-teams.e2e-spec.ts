import request from 'supertest';
import {
  givenPlacedPerson,
  givenSiteInstance,
  givenTenant,
  givenUser,
  givenWorkTeam,
  GivenInstance,
  Tenant,
  tokenFor,
} from '@steg/testing';
import { PlacementEntity, WorkTeamEntity } from '@steg/interventions/schema';
import { startTestApp, TestApp } from './support/test-app';

/** Issue 14: a supervisor finds the teams they lead and today's day sheet of each. */
describe('GET /supervisor/work-teams (mina arbetslag)', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let instance: GivenInstance;

  const myTeams = (auth: string) =>
    request(t.server).get('/api/v1/supervisor/work-teams').set('Authorization', auth);

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    other = await givenTenant(t.app);
    instance = await givenSiteInstance(t.dataSource, tenant);
  });
  afterAll(() => t.close());

  it('needs a token and the supervisor role', async () => {
    await request(t.server).get('/api/v1/supervisor/work-teams').expect(401);
    for (const role of ['ame_coach', 'ifo_caseworker', 'unit_manager', 'admin'] as const) {
      await myTeams(tenant.users[role].auth).expect(403);
    }
  });

  it('lists the active teams the supervisor leads, with site, intervention, members today and the sheet link', async () => {
    const sup = await givenUser(t.dataSource, tenant.municipalityId, [
      { unitId: tenant.units.site, role: 'supervisor' },
    ]);
    const auth = `Bearer ${await tokenFor(t.app, sup)}`;
    const m = tenant.municipalityId;
    const skog = await givenWorkTeam(t.dataSource, {
      municipalityId: m,
      instanceId: instance.id,
      supervisorId: sup.id,
      name: 'Skog',
    });
    const bygg = await givenWorkTeam(t.dataSource, {
      municipalityId: m,
      instanceId: instance.id,
      supervisorId: sup.id,
      name: 'Bygg',
    });
    const closed = await givenWorkTeam(t.dataSource, {
      municipalityId: m,
      instanceId: instance.id,
      supervisorId: sup.id,
      name: 'Stängt',
    });
    await t.dataSource.getRepository(WorkTeamEntity).update(closed.id, { active: false });
    // Led by someone else: not this supervisor's, nor the tenant's usual supervisor's, although the
    // latter supervises a placement in it.
    const leader = await givenUser(t.dataSource, m, [{ unitId: tenant.units.site, role: 'supervisor' }]);
    const someoneElses = await givenWorkTeam(t.dataSource, {
      municipalityId: m,
      instanceId: instance.id,
      supervisorId: leader.id,
      name: 'Annans',
    });
    const supervisedThere = await givenPlacedPerson(t.dataSource, tenant, instance, {
      workTeamId: someoneElses.id,
    });
    // Two placed in Skog today, one who ended yesterday (DEFAULT_TEST_NOW is 2026-03-16), one starting later.
    await givenPlacedPerson(t.dataSource, tenant, instance, { workTeamId: skog.id });
    await givenPlacedPerson(t.dataSource, tenant, instance, { workTeamId: skog.id });
    const ended = await givenPlacedPerson(t.dataSource, tenant, instance, { workTeamId: skog.id });
    await t.dataSource
      .getRepository(PlacementEntity)
      .update(ended.placementIds[0], { actualEndDate: '2026-03-15', endReason: 'completed' });
    const later = await givenPlacedPerson(t.dataSource, tenant, instance, { workTeamId: skog.id });
    await t.dataSource
      .getRepository(PlacementEntity)
      .update(later.placementIds[0], { startDate: '2026-03-17' });

    const res = await myTeams(auth).expect(200);

    const instanceRow = await t.dataSource.query<{ site_id: string; site_name: string; type_name: string }[]>(
      `SELECT s.id AS site_id, s.name AS site_name, t.name AS type_name
         FROM intervention_instances i JOIN sites s ON s.id = i.site_id JOIN intervention_types t ON t.id = i.type_id
        WHERE i.id = $1`,
      [instance.id],
    );
    const where = {
      site: { id: instanceRow[0].site_id, name: instanceRow[0].site_name },
      instance: { id: instance.id, name: instance.name, typeName: instanceRow[0].type_name },
    };
    expect(res.body).toEqual({
      items: [
        {
          id: bygg.id,
          name: 'Bygg',
          ...where,
          memberCount: 0,
          todaySheet: `/api/v1/attendance/teams/${bygg.id}/days/2026-03-16`,
        },
        {
          id: skog.id,
          name: 'Skog',
          ...where,
          memberCount: 2,
          todaySheet: `/api/v1/attendance/teams/${skog.id}/days/2026-03-16`,
        },
      ],
      nextCursor: null,
    });
    // The link opens the team's day for this supervisor.
    await request(t.server).get(res.body.items[1].todaySheet).set('Authorization', auth).expect(200);
    // Supervising a placement in a team does not make the team yours: not listed, its day closed.
    const usual = tenant.users.supervisor.auth;
    expect((await myTeams(usual).expect(200)).body.items.map((i: { id: string }) => i.id)).not.toContain(
      someoneElses.id,
    );
    await request(t.server)
      .get(`/api/v1/attendance/teams/${someoneElses.id}/days/2026-03-16`)
      .set('Authorization', usual)
      .expect(404);
    // Where a team is named, its id is given too: in the supervisor's placements and in one placement.
    const placements = await request(t.server)
      .get('/api/v1/supervisor/placements?limit=200')
      .set('Authorization', usual)
      .expect(200);
    expect(
      placements.body.items.find((i: { id: string }) => i.id === supervisedThere.placementIds[0]),
    ).toMatchObject({ workTeamId: someoneElses.id, workTeamName: 'Annans' });
    const one = await request(t.server)
      .get(`/api/v1/placements/${supervisedThere.placementIds[0]}`)
      .set('Authorization', usual)
      .expect(200);
    expect(one.body).toMatchObject({ workTeamId: someoneElses.id, workTeamName: 'Annans' });
    const caseView = await request(t.server)
      .get(`/api/v1/placements/${supervisedThere.placementIds[0]}`)
      .set('Authorization', tenant.users.ame_coach.auth)
      .expect(200);
    expect(caseView.body.workTeam).toEqual({ id: someoneElses.id, name: 'Annans' });
    // The list itself is logged as a view, without a person.
    const events = await t.dataSource.query<Record<string, unknown>[]>(
      `SELECT action, outcome, participant_id, details FROM audit_events
        WHERE user_id = $1 AND resource_type = 'work_team' ORDER BY occurred_at`,
      [sup.id],
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'view',
      outcome: 'success',
      participant_id: null,
      details: { audience: 'supervisor', list: true, resultCount: 2 },
    });
  });

  it('pages by name', async () => {
    const sup = await givenUser(t.dataSource, tenant.municipalityId, [
      { unitId: tenant.units.site, role: 'supervisor' },
    ]);
    const auth = `Bearer ${await tokenFor(t.app, sup)}`;
    for (const name of ['A', 'B', 'C']) {
      await givenWorkTeam(t.dataSource, {
        municipalityId: tenant.municipalityId,
        instanceId: instance.id,
        supervisorId: sup.id,
        name,
      });
    }
    const first = await request(t.server)
      .get('/api/v1/supervisor/work-teams?limit=2')
      .set('Authorization', auth)
      .expect(200);
    expect(first.body.items.map((i: { name: string }) => i.name)).toEqual(['A', 'B']);
    const rest = await request(t.server)
      .get(`/api/v1/supervisor/work-teams?limit=2&cursor=${first.body.nextCursor}`)
      .set('Authorization', auth)
      .expect(200);
    expect(rest.body).toMatchObject({ items: [{ name: 'C' }], nextCursor: null });
    const bad = await request(t.server)
      .get('/api/v1/supervisor/work-teams?limit=0')
      .set('Authorization', auth)
      .expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'limit' })]);
  });

  it("never shows another unit's or another municipality's teams", async () => {
    // A supervisor of another municipality leading a team there sees only that one.
    const theirInstance = await givenSiteInstance(t.dataSource, other);
    const theirs = await givenWorkTeam(t.dataSource, {
      municipalityId: other.municipalityId,
      instanceId: theirInstance.id,
      supervisorId: other.users.supervisor.id,
    });
    const mine = await givenWorkTeam(t.dataSource, {
      municipalityId: tenant.municipalityId,
      instanceId: instance.id,
      supervisorId: tenant.users.supervisor.id,
    });
    const ids = (await myTeams(tenant.users.supervisor.auth).expect(200)).body.items.map(
      (i: { id: string }) => i.id,
    );
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    expect(
      (await myTeams(other.users.supervisor.auth).expect(200)).body.items.map((i: { id: string }) => i.id),
    ).toEqual([theirs.id]);
  });
});
