import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canConnect, dropDatabase, ensureDatabase, urlForDatabase } from './admin';
import { EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';

export const LOCAL_TEST_SERVER = 'postgres://postgres@127.0.0.1:5432/test';

export interface TestServer {
  /** A URL on the chosen server; the test database name is swapped in. */
  url: string;
  source: 'TEST_DATABASE_URL' | 'local' | 'embedded';
  embedded?: EmbeddedPostgres;
}

/**
 * Which PostgreSQL the tests use: TEST_DATABASE_URL if set; else the machine's server on
 * 127.0.0.1:5432 if it answers; else (a laptop with only Node) an embedded one in a temp folder.
 * In CI the embedded fallback is refused: a missing database there is a broken pipeline.
 */
export async function selectTestServer(env: NodeJS.ProcessEnv = process.env): Promise<TestServer> {
  if (env.TEST_DATABASE_URL) {
    if (!(await canConnect(env.TEST_DATABASE_URL, 5_000))) {
      throw new Error(`TEST_DATABASE_URL is set but no PostgreSQL answers there.`);
    }
    return { url: env.TEST_DATABASE_URL, source: 'TEST_DATABASE_URL' };
  }
  if (await canConnect(LOCAL_TEST_SERVER)) return { url: LOCAL_TEST_SERVER, source: 'local' };
  if (env.CI === 'true') {
    throw new Error(
      'CI=true and no PostgreSQL answers on 127.0.0.1:5432 (and TEST_DATABASE_URL is unset): ' +
        "refusing the embedded fallback in CI. Start the machine's PostgreSQL first.",
    );
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: join(await mkdtemp(join(tmpdir(), 'steg-test-')), 'pg'),
    persistent: false,
  });
  return { url: embedded.url('postgres'), source: 'embedded', embedded };
}

/** A fresh database for one test run: `steg_test_<pid>_<time>`. */
export async function createRunDatabase(server: TestServer, prefix = 'steg_test'): Promise<string> {
  const url = urlForDatabase(server.url, `${prefix}_${process.pid}_${Date.now()}`);
  await ensureDatabase(url);
  return url;
}

export { dropDatabase };
