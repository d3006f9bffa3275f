import { parquetMetadata } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { memoryByteSource, type ByteSource } from '../../shared/formats/byte-source';
import { readParquet } from '../../shared/formats/parquet-reader';
import { CUSTOMERS } from '../fixtures/formats/customers';
import { collect, fixtureSource, values } from './helpers';

function numbersParquet(rows: number, rowGroupSize: number): Uint8Array {
  return new Uint8Array(
    parquetWriteBuffer({
      columnData: [
        { name: 'email', data: Array.from({ length: rows }, (_, i) => `user${i}@example.com`) },
        { name: 'n', data: Array.from({ length: rows }, (_, i) => BigInt(i)), type: 'INT64' },
      ],
      rowGroupSize,
    }),
  );
}

/** Records every read so tests can see what was fetched when. */
function recordingSource(bytes: Uint8Array): ByteSource & { reads: [number, number][] } {
  const inner = memoryByteSource('recorded.parquet', bytes);
  const reads: [number, number][] = [];
  return {
    name: inner.name,
    size: inner.size,
    reads,
    read(start, end) {
      reads.push([start, end]);
      return inner.read(start, end);
    },
  };
}

describe('Parquet reader', () => {
  it('reads the ten customers across row groups: INT64 as numbers, DATE as ISO, nulls left out', async () => {
    const { rows, pages, fileError } = await collect(
      readParquet(fixtureSource('customers.parquet'), { pageSize: 3 }),
    );
    expect(fileError).toBeUndefined();
    expect(values(rows)).toEqual(CUSTOMERS);
    expect(rows.map((row) => row.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rows[0]).toMatchObject({ file: 'customers.parquet', line: null, offset: null });
    expect(pages.every((page) => page.rows.length <= 3)).toBe(true);
  });

  it('converts unsafe INT64 to a decimal string and timestamps to ISO strings with sub-millisecond digits', async () => {
    const bytes = parquetWriteBuffer({
      columnData: [
        { name: 'big', data: [2n ** 60n, -(2n ** 60n), 5n] },
        { name: 'at', data: [new Date('2024-05-01T10:00:00.123Z'), null, new Date(0)] },
        { name: 'atMicros', data: [1714557600123456n, -1n, 0n] },
        { name: 'flag', data: [true, false, null] },
        { name: 'score', data: [1.5, null, -2] },
        { name: 'doc', data: [{ a: [1, 2] }, null, { b: 'x' }] },
      ],
      schema: [
        { name: 'root', num_children: 6 },
        { name: 'big', type: 'INT64', repetition_type: 'REQUIRED' },
        { name: 'at', type: 'INT64', converted_type: 'TIMESTAMP_MILLIS', repetition_type: 'OPTIONAL' },
        { name: 'atMicros', type: 'INT64', converted_type: 'TIMESTAMP_MICROS', repetition_type: 'REQUIRED' },
        { name: 'flag', type: 'BOOLEAN', repetition_type: 'OPTIONAL' },
        { name: 'score', type: 'DOUBLE', repetition_type: 'OPTIONAL' },
        { name: 'doc', type: 'BYTE_ARRAY', converted_type: 'JSON', repetition_type: 'OPTIONAL' },
      ],
    });
    const { rows } = await collect(readParquet(memoryByteSource('types.parquet', new Uint8Array(bytes))));
    expect(values(rows)).toEqual([
      {
        big: '1152921504606846976',
        at: '2024-05-01T10:00:00.123Z',
        atMicros: '2024-05-01T10:00:00.123456Z',
        flag: true,
        score: 1.5,
        doc: { a: [1, 2] },
      },
      { big: '-1152921504606846976', atMicros: '1969-12-31T23:59:59.999999Z', flag: false },
      {
        big: 5,
        at: '1970-01-01T00:00:00.000Z',
        atMicros: '1970-01-01T00:00:00.000Z',
        score: -2,
        doc: { b: 'x' },
      },
    ]);
  });

  it('reads row group by row group, yielding rows before the later groups are fetched', async () => {
    const bytes = numbersParquet(50_000, 5_000);
    const source = recordingSource(bytes);
    const iterator = readParquet(source, { pageSize: 1000 })[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.done).toBe(false);
    const largestRead = Math.max(...source.reads.map(([start, end]) => end - start));
    expect(largestRead).toBeLessThan(bytes.byteLength / 2);
    expect(first.value?.progress.bytesRead).toBeLessThan(bytes.byteLength);
    let count = first.value?.rows.length ?? 0;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next())
      count += next.value.rows.length;
    expect(count).toBe(50_000);
  });

  it('gives a file error for a corrupt footer', async () => {
    const { fileError } = await collect(readParquet(fixtureSource('corrupt-footer.parquet')));
    expect(fileError?.code).toBe('PARQUET-CORRUPT-FOOTER');
    expect(fileError?.message).toContain('footer');
  });

  it('gives a file error for a truncated file (no PAR1 at the end) and for a non-Parquet file', async () => {
    const truncated = await collect(readParquet(fixtureSource('truncated.parquet')));
    expect(truncated.fileError?.code).toBe('PARQUET-INVALID-MAGIC');
    expect(truncated.fileError?.message).toContain('truncated');
    const csv = await collect(readParquet(fixtureSource('customers.csv')));
    expect(csv.fileError).toMatchObject({ code: 'PARQUET-INVALID-MAGIC', offset: 0 });
    const tiny = await collect(readParquet(memoryByteSource('tiny.parquet', 'PAR1')));
    expect(tiny.fileError?.code).toBe('PARQUET-INVALID-MAGIC');
  });

  it('gives file error 106 for a 0-byte file', async () => {
    const { fileError } = await collect(readParquet(fixtureSource('empty.csv')));
    expect(fileError?.code).toBe('106');
  });

  it('yields the good row groups, then a file error naming the corrupt one', async () => {
    const bytes = numbersParquet(100, 40);
    const column = parquetMetadata(bytes).row_groups[1]?.columns[0]?.meta_data;
    if (column === undefined) throw new Error('no column metadata');
    const start = Number(column.data_page_offset);
    bytes.fill(0x7f, start + 2, start + Number(column.total_compressed_size));
    const { rows, fileError } = await collect(readParquet(memoryByteSource('bad-group.parquet', bytes)));
    expect(rows).toHaveLength(40);
    expect(fileError?.code).toBe('PARQUET-CORRUPT-ROW-GROUP');
    expect(fileError?.message).toContain('Row group 2 of 3 (rows 41–80)');
  });
});
