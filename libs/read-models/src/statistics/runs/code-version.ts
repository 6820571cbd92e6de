import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const COMMIT = /^[0-9a-f]{40}$/;

/**
 * The code version a reporting run records: `<package.json version>+<git commit>`. The commit is
 * STEG_COMMIT when set (a built image has no .git), else read from the checkout's .git (a worktree's
 * .git file is followed to its git dir, refs are looked up loose then packed), else `unknown`.
 * Read once at start: a run names the code that is running, not what is on disk later.
 */
export function codeVersion(root: string, env: Readonly<Record<string, string | undefined>>): string {
  let version = 'unknown';
  try {
    const parsed = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown };
    if (typeof parsed.version === 'string') version = parsed.version;
  } catch {
    // no package.json: the version stays unknown
  }
  const fromEnv = env.STEG_COMMIT?.trim();
  const commit = fromEnv !== undefined && fromEnv !== '' ? fromEnv : (gitCommit(root) ?? 'unknown');
  return `${version}+${commit}`;
}

/** The commit HEAD points to, or null when there is no readable .git. */
export function gitCommit(root: string): string | null {
  try {
    const dotGit = join(root, '.git');
    if (!existsSync(dotGit)) return null;
    const gitDir = statSync(dotGit).isDirectory()
      ? dotGit
      : resolve(
          root,
          readFileSync(dotGit, 'utf8')
            .replace(/^gitdir:\s*/, '')
            .trim(),
        );
    const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
    if (COMMIT.test(head)) return head;
    const ref = /^ref:\s*(\S+)$/.exec(head)?.[1];
    if (ref === undefined) return null;
    const commonFile = join(gitDir, 'commondir');
    const commonDir = existsSync(commonFile)
      ? resolve(gitDir, readFileSync(commonFile, 'utf8').trim())
      : gitDir;
    for (const dir of [gitDir, commonDir]) {
      const loose = join(dir, ref);
      if (existsSync(loose)) {
        const hash = readFileSync(loose, 'utf8').trim();
        if (COMMIT.test(hash)) return hash;
      }
    }
    const packed = join(commonDir, 'packed-refs');
    if (!existsSync(packed)) return null;
    for (const line of readFileSync(packed, 'utf8').split('\n')) {
      const [hash, name] = line.trim().split(' ');
      if (name === ref && COMMIT.test(hash)) return hash;
    }
    return null;
  } catch {
    return null;
  }
}
