import {
  AnchorFormatError,
  AnchorHead,
  anchorMacValid,
  AuditAnchor,
  findRewinds,
  makeAnchor,
  newestAnchor,
  ObservedChain,
  parseAnchors,
  Rewind,
} from './audit-anchor';

const KEY = 'k'.repeat(32);
const M1 = '6f1c1f5e-0000-4000-8000-000000000001';
const M2 = '6f1c1f5e-0000-4000-8000-000000000002';
const H = (c: string) => c.repeat(64);
const AT = new Date('2026-03-16T08:00:00.000Z');

const heads: AnchorHead[] = [
  { municipalityId: M2, chain: 0, seq: 4, hash: H('c') },
  { municipalityId: M1, chain: 1, seq: 2, hash: H('b') },
  { municipalityId: M1, chain: 0, seq: 7, hash: H('a') },
];

describe('makeAnchor and anchorMacValid', () => {
  const anchor = makeAnchor(heads, AT, KEY);

  it('signs the heads, sorted by municipality and chain, with the time they were taken', () => {
    expect(anchor).toEqual({
      kind: 'steg.audit.anchor',
      version: 1,
      takenAt: '2026-03-16T08:00:00.000Z',
      heads: [heads[2], heads[1], heads[0]],
      mac: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(anchorMacValid(anchor, KEY)).toBe(true);
  });

  it.each<[string, (a: AuditAnchor) => AuditAnchor, string, boolean]>([
    ['the same anchor and key', (a) => a, KEY, true],
    [
      'heads in another order (a log system may reorder)',
      (a) => ({ ...a, heads: [...a.heads].reverse() }),
      KEY,
      true,
    ],
    ['another key', (a) => a, 'j'.repeat(32), false],
    ['a wrong MAC', (a) => ({ ...a, mac: H('0') }), KEY, false],
    ['a MAC that is no hex', (a) => ({ ...a, mac: 'zz' }), KEY, false],
    ['a MAC in upper case', (a) => ({ ...a, mac: a.mac.toUpperCase() }), KEY, false],
    [
      'a seq moved back',
      (a) => ({ ...a, heads: a.heads.map((h, i) => (i === 0 ? { ...h, seq: 5 } : h)) }),
      KEY,
      false,
    ],
    [
      'another hash',
      (a) => ({ ...a, heads: a.heads.map((h, i) => (i === 0 ? { ...h, hash: H('d') } : h)) }),
      KEY,
      false,
    ],
    ['a head dropped', (a) => ({ ...a, heads: a.heads.slice(1) }), KEY, false],
    ['another time', (a) => ({ ...a, takenAt: '2026-03-16T09:00:00.000Z' }), KEY, false],
  ])('%s: valid %s', (_case, change, key, valid) => {
    expect(anchorMacValid(change(anchor), key)).toBe(valid);
  });
});

describe('parseAnchors', () => {
  const anchor = makeAnchor(heads, AT, KEY);
  const later = makeAnchor(heads, new Date('2026-03-16T09:00:00.000Z'), KEY);

  it('reads anchor lines and API log lines carrying one, and skips other lines', () => {
    const logLine = JSON.stringify({ level: 30, time: 1, auditAnchor: later, msg: 'audit anchor' });
    const text = [
      JSON.stringify(anchor),
      '',
      JSON.stringify({ level: 30, msg: 'request completed' }),
      'plain text',
      logLine,
    ].join('\n');
    expect(parseAnchors(text)).toEqual([anchor, later]);
    expect(newestAnchor(parseAnchors(text))).toEqual(later);
    expect(newestAnchor([])).toBeUndefined();
  });

  it.each<[string, string]>([
    ['a wrong kind in the log field', JSON.stringify({ auditAnchor: { ...anchor, kind: 'x' } })],
    ['another version', JSON.stringify({ ...anchor, version: 2 })],
    ['a head without hash', JSON.stringify({ ...anchor, heads: [{ municipalityId: M1, chain: 0, seq: 1 }] })],
    [
      'an upper-case municipality',
      JSON.stringify({ ...anchor, heads: [{ ...heads[0], municipalityId: M1.toUpperCase() }] }),
    ],
    ['a negative seq', JSON.stringify({ ...anchor, heads: [{ ...heads[0], seq: -1 }] })],
    ['a cut line', JSON.stringify(anchor).slice(0, 60)],
  ])('refuses %s', (_case, line) => {
    expect(() => parseAnchors(line, 'anchors.log')).toThrow(AnchorFormatError);
    expect(() => parseAnchors(line, 'anchors.log')).toThrow(/anchors\.log:1/);
  });
});

describe('findRewinds', () => {
  const anchor = makeAnchor([{ municipalityId: M1, chain: 0, seq: 7, hash: H('a') }], AT, KEY);
  const observed = (head: ObservedChain['head'], hashAtAnchorSeq: string | undefined): ObservedChain[] => [
    { municipalityId: M1, chain: 0, head, hashAtAnchorSeq },
  ];
  const rewind = (headSeq: number, reason: Rewind['reason']): Rewind[] => [
    { municipalityId: M1, chain: 0, anchorSeq: 7, headSeq, reason },
  ];

  it.each<[string, ObservedChain[], Rewind[]]>([
    ['head where the anchor saw it', observed({ seq: 7, hash: H('a') }, H('a')), []],
    ['head ahead, anchored event unchanged', observed({ seq: 9, hash: H('e') }, H('a')), []],
    [
      'head behind the anchor (rewound)',
      observed({ seq: 5, hash: H('f') }, undefined),
      rewind(5, 'head_behind_anchor'),
    ],
    [
      'head behind, the event still there',
      observed({ seq: 6, hash: H('f') }, H('a')),
      rewind(6, 'head_behind_anchor'),
    ],
    ['head gone', observed(undefined, undefined), rewind(0, 'head_behind_anchor')],
    ['chain gone entirely', [], rewind(0, 'head_behind_anchor')],
    [
      'same seq, anchored event rewritten',
      observed({ seq: 7, hash: H('b') }, H('b')),
      rewind(7, 'anchored_event_rewritten'),
    ],
    [
      'head ahead, anchored event rewritten',
      observed({ seq: 12, hash: H('e') }, H('b')),
      rewind(12, 'anchored_event_rewritten'),
    ],
    [
      'head ahead, anchored event missing',
      observed({ seq: 12, hash: H('e') }, undefined),
      rewind(12, 'anchored_event_missing'),
    ],
  ])('%s', (_case, now, expected) => {
    expect(findRewinds(anchor, now)).toEqual(expected);
  });

  it('ignores chains empty when anchored, and chains the anchor did not know', () => {
    const empty = makeAnchor([{ municipalityId: M1, chain: 3, seq: 0, hash: H('0') }], AT, KEY);
    expect(findRewinds(empty, [])).toEqual([]);
    expect(
      findRewinds(anchor, [
        { municipalityId: M1, chain: 0, head: { seq: 7, hash: H('a') }, hashAtAnchorSeq: H('a') },
        { municipalityId: M2, chain: 0, head: { seq: 1, hash: H('c') }, hashAtAnchorSeq: undefined },
      ]),
    ).toEqual([]);
  });

  it('reports each rewound chain of each municipality', () => {
    const two = makeAnchor(
      [
        { municipalityId: M1, chain: 0, seq: 7, hash: H('a') },
        { municipalityId: M2, chain: 2, seq: 3, hash: H('c') },
      ],
      AT,
      KEY,
    );
    expect(
      findRewinds(two, [
        { municipalityId: M1, chain: 0, head: { seq: 6, hash: H('f') }, hashAtAnchorSeq: undefined },
        { municipalityId: M2, chain: 2, head: { seq: 3, hash: H('d') }, hashAtAnchorSeq: H('d') },
      ]).map((r) => [r.municipalityId, r.chain, r.reason]),
    ).toEqual([
      [M1, 0, 'head_behind_anchor'],
      [M2, 2, 'anchored_event_rewritten'],
    ]);
  });
});
