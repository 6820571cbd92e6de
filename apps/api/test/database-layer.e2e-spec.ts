import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { ParticipantRelationEntity } from '@steg/access/schema';
import { preparedFind, preparedFindOne, preparedQuery } from '@steg/database';
import {
  ParticipantConsentEntity,
  ParticipantEntity,
  ParticipantIdentifierEntity,
} from '@steg/participants/schema';
import {
  givenConsent,
  givenParticipant,
  givenRelation,
  givenTenant,
  takeOverlappingQueries,
} from '@steg/testing';
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

  describe('preparedFind', () => {
    it('gives the entities find() gives: every column type, order, a column list, IS NULL', async () => {
      const tenant = await givenTenant(t.app);
      const person = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo, {
        protection: 'protected_registration',
      });
      await givenConsent(t.dataSource, { municipalityId: tenant.municipalityId, participantId: person.id });
      await givenConsent(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: person.id,
        givenOn: '2026-02-01',
        withdrawnOn: '2026-02-20',
      });
      await givenRelation(t.dataSource, {
        municipalityId: tenant.municipalityId,
        participantId: person.id,
        unitId: tenant.units.ame,
        kind: 'enrolment',
        endedOn: '2026-06-30',
      });
      const m = t.dataSource.manager;
      const where = { id: person.id, municipalityId: tenant.municipalityId };

      const participant = await preparedFindOne(m, ParticipantEntity, { where });
      expect(participant).toBeInstanceOf(ParticipantEntity);
      expect(participant).toEqual(await m.findOne(ParticipantEntity, { where }));

      const consents = await preparedFind(m, ParticipantConsentEntity, {
        where: { participantId: person.id },
        order: { givenOn: 'ASC' },
      });
      expect(consents.map((c) => c.givenOn)).toEqual(['2026-02-01', '2026-03-01']);
      expect(consents).toEqual(
        await m.find(ParticipantConsentEntity, {
          where: { participantId: person.id },
          order: { givenOn: 'ASC' },
        }),
      );
      expect(
        await preparedFind(m, ParticipantIdentifierEntity, { where: { participantId: person.id } }),
      ).toEqual(await m.find(ParticipantIdentifierEntity, { where: { participantId: person.id } }));

      const select = ['unitId', 'kind', 'startedOn', 'endedOn'] as const;
      const relations = await preparedFind(m, ParticipantRelationEntity, {
        select,
        where: { participantId: person.id },
        order: { kind: 'ASC' },
      });
      expect(relations).toEqual(
        await m.find(ParticipantRelationEntity, {
          select: { unitId: true, kind: true, startedOn: true, endedOn: true },
          where: { participantId: person.id },
          order: { kind: 'ASC' },
        }),
      );
      expect(relations.map((r) => [r.kind, r.endedOn])).toEqual([
        ['enrolment', '2026-06-30'],
        ['registered', null],
      ]);

      const open = await preparedFind(m, ParticipantRelationEntity, {
        select,
        where: { participantId: person.id, endedOn: null },
      });
      expect(open.map((r) => r.kind)).toEqual(['registered']);

      // Another municipality's id is simply not found.
      expect(
        await preparedFindOne(m, ParticipantEntity, {
          where: { ...where, municipalityId: tenant.units.ifo },
        }),
      ).toBeNull();
    });

    it('locks the row for update inside the transaction when asked', async () => {
      const tenant = await givenTenant(t.app);
      const person = await givenParticipant(t.dataSource, tenant.municipalityId, tenant.units.ifo);
      const where = { id: person.id, municipalityId: tenant.municipalityId };
      await t.dataSource.transaction(async (manager) => {
        expect(await preparedFindOne(manager, ParticipantEntity, { where, forUpdate: true })).not.toBeNull();
        const other = t.dataSource.createQueryRunner();
        try {
          await other.connect();
          const blocked: unknown = await other
            .query(`SELECT id FROM participants WHERE id = $1 FOR UPDATE NOWAIT`, [person.id])
            .catch((e: unknown) => e);
          expect((blocked as QueryFailedError).driverError).toMatchObject({ code: '55P03' }); // lock_not_available
        } finally {
          await other.release();
        }
      });
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
