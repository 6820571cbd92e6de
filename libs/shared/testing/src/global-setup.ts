import { createRunDatabase, selectTestServer, TestServer } from '@steg/database';
import { TEST_DATABASE_ENV } from './test-env';

declare global {
  var __stegTestServer: TestServer | undefined;
  var __stegTestDatabase: string | undefined;
}

/** Jest global setup for the API tests: one fresh database per run (migrated by the first test app). */
export default async function globalSetup(): Promise<void> {
  const server = await selectTestServer();
  const url = await createRunDatabase(server);
  globalThis.__stegTestServer = server;
  globalThis.__stegTestDatabase = url;
  process.env[TEST_DATABASE_ENV] = url;
  process.env.STEG_TEST_SERVER_URL = server.url;
  console.log(`\nAPI tests use ${new URL(url).pathname.slice(1)} on the ${server.source} PostgreSQL server`);
}
