import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@steg/config';

const ROOT = join(__dirname, '../..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** Every name loadConfig asks its environment for, through every branch (OIDC set and not). */
function namesReadByLoadConfig(): Set<string> {
  const names = new Set<string>();
  const recording = (values: Record<string, string>): Record<string, string | undefined> =>
    new Proxy(values, {
      get(target, name) {
        if (typeof name === 'string') names.add(name);
        return target[name as string];
      },
    });
  loadConfig(recording({}), '/srv/steg');
  loadConfig(
    recording({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://steg@db:5432/steg',
      JWT_SECRET: 'x'.repeat(32),
      OIDC_ISSUER: 'https://login.example.se/',
      OIDC_AUDIENCE: 'steg',
      OIDC_JWKS_URL: 'https://login.example.se/jwks',
    }),
    '/srv/steg',
  );
  return names;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .map((file) => join(dir, file))
    .filter(
      (file) =>
        file.endsWith('.ts') &&
        !/\.(spec|e2e-spec)\.ts$/.test(file) &&
        !/^apps\/[^/]+\/test\//.test(file) &&
        !file.startsWith('libs/shared/testing/'),
    );
}

/**
 * Every `process.env.NAME`, `process.env['NAME']` and `process.env[CONSTANT]` (with the constant
 * declared in the same file) outside the tests. An index that cannot be resolved is reported as
 * `?<file>` so the test fails until it can be.
 */
function namesReadFromProcessEnv(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [...sourceFiles('apps'), ...sourceFiles('libs')]) {
    const text = read(file);
    for (const match of text.matchAll(/process\.env(?:\.([A-Z][A-Z0-9_]*)|\[\s*([^\]]+?)\s*\])/g)) {
      const [, dotted, indexed] = match;
      let name = dotted;
      if (indexed !== undefined) {
        const literal = /^['"]([A-Z][A-Z0-9_]*)['"]$/.exec(indexed)?.[1];
        const constant = new RegExp(`const ${indexed} = ['"]([A-Z][A-Z0-9_]*)['"]`).exec(text)?.[1];
        name = literal ?? constant ?? `?${file}: process.env[${indexed}]`;
      }
      if (name !== undefined) found.set(name, file);
    }
  }
  return found;
}

/** The variable column of README.md's "Configuration" table. */
function readmeTable(): Set<string> {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('## Configuration'));
  const table = section.slice(0, section.indexOf('\n## '));
  return new Set([...table.matchAll(/^\| `([A-Z][A-Z0-9_]*)`/gm)].map((m) => m[1]));
}

/** Names in .env.example, set or commented out (`# NAME=value`). */
function envExample(): Set<string> {
  return new Set([...read('.env.example').matchAll(/^#? ?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
}

/** The `${NAME}` docker-compose.yml takes from its environment or .env. */
function composeVariables(): Set<string> {
  return new Set([...read('docker-compose.yml').matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]));
}

describe('the configuration is documented', () => {
  const fromProcessEnv = namesReadFromProcessEnv();
  const readByService = new Set([...namesReadByLoadConfig(), ...fromProcessEnv.keys()]);
  const missingFrom = (listed: Set<string>): string[] =>
    [...readByService].filter((name) => !listed.has(name)).sort();

  it('finds what the service reads (the scan is not blind)', () => {
    for (const name of ['DATABASE_URL', 'JWT_SECRET', 'OIDC_USER_CLAIM', 'OIDC_MAX_TOKEN_LIFETIME_SECONDS']) {
      expect(readByService.has(name)).toBe(true);
    }
    // apps/cli reads it through a constant: process.env[ADMIN_PASSWORD_ENV].
    expect(fromProcessEnv.has('STEG_ADMIN_PASSWORD')).toBe(true);
  });

  it("lists every variable the service reads in README.md's configuration table", () => {
    expect(missingFrom(readmeTable())).toEqual([]);
  });

  it('lists every variable the service reads in .env.example', () => {
    expect(missingFrom(envExample())).toEqual([]);
  });

  it('lists nothing the service does not read (docker-compose.yml substitutions aside)', () => {
    expect([...readmeTable()].filter((name) => !readByService.has(name))).toEqual([]);
    const compose = composeVariables();
    expect([...envExample()].filter((name) => !readByService.has(name) && !compose.has(name))).toEqual([]);
    expect([...compose].filter((name) => !envExample().has(name))).toEqual([]);
  });
});
