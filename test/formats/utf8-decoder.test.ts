import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDecoder, utf8CutShort } from '../../shared/formats/charset';

/** Decodes `bytes` in chunks of the given sizes (cycled), as the readers do. */
function decodeInChunks(bytes: Uint8Array, sizes: number[]): string {
  const decoder = createDecoder('utf-8');
  let text = '';
  let at = 0;
  for (let k = 0; at < bytes.length; k++) {
    const end = Math.min(bytes.length, at + (sizes[k % sizes.length] ?? 1));
    text += decoder.decode(bytes.subarray(at, end), end < bytes.length);
    at = end;
  }
  return text;
}

// Bytes that make UTF-8 interesting: ASCII, continuations, every kind of lead byte, and never-valid bytes.
const utf8ish = fc.constantFrom(
  0x41,
  0x0a,
  0x7f,
  0x80,
  0x8f,
  0xa0,
  0xbf,
  0xc0,
  0xc2,
  0xc3,
  0xdf,
  0xe0,
  0xe2,
  0xed,
  0xef,
  0xf0,
  0xf4,
  0xf5,
  0xff,
);

describe('UTF-8 decoding by chunks', () => {
  it('gives the text of decoding the whole file at once, for any bytes and any chunk sizes', () => {
    const reference = new TextDecoder('utf-8', { ignoreBOM: true });
    fc.assert(
      fc.property(
        fc.array(utf8ish, { maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 5 }),
        (list, sizes) => {
          const bytes = Uint8Array.from(list);
          expect(decodeInChunks(bytes, sizes)).toBe(reference.decode(bytes));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps a character split across chunks whole, and ends a file cut mid-character with U+FFFD', () => {
    const bytes = new TextEncoder().encode('a€b😀');
    expect(decodeInChunks(bytes, [2])).toBe('a€b😀');
    expect(decodeInChunks(bytes, [1])).toBe('a€b😀');
    expect(decodeInChunks(bytes.subarray(0, 3), [1])).toBe('a\uFFFD');
  });

  it('counts the bytes a chunk cuts short', () => {
    const euro = [0xe2, 0x82, 0xac];
    expect(utf8CutShort(Uint8Array.from([0x61]))).toBe(0);
    expect(utf8CutShort(Uint8Array.from([0x61, ...euro]))).toBe(0);
    expect(utf8CutShort(Uint8Array.from([0x61, 0xe2, 0x82]))).toBe(2);
    expect(utf8CutShort(Uint8Array.from([0xe2]))).toBe(1);
    expect(utf8CutShort(Uint8Array.from([0xf0, 0x9f, 0x98]))).toBe(3);
    expect(utf8CutShort(Uint8Array.from([0x80, 0x80, 0x80, 0x80]))).toBe(0);
  });
});
