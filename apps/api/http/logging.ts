import type { IncomingMessage, ServerResponse } from 'node:http';
import { Injectable, LoggerService, RequestMethod } from '@nestjs/common';
import { Logger, Params } from 'nestjs-pino';
import { pino, type DestinationStream, type Logger as PinoRoot, type LoggerOptions } from 'pino';
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

export type RootLogger = PinoRoot;

/** A one-time survey link's token is a secret in the path: the log keeps the route, not the token. */
export function pathForLog(url: string | undefined): string | undefined {
  return url?.split('?')[0]?.replace(/(\/survey-links\/)[^/]+/, '$1[redacted]');
}

/**
 * The one pino logger of the process: main.ts writes through it from its first line (before Nest
 * exists), and the app's request and Nest logs are its children, so everything has one format and
 * one stream, in order.
 */
export function createRootLogger(config: StegConfig, stream?: DestinationStream): RootLogger {
  const options: LoggerOptions = {
    level: config.logLevel,
    transport:
      config.logFormat === 'pretty' && config.logLevel !== 'silent' && !stream
        ? {
            target: 'pino-pretty',
            options: {
              singleLine: true,
              translateTime: 'SYS:HH:MM:ss.l',
              ignore: 'pid,hostname,context',
              messageFormat: '{if context}[{context}] {end}{msg}',
            },
          }
        : undefined,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  return stream ? pino(options, stream) : pino(options);
}

export function loggerParams(root: RootLogger): Params {
  const options: Options = {
    logger: root,
    genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id?: string }).id ?? 'unknown',
    // Only what an operator needs; headers and query strings stay out (they can carry identities).
    serializers: {
      req: (req: IncomingMessage & { id?: string }) => ({
        id: req.id,
        method: req.method,
        path: pathForLog(req.url),
      }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) =>
      err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
  };
  return {
    // Named wildcard (path-to-regexp 8); the bare '*' the library defaults to triggers a warning.
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: options,
  };
}

/**
 * Nest's start-up chatter (a line per module, per controller and per route: over a hundred) is for
 * whoever debugs the wiring, not for an operator reading the start-up log.
 */
const WIRING_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/** nestjs-pino's Nest logger, with Nest's wiring lines at debug instead of info. */
@Injectable()
export class StegLogger extends Logger {
  override log(message: unknown, ...optionalParams: unknown[]): void {
    if (WIRING_CONTEXTS.has(optionalParams.at(-1) as string)) super.debug(message, ...optionalParams);
    else super.log(message, ...optionalParams);
  }
}

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * Nest's LoggerService over the root logger, for the lines main.ts writes before the app (and its
 * StegLogger) exists: the same fields as nestjs-pino writes (`context`, `msg`, `err`).
 */
export class RootNestLogger implements LoggerService {
  constructor(private readonly root: RootLogger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: Level, message: unknown, rest: unknown[]): void {
    const context = rest.length > 0 ? rest[rest.length - 1] : undefined;
    if (message instanceof Error) this.root[level]({ context, err: message }, message.message);
    else this.root[level]({ context }, String(message));
  }
}
