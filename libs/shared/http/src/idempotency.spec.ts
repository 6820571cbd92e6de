import { ClaimVerdict, judgeExistingClaim, parseIdempotencyKey, requestFingerprint } from './idempotency';

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

describe('judgeExistingClaim', () => {
  const request = { route: 'PUT /teams/:teamId/days/:date', requestHash: 'h1' };
  const claim = (over: Partial<Parameters<typeof judgeExistingClaim>[0]> = {}) => ({
    route: request.route,
    requestHash: 'h1',
    answered: false,
    committed: false,
    ...over,
  });
  it.each<[string, ReturnType<typeof claim>, boolean, ClaimVerdict]>([
    ['another body', claim({ requestHash: 'h2' }), false, 'key_reused'],
    ['another route, even when answered', claim({ route: 'POST /x', answered: true }), true, 'key_reused'],
    ['answered, holder gone', claim({ answered: true, committed: true }), false, 'replay'],
    ['answered, holder not yet unlocked', claim({ answered: true, committed: true }), true, 'replay'],
    ['running, nothing committed', claim(), true, 'in_progress'],
    ['running, committed, answer not yet stored', claim({ committed: true }), true, 'in_progress'],
    ['holder gone after its write committed', claim({ committed: true }), false, 'outcome_unknown'],
    ['holder gone before any write', claim(), false, 'take_over'],
  ])('%s → %s', (_case, stored, holderAlive, verdict) => {
    expect(judgeExistingClaim(stored, request, holderAlive)).toBe(verdict);
  });
});
