import { changedFields, identityVisible } from './participant.rules';

describe('identityVisible', () => {
  it.each([
    ['none', false, true],
    ['none', true, true],
    ['confidentiality_marked', false, false],
    ['confidentiality_marked', true, true],
    ['protected_registration', false, false],
    ['protected_registration', true, true],
  ] as const)('protection %s, permission %s -> %s', (protection, permission, visible) => {
    expect(identityVisible(protection, permission)).toBe(visible);
  });
});

describe('changedFields', () => {
  it('lists changed keys only, ignoring undefined and equal values', () => {
    const before = { firstName: 'A', lastName: 'B', email: null as string | null, address: { city: 'X' } };
    expect(
      changedFields(before, { firstName: 'A', lastName: 'C', email: undefined, address: { city: 'Y' } }),
    ).toEqual(['address', 'lastName']);
  });
});
