import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openApiFileContent } from '../http/openapi-file';
import { startTestApp, TestApp } from './support/test-app';

describe('committed OpenAPI file', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('matches what the app generates (run `npm run openapi` after changing routes)', () => {
    const committed = readFileSync(resolve(__dirname, '../openapi.json'), 'utf8');
    expect(openApiFileContent(t.app)).toBe(committed);
  });
});
