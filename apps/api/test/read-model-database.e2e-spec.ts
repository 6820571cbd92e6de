import request from 'supertest';
import { QueryFailedError } from 'typeorm';
import { ReadModelDatabase, STATISTICS_APPLICATION_NAME } from '@steg/read-models';
import { givenParticipant, givenReferral, givenTenant, Tenant, testDatabaseUrl } from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

/** One sent referral, and the flow measures of its month as its unit's manager sees them. */
async function flowOfOneReferral(t: TestApp): Promise<request.Response> {
  const tenant: Tenant = await givenTenant(t.app);
  const person = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
  await givenReferral(t.dataSource, {
    municipalityId: tenant.municipalityId,
    participantId: person.id,
    referringUnitId: tenant.units.ifo,
    referringUserId: tenant.users.ifo_caseworker.id,
    receivingUnitId: tenant.units.ame,
    status: 'sent',
  });
  return request(t.server)
    .get('/api/v1/referrals/flow')
    .query({ from: '2026-03-01', to: '2026-03-31' })
    .set('Authorization', tenant.users.unit_manager.auth)
    .expect(200);
}

/**
 * Statistics read STATISTICS_DATABASE_URL when it is set (a read replica; here the test database
 * itself stands in for one), through a connection of their own that cannot write; without it they
 * read the main database. docs/decisions/0010-read-models.md.
 */
describe('read models: the statistics database', () => {
  describe('with STATISTICS_DATABASE_URL', () => {
    let t: TestApp;
    let db: ReadModelDatabase;

    beforeAll(async () => {
      t = await startTestApp({ config: { statisticsDatabaseUrl: testDatabaseUrl() } });
      db = t.app.get(ReadModelDatabase);
    });
    afterAll(() => t.close());

    it('opens a second connection for statistics, and the main one stays for everything else', () => {
      expect(db.statisticsOnReplica).toBe(true);
      expect(db.primary).toBe(t.dataSource);
      expect(db.statistics).not.toBe(t.dataSource);
      expect(db.statistics.isInitialized).toBe(true);
    });

    it('cannot write through it: PostgreSQL refuses, every transaction being read only', async () => {
      const [setting] = await db.statistics.query<{ default_transaction_read_only: string }[]>(
        'SHOW default_transaction_read_only',
      );
      expect(setting.default_transaction_read_only).toBe('on');
      const refused = await db.statistics.query('DELETE FROM referrals WHERE false').then(
        () => null,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(QueryFailedError);
      // 25006 read_only_sql_transaction: "cannot execute DELETE in a read-only transaction"
      expect((refused as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe(
        '25006',
      );
      // The main connection still writes.
      await expect(t.dataSource.query('DELETE FROM referrals WHERE false')).resolves.toBeDefined();
    });

    it('answers the flow measures from the statistics connection', async () => {
      const res = await flowOfOneReferral(t);
      expect(res.body).toMatchObject({ referrals: 1, byStatus: { sent: 1 } });
      // PostgreSQL shows each connection's latest statement: the flow's query ran on one of the
      // statistics connections (named so in pg_stat_activity).
      const sessions = await t.dataSource.query<{ query: string }[]>(
        `SELECT query FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`,
        [STATISTICS_APPLICATION_NAME],
      );
      expect(sessions.map((s) => s.query)).toContainEqual(
        expect.stringContaining(
          `to_char(r.sent_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS sent_on`,
        ),
      );
    });
  });

  describe('without STATISTICS_DATABASE_URL', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it('reads statistics from the main database', async () => {
      const db = t.app.get(ReadModelDatabase);
      expect(db.statisticsOnReplica).toBe(false);
      expect(db.statistics).toBe(t.dataSource);
      expect(db.primary).toBe(t.dataSource);
      const res = await flowOfOneReferral(t);
      expect(res.body).toMatchObject({ referrals: 1, byStatus: { sent: 1 } });
    });
  });
});
