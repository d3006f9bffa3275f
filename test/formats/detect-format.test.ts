import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryByteSource } from '../../shared/formats/byte-source';
import { chooseCharset, createByteCounter, normalizeCharset } from '../../shared/formats/charset';
import { detectFormat } from '../../shared/formats/detect-format';
import { fixtureSource } from './helpers';

describe('detectFormat', () => {
  it.each([
    [
      'customers.csv',
      { format: 'csv', charset: 'utf-8', hasBom: false, csv: { delimiter: ',', newline: '\n' } },
    ],
    [
      'customers-utf8-bom-crlf.csv',
      { format: 'csv', charset: 'utf-8', charsetReason: 'bom', csv: { newline: '\r\n' } },
    ],
    [
      'customers-utf16le.csv',
      { format: 'csv', charset: 'utf-16le', charsetReason: 'bom', csv: { delimiter: ',' } },
    ],
    [
      'customers-utf16be.csv',
      { format: 'csv', charset: 'utf-16be', csv: { delimiter: '\t', newline: '\r\n' } },
    ],
    ['customers-semicolon.csv', { format: 'csv', csv: { delimiter: ';' } }],
    ['customers-pipe.csv', { format: 'csv', csv: { delimiter: '|' } }],
    ['windows-1252.csv', { format: 'csv', charset: 'windows-1252', charsetReason: 'invalid-utf8' }],
    ['backslash-escape.csv', { format: 'csv', csv: { quote: '"', escape: '\\' } }],
    ['customers.jsonl', { format: 'json', isMultiLineJson: false }],
    ['bad-line.jsonl', { format: 'json', isMultiLineJson: false, hasBom: true }],
    ['customers.json', { format: 'json', isMultiLineJson: true }],
    ['single-object.json', { format: 'json', isMultiLineJson: true }],
    ['customers.parquet', { format: 'parquet' }],
    ['corrupt-footer.parquet', { format: 'parquet' }],
    ['empty.csv', { format: null, isEmpty: true }],
  ])('%s', async (name, expected) => {
    expect(await detectFormat(fixtureSource(name))).toMatchObject(expected);
  });

  it('recognises UTF-16 without a BOM by its zero bytes', async () => {
    const text = 'email,name\na@example.com,Ann\n';
    const le = new Uint8Array(text.length * 2);
    const be = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      le[i * 2] = text.charCodeAt(i);
      be[i * 2 + 1] = text.charCodeAt(i);
    }
    expect(await detectFormat(memoryByteSource('le.csv', le))).toMatchObject({
      charset: 'utf-16le',
      charsetReason: 'utf16-zero-bytes',
    });
    expect(await detectFormat(memoryByteSource('be.csv', be))).toMatchObject({
      charset: 'utf-16be',
      hasBom: false,
    });
  });

  it('does not call valid UTF-8 cut mid-character at 64 KB invalid', async () => {
    const text = 'name\n' + 'é'.repeat(40_000) + '\n';
    expect(await detectFormat(memoryByteSource('cut.csv', text))).toMatchObject({ charset: 'utf-8' });
  });

  it('sniffs single-quoted CSV', async () => {
    const detected = await detectFormat(memoryByteSource('q.csv', "a,b\n'x, y',2\n'z',3\n"));
    expect(detected.csv).toMatchObject({ quote: "'", delimiter: ',' });
  });
});

describe('charset choice', () => {
  it('normalises common labels', () => {
    expect(normalizeCharset('UTF8')).toBe('utf-8');
    expect(normalizeCharset('Latin1')).toBe('iso-8859-1');
    expect(normalizeCharset('CP1252')).toBe('windows-1252');
    expect(normalizeCharset('ebcdic')).toBeNull();
  });

  it('lets an explicit charset win, skipping only a BOM that matches it', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x61]);
    expect(chooseCharset(bom, 'utf-8')).toEqual({ charset: 'utf-8', bomLength: 3, reason: 'option' });
    expect(chooseCharset(bom, 'windows-1252')).toEqual({
      charset: 'windows-1252',
      bomLength: 0,
      reason: 'option',
    });
  });
});

describe('UTF-8 byte counter', () => {
  it('matches TextEncoder for any spans, in order or not', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀', '\n', '美', 'Z'), maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
        (text, spans) => {
          const counter = createByteCounter('utf-8');
          counter.prepare(text);
          const cuts = [0, ...spans.flat().map((n) => n % (text.length + 1)), text.length];
          for (let i = 0; i + 1 < cuts.length; i++) {
            let [start, end] = [cuts[i] ?? 0, cuts[i + 1] ?? 0];
            if (start > end) [start, end] = [end, start];
            // Spans never split a surrogate pair in the readers: they end at line breaks or structure.
            if (isLowSurrogate(text, start) || isLowSurrogate(text, end)) continue;
            expect(counter.count(text, start, end)).toBe(encoder.encode(text.slice(start, end)).byteLength);
          }
        },
      ),
    );
  });
});

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}
