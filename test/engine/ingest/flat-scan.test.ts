// Profile reads a page's flat rows straight from its text: what the scan gives must be what
// `JSON.parse` gives, whatever the cells hold (quotes, backslashes, brackets, commas, any character),
// and any other item is parsed on its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FlatRowScan } from '../../../shared/engine/ingest/flat-scan';
import { joinFlat } from '../../../shared/engine/ingest/page-writer';

const awkward = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', 'a"b', 'back\\slash', '[1,2]', '{"a":1}', ',', 'null', '\\"', 'é☃😀', '\n\t\u0000'),
);
const cell = fc.oneof(fc.constant(null), awkward);
const flatRow = fc
  .tuple(
    fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    fc.oneof(fc.constant(null), fc.nat()),
    fc.nat({ max: 3 }),
    fc.constantFrom<unknown>(0, 1, 'SKIP', '', null),
    fc.array(cell, { maxLength: 8 }),
  )
  .map(([r, l, f, s, cells]) => [r, l, f, s, ...cells]);
// Items a scan must hand over whole: row objects, and arrays that are not flat rows as ingestion writes them.
const otherItem = fc.oneof(
  fc.record({ r: fc.nat(), l: fc.nat(), f: fc.nat(), v: fc.dictionary(awkward, fc.jsonValue()) }),
  fc.constant([]),
  fc.constant([1, 2]),
  fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.jsonValue()).map((t) => [...t, [1, [2]], { a: '[' }]),
  fc.tuple(fc.constant('r'), fc.nat(), fc.nat(), fc.nat(), awkward),
  fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.boolean(), awkward),
  fc.tuple(fc.nat(), awkward, fc.nat(), fc.nat(), awkward),
  fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.integer()),
);

function scanAll(text: string, isCopied: boolean): unknown[] {
  const scan = new FlatRowScan(text, isCopied);
  const out: unknown[] = [];
  while (scan.next()) {
    if (!scan.isFlat) {
      out.push({ item: scan.item() });
      continue;
    }
    const cells: unknown[] = [];
    for (let c = 0; c < scan.cells; c++) cells.push(scan.cell(c));
    out.push({ r: scan.r, f: scan.f, isSkipped: scan.isSkipped, cells });
  }
  return out;
}

function expected(items: unknown[], readsFlat: (item: unknown) => boolean): unknown[] {
  return items.map((item) =>
    Array.isArray(item) && readsFlat(item)
      ? { r: item[0], f: item[2], isSkipped: Boolean(item[3]), cells: item.slice(4) }
      : { item },
  );
}

const isFlatRow = (item: unknown[]): boolean =>
  item.length >= 4 &&
  typeof item[0] === 'number' &&
  (item[1] === null || typeof item[1] === 'number') &&
  typeof item[2] === 'number' &&
  typeof item[3] !== 'boolean' &&
  item.slice(4).every((cell) => cell === null || typeof cell === 'string');

describe('scanning a page of flat rows', () => {
  it('gives what JSON.parse gives, item by item (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(flatRow, otherItem), { maxLength: 12 }),
        fc.boolean(),
        fc.boolean(),
        (items, isCopied, spaced) => {
          // Pages are written without spaces; a page with them between items reads the same.
          const text = spaced
            ? `[ ${items.map((item) => JSON.stringify(item)).join(' ,\n ')} ]`
            : JSON.stringify(items);
          const parsed = JSON.parse(text) as unknown[];
          expect(scanAll(text, isCopied)).toEqual(expected(parsed, (item) => isFlatRow(item as unknown[])));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads a page written in runs, as PageWriter joins them', () => {
    const runs = [
      [
        [1, 2, 0, 0, 'ada@example.com', null],
        [2, 3, 0, 'SKIP', 'x,"y"', '\\'],
      ],
      [[3, null, 1, 0]],
    ];
    const text = joinFlat(runs.map((run) => JSON.stringify(run).slice(1, -1)));
    expect(scanAll(text, false)).toEqual([
      { r: 1, f: 0, isSkipped: false, cells: ['ada@example.com', null] },
      { r: 2, f: 0, isSkipped: true, cells: ['x,"y"', '\\'] },
      { r: 3, f: 1, isSkipped: false, cells: [] },
    ]);
    expect(scanAll('[]', false)).toEqual([]);
  });

  it('says where a page text that was cut short ends inside an item', () => {
    expect(() => scanAll('[[1,2,0,0,"open],', false)).toThrow(/ends inside the item that starts at 1/);
    expect(() => new FlatRowScan('{"rows":1}')).toThrow(/holds no rows/);
  });
});
