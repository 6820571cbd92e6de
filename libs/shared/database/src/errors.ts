import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';

/** True when `error` is PostgreSQL's unique violation (23505) of the named constraint or index. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === constraint;
}

/**
 * SQLSTATEs that mean "the database is not there right now", not "your statement is wrong":
 * class 08 (connection exception), 57P01 admin_shutdown (terminated by an administrator or a fast
 * shutdown), 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up, shutting down, in
 * recovery), 57P05 idle_session_timeout, 53300 too_many_connections.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '57P05', '53300']);

/** Node's socket errors on the way to the database (refused, reset, unreachable, name lookup). */
const UNAVAILABLE_SYSTEM_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * The plain Errors pg and pg-pool raise when a connection is lost or cannot be had; they carry no
 * code, so their (stable, long-standing) messages are the only thing to go by.
 */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/, // unexpectedly | due to connection timeout | (client ended)
  /^timeout exceeded when trying to connect$/, // pg-pool: no connection within connectionTimeoutMillis
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
  /^Cannot use a pool after calling end on the pool$/,
  /^Query read timeout$/,
  /^timeout expired$/,
];

/**
 * True when `error` says the database cannot be reached or is going away, so the request may well
 * succeed if repeated in a moment (503 with Retry-After), as opposed to a fault in the statement or
 * the data (which stays a 500 or becomes a domain error). Looks through TypeORM's QueryFailedError
 * (`driverError`), `cause` chains and Node's AggregateError (a connect attempt to every address of
 * `localhost`), since the same outage reaches us in all these wrappings depending on where it hit:
 * while acquiring a pool connection, mid-query, or at COMMIT.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return unavailable(error, 0);
}

function unavailable(error: unknown, depth: number): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  // TypeORM releases a transaction's query runner as soon as its connection emits 'error' (the
  // server terminated it); the transaction's next statement or its COMMIT then fails with this.
  if (error instanceof QueryRunnerAlreadyReleasedError) return true;
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
  if (typeof e.code === 'string') {
    if (e.code.startsWith('08') && e.code.length === 5) return true;
    if (UNAVAILABLE_SQLSTATES.has(e.code) || UNAVAILABLE_SYSTEM_CODES.has(e.code)) return true;
  }
  if (
    typeof e.message === 'string' &&
    UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(e.message as string))
  )
    return true;
  if (error instanceof QueryFailedError || e.driverError !== undefined) {
    if (unavailable(e.driverError, depth + 1)) return true;
  }
  if (error instanceof AggregateError && error.errors.some((inner) => unavailable(inner, depth + 1)))
    return true;
  return unavailable(e.cause, depth + 1);
}
