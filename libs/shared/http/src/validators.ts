import { applyDecorators, ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  IsISO8601,
  IsObject,
  // The one place IsOptional may be used: it lets null through (eslint forbids it elsewhere).
  // eslint-disable-next-line no-restricted-imports
  IsOptional,
  Matches,
  ValidateIf,
  ValidateBy,
  ValidateNested,
  ValidationOptions,
} from 'class-validator';
import {
  FIRST_CALENDAR_YEAR,
  isCalendarDate,
  isCalendarMonth,
  LAST_CALENDAR_YEAR,
  ValidationFailedError,
} from '@steg/kernel';

/** A calendar date `YYYY-MM-DD` that exists (2026-02-30 does not), in the years Steg takes. */
export function IsCalendarDate(options: Pick<ValidationOptions, 'each'> = {}): PropertyDecorator {
  // With `each`, every item of an array is checked and the message says so.
  const each = options.each === true ? 'each value in ' : '';
  return applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { ...options, message: `${each}$property must be a date as YYYY-MM-DD` }),
    IsISO8601({ strict: true }, { ...options, message: `${each}$property must be a date that exists` }),
    ValidateBy(
      {
        name: 'calendarYears',
        validator: {
          validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
          defaultMessage: () =>
            `${each}$property must be a date from ${FIRST_CALENDAR_YEAR}-01-01 to ${LAST_CALENDAR_YEAR}-12-31`,
        },
      },
      options,
    ),
  );
}

/** A month `YYYY-MM` in the years Steg takes. */
export function IsCalendarMonth(): PropertyDecorator {
  return applyDecorators(
    Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '$property must be a month as YYYY-MM' }),
    ValidateBy({
      name: 'calendarYears',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isCalendarMonth(value),
        defaultMessage: () =>
          `$property must be a month from ${FIRST_CALENDAR_YEAR}-01 to ${LAST_CALENDAR_YEAR}-12`,
      },
    }),
  );
}

/**
 * An optional field that, when sent, must not be null: class-validator's `@IsOptional()` lets `null`
 * through every other rule, so a create would store it in a NOT NULL column (500) or a PATCH would
 * write it. Use this for every optional field; `@IsOptionalNullable()` where null has a meaning.
 */
export function IsOptionalNotNull(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}

/**
 * An optional field where `null` is a value the endpoint understands — "clear it" (a PATCH's
 * `plannedEndDate: null` = until further notice) — so null skips the field's other rules. The DTO's
 * property type says `| null`, and its OpenAPI property `nullable: true`.
 */
export function IsOptionalNullable(): PropertyDecorator {
  return IsOptional();
}

/**
 * A nested DTO (or, with `{ each: true }`, an array of them). `@ValidateNested()` alone takes an
 * array where an object belongs and validates its elements instead, so `goals: [[[{…}]]]` passed
 * validation and crashed the service; this also requires each value to be a plain object.
 */
export function ValidateNestedObject(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(IsObject(options), ValidateNested(options));
}

/** PostgreSQL's `integer`: a larger number in a path would fail in the database (22003), not here. */
export const MAX_INT4 = 2_147_483_647;

/**
 * A path parameter that is a positive integer of PostgreSQL's `integer` range (a version number):
 * anything else is a 400 naming the parameter. Nest's ParseIntPipe accepts 199001012380. The global
 * ValidationPipe may already have turned the text into a number (`transform` on a `number` param).
 */
export class ParsePositiveIntPipe implements PipeTransform<string | number, number> {
  transform(value: string | number, metadata: ArgumentMetadata): number {
    const field = metadata.data ?? 'value';
    const number = typeof value === 'number' ? value : /^[0-9]{1,10}$/.test(value) ? Number(value) : NaN;
    if (!(Number.isInteger(number) && number >= 1 && number <= MAX_INT4)) {
      throw new ValidationFailedError([
        { field, rule: 'isPositiveInt', message: `${field} must be a whole number from 1 to ${MAX_INT4}` },
      ]);
    }
    return number;
  }
}
/** Leading and trailing blanks are dropped before validation, so "  " is empty text. */
export function Trimmed(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}

/** Query strings carry `true`/`false` as text; anything else is left for the validator to refuse. */
export function QueryBoolean(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  );
}
