import request from 'supertest';
import {
  anAttendanceEntry,
  GivenInstance,
  givenPlacedPerson,
  givenSiteInstance,
  givenTenant,
  givenWorkTeam,
  Tenant,
} from '@steg/testing';
import { statementsOf } from './support/statements';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The team-day report is the hot path the benchmark measures (`npm run bench`): its round trips to
 * PostgreSQL do not grow with the number of people in the team, and stay few. A report today:
 * sign-in's user read; BEGIN; the team's day with the named placements held (interventions); the
 * people's names and protection (participants, through the gate); for a change, the stored entries
 * locked; the writing statement with the signed-month check; the audit chain's head and append;
 * COMMIT. A first report has nothing stored to lock, and a past day needs the municipality's window.
 */
describe('attendance reports: statements per request', () => {
  let t: TestApp;
  let tenant: Tenant;
  let instance: GivenInstance;

  async function team(size: number): Promise<{ id: string; placements: string[] }> {
    const workTeam = await givenWorkTeam(t.dataSource, {
      municipalityId: tenant.municipalityId,
      instanceId: instance.id,
      supervisorId: tenant.users.supervisor.id,
    });
    const placements: string[] = [];
    for (let i = 0; i < size; i++) {
      const person = await givenPlacedPerson(t.dataSource, tenant, instance, { workTeamId: workTeam.id });
      placements.push(...person.placementIds);
    }
    return { id: workTeam.id, placements };
  }

  /** The statements of one team-day report, which must succeed. */
  const report = (
    workTeam: { id: string; placements: string[] },
    date: string,
    entry: Record<string, unknown> = {},
  ) =>
    statementsOf(() =>
      request(t.server)
        .put(`/api/v1/attendance/teams/${workTeam.id}/days/${date}`)
        .set('Authorization', tenant.users.supervisor.auth)
        .send({
          entries: workTeam.placements.map((placementId) => anAttendanceEntry({ placementId, ...entry })),
        })
        .expect(200),
    );

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    instance = await givenSiteInstance(t.dataSource, tenant);
  });
  afterAll(() => t.close());

  it('a team’s day costs as many statements for eight people as for one: 8 to report it first, 9 to change it or a past day', async () => {
    const one = await team(1);
    const eight = await team(8);
    // The municipality's first audit event creates its chain heads: not what is measured.
    await report(one, '2026-03-11');

    const firstOne = await report(one, '2026-03-16');
    const firstEight = await report(eight, '2026-03-16');
    expect(firstEight).toEqual(firstOne);
    expect(firstOne).toHaveLength(8);

    const change = { basedOnVersion: 1, presentMinutes: 240 };
    const changeOne = await report(one, '2026-03-16', change);
    const changeEight = await report(eight, '2026-03-16', change);
    expect(changeEight).toEqual(changeOne);
    expect(changeOne).toHaveLength(9);

    const pastOne = await report(one, '2026-03-12');
    const pastEight = await report(eight, '2026-03-12');
    expect(pastEight).toEqual(pastOne);
    expect(pastOne).toHaveLength(9);
  });
});
