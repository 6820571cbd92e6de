import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

/**
 * What docker compose and the Dockerfile give the api container, read from the files themselves so a
 * test runs the built app exactly so. docker-compose.yml is read by indentation: services at 2
 * spaces, their keys at 4, environment entries and ports at 6, as the file is written (a change of
 * shape fails loudly here rather than reading the wrong thing).
 */
export class ComposeError extends Error {}

/** Compose's interpolation: `${X}`, `${X:-default}`, `${X-default}`, `${X:?message}`, `${X?message}`. */
export function interpolate(value: string, vars: Record<string, string | undefined>): string {
  return value.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}/g,
    (_all, name: string, colon: string, kind: string | undefined, arg: string) => {
      const set = vars[name];
      const missing = colon === ':' ? set === undefined || set === '' : set === undefined;
      if (kind === '?' && missing) throw new ComposeError(`${name}: ${arg}`);
      if (kind === '-' && missing) return arg;
      return set ?? '';
    },
  );
}

function unquote(value: string): string {
  const quoted = /^'(.*)'$/.exec(value) ?? /^"(.*)"$/.exec(value);
  return quoted ? quoted[1] : value;
}

/** The lines of one key (`environment`, `ports`) of one service, as written. */
function serviceBlock(service: string, key: string): string[] {
  const lines = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8').split('\n');
  const start = lines.indexOf(`  ${service}:`);
  if (start < 0) throw new Error(`docker-compose.yml has no service ${service}`);
  const end = lines.findIndex((line, i) => i > start && /^ {0,2}\S/.test(line));
  const own = lines.slice(start + 1, end < 0 ? undefined : end);
  const at = own.indexOf(`    ${key}:`);
  if (at < 0) throw new Error(`docker-compose.yml: service ${service} has no ${key}`);
  const after = own.slice(at + 1);
  const stop = after.findIndex((line) => /^ {0,4}\S/.test(line));
  return after.slice(0, stop < 0 ? undefined : stop).filter((line) => line.trim() && !/^\s*#/.test(line));
}

/** A service's `environment`, interpolated from `vars` as compose does. */
export function composeEnvironment(
  service: string,
  vars: Record<string, string | undefined>,
): Record<string, string> {
  return Object.fromEntries(
    serviceBlock(service, 'environment').map((line) => {
      const entry = /^ {6}([A-Za-z_][A-Za-z0-9_]*): (.*)$/.exec(line);
      if (!entry) throw new Error(`docker-compose.yml: cannot read the environment line "${line}"`);
      return [entry[1], interpolate(unquote(entry[2]), vars)];
    }),
  );
}

/** A service's `ports`, interpolated. */
export function composePorts(service: string, vars: Record<string, string | undefined>): string[] {
  return serviceBlock(service, 'ports').map((line) => {
    const entry = /^ {6}- (.*)$/.exec(line);
    if (!entry) throw new Error(`docker-compose.yml: cannot read the ports line "${line}"`);
    return interpolate(unquote(entry[1]), vars);
  });
}

const dockerfile = (): string => readFileSync(join(ROOT, 'Dockerfile'), 'utf8');

/** The `FROM` images, in order. */
export function dockerfileImages(): string[] {
  return [...dockerfile().matchAll(/^FROM (\S+)/gm)].map((m) => m[1]);
}

/** The `ENV` of the final stage (`ENV A=1 B=2`). */
export function dockerfileEnvironment(): Record<string, string> {
  const text = dockerfile();
  const finalStage = text.slice(text.lastIndexOf('\nFROM '));
  return Object.fromEntries(
    [...finalStage.matchAll(/^ENV (.+)$/gm)].flatMap((m) =>
      m[1].split(/\s+/).map((pair) => pair.split('=') as [string, string]),
    ),
  );
}

/** The `CMD` of the image, e.g. `["node", "--max-old-space-size=256", "dist/apps/api/main.js"]`. */
export function dockerfileCommand(): string[] {
  const cmd = /^CMD (\[.*\])$/m.exec(dockerfile())?.[1];
  if (cmd === undefined) throw new Error('the Dockerfile has no CMD in exec form');
  return JSON.parse(cmd) as string[];
}
