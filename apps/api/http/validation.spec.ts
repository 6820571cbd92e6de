import { ValidationError } from 'class-validator';
import { toFieldViolations } from './validation';

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
