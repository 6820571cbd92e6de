import { loadConfig, StegConfig } from '@steg/config';
import { testDatabaseUrl } from './test-env';

/** The configuration API tests run with: this run's database, quiet logs, no demo data. */
export function testConfig(overrides: Partial<StegConfig> = {}): StegConfig {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: testDatabaseUrl(),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    DATABASE_POOL_SIZE: '4',
    RATE_LIMIT_PER_MINUTE: '100000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
    DEMO_DATA: 'false',
  });
  return Object.assign(config, overrides);
}
