import { parseIdempotencyKey, requestFingerprint } from './idempotency';

describe('parseIdempotencyKey', () => {
  it.each([undefined])('is optional', (value) => {
    expect(parseIdempotencyKey(value)).toBeUndefined();
  });
  it.each(['0f8fad5b-d9cb-469f-a165-70867728950e', 'import-2026-03-16-row-42', 'x'])('accepts %s', (key) => {
    expect(parseIdempotencyKey(key)).toBe(key);
  });
  it.each(['', 'has space', 'å', 'x'.repeat(201)])('rejects %j naming the header', (key) => {
    expect(() => parseIdempotencyKey(key)).toThrow(
      expect.objectContaining({ errors: [expect.objectContaining({ field: 'Idempotency-Key' })] }),
    );
  });
});

describe('requestFingerprint', () => {
  it('ignores key order but not values or the route', () => {
    const a = requestFingerprint('POST /x', { a: 1, b: { c: [1, 2], d: null } });
    expect(requestFingerprint('POST /x', { b: { d: null, c: [1, 2] }, a: 1 })).toBe(a);
    expect(requestFingerprint('POST /x', { a: 2, b: { c: [1, 2], d: null } })).not.toBe(a);
    expect(requestFingerprint('POST /x', { a: 1, b: { c: [2, 1], d: null } })).not.toBe(a);
    expect(requestFingerprint('POST /y', { a: 1, b: { c: [1, 2], d: null } })).not.toBe(a);
  });
});
