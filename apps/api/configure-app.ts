import helmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { StegConfig } from '@steg/config';
import { AppModule, AppOptions } from './app.module';
import { registerInputGuards } from './http/input-guards';
import { buildOpenApiDocument, DOCS_PATH, serveOpenApi } from './http/openapi';
import { StegLogger } from './http/logging';
import { answerRouterError } from './http/router-errors';
import { generateRequestId, REQUEST_ID_HEADER } from './http/request-id';
import { closeConnectionsWhenDraining } from './http/shutdown';
import { createValidationPipe } from './http/validation';
import { StegMetrics } from './metrics/steg-metrics';
import { version } from '../../package.json';

export const API_PREFIX = 'api/v1';

/** Everything main.ts and the tests share: prefix, pipes, errors, security headers, docs. */
export async function configureApp(app: NestFastifyApplication, config: StegConfig): Promise<void> {
  app.useLogger(app.get(StegLogger));
  // Logs buffered while Nest started go out now (listen() would do it too, but tests never listen).
  app.flushLogs();
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
  // Answers carry personal data, and error answers can echo it: no cache, shared or private, may
  // keep any of them. Set first so a route may still choose otherwise. Only the API documentation
  // is public and cacheable; health stays no-store, a cached "ok" would hide an outage.
  fastify.addHook('onRequest', (request, reply, done) => {
    if (!isDocumentation(request.url)) void reply.header('cache-control', 'no-store');
    done();
  });
  closeConnectionsWhenDraining(fastify);
  app.get(StegMetrics).observeRequests(fastify);
  registerInputGuards(fastify);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Swagger UI needs inline styles and data: images; nothing else is relaxed.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  // CORS is closed unless origins are configured (the UI is served from the same origin by default).
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins,
      // What the API uses: @fastify/cors allows only GET, HEAD and POST unless told.
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key', REQUEST_ID_HEADER],
      exposedHeaders: ['ETag', 'Location', 'Retry-After', 'Idempotency-Replayed', REQUEST_ID_HEADER],
      maxAge: 600,
    });
  }
  serveOpenApi(app, () => buildOpenApiDocument(app, version));
}

/** The Swagger UI with its assets, and the document as JSON and YAML (`/api/docs-json`, `-yaml`). */
function isDocumentation(url: string): boolean {
  return url.startsWith(`/${DOCS_PATH}`);
}

/** Builds the configured, not yet listening, application. */
export async function createApp(
  config: StegConfig,
  options: AppOptions = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    logger: false,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: generateRequestId,
    requestIdHeader: false,
    // A request that reached the service before it began to drain is answered (with Connection:
    // close), not refused with Fastify's bare 503: see http/shutdown.ts.
    return503OnClosing: false,
    // A malformed URL or an over-long path parameter is refused by the router, before any hook.
    frameworkErrors: answerRouterError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options), adapter, {
    bufferLogs: true,
    abortOnError: false,
    // registerInputGuards() installs the JSON parser (with its depth limit); the API takes JSON only.
    bodyParser: false,
  });
  await configureApp(app, config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
