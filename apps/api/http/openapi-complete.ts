import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * What every operation of the Steg API shares, written once into the generated document instead of
 * on each of ~100 handlers (issue 14, "an OpenAPI document a client can be generated from"):
 * - every error answer is problem+json (RFC 9457) with the `Problem` schema, and a `default` answer
 *   covers the ones any route can give (429, 500, 503 `DATABASE_UNAVAILABLE`);
 * - an operation with a body or parameters documents its 400 with the fields named in `errors[]`;
 * - an operation that takes `If-Match` documents 412 (stale) and 428 (missing), and its success answer
 *   and the GET of the resource it changes document the `ETag` header to send back in `If-Match`;
 * - every POST and PUT documents the `Idempotency-Key` header (libs/shared/http's interceptor honours
 *   it on both), its 409/422 answers and the `Idempotency-Replayed` header of a replayed answer;
 * - every tag has a description;
 * - every JSON request body has an example, built from the schema's own examples: its required
 *   properties (a value of their type where the DTO gives no example) and the optional ones with one.
 */

type Json = Record<string, unknown>;
interface Operation {
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, { schema?: Json; example?: unknown }> };
  responses: Record<
    string,
    { description?: string; content?: Record<string, { schema?: Json }>; headers?: Record<string, Json> }
  >;
  tags?: string[];
}

export const TAG_DESCRIPTIONS: Readonly<Record<string, string>> = {
  health: 'Liveness and readiness of the service and its database.',
  auth: 'Sign-in (inloggning) for staff: a JWT for the Authorization header.',
  admin:
    'Municipalities, units (enheter), staff users, roles and API keys: administrators only, no case data.',
  audit: 'The audit log (logguppföljning): who read or changed whose data, for auditors.',
  participants:
    'Participants (deltagare): identity numbers, protected identity (skyddade personuppgifter), consents (samtycke).',
  referrals: 'Referrals (aktualiseringar) from IFO or another source to AME: sent, accepted or returned.',
  enrolments: 'Enrolments (inskrivningar) at AME and their exit (avslut) with outcome.',
  'report-backs': 'Report-backs (återrapportering) from AME to the referring IFO caseworker.',
  interventions:
    'The intervention catalogue (insatser), instances with cost and funding (finansiering), sites and work teams (arbetslag).',
  'waiting-lists':
    'Waiting lists (kö) of full intervention instances: priority, waiting time, placed or removed with a reason.',
  placements:
    'Placements (placeringar): a participant in an intervention instance, with schedule and supervisor.',
  plans:
    'Development plans (utvecklingsplaner) with goals and planned interventions, made with the participant.',
  'follow-ups':
    'Follow-up meetings (uppföljningsmöten) every 6–8 weeks and case reviews (genomgång av ärende).',
  'outcome-follow-ups':
    'Follow-up after exit (uppföljning efter avslut) 1, 6 and 12 months after the exit: working, studying, back on försörjningsstöd.',
  'assistance-periods':
    'Periods of försörjningsstöd per person (sökande/medsökande), recorded by IFO: the basis for återaktualisering.',
  worklist: "The signed-in user's work list: what is due or overdue.",
  sip: "SIP, samordnad individuell plan (SoL 2 kap. 7 §, HSL 16 kap. 4 §): who of the municipality, the Region and others does what, under the participant's consent (samtycke).",
  metrics: 'Prometheus metrics for operators (an API key with the scope metrics:read).',
  statistics:
    'Statistics (statistik): Kolada key figures and management reports, aggregates only, small numbers suppressed.',
  units: "The municipality's units (enheter), read-only: whom to refer to or work with.",
  attendance:
    'Attendance (närvaro): daily reports, corrections, monthly sign-off (attest), the IFO report and the absence dialogue (frånvarodialog).',
  deviations:
    'Deviations (avvikelser) and complaints (klagomål) raised to the unit manager: investigation, measures, closure.',
  surveys:
    'The participant survey after a finished intervention (brukaruppföljning): questions, answers in a meeting or through a one-time link, and results only in groups of at least five.',
  bip: 'BIP assessments (progressionsmätning): the eleven employability indicators, measured about every 3 months.',
  partners:
    'Partners (samverkansparter), agreements (överenskommelser: LÖK, IOP, Finsam, arbetsträningsavtal) and partners’ involvement in an enrolment (samverkan i ärendet).',
};

const PROBLEM_FIELD_ERROR = {
  type: 'object',
  required: ['field', 'rule', 'message'],
  properties: {
    field: { type: 'string', example: 'entries[2].presentMinutes', description: 'The field, as a path' },
    rule: { type: 'string', example: 'max', description: 'The rule broken' },
    message: { type: 'string', example: 'presentMinutes must not be greater than 1440' },
  },
};

const PROBLEM = {
  type: 'object',
  description: 'RFC 9457 problem details',
  required: ['type', 'title', 'status', 'detail', 'code'],
  additionalProperties: true,
  properties: {
    type: { type: 'string', example: 'https://steg.se/problems/validation-failed' },
    title: { type: 'string', example: 'Bad Request' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string', example: 'The request has 1 invalid field.' },
    code: { type: 'string', description: 'Stable error code', example: 'VALIDATION_FAILED' },
    instance: { type: 'string', description: 'The request path', example: '/api/v1/participants' },
    errors: { type: 'array', items: { $ref: '#/components/schemas/ProblemFieldError' } },
    correlationId: {
      type: 'string',
      description: 'Also sent as the X-Request-Id header',
      example: '6f1c2b0e-6a33-4c0e-9a43-2a1f3f9b8d10',
    },
  },
};

const PROBLEM_CONTENT = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };

const ADDED_ANSWERS: Readonly<Record<string, string>> = {
  '400': 'Invalid input: `errors[]` names each field and the rule it breaks, all of them at once.',
  '412': 'Stale: the `If-Match` version is not the current one; read the resource again.',
  '428': '`If-Match` is missing: send the `ETag` you read.',
  default:
    'Any route may also answer 429 (too many requests), 500 (with the correlation id, no internals) or ' +
    '503 `DATABASE_UNAVAILABLE` with `Retry-After`.',
};

const IDEMPOTENCY = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Makes a retry safe: the same key and body give the first answer again (`Idempotency-Replayed: true`).',
  schema: { type: 'string', maxLength: 255 },
};

const REPLAYED = {
  description: 'Present (`true`) when this is the stored answer to an earlier request with the same key.',
  schema: { type: 'string', enum: ['true'] },
};

const IDEMPOTENCY_ANSWERS: Readonly<Record<string, string>> = {
  '409':
    'A request with this `Idempotency-Key` is still being handled, or its outcome was lost (retry later / check).',
  '422': 'This `Idempotency-Key` was used for a different request.',
};

const ETAG = {
  description:
    'The version of the resource, e.g. `"3"`: send it back in `If-Match` to change it. A masked view ' +
    '(skyddade personuppgifter) has none.',
  schema: { type: 'string', example: '"3"' },
};

const takesIfMatch = (op: unknown): boolean =>
  ((op as Operation).parameters ?? []).some((p) => p.name === 'If-Match');

/**
 * The paths whose answers carry an ETag: each path with an If-Match write, and the resource it
 * changes (`/dialogues/{id}` for `PUT /dialogues/{id}/ame-account`).
 */
function etagPaths(document: OpenAPIObject): Set<string> {
  const paths = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    if (!Object.values(item as Record<string, unknown>).some(takesIfMatch)) continue;
    paths.add(path);
    paths.add(path.replace(/\/[a-z-]+$/, ''));
  }
  return paths;
}

function documentEtag(op: Operation): void {
  for (const [status, response] of Object.entries(op.responses)) {
    if (/^2\d\d$/.test(status)) (response.headers ??= {}).ETag ??= { ...ETAG };
  }
}

function answer(op: Operation, status: string, description: string): void {
  const existing = op.responses[status];
  if (!existing) {
    op.responses[status] = { description, content: PROBLEM_CONTENT };
  } else if (!existing.description?.includes(description)) {
    existing.description = existing.description ? `${existing.description} ${description}` : description;
  }
}

/** A value for a schema: its example, else one of its type (the first enum value, a sample id …). */
export function exampleOf(schema: Json | undefined, schemas: Record<string, Json>, depth = 0): unknown {
  if (!schema || depth > 8) return null;
  if ('example' in schema) return schema.example;
  if (typeof schema.$ref === 'string')
    return exampleOf(schemas[schema.$ref.split('/').pop() ?? ''], schemas, depth + 1);
  const parts = (schema.allOf ?? schema.oneOf ?? schema.anyOf) as Json[] | undefined;
  if (parts?.[0]) return exampleOf(parts[0], schemas, depth + 1);
  if (Array.isArray(schema.enum)) return schema.enum[0] as unknown;
  switch (schema.type) {
    case 'object': {
      // The required properties, and the optional ones the DTO gives an example of: an optional field
      // with a placeholder would only make the example contradict itself.
      const properties = (schema.properties ?? {}) as Record<string, Json>;
      const required = new Set((schema.required ?? []) as string[]);
      return Object.fromEntries(
        Object.entries(properties)
          .filter(([name, p]) => required.has(name) || 'example' in p)
          .map(([name, p]) => [name, exampleOf(p, schemas, depth + 1)]),
      );
    }
    case 'array':
      return [exampleOf(schema.items as Json, schemas, depth + 1)];
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 1;
    case 'boolean':
      return false;
    case 'string':
      switch (schema.format) {
        case 'uuid':
          return '3f6c1d2e-8b4a-4e7f-9c1d-2a3b4c5d6e7f';
        case 'date':
          return '2026-03-16';
        case 'date-time':
          return '2026-03-16T09:00:00+01:00';
        case 'email':
          return 'anna@example.se';
        default:
          return typeof schema.minLength === 'number' && schema.minLength > 6
            ? 'x'.repeat(schema.minLength)
            : 'text';
      }
    default:
      return null;
  }
}

export function completeOpenApi(document: OpenAPIObject): OpenAPIObject {
  const components = (document.components ??= {});
  const schemas = (components.schemas ??= {}) as Record<string, Json>;
  schemas.ProblemFieldError = PROBLEM_FIELD_ERROR;
  schemas.Problem = PROBLEM;

  const used = new Set<string>();
  const withEtag = etagPaths(document);
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, value] of Object.entries(item as Record<string, unknown>)) {
      if (!['get', 'put', 'post', 'patch', 'delete'].includes(method)) continue;
      const op = value as Operation;
      op.tags?.forEach((t) => used.add(t));
      const params = (op.parameters ?? []).map((p) => p.name);

      if (method === 'post' || method === 'put') {
        if (!params.includes(IDEMPOTENCY.name)) (op.parameters ??= []).push({ ...IDEMPOTENCY });
        for (const [status, text] of Object.entries(IDEMPOTENCY_ANSWERS)) answer(op, status, text);
        for (const [status, response] of Object.entries(op.responses)) {
          if (/^2\d\d$/.test(status)) (response.headers ??= {})['Idempotency-Replayed'] ??= { ...REPLAYED };
        }
      }
      if ((op.parameters ?? []).length > 0 || op.requestBody) answer(op, '400', ADDED_ANSWERS['400']);
      if (params.includes('If-Match')) {
        answer(op, '412', ADDED_ANSWERS['412']);
        answer(op, '428', ADDED_ANSWERS['428']);
        documentEtag(op);
      } else if (method === 'get' && withEtag.has(path)) {
        documentEtag(op);
      }
      answer(op, 'default', ADDED_ANSWERS.default);
      for (const [status, response] of Object.entries(op.responses)) {
        if ((status === 'default' || Number(status) >= 400) && !response.content)
          response.content = PROBLEM_CONTENT;
      }

      const json = op.requestBody?.content?.['application/json'];
      if (json && json.example === undefined) json.example = exampleOf(json.schema, schemas);
    }
  }
  document.tags = [...used].sort().map((name) => ({ name, description: TAG_DESCRIPTIONS[name] ?? '' }));
  return document;
}
