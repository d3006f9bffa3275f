// Whole files ingested with and without the mapped check of CSV rows must store the same pages,
// diagnostics, decoded rows and counts.
import type Dexie from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRowsPage, type StoredDiagnostic, type StoredRow } from '../../../shared/engine/ingest/pages';
import { PageWriter } from '../../../shared/engine/ingest/page-writer';
import { processFile } from '../../../shared/engine/ingest/process-file';
import { memoryByteSource } from '../../../shared/formats/byte-source';
import { rowArbitrary, useSetups, type Setup } from './mapped-check-world';

const setups = useSetups();

/** Page targets in memory (Dexie's `table(name).add` shape), keeping every page as added. */
function memoryPages(): { target: Dexie; pages: Record<string, unknown[]> } {
  const pages: Record<string, unknown[]> = { batchPages: [], batchErrors: [] };
  const target = {
    table: (name: string) => ({
      add: async (page: unknown) => {
        const list = pages[name] as unknown[];
        list.push(page);
        return list.length;
      },
    }),
  } as unknown as Dexie;
  return { target, pages };
}

const csvCell = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

async function ingest(setup: Setup, csv: string, isMappedCheckOff: boolean) {
  const { target, pages } = memoryPages();
  const rows = new PageWriter<StoredRow>(target, 'batchPages', 'b');
  const diagnostics = new PageWriter<StoredDiagnostic>(target, 'batchErrors', 'b');
  const result = await processFile({
    source: memoryByteSource('people.csv', csv),
    fileIndex: 0,
    format: 'csv',
    isMultiLineJson: false,
    fields: setup.fields,
    validator: setup.validator,
    rows,
    diagnostics,
    signal: { aborted: false },
    isMappedCheckOff,
    onProgress: () => undefined,
  });
  await rows.close();
  await diagnostics.close();
  // What every reader of the batch sees: the pages decoded into row objects.
  const decoded = (pages.batchPages as { rows: string }[]).flatMap((page) => decodeRowsPage(page));
  return { result, pages, decoded: JSON.stringify(decoded) };
}

describe('ingesting a file with and without the mapped check', () => {
  it.each([0, 1])('setup %i: stores identical pages, diagnostics, decoded rows and counts', async (index) => {
    const setup = setups[index] as Setup;
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArbitrary(setup.headers), { minLength: 1, maxLength: 400 }),
        async (rows) => {
          const csv =
            [setup.headers.join(','), ...rows.map((cells) => cells.map(csvCell).join(','))].join('\r\n') +
            '\r\n';
          const fast = await ingest(setup, csv, false);
          const full = await ingest(setup, csv, true);
          expect(fast.pages).toEqual(full.pages);
          expect(fast.decoded).toBe(full.decoded);
          expect(fast.result).toEqual(full.result);
          expect(fast.result.info.rows).toBe(rows.length);
        },
      ),
      { numRuns: 25, seed: 7 },
    );
  });
});
