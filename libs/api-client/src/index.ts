import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, paths } from './openapi';

export type { components, paths, operations } from './openapi';

/** A problem+json answer, as every error of the Steg API is. */
export type Problem = components['schemas']['Problem'];

export type StegClient = Client<paths>;

/** How the client signs in: a staff member's JWT, or an integration script's API key. */
export type StegCredentials = { bearer: string } | { apiKey: string };

/**
 * A typed client of the Steg API, generated from the committed OpenAPI document
 * (apps/api/openapi.json → src/openapi.ts with `npm run client`; a test fails when it is stale).
 * Paths, parameters, bodies and answers are checked by the compiler:
 *
 *   const steg = createStegClient('https://steg.example.se', { bearer: token });
 *   const { data, error } = await steg.GET('/api/v1/participants/{id}', { params: { path: { id } } });
 *
 * `error` is the problem+json body of a 4xx/5xx answer. `fetch` may be given for tests or proxies.
 */
export function createStegClient(
  baseUrl: string,
  credentials?: StegCredentials,
  options: { fetch?: (request: Request) => Promise<Response> } = {},
): StegClient {
  const client = createClient<paths>({ baseUrl, fetch: options.fetch });
  if (credentials) {
    const authorization =
      'bearer' in credentials ? `Bearer ${credentials.bearer}` : `ApiKey ${credentials.apiKey}`;
    const auth: Middleware = {
      onRequest({ request }) {
        request.headers.set('Authorization', authorization);
        return request;
      },
    };
    client.use(auth);
  }
  return client;
}
