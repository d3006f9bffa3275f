// Page storage: rows serialised as they are pushed, one write in flight while the next page fills,
// pages kept in order, per-code counts on diagnostic pages, and a failed write reported, through
// ingestion's direct page target as through Dexie.
import { describe, expect, it } from 'vitest';
import type Dexie from 'dexie';
import {
  PAGE_ROWS,
  readDiagnostics,
  readPages,
  type StoredDiagnostic,
} from '../../../shared/engine/ingest/pages';
import { directPageTarget, PageWriter, type PageTarget } from '../../../shared/engine/ingest/page-writer';
import { testEngine } from '../helpers';
import { sandbox } from './builders';

/** Ingestion's page target (the IndexedDB connection itself) and Dexie's own `table(name).add`. */
const targets: [string, (db: Dexie) => PageTarget][] = [
  ['direct', directPageTarget],
  ['Dexie', (db) => db],
];

describe('PageWriter', () => {
  it.each(targets)(
    'writes full pages while rows keep coming, in order, and the rest on close (%s)',
    async (_, target) => {
      const { engine } = await testEngine();
      const db = await engine.sandboxes.db(sandbox);
      const writer = new PageWriter<{ n: number }>(target(db), 'batchPages', 'b1');
      const total = PAGE_ROWS * 3 + 17;
      for (let n = 0; n < total; n++) {
        const wait = writer.push({ n });
        if (wait) await wait;
      }
      await writer.close();
      expect(writer.written).toBe(total);
      const pages = (await db.table('batchPages').where('batchId').equals('b1').toArray()) as {
        id: number;
        batchId: string;
        count: number;
      }[];
      expect(pages.map((p) => p.count)).toEqual([PAGE_ROWS, PAGE_ROWS, PAGE_ROWS, 17]);
      // The same record whichever way it was added: the key, the batch, the count and the rows text.
      expect(Object.keys(pages[0] ?? {}).sort()).toEqual(['batchId', 'count', 'id', 'rows']);
      expect(pages.map((p) => p.id)).toEqual([1, 2, 3, 4]);
      const rows = await readPages<{ n: number }>(db, 'batchPages', 'b1', PAGE_ROWS - 2, 5);
      expect(rows.map((r) => r.n)).toEqual([
        PAGE_ROWS - 2,
        PAGE_ROWS - 1,
        PAGE_ROWS,
        PAGE_ROWS + 1,
        PAGE_ROWS + 2,
      ]);
    },
  );

  it('counts the codes of a diagnostic page so a code filter can skip it', async () => {
    const { engine } = await testEngine();
    const db = await engine.sandboxes.db(sandbox);
    const writer = new PageWriter<StoredDiagnostic>(directPageTarget(db), 'batchErrors', 'b2');
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

  it.each(targets)('reports a page write that failed instead of losing it (%s)', async (_, target) => {
    const { engine } = await testEngine();
    const db = await engine.sandboxes.db(sandbox);
    const writer = new PageWriter<{ n: number }>(target(db), 'batchPages', 'b3');
    writer.push({ n: 1 });
    db.close();
    await expect(writer.close()).rejects.toThrow();
  });
});
