import fc from 'fast-check';
import { ValidationFailedError } from './domain-error';
import { decodeCursor, encodeCursor, toPage } from './pagination';

describe('cursor', () => {
  it('round-trips any key and id', () => {
    fc.assert(
      fc.property(fc.string(), fc.uuid(), (key, id) => {
        expect(decodeCursor(encodeCursor({ key, id }))).toEqual({ key, id });
      }),
    );
  });

  it.each([
    '',
    'not-base64!',
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('[1,2]').toString('base64url'),
  ])('rejects %j as a validation error naming the field', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(ValidationFailedError);
    try {
      decodeCursor(cursor, 'cursor');
    } catch (error) {
      expect((error as ValidationFailedError).errors[0]).toMatchObject({
        field: 'cursor',
        rule: 'cursor.format',
      });
    }
  });
});

describe('toPage', () => {
  const rows = [1, 2, 3, 4].map((n) => ({ id: `id-${n}`, name: `n${n}` }));
  const position = (r: { id: string; name: string }) => ({ key: r.name, id: r.id });

  it('returns a cursor when limit + 1 rows came back', () => {
    const page = toPage(rows, 3, position);
    expect(page.items).toHaveLength(3);
    expect(decodeCursor(page.nextCursor as string)).toEqual({ key: 'n3', id: 'id-3' });
  });

  it('returns no cursor on the last page', () => {
    expect(toPage(rows, 4, position)).toEqual({ items: rows, nextCursor: null });
    expect(toPage([], 10, position)).toEqual({ items: [], nextCursor: null });
  });
});
