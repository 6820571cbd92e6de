import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { completeOpenApi, exampleOf, TAG_DESCRIPTIONS } from './openapi-complete';

type Op = {
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema?: Record<string, unknown>; example?: unknown }> };
  responses: Record<
    string,
    {
      description?: string;
      content?: Record<string, { schema?: { $ref?: string } }>;
      headers?: Record<string, unknown>;
    }
  >;
  tags?: string[];
};
const PROBLEM_REF = '#/components/schemas/Problem';

function document(
  paths: Record<string, Record<string, Op>>,
  schemas: Record<string, unknown> = {},
): OpenAPIObject {
  return {
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths,
    components: { schemas },
  } as OpenAPIObject;
}
const opOf = (d: OpenAPIObject, path: string, method: string) =>
  (d.paths[path] as unknown as Record<string, Op>)[method];

describe('completeOpenApi', () => {
  const schemas = {
    Body: {
      type: 'object',
      required: ['code', 'minutes', 'day', 'id'],
      properties: {
        code: { type: 'string', enum: ['present', 'sick'] },
        minutes: { type: 'integer', minimum: 0 },
        day: { type: 'string', format: 'date' },
        id: { type: 'string', format: 'uuid' },
        note: { type: 'string', example: 'Kom sent' },
        legalGround: { type: 'string' },
      },
    },
  };
  const built = () =>
    completeOpenApi(
      document(
        {
          '/things': {
            get: {
              responses: { '200': { description: '' }, '401': { description: 'No credentials.' } },
              tags: ['attendance'],
            },
            post: {
              requestBody: {
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Body' } } },
              },
              responses: { '201': { description: '' }, '422': { description: 'A rule.' } },
              tags: ['attendance'],
            },
          },
          '/things/{id}': {
            patch: {
              parameters: [
                { name: 'id', in: 'path' },
                { name: 'If-Match', in: 'header' },
              ],
              responses: { '200': { description: '' } },
              tags: ['participants'],
            },
            put: {
              parameters: [{ name: 'Idempotency-Key', in: 'header' }],
              responses: { '200': { description: '' } },
            },
          },
        },
        schemas,
      ),
    );

  it('gives every error answer the Problem schema, and every operation a default answer', () => {
    const d = built();
    expect(d.components?.schemas?.Problem).toBeDefined();
    expect(
      opOf(d, '/things', 'get').responses['401'].content?.['application/problem+json']?.schema?.$ref,
    ).toBe(PROBLEM_REF);
    expect(opOf(d, '/things', 'get').responses['200'].content).toBeUndefined();
    for (const [path, method] of [
      ['/things', 'get'],
      ['/things', 'post'],
      ['/things/{id}', 'patch'],
    ]) {
      expect(
        opOf(d, path, method).responses.default.content?.['application/problem+json']?.schema?.$ref,
      ).toBe(PROBLEM_REF);
    }
  });

  it('documents 400 only where there is input, and 412/428 only with If-Match', () => {
    const d = built();
    expect(Object.keys(opOf(d, '/things', 'get').responses).sort()).toEqual(['200', '401', 'default']);
    expect(opOf(d, '/things', 'post').responses['400']).toBeDefined();
    expect(Object.keys(opOf(d, '/things/{id}', 'patch').responses).sort()).toEqual([
      '200',
      '400',
      '412',
      '428',
      'default',
    ]);
  });

  it('documents the ETag on an If-Match write and on the GET of the resource it changes, not elsewhere', () => {
    const ok = () => ({ responses: { '200': { description: '' }, '404': { description: '' } } });
    const ifMatch = [{ name: 'If-Match', in: 'header' }];
    const d = completeOpenApi(
      document({
        '/dialogues': { get: ok() },
        '/dialogues/{id}': { get: ok() },
        '/dialogues/{id}/account': { put: { ...ok(), parameters: ifMatch } },
        '/plans/{id}': { get: ok(), put: { ...ok(), parameters: ifMatch } },
      }),
    );
    const etag = (path: string, method: string, status = '200') =>
      opOf(d, path, method).responses[status].headers?.ETag !== undefined;
    expect(etag('/dialogues/{id}/account', 'put')).toBe(true);
    expect(etag('/dialogues/{id}', 'get')).toBe(true);
    expect(etag('/plans/{id}', 'get')).toBe(true);
    expect(etag('/plans/{id}', 'put')).toBe(true);
    expect(etag('/dialogues', 'get')).toBe(false);
    expect(etag('/plans/{id}', 'get', '404')).toBe(false);
  });

  it('documents Idempotency-Key on POST and PUT once, with its 409 and 422, and keeps a rule 422 described', () => {
    const d = built();
    const names = (path: string, method: string) =>
      (opOf(d, path, method).parameters ?? []).map((p) => p.name);
    expect(names('/things', 'post')).toEqual(['Idempotency-Key']);
    expect(names('/things/{id}', 'put')).toEqual(['Idempotency-Key']);
    expect(names('/things/{id}', 'patch')).not.toContain('Idempotency-Key');
    expect(names('/things', 'get')).toEqual([]);
    const post = opOf(d, '/things', 'post');
    expect(post.responses['409']).toBeDefined();
    expect(post.responses['201'].headers?.['Idempotency-Replayed']).toBeDefined();
    expect(
      opOf(d, '/things/{id}', 'patch').responses['200'].headers?.['Idempotency-Replayed'],
    ).toBeUndefined();
    expect(post.responses['422'].description).toMatch(/^A rule\. .*Idempotency-Key/);
  });

  it('describes the tags in use, and only those', () => {
    expect(built().tags).toEqual([
      { name: 'attendance', description: TAG_DESCRIPTIONS.attendance },
      { name: 'participants', description: TAG_DESCRIPTIONS.participants },
    ]);
  });

  it('gives a JSON body an example: required properties by type, optional ones only with their own example', () => {
    const example = opOf(built(), '/things', 'post').requestBody?.content['application/json'].example;
    expect(example).toEqual({
      code: 'present',
      minutes: 0,
      day: '2026-03-16',
      id: '3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f',
      note: 'Kom sent',
    });
  });

  it.each([
    [{ type: 'integer' }, 1],
    [{ type: 'boolean' }, false],
    [{ type: 'array', items: { type: 'string', format: 'email' } }, ['anna@example.se']],
    [{ type: 'string', minLength: 10 }, 'xxxxxxxxxx'],
    [
      { nullable: true, allOf: [{ $ref: '#/components/schemas/Body' }] },
      expect.objectContaining({ code: 'present' }),
    ],
    [{ example: 7, type: 'integer' }, 7],
  ])('exampleOf(%j)', (schema, expected) => {
    expect(exampleOf(schema, schemas)).toEqual(expected);
  });
});

describe('the committed OpenAPI document (kept equal to the app by the drift test)', () => {
  const d = JSON.parse(readFileSync(resolve(__dirname, '../openapi.json'), 'utf8')) as OpenAPIObject;
  const operations = Object.entries(d.paths).flatMap(([path, item]) =>
    Object.entries(item as unknown as Record<string, Op>).map(([method, op]) => ({
      at: `${method} ${path}`,
      method,
      op,
    })),
  );

  it('answers every error as problem+json', () => {
    // The health checks answer 503 with the health report itself (what a load balancer reads).
    const plain = operations.flatMap(({ at, op }) =>
      Object.entries(op.responses)
        .filter(([status]) => !(at.startsWith('get /api/v1/health') && status === '503'))
        .filter(([status]) => status === 'default' || Number(status) >= 400)
        .filter(([, r]) => r.content?.['application/problem+json']?.schema?.$ref !== PROBLEM_REF)
        .map(([status]) => `${at} ${status}`),
    );
    expect(plain).toEqual([]);
  });

  it('documents 412 and 428 wherever If-Match is taken, Idempotency-Key on every POST and PUT', () => {
    const missing = operations.flatMap(({ at, method, op }) => {
      const names = (op.parameters ?? []).map((p) => p.name);
      return [
        ...(names.includes('If-Match') && !(op.responses['412'] && op.responses['428'])
          ? [`${at} 412/428`]
          : []),
        ...(['post', 'put'].includes(method) && !names.includes('Idempotency-Key')
          ? [`${at} Idempotency-Key`]
          : []),
      ];
    });
    expect(missing).toEqual([]);
  });

  it('has an example for every JSON request body and a description for every tag', () => {
    expect(
      operations.filter(({ op }) => {
        const json = op.requestBody?.content['application/json'];
        return json !== undefined && json.example === undefined;
      }),
    ).toEqual([]);
    const used = new Set(operations.flatMap(({ op }) => op.tags ?? []));
    expect((d.tags ?? []).map((t) => t.name).sort()).toEqual([...used].sort());
    expect((d.tags ?? []).filter((t) => !t.description)).toEqual([]);
  });
});
