import { dropDatabase } from '@steg/database';

export default async function globalTeardown(): Promise<void> {
  if (globalThis.__stegTestDatabase) await dropDatabase(globalThis.__stegTestDatabase);
  await globalThis.__stegTestServer?.embedded?.stop();
}
