import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import type { StegConfig } from '@steg/config';

/**
 * Paths pino blanks out wherever they appear. Request bodies are never logged at all; these catch
 * personal data that might reach a log through an error object or a structured log call.
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  '*.personnummer',
  '*.identifier',
  '*.identityNumber',
  '*.firstName',
  '*.lastName',
  '*.name',
  '*.address',
  '*.email',
  '*.phone',
  '*.password',
  '*.body',
];

export function loggerParams(config: StegConfig, stream?: DestinationStream): Params {
  const options: Options = {
    level: config.logLevel,
    transport:
      config.logFormat === 'pretty' && config.logLevel !== 'silent'
        ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l' } }
        : undefined,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id?: string }).id ?? 'unknown',
    // Only what an operator needs; headers and query strings stay out (they can carry identities).
    serializers: {
      req: (req: IncomingMessage & { id?: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url?.split('?')[0],
      }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) =>
      err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
  };
  return {
    // Named wildcard (path-to-regexp 8); the bare '*' the library defaults to triggers a warning.
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: stream ? [options, stream] : options,
  };
}
