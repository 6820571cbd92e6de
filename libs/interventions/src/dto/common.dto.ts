import { Transform } from 'class-transformer';
import { ValidateIf } from 'class-validator';

/**
 * An optional field that, when sent, must not be null: `@IsOptional()` would let `null` through and
 * a PATCH would then write it.
 */
export function OptionalNotNull(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}

/** Leading and trailing blanks are dropped before validation, so "  " is an empty name. */
export function Trimmed(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}

/** Query strings carry `true`/`false` as text. */
export function QueryBoolean(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  );
}

/** `HH:MM` on a quarter hour; the schedule rules check it again with the field's path. */
export const QUARTER_HOUR_PATTERN = /^([01]\d|2[0-3]):(00|15|30|45)$/;
