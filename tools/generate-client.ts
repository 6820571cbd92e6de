// `npm run client`: writes libs/api-client/src/openapi.ts from the committed apps/api/openapi.json.
// `--check [file]`: writes nothing, exits 1 when the committed file (or the one given) differs (libs/api-client's test runs it:
// openapi-typescript's dependencies are ES modules, which Jest's module loader cannot require).
import { readFileSync, writeFileSync } from 'node:fs';
import { CLIENT_TYPES_FILE, clientTypes } from '../libs/api-client/generate';

void clientTypes().then((text) => {
  const check = process.argv.indexOf('--check');
  if (check >= 0) {
    const file = process.argv[check + 1] ?? CLIENT_TYPES_FILE;
    const same = readFileSync(file, 'utf8') === text;
    console.log(same ? 'The client is current.' : `${file} is stale: run \`npm run client\`.`);
    process.exitCode = same ? 0 : 1;
    return;
  }
  writeFileSync(CLIENT_TYPES_FILE, text);
  console.log(`Wrote ${CLIENT_TYPES_FILE}`);
});
