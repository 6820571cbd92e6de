import { createHash } from 'node:crypto';
import type { QueryConfig, QueryResult, QueryResultRow } from 'pg';
import {
  DataSource,
  EntityManager,
  QueryFailedError,
  QueryRunner,
  QueryRunnerAlreadyReleasedError,
} from 'typeorm';

const names = new Map<string, string>();

/** A stable statement name per SQL text: the same text is prepared once per connection. */
function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `steg_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * What `QueryRunner.connect()` resolves to for `type: 'postgres'`: TypeORM documents it as "the
 * obtained database connection" and types it `any`; the postgres driver's connection is a client of
 * the `pg` pool it is built on (our dependency too). Only pg's public `query(config)` is used.
 */
interface PgConnection {
  query<T extends QueryResultRow>(config: QueryConfig): Promise<QueryResult<T>>;
}

async function connectionOf(runner: QueryRunner): Promise<PgConnection> {
  const connection: unknown = await runner.connect();
  if (typeof (connection as Partial<PgConnection> | null)?.query !== 'function') {
    throw new Error('preparedQuery needs the postgres driver (QueryRunner.connect() gave no pg client)');
  }
  return connection as PgConnection;
}

/**
 * Runs `text` as a named prepared statement, on the manager's query runner (its transaction) when it
 * has one, else on a connection of the pool for this one statement. For the statements on every
 * request's path (authentication, attendance, the audit append): TypeORM's `query()` sends unnamed
 * statements that PostgreSQL parses and plans on every call, and TypeORM 1.1 has no way to name
 * one. Measured on the team-day benchmark, plain `query()` here costs 4.2 ms of PostgreSQL CPU per
 * request against 2.4 ms (docs/decisions/0008-database-layer.md). A prepared statement is parsed
 * once per connection and planned generically once its plans settle.
 *
 * Public APIs only: `EntityManager.queryRunner`, `DataSource.createQueryRunner()`, and
 * `QueryRunner.connect()`/`release()`. Errors are QueryFailedError, as from `query()`. Like any
 * query, never run two at once on one transaction's manager (pg 9 refuses it).
 */
export async function preparedQuery<T extends QueryResultRow>(
  on: EntityManager | DataSource,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const manager = on instanceof DataSource ? on.manager : on;
  const own = manager.queryRunner;
  // A released runner's transaction is gone: fail as its query() would, never fall back to the pool.
  if (own?.isReleased === true) throw new QueryRunnerAlreadyReleasedError();
  const runner = own ?? manager.connection.createQueryRunner();
  try {
    // Not wrapped, as in query(): a connection that cannot be had is not a failed statement.
    const connection = await connectionOf(runner);
    try {
      const result = await connection.query<T>({ name: statementName(text), text, values });
      return result.rows;
    } catch (error) {
      throw new QueryFailedError(text, values, error as Error);
    }
  } finally {
    if (runner !== own) await runner.release();
  }
}
