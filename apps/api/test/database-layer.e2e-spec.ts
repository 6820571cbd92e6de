import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { preparedQuery } from '@steg/database';
import { takeOverlappingQueries } from '@steg/testing';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The database layer on TypeORM's public API (docs/decisions/0008-database-layer.md): prepared
 * statements on the caller's transaction or on a pooled connection of their own, and the test guard
 * that fails a test running two queries at once on one connection.
 */
describe('database layer', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const prepared = async (on: Parameters<typeof preparedQuery>[0], text: string) =>
    (
      await preparedQuery<{ n: string }>(
        on,
        `SELECT count(*) AS n FROM pg_prepared_statements WHERE statement = $1`,
        [text],
      )
    )[0]?.n;

  describe('preparedQuery', () => {
    it("runs as a named prepared statement inside the caller's transaction, seeing its writes", async () => {
      const marker = `layer-${Date.now()}`;
      const text = `SELECT v FROM layer_probe WHERE v = $1`;
      const seen = await t.dataSource.transaction(async (manager) => {
        // A table only this transaction's connection knows.
        await manager.query(`CREATE TEMP TABLE layer_probe (v text) ON COMMIT DROP`);
        await manager.query(`INSERT INTO layer_probe VALUES ($1)`, [marker]);
        const rows = await preparedQuery<{ v: string }>(manager, text, [marker]);
        // Prepared on this very connection, under the name preparedQuery gave it.
        expect(await prepared(manager, text)).toBe('1');
        return rows;
      });
      expect(seen).toEqual([{ v: marker }]);
    });

    it('runs on a pooled connection of its own without a transaction, and gives it back', async () => {
      // More statements than the pool has connections: one kept would soon leave none.
      for (let i = 0; i < 25; i++) {
        expect(await preparedQuery<{ i: number }>(t.dataSource, `SELECT $1::int AS i`, [i])).toEqual([{ i }]);
      }
    });

    it('fails as a query does when the transaction is gone, instead of running outside it', async () => {
      const runner = t.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      await runner.rollbackTransaction();
      await runner.release();
      await expect(preparedQuery(runner.manager, `SELECT 1 AS one`, [])).rejects.toBeInstanceOf(
        QueryRunnerAlreadyReleasedError,
      );
    });

    it("wraps PostgreSQL's errors in QueryFailedError with the driver's error, as query() does", async () => {
      const error: unknown = await preparedQuery(t.dataSource, `SELECT 1 / $1::int AS x`, [0]).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(QueryFailedError);
      expect((error as QueryFailedError).driverError).toMatchObject({ code: '22012' }); // division_by_zero
    });
  });

  describe('the one-query-per-connection guard of the API tests', () => {
    it("catches two queries at once on one transaction's connection, with the statement", async () => {
      await t.dataSource.transaction(async (manager) => {
        await Promise.all([manager.query(`SELECT 1 AS a`), manager.query(`SELECT pg_sleep(0.01), 2 AS b`)]);
      });
      const found = takeOverlappingQueries();
      expect(found.map((o) => o.sql)).toEqual([`SELECT pg_sleep(0.01), 2 AS b`]);
      expect(found[0]?.stack).toContain('database-layer.e2e-spec.ts');
    });

    it('lets queries run at once on the pool, each on a connection of its own', async () => {
      await Promise.all([t.dataSource.query(`SELECT 1 AS a`), t.dataSource.query(`SELECT 2 AS b`)]);
      await Promise.all([
        preparedQuery(t.dataSource, `SELECT 1 AS a`, []),
        preparedQuery(t.dataSource, `SELECT 2 AS b`, []),
      ]);
      expect(takeOverlappingQueries()).toEqual([]);
    });
  });
});
