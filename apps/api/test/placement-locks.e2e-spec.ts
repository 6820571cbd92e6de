import request from 'supertest';
import type { QueryRunner } from 'typeorm';
import { AttendanceMonthEntity } from '@steg/attendance/schema';
import { PlacementFactsReader, PlacementLocks } from '@steg/interventions';
import {
  anAttendanceEntry,
  givenPlacedPerson,
  givenSiteInstance,
  givenTenant,
  givenWorkTeam,
  Tenant,
} from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The attendance lock protocol of interventions (PlacementLocks), on two real connections: an
 * attendance write holds its placements FOR KEY SHARE, a sign-off all of the person's placements
 * FOR UPDATE. Who blocks whom is shown with a short lock_timeout (the waiting side fails with
 * lock_not_available at once), or by watching PostgreSQL report the waiting side as waiting on a
 * lock; never by timing.
 */
describe('the attendance lock protocol (PlacementLocks)', () => {
  let t: TestApp;
  let tenant: Tenant;
  let locks: PlacementLocks;
  let facts: PlacementFactsReader;
  let teamId: string;
  /** Person A with two placements (one in the team), person B with one. */
  let a: { participantId: string; placements: [string, string] };
  let b: { participantId: string; placement: string };
  const runners: QueryRunner[] = [];

  /** A connection of its own in an open transaction, its waits cut short when `lockTimeout`. */
  async function transaction(options: { lockTimeout?: boolean } = {}): Promise<QueryRunner> {
    const runner = t.dataSource.createQueryRunner();
    runners.push(runner);
    await runner.connect();
    await runner.startTransaction();
    if (options.lockTimeout) await runner.query(`SET LOCAL lock_timeout = '100ms'`);
    return runner;
  }

  /** The promise fails because a lock was not available (SQLSTATE 55P03, lock_not_available). */
  async function expectBlocked(promise: Promise<unknown>): Promise<void> {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect((error as { driverError?: { code?: string } }).driverError?.code).toBe('55P03');
  }

  /** Resolves once PostgreSQL reports a backend of this database waiting on a lock: `pid`, or a statement like. */
  async function waitingOnLock(who: number | string): Promise<void> {
    for (;;) {
      const [row] = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'
            AND ${typeof who === 'number' ? 'pid = $1' : 'query LIKE $1'}`,
        [who],
      );
      if ((row?.n ?? 0) > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  const pidOf = async (runner: QueryRunner) =>
    ((await runner.query(`SELECT pg_backend_pid() AS pid`)) as { pid: number }[])[0].pid;

  beforeAll(async () => {
    t = await startTestApp();
    tenant = await givenTenant(t.app);
    locks = t.app.get(PlacementLocks);
    facts = t.app.get(PlacementFactsReader);
    const instance = await givenSiteInstance(t.dataSource, tenant);
    teamId = (
      await givenWorkTeam(t.dataSource, {
        municipalityId: tenant.municipalityId,
        instanceId: instance.id,
        supervisorId: tenant.users.supervisor.id,
      })
    ).id;
    const personA = await givenPlacedPerson(t.dataSource, tenant, instance, {
      workTeamId: teamId,
      placements: 2,
    });
    a = {
      participantId: personA.participantId,
      placements: [personA.placementIds[0], personA.placementIds[1]],
    };
    const personB = await givenPlacedPerson(t.dataSource, tenant, instance, { workTeamId: teamId });
    b = { participantId: personB.participantId, placement: personB.placementIds[0] };
  });
  afterEach(async () => {
    for (const runner of runners.splice(0)) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });
  afterAll(() => t.close());

  it('a sign-off cannot take the person while an attendance write holds one of their placements', async () => {
    const write = await transaction();
    expect(
      await locks.holdForAttendanceWrite(write.manager, tenant.municipalityId, [a.placements[0]]),
    ).toEqual([
      expect.objectContaining({
        id: a.placements[0],
        participantId: a.participantId,
        startDate: '2026-02-02',
      }),
    ]);
    const signOff = await transaction({ lockTimeout: true });
    await expectBlocked(locks.holdForSignOff(signOff.manager, tenant.municipalityId, a.participantId));
  });

  it('a sign-off waits for the write in flight and goes on when it commits', async () => {
    const write = await transaction();
    await locks.holdForAttendanceWrite(write.manager, tenant.municipalityId, [a.placements[1]]);
    const signOff = await transaction();
    const pid = await pidOf(signOff);
    const signing = locks.holdForSignOff(signOff.manager, tenant.municipalityId, a.participantId);
    await waitingOnLock(pid);
    await write.commitTransaction();
    await expect(signing).resolves.toBeUndefined();
  });

  it('a sign-off holds new writes on every placement of the person until it ends', async () => {
    const signOff = await transaction();
    await locks.holdForSignOff(signOff.manager, tenant.municipalityId, a.participantId);
    for (const placement of a.placements) {
      const write = await transaction({ lockTimeout: true });
      await expectBlocked(locks.holdForAttendanceWrite(write.manager, tenant.municipalityId, [placement]));
    }
  });

  it('a sign-off leaves another person’s placements alone', async () => {
    const signOff = await transaction();
    await locks.holdForSignOff(signOff.manager, tenant.municipalityId, a.participantId);
    const write = await transaction({ lockTimeout: true });
    await expect(
      locks.holdForAttendanceWrite(write.manager, tenant.municipalityId, [b.placement]),
    ).resolves.toHaveLength(1);
  });

  it('attendance writes do not block each other, on different placements or the same one', async () => {
    const first = await transaction();
    await locks.holdForAttendanceWrite(first.manager, tenant.municipalityId, [a.placements[0]]);
    const other = await transaction({ lockTimeout: true });
    await expect(
      locks.holdForAttendanceWrite(other.manager, tenant.municipalityId, [b.placement]),
    ).resolves.toHaveLength(1);
    const same = await transaction({ lockTimeout: true });
    await expect(
      locks.holdForAttendanceWrite(same.manager, tenant.municipalityId, [a.placements[0], b.placement]),
    ).resolves.toHaveLength(2);
  });

  it('the placement reads that hold for a write take the same lock', async () => {
    const write = await transaction();
    const placement = await facts.placement(write.manager, tenant.municipalityId, a.placements[0], {
      holdForAttendanceWrite: true,
    });
    expect(placement).toMatchObject({ participantId: a.participantId, workTeamId: teamId });
    const signOff = await transaction({ lockTimeout: true });
    await expectBlocked(locks.holdForSignOff(signOff.manager, tenant.municipalityId, a.participantId));

    // The team's day holds only the placements named, of the team: B's, not A's.
    const team = await transaction();
    const day = await facts.teamDay(team.manager, tenant.municipalityId, teamId, '2026-03-16', {
      holdForAttendanceWrite: [b.placement],
    });
    expect(day?.active.map((p) => p.id).sort()).toEqual([a.placements[0], b.placement].sort());
    const signOffB = await transaction({ lockTimeout: true });
    await expectBlocked(locks.holdForSignOff(signOffB.manager, tenant.municipalityId, b.participantId));
  });

  it('refuses to hold outside a transaction: the lock would end with the statement', async () => {
    await expect(
      locks.holdForAttendanceWrite(t.dataSource.manager, tenant.municipalityId, [b.placement]),
    ).rejects.toThrow(/inside one/);
    await expect(
      locks.holdForSignOff(t.dataSource.manager, tenant.municipalityId, b.participantId),
    ).rejects.toThrow(/inside one/);
  });

  it('a team-day report that waited for a sign-off finds the month signed (409), and writes nothing', async () => {
    const signOff = await transaction();
    await locks.holdForSignOff(signOff.manager, tenant.municipalityId, b.participantId);
    await signOff.manager.getRepository(AttendanceMonthEntity).save({
      municipalityId: tenant.municipalityId,
      participantId: b.participantId,
      month: '2026-03',
      status: 'signed',
      signedBy: tenant.users.ame_coach.id,
      signedAt: new Date('2026-03-16T08:30:00+01:00'),
    });
    const report = request(t.server)
      .put(`/api/v1/attendance/teams/${teamId}/days/2026-03-16`)
      .set('Authorization', tenant.users.supervisor.auth)
      .send({ entries: [anAttendanceEntry({ placementId: b.placement })] })
      .then((res) => res);
    // The report's transaction waits on B's placement, held by the sign-off, as it loads the team.
    await waitingOnLock(`WITH team AS%`);
    await signOff.commitTransaction();
    const res = await report;
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('ATTENDANCE_MONTH_SIGNED');
    expect(
      await t.dataSource.query(`SELECT id FROM attendance_entries WHERE placement_id = $1`, [b.placement]),
    ).toEqual([]);
  });
});
