// Page storage: rows serialised as they are pushed, one write in flight while the next page fills,
// pages kept in order, per-code counts on diagnostic pages, and a failed write reported.
import { describe, expect, it } from 'vitest';
import {
  PAGE_ROWS,
  PageWriter,
  readDiagnostics,
  readPages,
  type StoredDiagnostic,
} from '../../../shared/engine/ingest/pages';
import { testEngine } from '../helpers';
import { sandbox } from './builders';

describe('PageWriter', () => {
  it('writes full pages while rows keep coming, in order, and the rest on close', async () => {
    const { engine } = await testEngine();
    const db = await engine.sandboxes.db(sandbox);
    const writer = new PageWriter<{ n: number }>(db, 'batchPages', 'b1');
    const total = PAGE_ROWS * 3 + 17;
    for (let n = 0; n < total; n++) {
      const wait = writer.push({ n });
      if (wait) await wait;
    }
    await writer.close();
    expect(writer.written).toBe(total);
    const pages = (await db.table('batchPages').where('batchId').equals('b1').toArray()) as {
      count: number;
    }[];
    expect(pages.map((p) => p.count)).toEqual([PAGE_ROWS, PAGE_ROWS, PAGE_ROWS, 17]);
    const rows = await readPages<{ n: number }>(db, 'batchPages', 'b1', PAGE_ROWS - 2, 5);
    expect(rows.map((r) => r.n)).toEqual([
      PAGE_ROWS - 2,
      PAGE_ROWS - 1,
      PAGE_ROWS,
      PAGE_ROWS + 1,
      PAGE_ROWS + 2,
    ]);
  });

  it('counts the codes of a diagnostic page so a code filter can skip it', async () => {
    const { engine } = await testEngine();
    const db = await engine.sandboxes.db(sandbox);
    const writer = new PageWriter<StoredDiagnostic>(db, 'batchErrors', 'b2');
    const diagnostic = (row: number, code: string): StoredDiagnostic => ({
      file: 'f.csv',
      row,
      line: row + 1,
      code,
      message: 'm',
      kind: 'conversion',
    });
    for (let row = 1; row <= PAGE_ROWS + 3; row++) {
      const code = row % 2 === 0 ? 'EVEN' : 'ODD';
      const wait = writer.push(diagnostic(row, code), code);
      if (wait) await wait;
    }
    await writer.close();
    const first = (await db.table('batchErrors').where('batchId').equals('b2').first()) as {
      codes?: Record<string, number>;
    };
    expect(first.codes).toEqual({ ODD: PAGE_ROWS / 2, EVEN: PAGE_ROWS / 2 });
    const even = await readDiagnostics(db, 'b2', { code: 'EVEN', offset: PAGE_ROWS / 2 - 1, limit: 10 });
    expect(even.rows.map((d) => d.row)).toEqual([PAGE_ROWS, PAGE_ROWS + 2]);
    expect(even.total).toBe(PAGE_ROWS / 2 + 1);
  });

  it('reports a page write that failed instead of losing it', async () => {
    const { engine } = await testEngine();
    const db = await engine.sandboxes.db(sandbox);
    const writer = new PageWriter<{ n: number }>(db, 'batchPages', 'b3');
    writer.push({ n: 1 });
    db.close();
    await expect(writer.close()).rejects.toThrow();
  });
});
