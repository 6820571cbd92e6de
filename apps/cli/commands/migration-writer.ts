import { execFileSync } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const MIGRATIONS_DIR = resolve(process.cwd(), 'migrations');

function quote(sql: string): string {
  return '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
}

/** Writes `migrations/<timestamp>-<name>.ts` and rewrites migrations/index.ts to list every migration. */
export async function writeMigration(name: string, up: string[], down: string[]): Promise<string> {
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const file = resolve(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
  const body = (queries: string[]) =>
    queries.map((q) => `    await queryRunner.query(${quote(q)});`).join('\n');
  await writeFile(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${body(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${body(down)}
  }
}
`,
  );
  await writeIndex();
  // Keep the generated files in the project's format so `npm test`'s format check passes.
  execFileSync('npx', ['prettier', '--write', file, resolve(MIGRATIONS_DIR, 'index.ts')], {
    stdio: 'ignore',
  });
  return file;
}

async function writeIndex(): Promise<void> {
  const files = (await readdir(MIGRATIONS_DIR))
    .filter((f) => /^\d+-[A-Za-z0-9]+\.ts$/.test(f))
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
  const entries = files.map((f) => {
    const [timestamp, name] = f.replace(/\.ts$/, '').split('-') as [string, string];
    return { module: `./${f.replace(/\.ts$/, '')}`, className: `${name}${timestamp}` };
  });
  await writeFile(
    resolve(MIGRATIONS_DIR, 'index.ts'),
    `// The migration timeline, oldest first. Written by \`npm run migration:generate -- <Name>\`;
// a merged migration is never edited.
${entries.map((e) => `import { ${e.className} } from '${e.module}';`).join('\n')}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [${entries.map((e) => e.className).join(', ')}];
`,
  );
}
