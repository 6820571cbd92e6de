import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

export const OPENAPI_FILE = join(__dirname, '../../apps/api/openapi.json');
export const CLIENT_TYPES_FILE = join(__dirname, 'src/openapi.ts');

const HEADER = `// Generated from apps/api/openapi.json by \`npm run client\` (openapi-typescript). Do not edit:
// change the API, run \`npm run openapi\` and \`npm run client\`; a unit test fails when this is stale.
`;

/** The TypeScript types of the committed OpenAPI document, as the client package commits them. */
export async function clientTypes(): Promise<string> {
  const document = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as Parameters<typeof openapiTS>[0];
  // A default makes a field optional to send, not required: every default in the document is on a
  // request body's optional field (`send`, `capacity` …), which openapi-typescript would otherwise require.
  return HEADER + astToString(await openapiTS(document, { defaultNonNullable: false }));
}
