import {
  ChainedFields,
  chainHash,
  findChainBreak,
  findChainBreaks,
  findHeadMismatch,
  GENESIS_HASH,
  GENESIS_LINK,
  StoredLink,
} from './audit-chain';

const MUNICIPALITY = '6f1c1f5e-0000-4000-8000-000000000001';
const PARTICIPANT = '6f1c1f5e-0000-4000-8000-0000000000aa';

function fields(seq: number, overrides: Partial<ChainedFields> = {}): ChainedFields {
  return {
    municipalityId: MUNICIPALITY,
    seq,
    occurredAt: new Date(Date.UTC(2026, 2, 16, 8, 0, seq)),
    userId: '6f1c1f5e-0000-4000-8000-000000000011',
    apiKeyId: null,
    roles: 'ame_coach',
    unitId: '6f1c1f5e-0000-4000-8000-000000000021',
    action: 'view',
    outcome: 'success',
    resourceType: 'participant',
    resourceId: PARTICIPANT,
    participantId: PARTICIPANT,
    route: 'GET /api/v1/participants/:id',
    ip: '10.0.0.1',
    requestId: `req-${seq}`,
    protectedPerson: false,
    details: { by: 'caseload', resultCount: seq },
    ...overrides,
  };
}

/** Links `count` events the way AuditService does, after `before`. */
function chain(count: number, before = GENESIS_LINK): StoredLink[] {
  const links: StoredLink[] = [];
  let previousHash = before.hash;
  for (let i = 1; i <= count; i++) {
    const event = fields(before.seq + i);
    const hash = chainHash(previousHash, event);
    links.push({ ...event, previousHash, hash });
    previousHash = hash;
  }
  return links;
}

/** A copy of the chain with one event replaced by `change(event)`; hashes are left as stored. */
function tampered(links: StoredLink[], seq: number, change: (e: StoredLink) => StoredLink): StoredLink[] {
  return links.map((e) => (e.seq === seq ? change({ ...e }) : e));
}

/** The attacker also recomputes the edited event's own hash. */
function rehashed(e: StoredLink): StoredLink {
  return { ...e, hash: chainHash(e.previousHash, e) };
}

describe('chainHash', () => {
  it('is a sha256 hex digest that depends on the previous hash', () => {
    const event = fields(1);
    expect(chainHash(GENESIS_HASH, event)).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(GENESIS_HASH, event)).toBe(chainHash(GENESIS_HASH, fields(1)));
    expect(chainHash('f'.repeat(64), event)).not.toBe(chainHash(GENESIS_HASH, event));
  });

  it.each<[string, Partial<ChainedFields>]>([
    ['municipalityId', { municipalityId: '6f1c1f5e-0000-4000-8000-000000000009' }],
    ['seq', { seq: 2 }],
    ['occurredAt (one millisecond)', { occurredAt: new Date(Date.UTC(2026, 2, 16, 8, 0, 1, 1)) }],
    ['userId', { userId: null }],
    ['apiKeyId', { apiKeyId: '6f1c1f5e-0000-4000-8000-000000000003' }],
    ['roles', { roles: 'ame_coach,unit_manager' }],
    ['unitId', { unitId: null }],
    ['action', { action: 'export' }],
    ['outcome', { outcome: 'denied' }],
    ['resourceType', { resourceType: 'participant_consent' }],
    ['resourceId', { resourceId: null }],
    ['participantId', { participantId: null }],
    ['route', { route: 'GET /api/v1/participants' }],
    ['ip', { ip: '10.0.0.2' }],
    ['requestId', { requestId: 'req-other' }],
    ['protectedPerson', { protectedPerson: true }],
    ['a details value', { details: { by: 'caseload', resultCount: 2 } }],
    ['a details key', { details: { by: 'caseload', resultCounts: 1 } }],
    ['details (to null)', { details: null }],
  ])('a change of %s changes the hash', (_field, change) => {
    expect(chainHash(GENESIS_HASH, fields(1, change))).not.toBe(chainHash(GENESIS_HASH, fields(1)));
  });

  it.each<[string, ChainedFields['details'], ChainedFields['details']]>([
    ['flat keys', { a: 1, b: 'x', c: null }, { c: null, b: 'x', a: 1 }],
    [
      'nested keys',
      { outer: { y: 2, x: 1 }, list: [{ b: 1, a: 2 }] },
      { list: [{ a: 2, b: 1 }], outer: { x: 1, y: 2 } },
    ],
  ])('ignores jsonb key order (%s)', (_case, built, fromDatabase) => {
    expect(chainHash(GENESIS_HASH, fields(1, { details: fromDatabase }))).toBe(
      chainHash(GENESIS_HASH, fields(1, { details: built })),
    );
  });

  it('keeps array order significant', () => {
    expect(chainHash(GENESIS_HASH, fields(1, { details: { list: [1, 2] } }))).not.toBe(
      chainHash(GENESIS_HASH, fields(1, { details: { list: [2, 1] } })),
    );
  });
});

describe('findChainBreak', () => {
  const intact = chain(5);

  it.each<[string, () => StoredLink[], ReturnType<typeof findChainBreak>]>([
    ['an intact chain', () => intact, undefined],
    ['an empty run', () => [], undefined],
    ['a single genesis event', () => chain(1), undefined],
    [
      'an edited field (route)',
      () => tampered(intact, 3, (e) => ({ ...e, route: 'GET /elsewhere' })),
      { seq: 3, reason: 'hash_mismatch' },
    ],
    [
      'an edited field (outcome)',
      () => tampered(intact, 2, (e) => ({ ...e, outcome: 'denied' })),
      { seq: 2, reason: 'hash_mismatch' },
    ],
    [
      'an edited occurredAt',
      () => tampered(intact, 1, (e) => ({ ...e, occurredAt: new Date(Date.UTC(2025, 0, 1)) })),
      { seq: 1, reason: 'hash_mismatch' },
    ],
    [
      'an edited details value',
      () => tampered(intact, 5, (e) => ({ ...e, details: { by: 'name', resultCount: 5 } })),
      { seq: 5, reason: 'hash_mismatch' },
    ],
    [
      'an edited event whose own hash was recomputed',
      () => tampered(intact, 3, (e) => rehashed({ ...e, participantId: null })),
      { seq: 4, reason: 'previous_hash_mismatch' },
    ],
    [
      'a removed event (sequence gap)',
      () => intact.filter((e) => e.seq !== 3),
      { seq: 4, reason: 'sequence_gap' },
    ],
    ['a removed first event', () => intact.slice(1), { seq: 2, reason: 'sequence_gap' }],
    [
      'a reordered event',
      () => [intact[0], intact[2], intact[1], intact[3], intact[4]] as StoredLink[],
      { seq: 3, reason: 'sequence_gap' },
    ],
    [
      'a reordered event with the seqs swapped back',
      () =>
        [intact[0], { ...intact[2], seq: 2 }, { ...intact[1], seq: 3 }, intact[3], intact[4]] as StoredLink[],
      { seq: 2, reason: 'previous_hash_mismatch' },
    ],
    [
      'a changed previousHash',
      () => tampered(intact, 4, (e) => ({ ...e, previousHash: 'a'.repeat(64) })),
      { seq: 4, reason: 'previous_hash_mismatch' },
    ],
    [
      'a changed previousHash with the own hash recomputed',
      () => tampered(intact, 4, (e) => rehashed({ ...e, previousHash: 'a'.repeat(64) })),
      { seq: 4, reason: 'previous_hash_mismatch' },
    ],
    [
      'a changed hash',
      () => tampered(intact, 2, (e) => ({ ...e, hash: 'b'.repeat(64) })),
      { seq: 2, reason: 'hash_mismatch' },
    ],
    [
      'a duplicated event',
      () => [intact[0], intact[1], intact[1], intact[2]] as StoredLink[],
      { seq: 2, reason: 'sequence_gap' },
    ],
  ])('%s', (_case, events, expected) => {
    expect(findChainBreak(events())).toEqual(expected);
  });

  it('reports the first break when there are several', () => {
    const twice = tampered(
      tampered(intact, 2, (e) => ({ ...e, ip: '1.1.1.1' })),
      4,
      (e) => ({ ...e, ip: '1.1.1.1' }),
    );
    expect(findChainBreak(twice)).toEqual({ seq: 2, reason: 'hash_mismatch' });
  });

  describe('continuing from the last verified link (batches)', () => {
    const whole = chain(6);
    const [first, second] = [whole.slice(0, 3), whole.slice(3)];
    const lastOfFirst = { seq: first[2].seq, hash: first[2].hash };

    it.each<[string, { seq: number; hash: string }, StoredLink[], ReturnType<typeof findChainBreak>]>([
      ['the right link', lastOfFirst, second, undefined],
      [
        'a link with another hash',
        { seq: 3, hash: 'c'.repeat(64) },
        second,
        { seq: 4, reason: 'previous_hash_mismatch' },
      ],
      [
        'a link further back (events missing between batches)',
        { seq: 2, hash: first[1].hash },
        second,
        { seq: 4, reason: 'sequence_gap' },
      ],
      [
        'genesis, for a run that does not start the chain',
        GENESIS_LINK,
        second,
        { seq: 4, reason: 'sequence_gap' },
      ],
    ])('checks the next batch against %s', (_case, before, events, expected) => {
      expect(findChainBreak(events, before)).toEqual(expected);
    });

    it('verifies the whole chain in batches exactly as in one run', () => {
      expect(findChainBreak(first)).toBeUndefined();
      expect(findChainBreak(second, lastOfFirst)).toBeUndefined();
      expect(findChainBreak(whole)).toBeUndefined();
    });
  });
});

describe('findChainBreaks', () => {
  const intact = chain(6);
  const edit = (e: StoredLink): StoredLink => ({ ...e, ip: '1.1.1.1' });

  it.each<[string, () => StoredLink[], ReturnType<typeof findChainBreaks>['breaks']]>([
    ['none: an intact chain', () => intact, []],
    ['none: an empty run', () => [], []],
    [
      'one edited event: one break, not a cascade',
      () => tampered(intact, 3, edit),
      [{ seq: 3, reason: 'hash_mismatch' }],
    ],
    [
      'two separated edits: both',
      () => tampered(tampered(intact, 2, edit), 5, edit),
      [
        { seq: 2, reason: 'hash_mismatch' },
        { seq: 5, reason: 'hash_mismatch' },
      ],
    ],
    [
      'two adjacent edits: both',
      () => tampered(tampered(intact, 3, edit), 4, edit),
      [
        { seq: 3, reason: 'hash_mismatch' },
        { seq: 4, reason: 'hash_mismatch' },
      ],
    ],
    [
      'an edit whose own hash was recomputed: at the successor, once',
      () => tampered(intact, 3, (e) => rehashed(edit(e))),
      [{ seq: 4, reason: 'previous_hash_mismatch' }],
    ],
    [
      'a deleted middle event: one sequence gap',
      () => intact.filter((e) => e.seq !== 3),
      [{ seq: 4, reason: 'sequence_gap' }],
    ],
    [
      'two deleted middle events far apart: two gaps',
      () => intact.filter((e) => e.seq !== 2 && e.seq !== 5),
      [
        { seq: 3, reason: 'sequence_gap' },
        { seq: 6, reason: 'sequence_gap' },
      ],
    ],
    [
      'a deleted event and an edited successor: the link and the content',
      () => tampered(intact, 4, edit).filter((e) => e.seq !== 3),
      [
        { seq: 4, reason: 'sequence_gap' },
        { seq: 4, reason: 'hash_mismatch' },
      ],
    ],
    ['an edited last event', () => tampered(intact, 6, edit), [{ seq: 6, reason: 'hash_mismatch' }]],
    ['an edited first event', () => tampered(intact, 1, edit), [{ seq: 1, reason: 'hash_mismatch' }]],
    [
      'a changed previousHash (own hash not recomputed): the link and the content',
      () => tampered(intact, 4, (e) => ({ ...e, previousHash: 'a'.repeat(64) })),
      [
        { seq: 4, reason: 'previous_hash_mismatch' },
        { seq: 4, reason: 'hash_mismatch' },
      ],
    ],
    ['a removed first event', () => intact.slice(1), [{ seq: 2, reason: 'sequence_gap' }]],
  ])('%s', (_case, events, expected) => {
    expect(findChainBreaks(events()).breaks).toEqual(expected);
  });

  it('ends on the last stored link, so a next batch continues from what is stored', () => {
    const edited = tampered(intact, 3, edit);
    const whole = findChainBreaks(edited);
    const first = findChainBreaks(edited.slice(0, 3));
    const second = findChainBreaks(edited.slice(3), first.last);
    expect(first.last).toEqual({ seq: 3, hash: intact[2]?.hash });
    expect([...first.breaks, ...second.breaks]).toEqual(whole.breaks);
    expect(second.last).toEqual(whole.last);
    expect(whole.last).toEqual({ seq: 6, hash: intact[5]?.hash });
  });

  it('keeps findChainBreak as the first of them', () => {
    const twice = tampered(tampered(intact, 2, edit), 5, edit);
    expect(findChainBreak(twice)).toEqual(findChainBreaks(twice).breaks[0]);
  });
});

describe('findHeadMismatch', () => {
  const links = chain(3);
  const last = { seq: 3, hash: links[2].hash };

  it.each<
    [
      string,
      { seq: number; hash: string },
      { seq: number; hash: string } | undefined,
      ReturnType<typeof findHeadMismatch>,
    ]
  >([
    ['head equals the last event', last, last, undefined],
    ['no events and no head yet', GENESIS_LINK, undefined, undefined],
    ['no events and a genesis head', GENESIS_LINK, GENESIS_LINK, undefined],
    [
      'newest events removed (head ahead)',
      { seq: 2, hash: links[1].hash },
      last,
      { seq: 3, reason: 'head_mismatch' },
    ],
    ['all events removed', GENESIS_LINK, last, { seq: 1, reason: 'head_mismatch' }],
    ['head behind the events', last, { seq: 1, hash: links[0].hash }, { seq: 2, reason: 'head_mismatch' }],
    ['head missing while events exist', last, undefined, { seq: 1, reason: 'head_mismatch' }],
    ['same seq, other hash', last, { seq: 3, hash: 'd'.repeat(64) }, { seq: 3, reason: 'head_mismatch' }],
  ])('%s', (_case, lastVerified, head, expected) => {
    expect(findHeadMismatch(lastVerified, head)).toEqual(expected);
  });
});
