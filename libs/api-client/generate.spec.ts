import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Not imported from ./generate: openapi-typescript's dependencies are ES modules Jest cannot load.
const CLIENT_TYPES_FILE = join(__dirname, 'src/openapi.ts');
const ROOT = join(__dirname, '../..');
const check = (...file: string[]) =>
  spawnSync(process.execPath, ['-r', '@swc-node/register', 'tools/generate-client.ts', '--check', ...file], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe('the generated API client', () => {
  it('is generated from the committed OpenAPI document (run `npm run client` after `npm run openapi`)', () => {
    const run = check();
    expect(run.stdout.trim()).toBe('The client is current.');
    expect(run.status).toBe(0);
  }, 60_000);

  it('the check fails when the types differ from what the document gives', () => {
    const dir = mkdtempSync(join(tmpdir(), 'steg-client-'));
    try {
      const stale = join(dir, 'openapi.ts');
      writeFileSync(
        stale,
        readFileSync(CLIENT_TYPES_FILE, 'utf8').replace('"/api/v1/health"', '"/api/v1/healthz"'),
      );
      const run = check(stale);
      expect(run.stdout).toContain('is stale');
      expect(run.status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
