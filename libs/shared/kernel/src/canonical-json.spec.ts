import { canonicalJson, sortKeysDeep } from './canonical-json';

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: { d: [2, 1], c: null } }, { a: { c: null, d: [2, 1] }, b: 1 }, true],
    [{ a: [1, 2] }, { a: [2, 1] }, false],
    [{ a: 1 }, { a: '1' }, false],
    [{ at: new Date('2026-03-16T08:00:00Z') }, { at: '2026-03-16T08:00:00.000Z' }, true],
  ])('%j vs %j: equal %s', (a, b, equal) => {
    expect(canonicalJson(a) === canonicalJson(b)).toBe(equal);
  });

  it('keeps dates as dates', () => {
    const at = new Date('2026-03-16T08:00:00Z');
    expect((sortKeysDeep({ at }) as { at: unknown }).at).toBe(at);
  });
});
