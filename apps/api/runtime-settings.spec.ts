import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The API's Node flags and malloc setting (docs/decisions/0011-api-memory.md) are written once, in
 * package.json's "config"; `npm start` reads them from there, and the Dockerfile repeats them.
 */
describe('the API runtime settings', () => {
  const root = join(__dirname, '../..');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
    config: { api_node_flags: string; malloc_arena_max: string };
  };
  const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');

  it('npm start runs the API with the configured flags and malloc arenas', () => {
    expect(pkg.scripts.start).toContain(
      'MALLOC_ARENA_MAX=$npm_package_config_malloc_arena_max node $npm_package_config_api_node_flags dist/apps/api/main.js',
    );
    expect(pkg.config.api_node_flags).toMatch(/--max-old-space-size=\d+/);
  });

  it('the Dockerfile runs the API with the same settings', () => {
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(JSON.parse(cmd ?? '[]')).toEqual([
      'node',
      ...pkg.config.api_node_flags.split(' '),
      'dist/apps/api/main.js',
    ]);
    expect(dockerfile).toMatch(new RegExp(`^ENV MALLOC_ARENA_MAX=${pkg.config.malloc_arena_max}$`, 'm'));
  });
});
