/**
 * Where an OpenAPI document leaves a value without a concrete type: a bare `object` with neither
 * properties nor additionalProperties, a schema with no type, `$ref`, composition or enum, or an
 * array without items. A generated client turns each of them into `Record<string, never>` or
 * `unknown` (issue 14: `AddressDto.street` was typed `object`, because a `string | null` property
 * reaches Swagger as `Object`). Returns the paths of the offending schemas.
 */
type Schema = Record<string, unknown>;

const SCALARS = new Set(['string', 'number', 'integer', 'boolean']);

function problems(schema: unknown, at: string, found: string[]): void {
  if (typeof schema !== 'object' || schema === null) {
    found.push(at);
    return;
  }
  const s = schema as Schema;
  if (typeof s.$ref === 'string') return;
  const composed = (['allOf', 'oneOf', 'anyOf'] as const).filter((k) => Array.isArray(s[k]));
  if (composed.length > 0) {
    for (const k of composed)
      (s[k] as unknown[]).forEach((part, i) => problems(part, `${at}.${k}[${i}]`, found));
    return;
  }
  if (Array.isArray(s.enum)) return;
  if (typeof s.type === 'string' && SCALARS.has(s.type)) return;
  if (s.type === 'array') {
    if (s.items === undefined) found.push(at);
    else problems(s.items, `${at}[]`, found);
    return;
  }
  if (s.type === 'object') {
    const properties = s.properties as Record<string, unknown> | undefined;
    const additional = s.additionalProperties;
    if (properties === undefined && (additional === undefined || additional === true)) {
      found.push(at);
      return;
    }
    for (const [name, p] of Object.entries(properties ?? {})) problems(p, `${at}.${name}`, found);
    if (typeof additional === 'object' && additional !== null) problems(additional, `${at}{}`, found);
    return;
  }
  found.push(at);
}

export function untypedSchemas(document: {
  components?: { schemas?: Record<string, unknown> };
  paths?: Record<string, Record<string, unknown>>;
}): string[] {
  const found: string[] = [];
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    problems(schema, name, found);
  }
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      const op = operation as {
        parameters?: { name: string; schema?: unknown }[];
        requestBody?: { content?: Record<string, { schema?: unknown }> };
        responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
      };
      const where = `${method.toUpperCase()} ${path}`;
      for (const p of op.parameters ?? []) problems(p.schema, `${where} parameter ${p.name}`, found);
      for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) {
        // A file upload's body is bytes, described by its media type.
        if (type.startsWith('application/json')) problems(media.schema, `${where} body`, found);
      }
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        for (const [type, media] of Object.entries(response.content ?? {})) {
          if (type.includes('json')) problems(media.schema, `${where} ${status}`, found);
        }
      }
    }
  }
  return found;
}
