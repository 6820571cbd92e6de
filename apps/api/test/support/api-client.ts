import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createStegClient, type StegClient } from '@steg/api-client';

/** The client's base URL: requests never leave the process, so any origin will do. */
const ORIGIN = 'http://steg.test';

/** Answers without a body must be built without one (the Fetch standard refuses it). */
const NULL_BODY = new Set([101, 204, 205, 304]);

/**
 * A `fetch` that hands each request to the app's Fastify instance with `inject()`: no port, no
 * socket, the same routing, hooks and serialisation as a real request.
 */
export function injectFetch(app: NestFastifyApplication): (request: Request) => Promise<Response> {
  const fastify = app.getHttpAdapter().getInstance();
  return async (request) => {
    const url = new URL(request.url);
    const body = request.body === null ? undefined : Buffer.from(await request.arrayBuffer());
    const answer = await fastify.inject({
      method: request.method as 'GET',
      url: url.pathname + url.search,
      headers: Object.fromEntries(request.headers.entries()),
      payload: body,
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, String(v));
    }
    return new Response(NULL_BODY.has(answer.statusCode) ? null : answer.rawPayload, {
      status: answer.statusCode,
      headers,
    });
  };
}

/** The generated client (`@steg/api-client`) signed in with `token`, talking to `app` in-process. */
export function clientFor(app: NestFastifyApplication, token: string): StegClient {
  return createStegClient(ORIGIN, { bearer: token }, { fetch: injectFetch(app) });
}
