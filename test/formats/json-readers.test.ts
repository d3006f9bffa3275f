import { describe, expect, it } from 'vitest';
import { memoryByteSource } from '../../shared/formats/byte-source';
import { readJsonArray } from '../../shared/formats/json-array-reader';
import { readJsonLines } from '../../shared/formats/json-lines-reader';
import { CUSTOMERS } from '../fixtures/formats/customers';
import { collect, expectRawAtOffsets, fixtureBytes, fixtureSource, values } from './helpers';

describe('JSON Lines reader', () => {
  it('yields the ten customers', async () => {
    const { rows, fileError } = await collect(readJsonLines(fixtureSource('customers.jsonl')));
    expect(fileError).toBeUndefined();
    expect(values(rows)).toEqual(CUSTOMERS);
    expectRawAtOffsets(fixtureBytes('customers.jsonl'), rows);
  });

  it('skips blank lines, tolerates a BOM and CRLF, and reports bad lines with line and byte', async () => {
    const { rows } = await collect(readJsonLines(fixtureSource('bad-line.jsonl')));
    expect(rows.map((row) => [row.row, row.line, row.error?.reason ?? 'ok'])).toEqual([
      [1, 1, 'ok'],
      [2, 3, 'json-syntax'],
      [3, 4, 'json-not-object'],
      [4, 6, 'ok'],
      [5, 7, 'json-not-object'],
      [6, 8, 'ok'],
    ]);
    expect(rows[0]).toMatchObject({ offset: 3, value: { email: 'a@example.com', firstName: 'Zoë' } });
    expect(rows[1]?.error).toMatchObject({
      code: 'INGEST-1401-400',
      raw: '{"email":"b@example.com",firstName:"Bob"}',
    });
    expect(rows[1]?.error?.message).toMatch(/^Row 2 \(line 3, byte 49\) is not valid JSON/);
    expect(rows[2]?.error?.message).toContain('is a JSON array, not an object');
    expect(rows[4]?.error?.message).toContain('is a JSON number');
    expectRawAtOffsets(fixtureBytes('bad-line.jsonl'), rows);
  });

  it('gives file error 106 for a 0-byte file', async () => {
    const { fileError } = await collect(readJsonLines(memoryByteSource('e.jsonl', '')));
    expect(fileError?.code).toBe('106');
  });

  it('refuses a line nested deeper than 512 levels', async () => {
    const deep = '{"a":' + '['.repeat(600) + ']'.repeat(600) + '}';
    const { rows } = await collect(readJsonLines(memoryByteSource('d.jsonl', `${deep}\n{"ok":1}\n`)));
    expect(rows.map((row) => row.error?.reason ?? 'ok')).toEqual(['json-too-deep', 'ok']);
    expect(rows[0]?.error?.isRawTruncated).toBe(true);
  });

  it('reports an over-long line and resumes after it', async () => {
    const text = `{"a":"${'x'.repeat(200)}"}\n{"b":1}\n`;
    const { rows } = await collect(
      readJsonLines(memoryByteSource('l.jsonl', text), { maxRowBytes: 50, chunkSize: 16 }),
    );
    expect(rows.map((row) => [row.line, row.error?.reason ?? 'ok'])).toEqual([
      [1, 'row-too-large'],
      [2, 'ok'],
    ]);
    expect(rows[1]?.offset).toBe(text.indexOf('{"b"'));
  });
});

describe('multi-line JSON reader', () => {
  it('streams the ten customers from a pretty-printed array', async () => {
    const { rows, fileError } = await collect(readJsonArray(fixtureSource('customers.json')));
    expect(fileError).toBeUndefined();
    expect(values(rows)).toEqual(CUSTOMERS);
    expect(rows.slice(0, 2).map((row) => row.line)).toEqual([2, 11]);
    expectRawAtOffsets(fixtureBytes('customers.json'), rows);
  });

  it('reads a top-level object as a single record', async () => {
    const { rows, fileError } = await collect(readJsonArray(fixtureSource('single-object.json')));
    expect(fileError).toBeUndefined();
    expect(values(rows)).toEqual([CUSTOMERS[0]]);
  });

  it('names the byte offset where a truncated file ends', async () => {
    const bytes = fixtureBytes('truncated.json');
    const { rows, fileError } = await collect(readJsonArray(fixtureSource('truncated.json')));
    expect(values(rows)).toEqual(CUSTOMERS.slice(0, 2));
    expect(fileError?.code).toBe('JSON-TRUNCATED');
    expect(fileError?.message).toContain(`ends at byte ${bytes.byteLength}`);
    expect(fileError?.message).toMatch(/element that starts at byte \d+ \(line 20\)/);
  });

  it('reports elements that are not objects or not valid JSON as row errors', async () => {
    const { rows, fileError } = await collect(readJsonArray(fixtureSource('array-with-bad-elements.json')));
    expect(fileError).toBeUndefined();
    expect(rows.map((row) => [row.line, row.error?.reason ?? 'ok'])).toEqual([
      [2, 'ok'],
      [3, 'json-not-object'],
      [4, 'json-syntax'],
      [5, 'json-not-object'],
      [6, 'ok'],
    ]);
    expectRawAtOffsets(fixtureBytes('array-with-bad-elements.json'), rows);
  });

  it.each([
    ['[{"a":1},,{"b":2}]', ['ok', 'json-syntax', 'ok']],
    ['[{"a":1} {"b":2}]', ['ok', 'json-syntax']],
    [
      '[{"a":"]}\\"[{"}, 7, null, "s", true]',
      ['ok', 'json-not-object', 'json-not-object', 'json-not-object', 'json-not-object'],
    ],
    ['[]', []],
    ['  [ {"a": 1} , ]  ', ['ok']],
  ])('separators and scalars: %s', async (text, reasons) => {
    const { rows, fileError } = await collect(readJsonArray(memoryByteSource('s.json', text)));
    expect(fileError).toBeUndefined();
    expect(rows.map((row) => row.error?.reason ?? 'ok')).toEqual(reasons);
  });

  it('stops at depth 512 with a row error, not a stack overflow', async () => {
    const deep = '[' + '['.repeat(100_000) + ']'.repeat(100_000) + ',{"ok":1}]';
    const { rows } = await collect(readJsonArray(memoryByteSource('d.json', deep)));
    expect(rows.map((row) => row.error?.reason ?? 'ok')).toEqual(['json-too-deep', 'ok']);
  });

  it.each([
    ['', '106'],
    ['   \n', 'JSON-NOT-ARRAY'],
    ['42', 'JSON-NOT-ARRAY'],
    ['[{"a":1}] [', 'JSON-TRAILING-DATA'],
    ['{"a":1}\n{"b":2}\n', 'JSON-TRAILING-DATA'],
    ['[{"a":1}', 'JSON-TRUNCATED'],
    ['[{"a":"unterminated', 'JSON-TRUNCATED'],
  ])('file error for %j is %s', async (text, code) => {
    const { fileError } = await collect(readJsonArray(memoryByteSource('f.json', text)));
    expect(fileError?.code).toBe(code);
  });

  it('reports an element larger than maxRowBytes without buffering it, then continues', async () => {
    const text = `[{"big":"${'x'.repeat(5000)}"},{"small":1}]`;
    const { rows } = await collect(
      readJsonArray(memoryByteSource('b.json', text), { maxRowBytes: 100, chunkSize: 64 }),
    );
    expect(rows.map((row) => row.error?.reason ?? 'ok')).toEqual(['row-too-large', 'ok']);
    expect(rows[1]?.offset).toBe(text.indexOf('{"small"'));
  });
});
