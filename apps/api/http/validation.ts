import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, IS_UUID, ValidationError } from 'class-validator';
import { FieldViolation, ValidationFailedError } from '@steg/kernel';

/**
 * Rules that say what kind of value a field holds. When one of them is broken, every other rule of
 * the field is broken because of it ("must be a string" makes "must not be blank" say nothing new),
 * so only the kind is named.
 */
const KIND_RULES = new Set(['isString', 'isInt', 'isNumber', 'isBoolean', 'isArray', 'isObject', 'isUuid']);

/** Rules that only hold of a value another rule already accepted: a date that exists has the format. */
const FOLLOWS_FROM: Readonly<Record<string, readonly string[]>> = {
  isIso8601: ['matches'],
  calendarYears: ['matches', 'isIso8601'],
};

/**
 * Every rule a field breaks — not only the first — less those that only follow from another it
 * breaks: a value of the wrong kind is named as such, and a date in the wrong format is not also
 * called a date that does not exist.
 */
export function independentRules(constraints: Record<string, string>): [rule: string, message: string][] {
  const broken = Object.entries(constraints);
  const kind = broken.filter(([rule]) => KIND_RULES.has(rule));
  if (kind.length > 0) return kind;
  const names = new Set(broken.map(([rule]) => rule));
  return broken.filter(([rule]) => !(FOLLOWS_FROM[rule] ?? []).some((earlier) => names.has(earlier)));
}

/** Flattens class-validator's tree into `{ field, rule, message }` with dotted/indexed paths. */
export function toFieldViolations(errors: ValidationError[], parent = ''): FieldViolation[] {
  return errors.flatMap((error) => {
    const isIndex = /^\d+$/.test(error.property);
    const field =
      parent === ''
        ? error.property
        : isIndex
          ? `${parent}[${error.property}]`
          : `${parent}.${error.property}`;
    const own = independentRules(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      rule,
      message,
    }));
    return [...own, ...toFieldViolations(error.children ?? [], field)];
  });
}

const UUID_ANY_CASE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function lowerCaseUuid(value: unknown): unknown {
  return typeof value === 'string' && UUID_ANY_CASE.test(value) ? value.toLowerCase() : value;
}

const uuidFieldsByClass = new Map<NewableFunction, ReadonlySet<string>>();

/** The properties a DTO class (and its parents) declares `@IsUUID()`, single or `each`. */
function uuidFieldsOf(type: NewableFunction): ReadonlySet<string> {
  let fields = uuidFieldsByClass.get(type);
  if (!fields) {
    fields = new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(type, '', true, false)
        .filter((metadata) => metadata.name === IS_UUID)
        .map((metadata) => metadata.propertyName),
    );
    uuidFieldsByClass.set(type, fields);
  }
  return fields;
}

/**
 * Lower-cases, in place, every id of a validated DTO tree: PostgreSQL stores uuids lower case, and
 * ids are compared, hashed (audit chain) and echoed as stored, so `ABCDEF00-…` must name the same
 * object as `abcdef00-…` everywhere. Depth is bounded by the JSON parser's limit.
 */
function canonicaliseIds(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(canonicaliseIds);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const ids = uuidFieldsOf(value.constructor);
  for (const [key, item] of Object.entries(record)) {
    if (ids.has(key)) {
      record[key] = Array.isArray(item) ? item.map(lowerCaseUuid) : lowerCaseUuid(item);
    } else {
      canonicaliseIds(item);
    }
  }
}

/**
 * Path parameters named `id` or `…Id` are UUIDs, by convention (each also has ParseUUIDPipe). Refusing
 * others here names the parameter in errors[], which ParseUUIDPipe's own 400 does not.
 */
function requireIdParam(value: unknown, name: string | undefined): void {
  if (name === undefined || !(name === 'id' || name.endsWith('Id'))) return;
  if (typeof value === 'string' && UUID_ANY_CASE.test(value)) return;
  throw new ValidationFailedError([{ field: name, rule: 'isUuid', message: `${name} must be a UUID` }]);
}

/**
 * The global pipe: validates DTOs (whitelist, every violation of every field, problem+json naming each
 * field) and is the ONE place ids are made canonical — path ids that look like a UUID, and the
 * `@IsUUID()` fields of query and body DTOs — so no DTO, controller or service lower-cases ids itself.
 * Global pipes run before a parameter's own pipes (ParseUUIDPipe), so those see the canonical id.
 */
export class StegValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      // Every rule each field breaks, all at once (issue 14: a client fixes a body in one round).
      stopAtFirstError: false,
      exceptionFactory: (errors) => new ValidationFailedError(toFieldViolations(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'param') requireIdParam(value, metadata.data);
    const input = metadata.type === 'param' ? lowerCaseUuid(value) : value;
    const result: unknown = await super.transform(input, metadata);
    if (metadata.type === 'body' || metadata.type === 'query') canonicaliseIds(result);
    return result;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new StegValidationPipe();
}
