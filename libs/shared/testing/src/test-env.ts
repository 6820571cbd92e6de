/** Set by the Jest global setup: the URL of this run's database. */
export const TEST_DATABASE_ENV = 'STEG_TEST_DATABASE_URL';

export function testDatabaseUrl(): string {
  const url = process.env[TEST_DATABASE_ENV];
  if (!url) throw new Error(`${TEST_DATABASE_ENV} is unset: run the API tests through Jest's "api" project.`);
  return url;
}
