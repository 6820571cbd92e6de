// Runs before each API test file, inside its test framework: a test that sends a statement on a
// connection still busy with another fails, naming the statement and where it came from.
import { takeOverlappingQueries, watchOneQueryPerConnection } from './one-query-per-connection';

watchOneQueryPerConnection();

// Jest 30 does not apply a project's `testTimeout` (jest.config.js sets it for the record): the
// default 5 s fails API tests on a loaded 2-core machine, so the api project sets it here.
jest.setTimeout(60_000);

function failOnOverlaps(): void {
  const found = takeOverlappingQueries();
  if (found.length === 0) return;
  throw new Error(
    `${found.length} statement(s) sent on a connection still busy with another (pg 9 refuses this; ` +
      `run the queries of one transaction one after another):\n\n` +
      found.map((o) => `${o.sql.replace(/\s+/g, ' ').slice(0, 160)}\n${o.stack}`).join('\n\n'),
  );
}

afterEach(failOnOverlaps);
afterAll(failOnOverlaps);
