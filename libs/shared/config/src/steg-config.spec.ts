import { ConfigError, DEVELOPMENT_AUDIT_ANCHOR_KEY, loadConfig } from './steg-config';

describe('loadConfig', () => {
  it('has working defaults for a laptop: embedded database, demo data, pretty logs', () => {
    const config = loadConfig({}, '/srv/steg');
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      statisticsDatabaseUrl: undefined,
      dataDir: '/srv/steg/.data/pg',
      logLevel: 'info',
      logFormat: 'pretty',
      corsOrigins: [],
      demoData: true,
      migrateOnStart: true,
      shutdownTimeoutSeconds: 10,
    });
  });

  it('turns demo data off by default when a real database is configured', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://steg@db:5432/steg',
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
    });
    expect(config.demoData).toBe(false);
    expect(config.logFormat).toBe('json');
  });

  it('reads every key', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      STEG_DATA_DIR: '/var/lib/steg/pg',
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
      CORS_ORIGINS: 'https://steg.kommun.se, https://test.steg.kommun.se',
      BODY_LIMIT_BYTES: '2048',
      RATE_LIMIT_PER_MINUTE: '100',
      TRUST_PROXY: 'true',
      MIGRATE_ON_START: 'false',
      DEMO_DATA: 'yes',
      DATABASE_POOL_SIZE: '20',
      STATISTICS_DATABASE_URL: 'postgres://steg_read@replica:5432/steg',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/var/lib/steg/pg',
      logLevel: 'warn',
      corsOrigins: ['https://steg.kommun.se', 'https://test.steg.kommun.se'],
      bodyLimitBytes: 2048,
      rateLimitPerMinute: 100,
      trustProxy: true,
      migrateOnStart: false,
      demoData: true,
      databasePoolSize: 20,
      statisticsDatabaseUrl: 'postgres://steg_read@replica:5432/steg',
    });
  });

  it('names every bad value at once', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({
        PORT: 'eighty',
        LOG_LEVEL: 'loud',
        DATABASE_URL: 'mysql://x',
        STATISTICS_DATABASE_URL: 'replica:5432',
        TRUST_PROXY: 'maybe',
        CORS_ORIGINS: '*',
      });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.problems).toEqual([
      'DATABASE_URL must be a postgres:// URL, e.g. postgres://user:password@host:5432/steg',
      'PORT must be a whole number from 1 to 65535 (got "eighty")',
      'STATISTICS_DATABASE_URL must be a postgres:// URL, e.g. postgres://user:password@host:5432/steg',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
      'CORS_ORIGINS must list origins like https://steg.example.se, comma-separated (got "*")',
      'TRUST_PROXY must be true or false (got "maybe")',
    ]);
  });

  it('requires a JWT secret in production and generates one elsewhere', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://a@b/c' })).toThrow(
      /JWT_SECRET is required in production/,
    );
    const dev = loadConfig({});
    expect(dev.jwtSecretGenerated).toBe(true);
    expect(dev.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/at least 32 characters/);
  });

  it('reads the audit anchor key: required for anchors in production, a public stand-in elsewhere', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://a@b/c',
      JWT_SECRET: 'x'.repeat(32),
    };
    expect(loadConfig(production)).toMatchObject({
      auditAnchorKey: undefined,
      auditAnchorKeyIsDevelopment: false,
      auditAnchorIntervalSeconds: 3_600,
    });
    expect(
      loadConfig({ ...production, AUDIT_ANCHOR_KEY: 'k'.repeat(32), AUDIT_ANCHOR_INTERVAL_SECONDS: '0' }),
    ).toMatchObject({ auditAnchorKey: 'k'.repeat(32), auditAnchorIntervalSeconds: 0 });
    expect(loadConfig({})).toMatchObject({
      auditAnchorKey: DEVELOPMENT_AUDIT_ANCHOR_KEY,
      auditAnchorKeyIsDevelopment: true,
    });
    expect(() => loadConfig({ AUDIT_ANCHOR_KEY: 'short' })).toThrow(/AUDIT_ANCHOR_KEY must be at least 32/);
    expect(() => loadConfig({ AUDIT_ANCHOR_INTERVAL_SECONDS: '-1' })).toThrow(
      /AUDIT_ANCHOR_INTERVAL_SECONDS/,
    );
  });

  it('reads OIDC settings as a whole or not at all', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
    expect(() => loadConfig({ OIDC_ISSUER: 'https://idp.kommun.se' })).toThrow(/go together/);
    expect(
      loadConfig({
        OIDC_ISSUER: 'https://idp.kommun.se',
        OIDC_AUDIENCE: 'steg',
        OIDC_JWKS_URL: 'https://idp.kommun.se/jwks',
        OIDC_USER_CLAIM: 'upn',
      }).oidc,
    ).toEqual({
      issuer: 'https://idp.kommun.se',
      audience: 'steg',
      jwksUrl: 'https://idp.kommun.se/jwks',
      userClaim: 'upn',
      maxTokenLifetimeSeconds: 7_200,
    });
  });

  it('bounds the lifetime of OIDC tokens, configurably', () => {
    const oidc = {
      OIDC_ISSUER: 'https://idp.kommun.se',
      OIDC_AUDIENCE: 'steg',
      OIDC_JWKS_URL: 'https://idp.kommun.se/jwks',
    };
    expect(
      loadConfig({ ...oidc, OIDC_MAX_TOKEN_LIFETIME_SECONDS: '3600' }).oidc?.maxTokenLifetimeSeconds,
    ).toBe(3_600);
    expect(() => loadConfig({ ...oidc, OIDC_MAX_TOKEN_LIFETIME_SECONDS: '0' })).toThrow(
      /OIDC_MAX_TOKEN_LIFETIME_SECONDS must be a whole number from 60 to 172800/,
    );
  });

  it('reads the shutdown timeout in whole seconds from 1 to 600', () => {
    expect(loadConfig({ SHUTDOWN_TIMEOUT_SECONDS: '3' }).shutdownTimeoutSeconds).toBe(3);
    for (const bad of ['0', '601', '2.5', 'soon']) {
      expect(() => loadConfig({ SHUTDOWN_TIMEOUT_SECONDS: bad })).toThrow(
        /SHUTDOWN_TIMEOUT_SECONDS must be a whole number from 1 to 600/,
      );
    }
  });

  it.each(['0', '65536', '3000.5', '-1'])('rejects PORT=%s', (port) => {
    expect(() => loadConfig({ PORT: port })).toThrow(/PORT must be a whole number from 1 to 65535/);
  });
});
