import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryByteSource } from '../../shared/formats/byte-source';
import { readCsv } from '../../shared/formats/csv-reader';
import { readJsonArray } from '../../shared/formats/json-array-reader';
import { readJsonLines } from '../../shared/formats/json-lines-reader';
import { collect, expectRawAtOffsets, summary, values } from './helpers';

const cellText = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\r', '\n', 'é', '€', '😀', ';'),
  maxLength: 8,
});

function encodeCell(cell: string): string {
  return /[",\r\n]/.test(cell) || cell === '' ? `"${cell.replaceAll('"', '""')}"` : cell;
}

describe('CSV reader properties', () => {
  it('reads back any well-formed CSV exactly, whatever the chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cellText, cellText, cellText), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 1, max: 40 }),
        async (records, newline, chunkSize) => {
          const text =
            ['a,b,c', ...records.map((cells) => cells.map(encodeCell).join(','))].join(newline) + newline;
          const bytes = new TextEncoder().encode(text);
          const { rows } = await collect(readCsv(memoryByteSource('p.csv', bytes), { chunkSize }));
          const expected = records.map(([a, b, c]) => {
            const out: Record<string, string> = {};
            if (a !== '') out['a'] = a;
            if (b !== '') out['b'] = b;
            if (c !== '') out['c'] = c;
            return out;
          });
          expect(values(rows)).toEqual(expected);
          expectRawAtOffsets(bytes, rows);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same rows and errors for any text at any chunk size', async () => {
    const messy = fc.string({
      unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', 'é', ' ', 'x"y'),
      maxLength: 120,
    });
    await fc.assert(
      fc.asyncProperty(messy, fc.integer({ min: 1, max: 17 }), async (body, chunkSize) => {
        const text = 'h1,h2\n' + body;
        const whole = await collect(readCsv(memoryByteSource('m.csv', text), { delimiter: ',', quote: '"' }));
        const chunked = await collect(
          readCsv(memoryByteSource('m.csv', text), { delimiter: ',', quote: '"', chunkSize }),
        );
        expect(summary(chunked.rows)).toEqual(summary(whole.rows));
        expectRawAtOffsets(new TextEncoder().encode(text), chunked.rows);
      }),
      { numRuns: 400 },
    );
  });
});

describe('JSON reader properties', () => {
  const record = fc.dictionary(
    fc.string({ maxLength: 5 }),
    fc.oneof(
      fc.string({ unit: fc.constantFrom('a', '"', '\\', 'é', '😀', '\n', ']', '}'), maxLength: 6 }),
      fc.integer(),
      fc.boolean(),
    ),
    { maxKeys: 4 },
  );

  it('reads back any array of objects, pretty or compact, at any chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { maxLength: 8 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 23 }),
        async (records, isPretty, chunkSize) => {
          const text = JSON.stringify(records, null, isPretty ? 2 : undefined);
          const bytes = new TextEncoder().encode(text);
          const { rows, fileError } = await collect(
            readJsonArray(memoryByteSource('p.json', bytes), { chunkSize }),
          );
          expect(fileError).toBeUndefined();
          expect(values(rows)).toEqual(records.map((entry) => JSON.parse(JSON.stringify(entry))));
          expectRawAtOffsets(bytes, rows);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads back any JSON Lines file at any chunk size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { maxLength: 8 }),
        fc.integer({ min: 1, max: 23 }),
        async (records, chunkSize) => {
          const bytes = new TextEncoder().encode(records.map((entry) => JSON.stringify(entry)).join('\r\n'));
          const { rows } = await collect(readJsonLines(memoryByteSource('p.jsonl', bytes), { chunkSize }));
          expect(values(rows)).toEqual(records.map((entry) => JSON.parse(JSON.stringify(entry))));
          expectRawAtOffsets(bytes, rows);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same rows, errors and file error for any JSON-ish text at any chunk size', async () => {
    const messy = fc.string({
      unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', ',', ':', '1', 'a', '\n', ' ', 'é', '{"k":1}'),
      maxLength: 80,
    });
    await fc.assert(
      fc.asyncProperty(
        messy,
        fc.integer({ min: 1, max: 13 }),
        fc.boolean(),
        async (text, chunkSize, isMultiLine) => {
          const read = isMultiLine ? readJsonArray : readJsonLines;
          const whole = await collect(read(memoryByteSource('m.json', text)));
          const chunked = await collect(read(memoryByteSource('m.json', text), { chunkSize }));
          expect(summary(chunked.rows)).toEqual(summary(whole.rows));
          // The message quotes whatever text had arrived, so compare what the error is and where.
          expect([chunked.fileError?.code, chunked.fileError?.offset]).toEqual([
            whole.fileError?.code,
            whole.fileError?.offset,
          ]);
          expectRawAtOffsets(new TextEncoder().encode(text), chunked.rows);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
