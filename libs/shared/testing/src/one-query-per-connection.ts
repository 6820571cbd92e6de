import { join } from 'node:path';
import { Client } from 'pg';

/** A statement sent on a connection that was still busy with another. */
export interface OverlappingQuery {
  sql: string;
  /** Where it was sent from, async callers included. */
  stack: string;
}

const inFlight = new WeakMap<object, number>();
let overlaps: OverlappingQuery[] = [];
const WATCHED = Symbol.for('steg.oneQueryPerConnection');

type QueryFn = (this: Client, ...args: unknown[]) => unknown;

function sqlOf(first: unknown): string {
  if (typeof first === 'string') return first;
  const text = (first as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text : '(a submittable query)';
}

/** Our code: the repository's libs and apps (TypeORM's frames map to its own sources or node_modules). */
const OURS = [join(__dirname, '../../../../libs/'), join(__dirname, '../../../../apps/')];

/**
 * False when the overlap was started by TypeORM itself rather than by our code: TypeORM's own
 * persistence and schema reading run some queries of one runner with Promise.all (its code, not
 * ours to change; pg 9 will need a TypeORM that stops). V8's async stack names the function that
 * awaited the Promise.all right after the `Promise.all` frame; an overlap with no such frame (a
 * promise nobody awaited in time) counts as ours.
 */
function startedByUs(stack: string): boolean {
  const lines = stack.split('\n');
  const all = lines.findIndex((line) => /at async Promise\.(all|allSettled|any|race) /.test(line));
  if (all < 0) return true;
  const awaitedBy = lines[all + 1] ?? '';
  return OURS.some((root) => awaitedBy.includes(root)) && !awaitedBy.includes('node_modules');
}

/**
 * Watches every pg connection of this process for a statement sent while the connection is still
 * busy with another (two queries at once on one transaction's manager, say through Promise.all).
 * pg queues such a statement today and says so only from the third at once, once per process
 * ("Calling client.query() when the client is already executing a query is deprecated"); pg 9
 * refuses it. So the API tests count in-flight statements per connection themselves and fail the
 * test that overlapped (see setup-after-env.ts). Only pg's public `Client#query` is wrapped.
 */
export function watchOneQueryPerConnection(): void {
  const proto = Client.prototype as unknown as { query: QueryFn; [WATCHED]?: true };
  if (proto[WATCHED]) return;
  const original = proto.query;
  proto[WATCHED] = true;
  proto.query = function (this: Client, ...args: unknown[]): unknown {
    const busy = inFlight.get(this) ?? 0;
    if (busy > 0) {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 60;
      const stack = new Error('sent while the connection was busy').stack ?? '';
      Error.stackTraceLimit = limit;
      if (startedByUs(stack)) overlaps.push({ sql: sqlOf(args[0]), stack });
    }
    inFlight.set(this, busy + 1);
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      inFlight.set(this, (inFlight.get(this) ?? 1) - 1);
    };
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = (...results: unknown[]) => {
        finish();
        return (callback as (...a: unknown[]) => unknown)(...results);
      };
    }
    const result = original.apply(this, args);
    if (typeof callback === 'function') return result;
    if (typeof (result as Promise<unknown> | undefined)?.then === 'function') {
      (result as Promise<unknown>).then(finish, finish);
    } else if (typeof (result as NodeJS.EventEmitter | undefined)?.once === 'function') {
      // A submittable (a stream or cursor) occupies the connection until it ends.
      const emitter = result as NodeJS.EventEmitter;
      for (const event of ['end', 'error', 'close']) emitter.once(event, finish);
    } else {
      finish();
    }
    return result;
  };
}

/** The overlaps seen since the last call, which forgets them. */
export function takeOverlappingQueries(): OverlappingQuery[] {
  const found = overlaps;
  overlaps = [];
  return found;
}
