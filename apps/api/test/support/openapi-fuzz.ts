/**
 * Request generators for the OpenAPI-driven fuzz test (apps/api/test/fuzz.e2e-spec.ts; longer runs:
 * `npm run fuzz -- --runs N --seed S`). Every operation of the committed apps/api/openapi.json gets
 * requests built from its own parameters and body schema: mostly valid-ish values (enums, known ids
 * of the test's tenant, dates), each field sometimes replaced by a hostile one (null, NUL, a lone
 * surrogate, deep nesting, huge numbers, upper-case ids, wrong types, very long strings), plus extra
 * fields and hostile whole bodies. The generator knows nothing of our code, only the spec.
 */
import fc from 'fast-check';

export interface SchemaObject {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  allOf?: SchemaObject[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
}

interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: SchemaObject;
}

interface OperationObject {
  operationId?: string;
  parameters?: ParameterObject[];
  requestBody?: { content?: Record<string, { schema?: SchemaObject }> };
  'x-steg-access'?: { roles: string[]; scopes: string[] };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

export interface Operation {
  /** e.g. `PATCH /api/v1/participants/{id}` */
  key: string;
  method: string;
  path: string;
  pathParams: ParameterObject[];
  queryParams: ParameterObject[];
  headers: ParameterObject[];
  body: SchemaObject | undefined;
  /** undefined: a public route; roles empty and scopes set: API keys only. */
  access: { roles: string[]; scopes: string[] } | undefined;
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const parameters = op.parameters ?? [];
      return {
        key: `${method.toUpperCase()} ${path}`,
        method,
        path,
        pathParams: parameters.filter((p) => p.in === 'path'),
        queryParams: parameters.filter((p) => p.in === 'query'),
        headers: parameters.filter((p) => p.in === 'header'),
        body: op.requestBody?.content?.['application/json']?.schema,
        access: op['x-steg-access'],
      };
    }),
  );
}

/** Ids of real objects of the test's tenant, by the name the spec gives them. */
export interface KnownIds {
  /** Ids for a path segment: `participants` (of `/participants/{id}`), `teamId`, `consentId`, … */
  byName: Record<string, string[]>;
  /** Every id worth trying in a uuid field whose name is not in `byName`. */
  all: string[];
}

/** Serialised as `depth` nested arrays: 10 000 of them overflowed the stack in validation. */
export class DeepNesting {
  constructor(readonly depth: number) {}
}

/** A path or query value sent exactly as written (e.g. a malformed `%zz`), not percent-encoded. */
export class RawText {
  constructor(readonly text: string) {}
}

export interface FuzzRequest {
  method: string;
  /** Already encoded, with the query string. */
  url: string;
  headers: Record<string, string>;
  /** JSON text, or undefined for no body. */
  body: string | undefined;
  /** What the case is, for a failure message. */
  describe: string;
}

const UPPER_FOREIGN_ID = 'ABCDEF00-0000-4000-8000-000000000001';

const HOSTILE_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\ud800x',
  'x\udc00',
  '\ud83d',
  '😀 Åsa',
  'x'.repeat(10_000),
  UPPER_FOREIGN_ID,
  'not-a-uuid',
  '199001012380',
  '-1',
  '0',
  '2026-02-30',
  '0000-01-01',
  '9999-12-31',
  '9999-12',
  '9999-W52',
  '2199-12-31',
  '2026-W54',
  '2026-13',
  '<script>',
  "'; select 1; --",
  '../..',
  '__proto__',
  '%zz%',
];

const HOSTILE_VALUES: unknown[] = [
  null,
  ...HOSTILE_STRINGS,
  -1,
  0,
  1.5,
  2 ** 31,
  -(2 ** 31) - 1,
  199001012380,
  Number.MAX_SAFE_INTEGER,
  1e308,
  -1e308,
  true,
  false,
  {},
  [],
  [null],
  [[[[{}]]]],
  { a: { b: { c: [1] } } },
  new DeepNesting(40),
  new DeepNesting(10_000),
];

function hostile(): fc.Arbitrary<unknown> {
  return fc.constantFrom(...HOSTILE_VALUES);
}

const DATES = ['2026-03-16', '2026-03-23', '2026-02-02', '2026-01-12', '2025-12-31', '2026-06-30'];

function upperCaseSome(ids: string[]): fc.Arbitrary<string> {
  return fc.constantFrom(...ids).chain((id) => fc.constantFrom(id, id.toUpperCase()));
}

export class RequestGenerator {
  private readonly schemas: Record<string, SchemaObject>;

  constructor(
    document: OpenApiDocument,
    private readonly ids: KnownIds,
  ) {
    this.schemas = document.components?.schemas ?? {};
  }

  private resolve(schema: SchemaObject): SchemaObject {
    let resolved = schema;
    while (resolved.$ref) {
      const name = resolved.$ref.replace('#/components/schemas/', '');
      resolved = { ...this.schemas[name], ...resolved, $ref: undefined };
    }
    if (resolved.allOf) {
      return resolved.allOf.reduce<SchemaObject>(
        (merged, part) => {
          const r = this.resolve(part);
          return {
            ...merged,
            ...r,
            properties: { ...merged.properties, ...r.properties },
            required: [...(merged.required ?? []), ...(r.required ?? [])],
          };
        },
        { ...resolved, allOf: undefined },
      );
    }
    return resolved;
  }

  private idsFor(name: string): string[] {
    const exact = this.ids.byName[name];
    if (exact && exact.length > 0) return exact;
    return this.ids.all;
  }

  /** A value a client might well send for this schema. */
  private validish(schema: SchemaObject, name: string, depth: number): fc.Arbitrary<unknown> {
    const s = this.resolve(schema);
    if (s.enum && s.enum.length > 0) return fc.constantFrom(...s.enum);
    const type: string = s.type ?? (s.properties ? 'object' : 'string');
    if (s.format === 'uuid' || /Id$/.test(name) || name === 'id') {
      return fc.oneof(
        { weight: 6, arbitrary: upperCaseSome(this.idsFor(name)) },
        { weight: 1, arbitrary: fc.uuid() },
      );
    }
    if (
      s.format === 'date' ||
      /(Date|date|On|From|To|Start|End)$/.test(name) ||
      (typeof s.example === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s.example))
    ) {
      return fc.constantFrom(...DATES, ...(typeof s.example === 'string' ? [s.example] : []));
    }
    switch (type) {
      case 'integer':
      case 'number':
        // Within the schema's bounds, at most 1000 values above its minimum (a year starts at 1900).
        return fc.integer({
          min: s.minimum ?? 0,
          max: Math.min(s.maximum ?? (s.minimum ?? 0) + 1000, (s.minimum ?? 0) + 1000),
        });
      case 'boolean':
        return fc.boolean();
      case 'array':
        if (depth > 4 || !s.items) return fc.constant([]);
        return fc.array(this.validish(s.items, name, depth + 1), { minLength: 1, maxLength: 3 });
      case 'object':
        if (!s.properties) return fc.constant({});
        return this.objectOf(s, depth + 1);
      default: {
        const example = typeof s.example === 'string' ? [fc.constant(s.example)] : [];
        return fc.oneof(
          ...example,
          fc.string({ minLength: Math.max(s.minLength ?? 1, 1), maxLength: Math.min(s.maxLength ?? 30, 60) }),
        );
      }
    }
  }

  private objectOf(schema: SchemaObject, depth: number): fc.Arbitrary<Record<string, unknown>> {
    const properties = schema.properties ?? {};
    const required = new Set(schema.required ?? []);
    const fields = Object.fromEntries(
      Object.entries(properties).map(([key, child]) => [key, this.validish(child, key, depth)]),
    );
    return fc.record(fields, { requiredKeys: [...required].filter((k) => k in properties) });
  }

  private pathValue(op: Operation, param: ParameterObject): fc.Arbitrary<unknown> {
    const segments = op.path.split('/');
    const at = segments.indexOf(`{${param.name}}`);
    const owner = param.name === 'id' ? (segments[at - 1] ?? 'id') : param.name;
    const known: Record<string, string[]> = {
      date: DATES,
      month: ['2026-03', '2026-04', '2026-02', '2026-01'],
      isoWeek: ['2026-W12', '2026-W13', '2026-W10'],
      versionNo: ['1', '2'],
    };
    const values = known[param.name];
    return values
      ? fc.constantFrom(...values)
      : fc.oneof(
          { weight: 6, arbitrary: upperCaseSome(this.idsFor(owner)) },
          { weight: 1, arbitrary: fc.uuid() },
        );
  }

  private headerValue(param: ParameterObject): fc.Arbitrary<string> {
    if (param.name.toLowerCase() === 'if-match') {
      return fc.constantFrom('"1"', '"2"', '"3"', 'W/"1"');
    }
    return fc.uuid();
  }

  /**
   * Requests for one operation, before the caller adds credentials: a valid-ish request, and in most
   * cases exactly one hostile change to it (one path parameter, query parameter, header, body field,
   * an extra field, or the whole body), so the hostile value meets the code behind the checks that a
   * second bad field would stop at.
   */
  requests(op: Operation): fc.Arbitrary<FuzzRequest> {
    const valid = fc.record({
      path: fc.tuple(...op.pathParams.map((p) => this.pathValue(op, p))),
      query: fc.tuple(
        ...op.queryParams.map((p) =>
          fc.option(this.validish(p.schema ?? { type: 'string' }, p.name, 0), { freq: 2 }),
        ),
      ),
      headers: fc.tuple(...op.headers.map((p) => fc.option(this.headerValue(p), { freq: 6 }))),
      body: op.body ? this.validish(op.body, 'body', 0) : fc.constant(undefined),
    });
    const targets: Mutation['target'][] = [
      ...op.pathParams.map((_, i) => ({ in: 'path' as const, index: i })),
      ...op.queryParams.map((_, i) => ({ in: 'query' as const, index: i })),
      ...op.headers.map((_, i) => ({ in: 'header' as const, index: i })),
      ...(op.body
        ? [
            { in: 'body' as const, index: 0 },
            { in: 'body' as const, index: 0 },
            { in: 'body' as const, index: 0 },
          ]
        : []),
    ];
    const mutation: fc.Arbitrary<Mutation | null> =
      targets.length === 0
        ? fc.constant(null)
        : fc.option(
            fc.record({
              target: fc.constantFrom(...targets),
              selector: fc.nat(),
              urlValue: fc.constantFrom(...HOSTILE_URL_VALUES),
              headerValue: fc.constantFrom(...HOSTILE_HEADERS),
              bodyValue: hostile(),
              extraKey: fc.option(fc.constantFrom('isAdmin', '__proto__', 'constructor', 'extra'), {
                freq: 4,
              }),
            }),
            { freq: 6 },
          );
    return fc.tuple(valid, mutation).map(([request, change]) => build(op, request, change));
  }
}

interface Mutation {
  target: { in: 'path' | 'query' | 'header' | 'body'; index: number };
  selector: number;
  urlValue: unknown;
  headerValue: string;
  bodyValue: unknown;
  /** For a body change: add this field instead of changing one. */
  extraKey: string | null;
}

const HOSTILE_URL_VALUES: unknown[] = [
  ...HOSTILE_STRINGS.filter((s) => s !== '' && s.length < 1000),
  'x'.repeat(10_000),
  '2147483648',
  '1e3',
  ['a', 'b'],
  new RawText('%zz%'),
  new RawText('%ED%A0%80'),
  new RawText('%00'),
  new RawText('a%2Fb'),
];

const HOSTILE_HEADERS = [
  '',
  '*',
  '"x"',
  '"0"',
  '"99999999999999999999"',
  '"-1"',
  'W/"1e3"',
  'garbage',
  'x'.repeat(300),
];

/** Every place in a JSON value a hostile value can go: each object key and array index. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => [[...prefix, i], ...pathsOf(item, [...prefix, i])]);
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      [...prefix, key],
      ...pathsOf(item, [...prefix, key]),
    ]);
  }
  return [];
}

function withValueAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(root)) return root.map((item, i) => (i === head ? withValueAt(item, rest, value) : item));
  const record = root as Record<string, unknown>;
  return { ...record, [head]: withValueAt(record[head], rest, value) };
}

function build(
  op: Operation,
  valid: { path: unknown[]; query: unknown[]; headers: (string | null)[]; body: unknown },
  change: Mutation | null,
): FuzzRequest {
  const pathValues = [...valid.path];
  const queryValues = [...valid.query];
  const headerValues = [...valid.headers];
  let body = valid.body;
  if (change) {
    const { target } = change;
    if (target.in === 'path') pathValues[target.index] = change.urlValue;
    if (target.in === 'query') queryValues[target.index] = change.urlValue;
    if (target.in === 'header') headerValues[target.index] = change.headerValue;
    if (target.in === 'body') {
      if (change.extraKey !== null && body !== null && typeof body === 'object' && !Array.isArray(body)) {
        body = { ...body, [change.extraKey]: change.bodyValue };
      } else {
        const places = [[], ...pathsOf(body)];
        body = withValueAt(body, places[change.selector % places.length], change.bodyValue);
      }
    }
  }
  let path = op.path;
  op.pathParams.forEach((p, i) => {
    path = path.replace(`{${p.name}}`, encodeValue(pathValues[i]));
  });
  const query = op.queryParams
    .map((p, i) => [p.name, queryValues[i]] as const)
    .filter(([, v]) => v !== null && v !== undefined)
    .flatMap(([name, v]) =>
      (Array.isArray(v) ? v : [v]).map((item) => `${encodeURIComponent(name)}=${encodeValue(item)}`),
    );
  const headers: Record<string, string> = {};
  op.headers.forEach((p, i) => {
    const v = headerValues[i];
    if (v !== null && v !== undefined) headers[p.name] = v;
  });
  const url = query.length > 0 ? `${path}?${query.join('&')}` : path;
  const text = body === undefined ? undefined : toJson(body);
  return {
    method: op.method,
    url,
    headers,
    body: text,
    describe: `${op.method.toUpperCase()} ${url.slice(0, 300)} ${JSON.stringify(headers)} ${text?.slice(0, 800) ?? ''}`,
  };
}

/**
 * Percent-encodes like encodeURIComponent, but a lone surrogate (which encodeURIComponent throws on)
 * is written as the three bytes UTF-8 would give it, an invalid sequence the server must refuse.
 */
export function encodeValue(value: unknown): string {
  if (value instanceof RawText) return value.text;
  const text =
    typeof value === 'string' ? value : value instanceof DeepNesting ? '[]' : JSON.stringify(value);
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) {
      out += [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(ch);
    }
  }
  return out;
}

/** JSON text of a generated body; DeepNesting becomes its nested arrays (JSON.stringify would recurse). */
export function toJson(value: unknown): string {
  if (value instanceof DeepNesting) return '['.repeat(value.depth) + ']'.repeat(value.depth);
  if (value instanceof RawText) return JSON.stringify(value.text);
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Runs and seed: defaults for `npm test`, FUZZ_RUNS / FUZZ_SEED for `npm run fuzz`. */
/**
 * The runs per operation: FUZZ_RUNS (`npm run fuzz -- --runs N`), else the default budget of `npm test`
 * shared out over the operations, at least MIN_RUNS_PER_OPERATION each — so the suite's time stays
 * within its budget as routes are added, and `npm run fuzz` goes deeper.
 */
export function fuzzSettings(operationCount: number): { runsPerOperation: number; seed: number } {
  const runs = Number(process.env.FUZZ_RUNS || 'NaN');
  const seed = Number(process.env.FUZZ_SEED || 'NaN');
  const shared = Math.max(
    MIN_RUNS_PER_OPERATION,
    Math.floor(DEFAULT_FUZZ_BUDGET / Math.max(1, operationCount)),
  );
  return {
    runsPerOperation: Number.isInteger(runs) && runs > 0 ? runs : Math.min(MAX_RUNS_PER_OPERATION, shared),
    seed: Number.isInteger(seed) ? seed : DEFAULT_SEED,
  };
}

export const DEFAULT_SEED = 20_261_203;
/** Requests of one `npm test` fuzz run, over all operations (about 4 minutes on 2 cores). */
export const DEFAULT_FUZZ_BUDGET = 11_000;
export const MIN_RUNS_PER_OPERATION = 40;
export const MAX_RUNS_PER_OPERATION = 100;
