// One row read out of a stored page's text (what Profile's record fragments keep) is the row
// `decodeRowsPage` gives, for flat rows and row objects holding any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanColumn } from '../../../shared/engine/ingest/mapping';
import { itemBounds, PageRows } from '../../../shared/engine/ingest/page-rows';
import { decodeRowsPage, type StoredPage } from '../../../shared/engine/ingest/pages';

// Text that trips a naive splitter: brackets, braces, commas, quotes, backslashes, escapes, emoji.
const awkward = fc
  .stringMatching(/^[\s\S]{0,12}$/)
  .chain((base) =>
    fc.constantFrom(base, `${base}","]`, `{${base}}`, `\\"${base}[,`, `\u{1F600}\u0000${base}\\`),
  );
const PLANS: Record<string, PlanColumn[]> = {
  0: [{ s: ['person', 'name', 'firstName'] }, { s: ['_stager', 'points'], t: 'long' }],
  1: [{ s: ['personalEmail', 'address'] }],
};
const flatRow = fc
  .tuple(fc.nat(99), fc.constantFrom(0, 1), fc.constantFrom(0, 'identity'), awkward, fc.option(awkward))
  .map(([r, f, s, first, second]) =>
    f === 0 ? [r + 1, r + 2, 0, s, first, second ?? '0042'] : [r + 1, null, 1, s, second],
  );
const objectRow = fc.tuple(fc.nat(99), fc.jsonValue(), awkward).map(([r, value, text]) => ({
  r: r + 1,
  l: null,
  f: 2,
  v: { text, value: value ?? null, list: [text, [text]] },
}));

describe('PageRows', () => {
  it('reads each row of any page as decodeRowsPage does (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(flatRow, objectRow), { maxLength: 30 }),
        fc.boolean(),
        (items, spaced) => {
          // Pages are written without spaces; a page with them between items reads the same.
          const rows = spaced
            ? `[ ${items.map((item) => JSON.stringify(item)).join(' ,\n ')} ]`
            : JSON.stringify(items);
          const page: StoredPage = { rows, plans: PLANS };
          const expected = decodeRowsPage(page);
          const text = new PageRows(page);
          expect(itemBounds(rows).length - 1).toBe(items.length);
          // Out of order, and twice: each read decodes afresh.
          for (let i = items.length - 1; i >= 0; i--) expect(text.row(i)).toEqual(expected[i]);
          for (let i = 0; i < items.length; i++) expect(text.row(i)).toEqual(expected[i]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a read gives a record of its own: changing it changes no later read', () => {
    const text = new PageRows({ rows: JSON.stringify([[1, 2, 0, 0, 'Ada', '7']]), plans: PLANS });
    const first = text.row(0);
    expect(first).toEqual({
      r: 1,
      l: 2,
      f: 0,
      v: { person: { name: { firstName: 'Ada' } }, _stager: { points: 7 } },
      c: [{ pointer: '#/_stager/points', from: '7', to: 7 }],
    });
    (first.v as { person: { name: { firstName: string } } }).person.name.firstName = 'changed';
    expect(text.row(0).v).toEqual({ person: { name: { firstName: 'Ada' } }, _stager: { points: 7 } });
  });

  it('names a row the page does not have, and a page whose text is cut short', () => {
    expect(itemBounds('[]')).toEqual(Int32Array.from([2]));
    expect(itemBounds(' [ \n ] ')).toEqual(Int32Array.from([6]));
    expect(() => new PageRows({ rows: '[]' }).row(0)).toThrow('The page has no row 0.');
    expect(() => new PageRows({ rows: '[{"r":1}]' }).row(1)).toThrow('The page has no row 1.');
    expect(() => new PageRows({ rows: '[{"r":1,"v":{"a":"]"}' }).row(0)).toThrow(
      'The page text ends inside its rows.',
    );
    expect(() => new PageRows({ ix: '{}' } as unknown as StoredPage)).toThrow('visited by its index alone');
  });
});
