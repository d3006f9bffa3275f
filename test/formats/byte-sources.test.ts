import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFileByteSource, withFileByteSource } from '../../electron/node/fs-byte-source';
import { blobByteSource } from '../../shared/formats/blob-byte-source';
import { limitReadSize, memoryByteSource, readExactly } from '../../shared/formats/byte-source';
import { readRows } from '../../shared/formats/read-rows';
import { CUSTOMERS, customersAsStrings } from '../fixtures/formats/customers';
import { collect, FIXTURES, fixtureBytes, values } from './helpers';

const decoder = new TextDecoder();

describe('memory ByteSource', () => {
  it('encodes strings as UTF-8 and clamps ranges to the file', async () => {
    const source = memoryByteSource('m.txt', 'Zoë');
    expect(source.size).toBe(4);
    expect(decoder.decode(await source.read(0, 100))).toBe('Zoë');
    expect((await source.read(10, 20)).byteLength).toBe(0);
  });

  it('readExactly loops over short reads', async () => {
    const source = limitReadSize(memoryByteSource('m.txt', 'abcdefghij'), 3);
    expect(decoder.decode(await readExactly(source, 1, 9))).toBe('bcdefghi');
  });
});

describe('Blob ByteSource', () => {
  it('reads a Blob slice by slice and takes a File name', async () => {
    const file = new File([fixtureBytes('customers.csv')], 'upload.csv');
    const source = blobByteSource(file);
    expect(source.name).toBe('upload.csv');
    const { rows } = await collect(readRows(source, { format: 'csv', chunkSize: 100 }));
    expect(values(rows)).toEqual(customersAsStrings());
    expect(blobByteSource(new Blob(['x'])).name).toBe('blob');
  });
});

describe('Node fs ByteSource', () => {
  let directory = '';
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'fs-byte-source-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('serves positioned reads and reads a Parquet file', async () => {
    const result = await withFileByteSource(join(FIXTURES, 'customers.parquet'), async (source) => {
      expect(source.name).toBe('customers.parquet');
      expect(decoder.decode(await source.read(0, 4))).toBe('PAR1');
      expect((await source.read(source.size - 2, source.size + 10)).byteLength).toBe(2);
      return collect(readRows(source, { format: 'parquet' }));
    });
    expect(values(result.rows)).toEqual(CUSTOMERS);
  });

  it('reads a 0-byte file as file error 106', async () => {
    const path = join(directory, 'empty.jsonl');
    await writeFile(path, '');
    const source = await openFileByteSource(path, 'renamed.jsonl');
    try {
      expect(source.name).toBe('renamed.jsonl');
      expect((await collect(readRows(source, { format: 'json' }))).fileError?.code).toBe('106');
    } finally {
      await source.close();
    }
  });

  it('fails to open a missing file', async () => {
    await expect(openFileByteSource(join(directory, 'missing.csv'))).rejects.toThrow(/ENOENT/);
  });
});
