// `npm test`: every check CI runs, in order, stopping at the first failure.
// lint -> type check -> unit tests -> API tests (real PostgreSQL; includes the migration and
// OpenAPI drift checks) -> chaos (its own PostgreSQL restarted, and the API killed, under 10
// writing clients; ~30 s).
// Ends with one summary line "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
const reports = mkdtempSync(join(tmpdir(), 'steg-test-'));
const totals = { passed: 0, failed: 0 };

function step(name, command, args) {
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${name} failed after ${seconds}s`);
    finish(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds}s)`);
}

function jestStep(name, project) {
  const report = join(reports, `${project}.json`);
  const args = ['jest', '--selectProjects', project, '--ci', '--json', '--outputFile', report];
  try {
    step(name, 'npx', args);
  } finally {
    try {
      const result = JSON.parse(readFileSync(report, 'utf8'));
      totals.passed += result.numPassedTests;
      totals.failed += result.numFailedTests;
    } catch {
      // no report: jest failed before running tests; the step already failed
    }
  }
}

function finish(code) {
  rmSync(reports, { recursive: true, force: true });
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
  process.exit(code);
}

step('project graph', 'npx', ['nx', 'show', 'projects']);
step('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
step('format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
step('type check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
jestStep('unit tests', 'unit');
jestStep('API tests', 'api');
// After the API tests: it needs no TEST_DATABASE_URL (it starts and restarts its own embedded
// PostgreSQL), and a red API test says more, sooner, than a chaos failure.
step('chaos', 'npm', ['run', '--silent', 'chaos']);
finish(0);
