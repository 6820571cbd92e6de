import fc from 'fast-check';
import { uuidV7Generator } from './uuid-v7';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidV7Generator', () => {
  it('makes version 7 UUIDs with the time in their first 48 bits', () => {
    const next = uuidV7Generator(() => Date.UTC(2026, 2, 16, 9, 30));
    const id = next();
    expect(id).toMatch(V7);
    expect(parseInt(id.replace('-', '').slice(0, 12), 16)).toBe(Date.UTC(2026, 2, 16, 9, 30));
  });

  it('makes ever greater ids, within one millisecond and when the clock goes back', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 ** 47 }), { minLength: 1, maxLength: 200 }),
        (times) => {
          let i = 0;
          const next = uuidV7Generator(() => times[Math.floor(i++ / 3) % times.length]);
          const ids = Array.from({ length: times.length * 3 }, () => next());
          ids.forEach((id) => expect(id).toMatch(V7));
          ids.slice(1).forEach((id, k) => expect(id > ids[k]).toBe(true));
        },
      ),
    );
  });
});
