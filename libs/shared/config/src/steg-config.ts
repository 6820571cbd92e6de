import { randomBytes } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * The service's whole configuration, read from environment variables only and validated at start.
 * Injected as a class token so services can ask for it by type.
 */
export class StegConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Undefined until the embedded database is started (npm start without DATABASE_URL). */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /**
   * A read replica for statistics and the flow measures (docs/decisions/0010-read-models.md); unset,
   * they read the main database.
   */
  statisticsDatabaseUrl: string | undefined;
  dataDir: string;
  logLevel: LogLevel;
  logFormat: 'json' | 'pretty';
  corsOrigins: string[];
  bodyLimitBytes: number;
  rateLimitPerMinute: number;
  trustProxy: boolean;
  migrateOnStart: boolean;
  /** Load demo data at start; defaults to on for the embedded database only. */
  demoData: boolean;
  /** HMAC secret for Steg's own access tokens; random per process outside production when unset. */
  jwtSecret: string;
  jwtSecretGenerated: boolean;
  jwtTtlSeconds: number;
  loginRateLimitPerMinute: number;
  /**
   * The municipality's OIDC identity provider, when its tokens are accepted. Its tokens must say
   * when they expire and live at most maxTokenLifetimeSeconds (exp - iat).
   */
  oidc:
    | {
        issuer: string;
        audience: string;
        jwksUrl: string;
        userClaim: string;
        maxTokenLifetimeSeconds: number;
      }
    | undefined;
  /** Days a caseworker keeps access after the last relation to a participant closed. */
  accessAfterCloseDays: number;
  /** On SIGTERM: time for in-flight requests, the pool and the embedded database before a forced exit. */
  shutdownTimeoutSeconds: number;
  /**
   * HMAC key for audit anchors (`steg audit anchor`). Unset in production, no anchor is made; elsewhere
   * a fixed, public development key stands in, so local anchors verify across processes.
   */
  auditAnchorKey: string | undefined;
  auditAnchorKeyIsDevelopment: boolean;
  /** Seconds between the anchors the API writes to its log; 0 = none. */
  auditAnchorIntervalSeconds: number;
}

/** Not a secret: stands in for AUDIT_ANCHOR_KEY outside production only. */
export const DEVELOPMENT_AUDIT_ANCHOR_KEY = 'steg-development-audit-anchor-key-not-secret';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  raw(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === '' ? undefined : value;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!/^\d+$/.test(value) || parsed < min || parsed > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${value}")`);
      return fallback;
    }
    return parsed;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
      return fallback;
    }
    return value as T;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['true', '1', 'yes'].includes(value)) return true;
    if (['false', '0', 'no'].includes(value)) return false;
    this.problems.push(`${name} must be true or false (got "${value}")`);
    return fallback;
  }

  postgresUrl(name: string): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    try {
      const url = new URL(value);
      if (url.protocol === 'postgres:' || url.protocol === 'postgresql:') return value;
    } catch {
      // reported below
    }
    this.problems.push(`${name} must be a postgres:// URL, e.g. postgres://user:password@host:5432/steg`);
    return undefined;
  }

  origins(name: string): string[] {
    const value = this.raw(name);
    if (value === undefined) return [];
    const origins = value
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean);
    for (const origin of origins) {
      try {
        if (new URL(origin).origin !== origin) throw new Error('not an origin');
      } catch {
        this.problems.push(
          `${name} must list origins like https://steg.example.se, comma-separated (got "${origin}")`,
        );
      }
    }
    return origins;
  }
}

function readOidc(read: Reader): StegConfig['oidc'] {
  const issuer = read.raw('OIDC_ISSUER');
  const audience = read.raw('OIDC_AUDIENCE');
  const jwksUrl = read.raw('OIDC_JWKS_URL');
  if (issuer === undefined && audience === undefined && jwksUrl === undefined) return undefined;
  if (!issuer || !audience || !jwksUrl) {
    read.problems.push('OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL go together: set all three or none');
    return undefined;
  }
  try {
    new URL(jwksUrl);
  } catch {
    read.problems.push(`OIDC_JWKS_URL must be a URL (got "${jwksUrl}")`);
  }
  return {
    issuer,
    audience,
    jwksUrl,
    userClaim: read.raw('OIDC_USER_CLAIM') ?? 'sub',
    // Identity providers issue access tokens for minutes to a few hours (Entra ID 60-90 min); a
    // longer-lived token is a stolen key that keeps working, so it is refused.
    maxTokenLifetimeSeconds: read.integer('OIDC_MAX_TOKEN_LIFETIME_SECONDS', 7_200, 60, 172_800),
  };
}

/** Reads and validates the configuration; throws a ConfigError naming every bad value. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): StegConfig {
  const read = new Reader(env);
  const nodeEnv = read.oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const databaseUrl = read.postgresUrl('DATABASE_URL');
  const dataDirRaw = read.raw('STEG_DATA_DIR') ?? '.data/pg';
  const config: StegConfig = {
    nodeEnv,
    host: read.raw('HOST') ?? '127.0.0.1',
    port: read.integer('PORT', 3000, 1, 65535),
    databaseUrl,
    databasePoolSize: read.integer('DATABASE_POOL_SIZE', 10, 1, 200),
    statisticsDatabaseUrl: read.postgresUrl('STATISTICS_DATABASE_URL'),
    dataDir: isAbsolute(dataDirRaw) ? dataDirRaw : resolve(cwd, dataDirRaw),
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    logFormat: read.oneOf(
      'LOG_FORMAT',
      ['json', 'pretty'] as const,
      nodeEnv === 'development' ? 'pretty' : 'json',
    ),
    corsOrigins: read.origins('CORS_ORIGINS'),
    bodyLimitBytes: read.integer('BODY_LIMIT_BYTES', 1_048_576, 1_024, 100 * 1_048_576),
    rateLimitPerMinute: read.integer('RATE_LIMIT_PER_MINUTE', 600, 1, 1_000_000),
    trustProxy: read.boolean('TRUST_PROXY', false),
    migrateOnStart: read.boolean('MIGRATE_ON_START', true),
    demoData: read.boolean('DEMO_DATA', databaseUrl === undefined),
    jwtSecret: '',
    jwtSecretGenerated: false,
    jwtTtlSeconds: read.integer('JWT_TTL_SECONDS', 900, 60, 86_400),
    loginRateLimitPerMinute: read.integer('LOGIN_RATE_LIMIT_PER_MINUTE', 10, 1, 10_000),
    oidc: undefined,
    accessAfterCloseDays: read.integer('ACCESS_AFTER_CLOSE_DAYS', 90, 0, 3_650),
    shutdownTimeoutSeconds: read.integer('SHUTDOWN_TIMEOUT_SECONDS', 10, 1, 600),
    auditAnchorKey: undefined,
    auditAnchorKeyIsDevelopment: false,
    auditAnchorIntervalSeconds: read.integer('AUDIT_ANCHOR_INTERVAL_SECONDS', 3_600, 0, 7 * 86_400),
  };
  const jwtSecret = read.raw('JWT_SECRET');
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    read.problems.push('JWT_SECRET must be at least 32 characters (use a random string)');
  }
  if (jwtSecret === undefined && nodeEnv === 'production') {
    read.problems.push(
      'JWT_SECRET is required in production (at least 32 random characters, the same on every node)',
    );
  }
  config.jwtSecret = jwtSecret ?? randomBytes(32).toString('base64url');
  config.jwtSecretGenerated = jwtSecret === undefined;
  config.oidc = readOidc(read);
  // Unlike JWT_SECRET, a missing anchor key does not stop a production start: the service works
  // without anchors, and `steg audit anchor` and the API's anchor log refuse until it is set.
  const anchorKey = read.raw('AUDIT_ANCHOR_KEY');
  if (anchorKey !== undefined && anchorKey.length < 32) {
    read.problems.push('AUDIT_ANCHOR_KEY must be at least 32 characters (use a random string)');
  }
  config.auditAnchorKey = anchorKey ?? (nodeEnv === 'production' ? undefined : DEVELOPMENT_AUDIT_ANCHOR_KEY);
  config.auditAnchorKeyIsDevelopment = anchorKey === undefined && nodeEnv !== 'production';
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return Object.assign(new StegConfig(), config);
}
