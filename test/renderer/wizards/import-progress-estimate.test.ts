// The ingest bar follows rows processed (sized by the sample), never ahead of the bytes the engine has read.
import { describe, expect, it } from 'vitest';
import type { DryRunRow } from '../../../shared/contract';
import { bytesDone, bytesPerRow } from '../../../renderer/wizards/import/state/progress-estimate';

const row = (raw: string | undefined, n: number): DryRunRow => ({
  row: n,
  line: n + 1,
  ...(raw !== undefined ? { raw } : {}),
  outcome: 'accepted',
  errors: [],
  coercions: [],
});

describe('ingest progress estimate', () => {
  it('sizes a row from the sampled raw text in UTF-8 bytes, with its line break', () => {
    expect(bytesPerRow([row('abc', 1), row('zoë', 2)])).toBe((4 + 5) / 2);
    expect(bytesPerRow([row(undefined, 1)])).toBeUndefined();
    expect(bytesPerRow(undefined)).toBeUndefined();
  });

  it('counts the rows processed as bytes done, capped by the bytes read, and trusts the engine when done', () => {
    const reading = { bytesRead: 1_048_576, rowsRead: 1000, phase: 'reading' };
    expect(bytesDone(reading, 80)).toBe(80_000);
    expect(bytesDone({ ...reading, rowsRead: 20_000 }, 80)).toBe(1_048_576);
    expect(bytesDone(reading, undefined)).toBe(1_048_576);
    expect(bytesDone({ ...reading, phase: 'done' }, 80)).toBe(1_048_576);
  });
});
