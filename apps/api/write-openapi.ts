import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '@steg/config';
import { createApp } from './configure-app';
import { openApiFileContent } from './http/openapi-file';

/** `npm run openapi`: writes the committed apps/api/openapi.json from the app's routes (no database needed). */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, DATABASE_URL: undefined, LOG_LEVEL: 'silent' });
  const app = await createApp(config, { withoutDatabase: true });
  const target = resolve(__dirname, '../../../apps/api/openapi.json');
  writeFileSync(target, openApiFileContent(app));
  await app.close();
  console.log(`Wrote ${target}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
