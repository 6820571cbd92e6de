import { findMalformedText, jsonNestsDeeperThan } from './input-guards';

describe('jsonNestsDeeperThan', () => {
  it.each([
    ['{}', 1, false],
    ['{}', 0, true],
    ['[[1]]', 2, false],
    ['[[1]]', 1, true],
    ['{"a":[{"b":[]}]}', 4, false],
    ['{"a":[{"b":[]}]}', 3, true],
    // brackets inside strings, also after an escaped quote, are text
    ['{"a":"[[[[\\"[[["}', 1, false],
    ['["\\\\",[[]]]', 2, true],
    ['[]'.repeat(1000), 1, false],
    ['['.repeat(10_000) + ']'.repeat(10_000), 32, true],
  ])('%s with limit %i -> %s', (text, limit, expected) => {
    expect(jsonNestsDeeperThan(text, limit)).toBe(expected);
  });
});

describe('findMalformedText', () => {
  it('accepts ordinary text, including paired surrogates (emoji) and other control characters', () => {
    expect(findMalformedText({ a: 'Åsa 😀', b: ['\t\n', 1, null, true], c: { d: '\u0001' } })).toEqual([]);
  });

  it('names every field with a NUL or an unpaired surrogate, as the validation errors do', () => {
    expect(
      findMalformedText({
        name: 'a\u0000b',
        goals: [{ title: 'ok' }, { title: '\ud800x' }],
        address: { city: 'x\udc00' },
        tail: 'end\ud83d',
      }),
    ).toEqual([
      { field: 'name', rule: 'noNulCharacter', message: 'name must not contain NUL characters' },
      expect.objectContaining({ field: 'goals[1].title', rule: 'wellFormedUnicode' }),
      expect.objectContaining({ field: 'address.city', rule: 'wellFormedUnicode' }),
      expect.objectContaining({ field: 'tail', rule: 'wellFormedUnicode' }),
    ]);
  });

  it('checks keys too, and a body that is one string', () => {
    expect(findMalformedText({ 'a\u0000': 1 })).toEqual([
      expect.objectContaining({ field: 'a\u0000', rule: 'noNulCharacter' }),
    ]);
    expect(findMalformedText('x\u0000')).toEqual([expect.objectContaining({ field: 'body' })]);
  });
});
