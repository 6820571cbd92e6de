import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';

/** Servers whose shutdown has begun. */
const draining = new WeakSet<FastifyInstance>();

/**
 * Registered by configureApp, before the server is ready. Node's `server.close()` ends only the
 * keep-alive connections idle at that moment: one whose request was still running stays open after
 * its answer until the keep-alive timeout (72 s in Fastify), which kept the process alive for 73.7 s
 * in issue 12. So once draining, every answer says `Connection: close` (Node ends the socket after
 * the last byte), and a streamed answer whose headers left before the drain began gets its socket
 * ended once it is complete.
 */
export function closeConnectionsWhenDraining(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (draining.has(fastify)) void reply.header('connection', 'close');
    done(null, payload);
  });
  fastify.addHook('onResponse', (request, _reply, done) => {
    const socket = request.raw.socket;
    // end(), not destroy(): the answer's last bytes may still be in the socket's buffer.
    if (draining.has(fastify) && socket && !socket.destroyed && socket.writable) socket.end();
    done();
  });
}

export interface ShutdownLogger {
  log(message: string): void;
  error(message: string): void;
}

export interface ShutdownOptions {
  /** The whole budget: draining requests, closing the pool and `afterClose`. */
  timeoutMs: number;
  logger: ShutdownLogger;
  /** Runs after the application closed, within the budget (main.ts stops the embedded database). */
  afterClose?: () => Promise<void>;
}

/**
 * Stops the service on SIGTERM and says how to exit: 0 when everything closed in time, 1 otherwise.
 * Nest's close() stops accepting connections, closes the idle keep-alive ones (Fastify's
 * `forceCloseConnections: 'idle'`, its default on Node 20), waits for requests in flight, and then
 * closes the database pool (TypeORM's shutdown hook). A request still running at the deadline is
 * cut off: its connection is destroyed so the process can exit, and the log says so.
 */
export async function shutDownGracefully(
  app: NestFastifyApplication,
  options: ShutdownOptions,
): Promise<0 | 1> {
  const started = Date.now();
  const fastify = app.getHttpAdapter().getInstance();
  draining.add(fastify);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), options.timeoutMs);
  });
  const closing = (async () => {
    await app.close();
    await options.afterClose?.();
    return 'closed' as const;
  })();
  try {
    const outcome = await Promise.race([closing, deadline]);
    if (outcome === 'closed') {
      options.logger.log(`Shutdown complete in ${Date.now() - started} ms`);
      return 0;
    }
    const open = await openConnections(fastify);
    options.logger.error(
      `Shutdown did not finish within ${options.timeoutMs / 1000} s (SHUTDOWN_TIMEOUT_SECONDS): ` +
        `closing ${open} connection(s) with requests still running and exiting`,
    );
    fastify.server.closeAllConnections();
    return 1;
  } catch (error) {
    options.logger.error(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    clearTimeout(timer);
    // After a timeout the close may still fail later (its pool goes with the process): not news.
    closing.catch(() => undefined);
  }
}

function openConnections(fastify: FastifyInstance): Promise<number> {
  return new Promise((resolve) =>
    fastify.server.getConnections((error, count) => resolve(error ? 0 : count)),
  );
}
