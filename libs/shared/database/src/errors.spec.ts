import { DatabaseError } from 'pg';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { isDatabaseUnavailable } from './errors';

/** A PostgreSQL error as pg builds it from the server's ErrorResponse. */
function pgError(code: string, message: string): DatabaseError {
  const error = new DatabaseError(message, message.length, 'error');
  error.code = code;
  error.severity = 'FATAL';
  return error;
}

/** A socket error as Node raises it (net.connect / socket 'error'). */
function systemError(code: string, syscall: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${syscall} ${code} 127.0.0.1:5432`);
  error.code = code;
  error.errno = -1;
  error.syscall = syscall;
  return error;
}

/** TypeORM's wrapping of a failed query: the driver's error is in `driverError`. */
const failedQuery = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('isDatabaseUnavailable', () => {
  it.each<[string, unknown, boolean]>([
    // The database going away under a running query (fast shutdown, pg_terminate_backend, crash).
    [
      '57P01 admin_shutdown, via TypeORM',
      failedQuery(pgError('57P01', 'terminating connection due to administrator command')),
      true,
    ],
    ['57P02 crash_shutdown', pgError('57P02', 'terminating connection because of crash'), true],
    ['57P03 starting up (pool connect)', pgError('57P03', 'the database system is starting up'), true],
    ['57P03 shutting down', pgError('57P03', 'the database system is shutting down'), true],
    [
      '57P05 idle session timeout',
      pgError('57P05', 'terminating connection due to idle-session timeout'),
      true,
    ],
    ['53300 too many connections', pgError('53300', 'sorry, too many clients already'), true],
    ['08006 connection failure', failedQuery(pgError('08006', 'connection failure')), true],
    ['08P01 protocol violation', pgError('08P01', 'protocol violation'), true],
    // pg's plain Errors, mid-query (wrapped) and from the pool.
    ['socket closed mid-query', failedQuery(new Error('Connection terminated unexpectedly')), true],
    ['client ended', new Error('Connection terminated'), true],
    [
      'pool connect timeout',
      new Error('Connection terminated due to connection timeout', { cause: new Error('timeout expired') }),
      true,
    ],
    ['pool checkout timeout', new Error('timeout exceeded when trying to connect'), true],
    [
      'broken client reused',
      failedQuery(new Error('Client has encountered a connection error and is not queryable')),
      true,
    ],
    ['pool ended at shutdown', new Error('Cannot use a pool after calling end on the pool'), true],
    [
      'transaction whose connection was lost (TypeORM released its runner)',
      new QueryRunnerAlreadyReleasedError(),
      true,
    ],
    // Node's socket errors.
    ['ECONNREFUSED', systemError('ECONNREFUSED', 'connect'), true],
    ['ECONNRESET mid-query', failedQuery(systemError('ECONNRESET', 'read')), true],
    ['ETIMEDOUT', systemError('ETIMEDOUT', 'connect'), true],
    ['EAI_AGAIN (DNS)', systemError('EAI_AGAIN', 'getaddrinfo'), true],
    [
      'AggregateError of every address of localhost',
      new AggregateError([systemError('ECONNREFUSED', 'connect'), systemError('ECONNREFUSED', 'connect')]),
      true,
    ],
    ['cause chain', new Error('could not start', { cause: systemError('ECONNREFUSED', 'connect') }), true],
    // Faults of the statement or the data: not an outage, must not be retried as one.
    ['23505 unique violation', failedQuery(pgError('23505', 'duplicate key value')), false],
    ['22P02 invalid text', failedQuery(pgError('22P02', 'invalid input syntax for type uuid')), false],
    ['40001 serialization failure', failedQuery(pgError('40001', 'could not serialize access')), false],
    [
      '57014 statement timeout',
      failedQuery(pgError('57014', 'canceling statement due to statement timeout')),
      false,
    ],
    ['42P01 undefined table', failedQuery(pgError('42P01', 'relation "x" does not exist')), false],
    ['a code that merely starts with 08', { code: '0800000' }, false],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')"), false],
    ['a string', 'Connection terminated', false],
    ['undefined', undefined, false],
    ['null', null, false],
  ])('%s', (_name, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });

  it('stops at a cause cycle', () => {
    const a = new Error('a') as Error & { cause?: unknown };
    a.cause = a;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});
