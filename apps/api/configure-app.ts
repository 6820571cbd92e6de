import helmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import type { StegConfig } from '@steg/config';
import { AppModule, AppOptions } from './app.module';
import { registerInputGuards } from './http/input-guards';
import { buildOpenApiDocument, serveOpenApi } from './http/openapi';
import { answerRouterError } from './http/router-errors';
import { generateRequestId, REQUEST_ID_HEADER } from './http/request-id';
import { createValidationPipe } from './http/validation';
import { version } from '../../package.json';

export const API_PREFIX = 'api/v1';

/** Everything main.ts and the tests share: prefix, pipes, errors, security headers, docs. */
export async function configureApp(app: NestFastifyApplication, config: StegConfig): Promise<void> {
  app.useLogger(app.get(Logger));
  // Logs buffered while Nest started go out now (listen() would do it too, but tests never listen).
  app.flushLogs();
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
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
    app.enableCors({ origin: config.corsOrigins, exposedHeaders: ['ETag', REQUEST_ID_HEADER, 'Location'] });
  }
  serveOpenApi(app, buildOpenApiDocument(app, version));
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
