import { pgClientConfig } from './idempotency.interceptor';

describe('pgClientConfig', () => {
  it("takes the pool's settings from the DataSource options, extra last, without the pool size", () => {
    expect(
      pgClientConfig({
        type: 'postgres',
        url: 'postgres://steg@db.example:5433/steg',
        connectTimeoutMS: 5_000,
        extra: { max: 10, application_name: 'steg', connectionTimeoutMillis: 10_000 },
      }),
    ).toEqual({
      connectionString: 'postgres://steg@db.example:5433/steg',
      application_name: 'steg',
      connectionTimeoutMillis: 10_000,
    });
  });

  it('maps separate credentials and TLS as the driver does', () => {
    const ssl = { rejectUnauthorized: true };
    expect(
      pgClientConfig({
        type: 'postgres',
        host: 'db',
        port: 5432,
        username: 'steg',
        password: 'secret',
        database: 'steg',
        ssl,
        applicationName: 'steg-cli',
      }),
    ).toEqual({
      host: 'db',
      port: 5432,
      user: 'steg',
      password: 'secret',
      database: 'steg',
      ssl,
      application_name: 'steg-cli',
    });
  });

  it('refuses another database type', () => {
    expect(() => pgClientConfig({ type: 'better-sqlite3', database: ':memory:' })).toThrow(/postgres/);
  });
});
