import type { FastifyInstance } from 'fastify';
import { FieldViolation, ValidationFailedError } from '@steg/kernel';

/**
 * The deepest nesting of arrays and objects a JSON body may have. Our deepest DTO (a plan's goals
 * with their steps) is four levels; 32 leaves room and keeps class-transformer and class-validator,
 * which recurse, far from the stack limit (10 000 nested arrays used to overflow it).
 */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x5b, 0x7b]); // [ {
const CLOSE = new Set([0x5d, 0x7d]); // ] }

/**
 * Whether JSON text nests arrays/objects deeper than `limit`. A single pass over the text, without
 * recursion, so it runs before anything that could overflow; brackets inside strings do not count.
 * Malformed text may be counted wrongly, but JSON.parse refuses it right after.
 */
export function jsonNestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (OPEN.has(c)) {
      if (++depth > limit) return true;
    } else if (CLOSE.has(c)) {
      depth--;
    }
  }
  return false;
}

const NUL = '\u0000';
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function textViolation(field: string, text: string): FieldViolation | undefined {
  if (text.includes(NUL)) {
    return { field, rule: 'noNulCharacter', message: `${field} must not contain NUL characters` };
  }
  if (LONE_SURROGATE.test(text)) {
    return {
      field,
      rule: 'wellFormedUnicode',
      message: `${field} must be well-formed Unicode (no unpaired surrogates)`,
    };
  }
  return undefined;
}

function childPath(parent: string, key: string, isIndex: boolean): string {
  if (isIndex) return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

/**
 * Every string (value or key) in `value` that PostgreSQL could not store — NUL (22021, 22P05) — or
 * that is not valid Unicode — a lone surrogate, which UTF-8 cannot encode and `encodeURI` throws on —
 * with its path written as the validation errors write it (`goals[0].title`). Depth is bounded by
 * the JSON parser and the query-string parser, so recursion is safe here.
 */
export function findMalformedText(value: unknown, path = ''): FieldViolation[] {
  if (typeof value === 'string') {
    const violation = textViolation(path === '' ? 'body' : path, value);
    return violation ? [violation] : [];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => findMalformedText(item, childPath(path, String(index), true)));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => {
      const field = childPath(path, key, false);
      const keyViolation = textViolation(field, key);
      return keyViolation ? [keyViolation] : findMalformedText(item, field);
    });
  }
  return [];
}

/**
 * Guards that run in Fastify, before Nest's guards, pipes and handlers see the request, so no code
 * path (a Passport strategy reading the body, a service querying with a path id) meets such input.
 */
export function registerInputGuards(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (jsonNestsDeeperThan(body as string, MAX_JSON_DEPTH)) {
      done(
        new ValidationFailedError([
          {
            field: 'body',
            rule: 'maxDepth',
            message: `body must not nest arrays and objects more than ${MAX_JSON_DEPTH} levels deep`,
          },
        ]),
        undefined,
      );
      return;
    }
    void parseJson(request, body as string, done);
  });

  // One check of every string the caller sent, reporting each offending field at once.
  fastify.addHook('preValidation', (request, _reply, done) => {
    const violations = [
      ...findMalformedText(request.params),
      ...findMalformedText(request.query),
      ...findMalformedText(request.body),
    ];
    done(violations.length > 0 ? new ValidationFailedError(violations) : undefined);
  });
}
