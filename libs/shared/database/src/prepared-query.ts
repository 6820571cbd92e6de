import { createHash } from 'node:crypto';
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

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
 * Runs `text` as a named prepared statement, on the manager's transaction when it has one, else on
 * the pool. For the statements on every request's path (authentication, attendance, the audit
 * append): TypeORM's `query()` sends unnamed statements that PostgreSQL parses and plans on every
 * call, which the team-day benchmark showed as a large part of the database's CPU per request. A
 * prepared statement is parsed once per connection and planned generically once its plans settle.
 * Errors are QueryFailedError, as from `query()`.
 */
export async function preparedQuery<T extends QueryResultRow>(
  on: EntityManager | DataSource,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const manager = on instanceof DataSource ? on.manager : on;
  const runner = manager.queryRunner;
  let client: Pick<PoolClient, 'query'>;
  if (runner !== undefined && !runner.isReleased && runner.isTransactionActive) {
    client = (await runner.connect()) as PoolClient;
  } else {
    client = (manager.connection.driver as unknown as { master: Pool }).master;
  }
  try {
    const result = await client.query<T>({ name: statementName(text), text, values });
    return result.rows;
  } catch (error) {
    throw new QueryFailedError(text, values, error as Error);
  }
}
