import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { preparedQuery } from './prepared-query';

/**
 * What `preparedFind` reads: equality on columns, an order, an optional column list, a row lock.
 * Property names, as in `find()`; `null` in `where` is `IS NULL` (a separate statement).
 */
export interface PreparedFindSpec<T> {
  where: { [K in keyof T & string]?: T[K] | null };
  order?: { [K in keyof T & string]?: 'ASC' | 'DESC' };
  select?: readonly (keyof T & string)[];
  /** `FOR UPDATE`, as `find()`'s `lock: { mode: 'pessimistic_write' }`. */
  forUpdate?: boolean;
  limit?: number;
}

interface Statement {
  text: string;
  columns: ColumnMetadata[];
  whereColumns: ColumnMetadata[];
}

const statements = new WeakMap<EntityMetadata, Map<string, Statement>>();

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

function column(metadata: EntityMetadata, property: string): ColumnMetadata {
  const found = metadata.findColumnWithPropertyPath(property);
  if (!found) throw new Error(`${metadata.name} has no column ${property}`);
  return found;
}

/** The statement of one spec's shape, built once per entity and shape. */
function statementOf<T>(metadata: EntityMetadata, spec: PreparedFindSpec<T>): Statement {
  const nulls = Object.entries(spec.where)
    .filter(([, value]) => value === null)
    .map(([key]) => key);
  const key = JSON.stringify([
    Object.keys(spec.where),
    nulls,
    spec.order ?? null,
    spec.select ?? null,
    spec.forUpdate === true,
    spec.limit ?? null,
  ]);
  let byShape = statements.get(metadata);
  if (!byShape) statements.set(metadata, (byShape = new Map<string, Statement>()));
  const cached = byShape.get(key);
  if (cached) return cached;

  const columns = spec.select ? spec.select.map((p) => column(metadata, p)) : metadata.columns;
  const whereColumns: ColumnMetadata[] = [];
  const conditions = Object.keys(spec.where).map((property) => {
    const c = column(metadata, property);
    if (nulls.includes(property)) return `${quote(c.databaseName)} IS NULL`;
    whereColumns.push(c);
    return `${quote(c.databaseName)} = $${whereColumns.length}`;
  });
  const order = Object.entries(spec.order ?? {}).map(
    ([property, direction]) => `${quote(column(metadata, property).databaseName)} ${direction as string}`,
  );
  const text = [
    `SELECT ${columns.map((c) => quote(c.databaseName)).join(', ')}`,
    `FROM ${quote(metadata.tableName)}`,
    conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '',
    order.length > 0 ? `ORDER BY ${order.join(', ')}` : '',
    spec.limit !== undefined ? `LIMIT ${Math.trunc(spec.limit)}` : '',
    spec.forUpdate ? 'FOR UPDATE' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const statement = { text, columns, whereColumns };
  byShape.set(key, statement);
  return statement;
}

/**
 * `manager.find(entity, …)` for the simple reads on every request's path (the gate's load of a
 * record, a person's relations, identifiers and consents), as a named prepared statement: the SQL
 * is built once per entity and shape from TypeORM's public metadata, PostgreSQL parses it once per
 * connection (`preparedQuery`), and the rows are hydrated through the driver's own
 * `prepareHydratedValue`, so the entities are those `find()` gives (tested side by side in
 * apps/api/test/database-layer.e2e-spec.ts). Anything richer stays with `find()` or a query builder.
 */
export async function preparedFind<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  spec: PreparedFindSpec<T>,
): Promise<T[]> {
  const metadata = manager.connection.getMetadata(entity);
  const statement = statementOf(metadata, spec);
  const values = statement.whereColumns.map(
    (c): unknown =>
      manager.connection.driver.preparePersistentValue(
        (spec.where as Record<string, unknown>)[c.propertyPath],
        c,
      ) as unknown,
  );
  const rows = await preparedQuery<Record<string, unknown>>(manager, statement.text, values);
  const driver = manager.connection.driver;
  return rows.map((row) => {
    const record = metadata.create(manager.queryRunner, { fromDeserializer: true }) as T;
    for (const c of statement.columns) {
      c.setEntityValue(record, driver.prepareHydratedValue(row[c.databaseName], c));
    }
    return record;
  });
}

/** The first row `preparedFind` gives, or null. */
export async function preparedFindOne<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  spec: Omit<PreparedFindSpec<T>, 'limit'>,
): Promise<T | null> {
  const [first] = await preparedFind(manager, entity, { ...spec, limit: 1 });
  return first ?? null;
}
