import type { INestApplication } from '@nestjs/common';
import { buildOpenApiDocument } from './openapi';
import { version } from '../../../package.json';

/** The committed apps/api/openapi.json, byte for byte: the drift test compares against this. */
export function openApiFileContent(app: INestApplication): string {
  return `${JSON.stringify(buildOpenApiDocument(app, version), null, 2)}\n`;
}
