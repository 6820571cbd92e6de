import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { untypedSchemas } from './openapi-types';

describe('untypedSchemas', () => {
  const doc = (schemas: Record<string, unknown>) => ({ components: { schemas } });

  it.each([
    ['a bare object', { type: 'object' }, 'A.x'],
    ['an object open to anything', { type: 'object', additionalProperties: true }, 'A.x'],
    ['no type at all', { description: 'something' }, 'A.x'],
    ['an array without items', { type: 'array' }, 'A.x'],
    ['an array of bare objects', { type: 'array', items: { type: 'object' } }, 'A.x[]'],
    ['a composition with a bare part', { allOf: [{ type: 'object' }] }, 'A.x.allOf[0]'],
  ])('flags %s', (_, schema, at) => {
    expect(untypedSchemas(doc({ A: { type: 'object', properties: { x: schema } } }))).toEqual([at]);
  });

  it.each([
    ['a string', { type: 'string' }],
    ['a nullable integer', { type: 'integer', nullable: true }],
    ['an enum', { enum: ['a', 'b'] }],
    ['a reference', { $ref: '#/components/schemas/B' }],
    ['a nullable reference', { nullable: true, allOf: [{ $ref: '#/components/schemas/B' }] }],
    ['an array of strings', { type: 'array', items: { type: 'string' } }],
    ['a map of numbers', { type: 'object', additionalProperties: { type: 'number' } }],
  ])('accepts %s', (_, schema) => {
    expect(untypedSchemas(doc({ A: { type: 'object', properties: { x: schema } } }))).toEqual([]);
  });

  it('looks into parameters, JSON bodies and JSON responses', () => {
    const found = untypedSchemas({
      paths: {
        '/x/{id}': {
          put: {
            parameters: [{ name: 'id', schema: { type: 'object' } }],
            requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
            responses: {
              '200': { content: { 'application/json': { schema: {} } } },
              '201': { content: { 'text/csv': { schema: { type: 'string' } } } },
            },
          },
        },
      },
    });
    expect(found).toEqual(['PUT /x/{id} parameter id', 'PUT /x/{id} body', 'PUT /x/{id} 200']);
  });

  it('finds nothing in the committed document (kept equal to the app by the drift test)', () => {
    const committed = JSON.parse(readFileSync(resolve(__dirname, '../openapi.json'), 'utf8')) as Parameters<
      typeof untypedSchemas
    >[0];
    expect(untypedSchemas(committed)).toEqual([]);
  });
});
