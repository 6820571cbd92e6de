import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeVersion } from './code-version';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

function checkout(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'steg-code-version-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('codeVersion', () => {
  const pkg = { 'package.json': JSON.stringify({ version: '1.2.3' }) };

  it.each<[string, Record<string, string>, Record<string, string>, string]>([
    ['STEG_COMMIT wins over .git', { ...pkg, '.git/HEAD': `${A}\n` }, { STEG_COMMIT: B }, `1.2.3+${B}`],
    ['a blank STEG_COMMIT is not set', { ...pkg, '.git/HEAD': `${A}\n` }, { STEG_COMMIT: ' ' }, `1.2.3+${A}`],
    ['a detached HEAD', { ...pkg, '.git/HEAD': `${A}\n` }, {}, `1.2.3+${A}`],
    [
      'a branch, loose ref',
      { ...pkg, '.git/HEAD': 'ref: refs/heads/main\n', '.git/refs/heads/main': `${A}\n` },
      {},
      `1.2.3+${A}`,
    ],
    [
      'a branch, packed ref',
      {
        ...pkg,
        '.git/HEAD': 'ref: refs/heads/main\n',
        '.git/packed-refs': `# pack-refs\n${B} refs/heads/other\n${A} refs/heads/main\n`,
      },
      {},
      `1.2.3+${A}`,
    ],
    [
      'a worktree: .git names its git dir, refs in the common dir',
      {
        ...pkg,
        '.git': 'gitdir: main/.git/worktrees/runs\n',
        'main/.git/worktrees/runs/HEAD': 'ref: refs/heads/wip\n',
        'main/.git/worktrees/runs/commondir': '../..\n',
        'main/.git/refs/heads/wip': `${B}\n`,
      },
      {},
      `1.2.3+${B}`,
    ],
    ['no .git', pkg, {}, '1.2.3+unknown'],
    ['a branch with no commit yet', { ...pkg, '.git/HEAD': 'ref: refs/heads/main\n' }, {}, '1.2.3+unknown'],
    ['no package.json', { '.git/HEAD': `${A}\n` }, {}, `unknown+${A}`],
  ])('%s', (_name, files, env, expected) => {
    expect(codeVersion(checkout(files), env)).toBe(expected);
  });
});
