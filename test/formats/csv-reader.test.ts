import { describe, expect, it } from 'vitest';
import { memoryByteSource } from '../../shared/formats/byte-source';
import { readCsv } from '../../shared/formats/csv-reader';
import { customersAsStrings } from '../fixtures/formats/customers';
import { collect, expectRawAtOffsets, fixtureBytes, fixtureSource, values } from './helpers';

async function readText(text: string, options: Parameters<typeof readCsv>[1] = {}) {
  return collect(readCsv(memoryByteSource('test.csv', text), options));
}

describe('CSV reader: encodings', () => {
  it.each([
    ['customers.csv', 'utf-8'],
    ['customers-utf8-bom-crlf.csv', 'utf-8'],
    ['customers-utf16le.csv', 'utf-16le'],
    ['customers-utf16be.csv', 'utf-16be'],
    ['customers-semicolon.csv', 'utf-8'],
    ['customers-pipe.csv', 'utf-8'],
  ] as const)('%s yields the ten customers as strings', async (name, charset) => {
    const { rows, fileError } = await collect(readCsv(fixtureSource(name)));
    expect(fileError).toBeUndefined();
    expect(values(rows)).toEqual(customersAsStrings());
    expectRawAtOffsets(fixtureBytes(name), rows, charset);
  });

  it('reads Windows-1252 (sniffed from invalid UTF-8), including € and curly quotes', async () => {
    const { rows } = await collect(readCsv(fixtureSource('windows-1252.csv')));
    expect(values(rows)).toEqual([
      { email: 'zoe@example.com', firstName: 'Zoë', lastName: 'Martin', note: '€5 voucher' },
      { email: 'hans@example.de', firstName: 'Hans', lastName: 'Müller', note: 'Straße' },
      { email: 'rene@example.fr', firstName: 'René', lastName: 'Dupont', note: 'it’s fine' },
    ]);
    expectRawAtOffsets(fixtureBytes('windows-1252.csv'), rows, 'windows-1252');
  });

  it('honours an explicit charset option, ISO-8859-1 read as windows-1252', async () => {
    const { rows } = await collect(readCsv(fixtureSource('windows-1252.csv'), { charset: 'ISO-8859-1' }));
    expect(values(rows)[0]).toMatchObject({ firstName: 'Zoë', note: '€5 voucher' });
  });

  it('rejects an unknown charset', async () => {
    await expect(readText('a\n1\n', { charset: 'klingon' })).rejects.toThrow(/Unsupported charset/);
  });

  it('counts byte offsets after the BOM and over multi-byte characters', async () => {
    const { rows } = await collect(readCsv(fixtureSource('customers-utf8-bom-crlf.csv')));
    expect(rows[0]).toMatchObject({
      row: 1,
      line: 2,
      offset: 3 + 'email,crmId,ecid,firstName,lastName,birthDate,loyaltyPoints\r\n'.length,
    });
  });
});

describe('CSV reader: structure', () => {
  it('keeps quoted newlines (CRLF and bare LF) and counts lines correctly', async () => {
    const { rows } = await collect(readCsv(fixtureSource('crlf-quoted-newlines.csv')));
    expect(values(rows)).toEqual([
      { email: 'a@example.com', address: '1 Main St\r\nApt 2\r\nSpringfield', comment: 'plain' },
      { email: 'b@example.com', address: 'Excel line\nbreak inside', comment: 'he said "hi"' },
      { email: 'c@example.com', comment: 'ends with\r\n' },
      { email: 'd@example.com', address: 'last', comment: 'row' },
    ]);
    expect(rows.map((row) => row.line)).toEqual([2, 5, 7, 9]);
    expectRawAtOffsets(fixtureBytes('crlf-quoted-newlines.csv'), rows);
  });

  it('reports ragged rows with line numbers and keeps going; blank lines are skipped', async () => {
    const { rows } = await collect(readCsv(fixtureSource('ragged-rows.csv')));
    expect(rows.map((row) => [row.row, row.line, row.error?.reason ?? 'ok'])).toEqual([
      [1, 2, 'ok'],
      [2, 3, 'csv-too-few-fields'],
      [3, 4, 'csv-too-many-fields'],
      [4, 6, 'ok'],
    ]);
    const tooFew = rows[1]?.error;
    expect(tooFew?.code).toBe('INGEST-1401-400');
    expect(tooFew?.message).toMatch(/^Row 2 \(line 3, byte 48\) has too few fields: expected 3 .* found 2/);
    expect(tooFew?.raw).toBe('b@example.com,Bob');
  });

  it('turns unbalanced and malformed quotes into row errors without swallowing later rows', async () => {
    const { rows } = await collect(readCsv(fixtureSource('unbalanced-quote.csv')));
    expect(rows.map((row) => [row.line, row.error?.reason ?? row.value?.['email']])).toEqual([
      [2, 'a@example.com'],
      [3, 'csv-unbalanced-quote'],
      [4, 'c@example.com'],
      [5, 'csv-malformed-quote'],
      [6, 'csv-unbalanced-quote'],
    ]);
    expect(rows[1]?.error?.raw).toBe('b@example.com,"Bob,Baker');
    expect(rows[1]?.error?.message).toMatch(/line 3.*never closed/);
    expectRawAtOffsets(fixtureBytes('unbalanced-quote.csv'), rows);
  });

  it('leaves empty cells out and keeps values as strings', async () => {
    const { rows } = await readText('a,b,c\n1,,3\n,,\n');
    expect(values(rows)).toEqual([{ a: '1', c: '3' }, {}]);
  });

  it('treats a stray CRLF line in an LF file as one line break, keeping quoted carriage returns', async () => {
    const { rows } = await readText('a,b\n1,2\r\n3,"4\r"\n5,6\n');
    expect(values(rows)).toEqual([
      { a: '1', b: '2' },
      { a: '3', b: '4\r' },
      { a: '5', b: '6' },
    ]);
    expect(rows[0]).toMatchObject({ raw: '1,2' });
  });

  it('keeps each row raw text without its line break', async () => {
    const { rows } = await readText('a,b\r\n"x, y",2\r\n');
    expect(rows[0]).toMatchObject({ raw: '"x, y",2' });
  });

  it('gives file error 106 for a 0-byte file and 118 for an empty header row', async () => {
    expect((await collect(readCsv(fixtureSource('empty.csv')))).fileError?.code).toBe('106');
    const blank = await collect(readCsv(fixtureSource('empty-header.csv')));
    expect(blank.fileError).toMatchObject({ code: '118', message: 'CSV file contains empty header row.' });
    expect((await readText('\ufeff')).fileError?.code).toBe('118');
    expect((await readText(',,\n1,2,3\n')).fileError?.code).toBe('118');
  });

  it('reads a header-only file as zero rows without error', async () => {
    const { rows, fileError } = await collect(readCsv(fixtureSource('header-only.csv')));
    expect(rows).toEqual([]);
    expect(fileError).toBeUndefined();
  });

  it('refuses duplicate header names as a file error', async () => {
    const { fileError } = await readText('email,email\na,b\n');
    expect(fileError?.code).toBe('CSV-DUPLICATE-HEADER');
    expect(fileError?.message).toContain('"email"');
  });

  it('reports a value under a blank header name', async () => {
    const { rows } = await readText('a,,c\n1,,3\n1,2,3\n');
    expect(rows.map((row) => row.error?.reason ?? 'ok')).toEqual(['ok', 'csv-value-without-header']);
  });

  it('with isCellsOnly gives the cells and the header instead of a value, with the same row checks', async () => {
    const text = 'a,,c\r\n1,,"3,""q"""\r\n1,2,3\r\n,,\r\n4,5\r\n';
    const { rows } = await readText(text, { isCellsOnly: true });
    const byValue = await readText(text);
    expect(rows.map((row) => row.error?.reason ?? row.cells)).toEqual([
      ['1', '', '3,"q"'],
      'csv-value-without-header',
      ['', '', ''],
      'csv-too-few-fields',
    ]);
    expect(byValue.rows.map((row) => row.error?.reason ?? 'ok')).toEqual([
      'ok',
      'csv-value-without-header',
      'ok',
      'csv-too-few-fields',
    ]);
    expect(rows[0]?.columns).toEqual(['a', '', 'c']);
    expect(rows[0]?.value).toEqual({});
    expect(rows.map((row) => [row.row, row.line, row.offset, row.raw ?? row.error?.raw])).toEqual(
      byValue.rows.map((row) => [row.row, row.line, row.offset, row.raw ?? row.error?.raw]),
    );
  });

  it('treats a __proto__ header as an ordinary key', async () => {
    const { rows } = await readText('__proto__,b\nx,y\n');
    const value = values(rows)[0];
    expect(Object.keys(value ?? {})).toEqual(['__proto__', 'b']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});

describe('CSV reader: dialect', () => {
  it('sniffs backslash escapes (papaparse unescapes only backslash-quote)', async () => {
    const { rows } = await collect(readCsv(fixtureSource('backslash-escape.csv')));
    expect(values(rows)).toEqual([
      { email: 'a@example.com', quote: 'say "hi"' },
      { email: 'b@example.com', quote: 'path C:\\\\temp' },
    ]);
  });

  it('accepts delimiter, quote and escape overrides', async () => {
    const { rows } = await readText("a;b\n'x;y';'it''s'\n", { delimiter: ';', quote: "'" });
    expect(values(rows)).toEqual([{ a: 'x;y', b: "it's" }]);
  });

  it('sniffs tab-delimited files', async () => {
    const { rows } = await readText('a\tb\tc\n1\t2,5\t3\n');
    expect(values(rows)).toEqual([{ a: '1', b: '2,5', c: '3' }]);
  });

  it('reads a single-column file', async () => {
    const { rows } = await readText('email\na@example.com\n\nb@example.com');
    expect(values(rows)).toEqual([{ email: 'a@example.com' }, { email: 'b@example.com' }]);
  });

  it('refuses a delimiter that cannot work', async () => {
    await expect(readText('a\n', { delimiter: '\n' })).rejects.toThrow(RangeError);
  });
});

describe('CSV reader: limits and pages', () => {
  it('reports a runaway quoted field once it passes maxRowBytes and resumes on the next line', async () => {
    const text = 'a,b\n1,"open\n' + '2,x\n'.repeat(50) + '3,y\n';
    const { rows } = await readText(text, { maxRowBytes: 64, chunkSize: 16 });
    expect(rows[0]?.error?.reason).toBe('row-too-large');
    expect(rows[0]?.line).toBe(2);
    expect(rows.filter((row) => row.error === undefined)).toHaveLength(51);
  });

  it('yields pages of pageSize with running progress', async () => {
    const text = 'n\n' + Array.from({ length: 25 }, (_, i) => String(i)).join('\n') + '\n';
    const { pages } = await readText(text, { pageSize: 10, chunkSize: 8 });
    expect(pages.map((page) => page.rows.length)).toEqual([10, 10, 5]);
    expect(pages.map((page) => page.progress.rowsRead)).toEqual([10, 20, 25]);
    expect(pages.at(-1)?.progress).toMatchObject({
      bytesRead: text.length,
      totalBytes: text.length,
      rowErrors: 0,
    });
  });

  it('can leave out raw row text', async () => {
    const { rows } = await readText('a\n1\n', { isRawKept: false });
    expect(rows[0]).not.toHaveProperty('raw');
  });
});
