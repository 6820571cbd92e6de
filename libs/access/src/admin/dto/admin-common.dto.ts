import { Transform } from 'class-transformer';
import { ValidateIf } from 'class-validator';
import { PageQuery } from '@steg/http';

/**
 * An optional field that, when sent, must not be null: `@IsOptional()` would let `null` through and
 * a PATCH would then write it.
 */
export function IsOptionalNotNull(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}

/** Leading and trailing blanks are dropped before validation, so "  " is an empty name. */
export function Trimmed(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}

/** The admin lists page like every other list. */
export class AdminListQuery extends PageQuery {}
