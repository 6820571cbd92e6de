import { canonicalEvent, RAW_ID_MAX_LENGTH, storableText } from './audit-canonical';
import { ChainedFields, chainHash, GENESIS_HASH } from './audit-chain';

const MUNICIPALITY = '6f1c1f5e-0000-4000-8000-000000000001';
const ID = 'abcdef00-0000-4000-8000-000000000001';

function fields(overrides: Partial<ChainedFields> = {}): ChainedFields {
  return {
    municipalityId: MUNICIPALITY,
    seq: 1,
    occurredAt: new Date('2026-03-16T08:00:00.123Z'),
    userId: '6f1c1f5e-0000-4000-8000-000000000011',
    apiKeyId: null,
    roles: 'ame_coach',
    unitId: '6f1c1f5e-0000-4000-8000-000000000021',
    action: 'view',
    outcome: 'success',
    resourceType: 'participant',
    resourceId: ID,
    participantId: ID,
    route: 'GET /api/v1/participants/:id',
    ip: '10.0.0.1',
    requestId: 'req-1',
    protectedPerson: false,
    details: null,
    ...overrides,
  };
}

describe('canonicalEvent', () => {
  it('leaves an event that is canonical already as it is', () => {
    expect(canonicalEvent(fields())).toEqual(fields());
    expect(canonicalEvent(fields({ details: { b: 1, a: 'x' } })).details).toEqual({ a: 'x', b: 1 });
  });

  it.each<[string, Partial<ChainedFields>, Partial<ChainedFields>]>([
    ['an upper-case resourceId', { resourceId: ID.toUpperCase() }, { resourceId: ID }],
    ['an upper-case participantId', { participantId: ID.toUpperCase() }, { participantId: ID }],
    ['a mixed-case userId', { userId: 'ABCdef00-0000-4000-8000-000000000001' }, { userId: ID }],
    ['an upper-case unitId', { unitId: ID.toUpperCase() }, { unitId: ID }],
    ['an upper-case apiKeyId', { apiKeyId: ID.toUpperCase() }, { apiKeyId: ID }],
    ['an upper-case municipalityId', { municipalityId: MUNICIPALITY.toUpperCase() }, {}],
    [
      'a resourceId that is no uuid: null, raw value in details',
      { resourceId: 'not-a-uuid' },
      { resourceId: null, details: { rawResourceId: 'not-a-uuid' } },
    ],
    [
      'a participantId in braces (PostgreSQL would accept, but it is not canonical): raw',
      { participantId: `{${ID}}` },
      { participantId: null, details: { rawParticipantId: `{${ID}}` } },
    ],
    [
      'a raw id next to existing details, keys sorted',
      { resourceId: '42', details: { z: 1, reason: 'no_relation' } },
      { resourceId: null, details: { rawResourceId: '42', reason: 'no_relation', z: 1 } },
    ],
    [
      'a 10 000-character id: cut',
      { resourceId: 'x'.repeat(10_000) },
      { resourceId: null, details: { rawResourceId: 'x'.repeat(RAW_ID_MAX_LENGTH) } },
    ],
    [
      'a raw id with a NUL byte',
      { unitId: 'a\u0000b' },
      { unitId: null, details: { rawUnitId: 'a\uFFFDb' } },
    ],
    ['a route with a NUL byte', { route: 'GET /x\u0000y' }, { route: 'GET /x\uFFFDy' }],
    ['roles with a lone surrogate', { roles: 'a\ud800b' }, { roles: 'a\uFFFDb' }],
    ['a requestId over 128 characters: cut', { requestId: 'r'.repeat(200) }, { requestId: 'r'.repeat(128) }],
    ['an ip over 64 characters: cut', { ip: '1'.repeat(65) }, { ip: '1'.repeat(64) }],
    [
      'a details string with NUL and a lone low surrogate',
      { details: { filter: 'a\u0000\udc00' } },
      { details: { filter: 'a\uFFFD\uFFFD' } },
    ],
    ['a details key with a NUL', { details: { 'a\u0000': 1 } }, { details: { 'a\uFFFD': 1 } }],
    ['details with NaN and undefined', { details: { n: NaN, u: undefined } }, { details: { n: null } }],
    ['empty details stay an empty object', { details: {} }, { details: {} }],
    ['protectedPerson undefined becomes false', { protectedPerson: undefined }, {}],
  ])('%s', (_case, input, expected) => {
    expect(canonicalEvent(fields(input))).toEqual(fields(expected));
  });

  it('keeps a valid surrogate pair and cuts on code points, not halves of one', () => {
    expect(storableText('ok 😀')).toBe('ok 😀');
    expect(canonicalEvent(fields({ requestId: '😀'.repeat(130) })).requestId).toBe('😀'.repeat(128));
  });

  it('copies the instant and keeps its milliseconds (timestamptz keeps microseconds)', () => {
    const at = new Date('2026-03-16T08:00:00.999Z');
    const canonical = canonicalEvent(fields({ occurredAt: at }));
    expect(canonical.occurredAt).not.toBe(at);
    expect(canonical.occurredAt.toISOString()).toBe('2026-03-16T08:00:00.999Z');
  });

  it.each<[string, Partial<ChainedFields>, RegExp]>([
    ['a municipalityId that is no uuid', { municipalityId: 'x' }, /municipalityId/],
    ['an invalid instant', { occurredAt: new Date('nope') }, /occurredAt/],
    ['seq 0', { seq: 0 }, /seq/],
  ])('throws for %s (a bug, not input)', (_case, input, message) => {
    expect(() => canonicalEvent(fields(input))).toThrow(message);
  });

  it('gives an upper-case and a lower-case id the same hash, the one verify computes from the row', () => {
    const typed = canonicalEvent(fields({ resourceId: ID.toUpperCase(), participantId: ID.toUpperCase() }));
    expect(chainHash(GENESIS_HASH, typed)).toBe(chainHash(GENESIS_HASH, fields()));
  });

  it('is idempotent', () => {
    const once = canonicalEvent(
      fields({ resourceId: 'bad\u0000', route: '\ud800', details: { b: 1, a: 2 } }),
    );
    expect(canonicalEvent(once)).toEqual(once);
  });
});
