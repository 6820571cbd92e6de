import { Type } from 'class-transformer';
// The pipe is tested against class-validator's own decorators, as DTOs use them.
import { IsString, IsUUID, ValidateNested, ValidationError } from 'class-validator';
import { independentRules, StegValidationPipe, toFieldViolations } from './validation';

function error(
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError {
  return Object.assign(new ValidationError(), { property, constraints, children });
}

describe('toFieldViolations', () => {
  it('flattens nested objects and arrays into dotted and indexed paths', () => {
    const errors = [
      error('identifier', { personnummer: 'identifier has a wrong check digit' }),
      error('goals', undefined, [error('0', undefined, [error('targetDate', { isDateString: 'bad date' })])]),
      error('address', undefined, [error('postalCode', { matches: 'five digits' })]),
    ];
    expect(toFieldViolations(errors)).toEqual([
      { field: 'identifier', rule: 'personnummer', message: 'identifier has a wrong check digit' },
      { field: 'goals[0].targetDate', rule: 'isDateString', message: 'bad date' },
      { field: 'address.postalCode', rule: 'matches', message: 'five digits' },
    ]);
  });
});

describe('independentRules: every rule a field breaks, less its consequences', () => {
  it.each<[string, Record<string, string>, string[]]>([
    ['one rule', { isLength: 'l' }, ['isLength']],
    ['two independent rules', { isLength: 'l', matches: 'm' }, ['isLength', 'matches']],
    [
      'the wrong kind hides the rules about content',
      { isString: 's', isLength: 'l', matches: 'm' },
      ['isString'],
    ],
    ['a number of the wrong kind', { isInt: 'i', min: 'm', max: 'x' }, ['isInt']],
    ['a date in the wrong format', { matches: 'f', isIso8601: 'e', calendarYears: 'y' }, ['matches']],
    ['a date that does not exist', { isIso8601: 'e', calendarYears: 'y' }, ['isIso8601']],
    ['a date out of the years', { calendarYears: 'y' }, ['calendarYears']],
    ['a text that must match and be in a list', { matches: 'm', isIn: 'i' }, ['matches', 'isIn']],
  ])('%s', (_name, constraints, expected) => {
    expect(independentRules(constraints).map(([rule]) => rule)).toEqual(expected);
  });
});

describe('StegValidationPipe', () => {
  class Item {
    @IsUUID()
    placementId!: string;
  }
  class Body {
    @IsUUID()
    participantId!: string;

    @IsUUID('all', { each: true })
    unitIds!: string[];

    @IsString()
    note!: string;

    @ValidateNested({ each: true })
    @Type(() => Item)
    items!: Item[];
  }
  const pipe = new StegValidationPipe();
  const UPPER = 'ABCDEF00-0000-4000-8000-00000000000A';

  it('lower-cases ids in path parameters and in the @IsUUID() fields of a body, nested too, nothing else', async () => {
    await expect(pipe.transform(UPPER, { type: 'param', data: 'id', metatype: String })).resolves.toBe(
      UPPER.toLowerCase(),
    );
    const body = await pipe.transform(
      { participantId: UPPER, unitIds: [UPPER], note: UPPER, items: [{ placementId: UPPER }] },
      { type: 'body', metatype: Body },
    );
    expect(body).toEqual({
      participantId: UPPER.toLowerCase(),
      unitIds: [UPPER.toLowerCase()],
      note: UPPER,
      items: [{ placementId: UPPER.toLowerCase() }],
    });
  });

  it('names an id path parameter that is not a UUID', async () => {
    await expect(
      pipe.transform('42', { type: 'param', data: 'teamId', metatype: String }),
    ).rejects.toMatchObject({
      errors: [{ field: 'teamId', rule: 'isUuid' }],
    });
    await expect(
      pipe.transform('2026-W12', { type: 'param', data: 'isoWeek', metatype: String }),
    ).resolves.toBe('2026-W12');
  });
});
