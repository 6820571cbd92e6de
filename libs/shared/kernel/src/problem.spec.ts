import { DomainError, ErrorKind } from './domain-error';
import { problem, statusForKind } from './problem';

describe('statusForKind', () => {
  it.each<[ErrorKind, number]>([
    ['validation', 400],
    ['unauthenticated', 401],
    ['forbidden', 403],
    ['not_found', 404],
    ['conflict', 409],
    ['precondition_failed', 412],
    ['precondition_required', 428],
    ['payload_too_large', 413],
    ['unprocessable', 422],
    ['rate_limited', 429],
    ['unavailable', 503],
  ])('%s -> %i', (kind, status) => {
    expect(statusForKind(kind)).toBe(status);
  });
});

describe('problem', () => {
  it('builds an RFC 9457 body with a type URI derived from the code', () => {
    expect(problem(409, 'REFERRAL_ALREADY_CLOSED', 'The referral is closed.')).toEqual({
      type: 'https://steg.se/problems/referral-already-closed',
      title: 'Conflict',
      status: 409,
      detail: 'The referral is closed.',
      code: 'REFERRAL_ALREADY_CLOSED',
    });
  });

  it('keeps the standard members when an extension has the same name', () => {
    const details: DomainError['details'] = { status: 'accepted', code: 'X', action: 'withdraw' };
    expect(problem(409, 'REFERRAL_INVALID_TRANSITION', 'No.', details)).toMatchObject({
      status: 409,
      code: 'REFERRAL_INVALID_TRANSITION',
      action: 'withdraw',
    });
  });
});
