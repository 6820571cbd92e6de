import { changedFields } from './participant.rules';

describe('changedFields', () => {
  it('lists changed keys only, ignoring undefined and equal values', () => {
    const before = { firstName: 'A', lastName: 'B', email: null as string | null, address: { city: 'X' } };
    expect(
      changedFields(before, { firstName: 'A', lastName: 'C', email: undefined, address: { city: 'Y' } }),
    ).toEqual(['address', 'lastName']);
  });
});
