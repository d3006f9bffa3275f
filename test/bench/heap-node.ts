// Node-only part of the ingest benchmark: writes a CSV of a given size to a temp file and measures the
// peak JS heap while the ingestion pipeline streams it through the fs ByteSource: read, map, validate,
// serialise rows and diagnostics into pages. The pages go to a temp file rather than to the node
// host's fake-indexeddb, which keeps every stored byte in the JS heap by design; what is measured is
// whether the pipeline itself holds anything that grows with the file. The heap is sampled after a
// full garbage collection every 500 ms (live memory, not garbage awaiting collection).
import { createWriteStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type Dexie from 'dexie';
import { openFileByteSource } from '../../electron/node/fs-byte-source';
import type { StoredDiagnostic, StoredRow } from '../../shared/engine/ingest/pages';
import { PageWriter } from '../../shared/engine/ingest/page-writer';
import { processFile } from '../../shared/engine/ingest/process-file';
import type { XdmField } from '../../shared/xdm/fields';
import type { XdmValidator } from '../../shared/xdm/validate';

/** A full garbage collection (V8's `gc`, exposed at run time). */
function fullGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export interface HeapRun {
  peakMb: number;
  rows: number;
  failedRows: number;
  seconds: number;
}

/** A page target that appends each page's JSON text to a file (Dexie's `table(name).add` shape). */
function fileSink(path: string): { target: Dexie; close(): Promise<void> } {
  const out = createWriteStream(path);
  const target = {
    table: () => ({
      add: (page: { rows: string }) =>
        new Promise<void>((resolve, reject) => {
          out.write(page.rows, (error) => (error ? reject(error) : resolve()));
        }),
    }),
  } as unknown as Dexie;
  return { target, close: () => new Promise<void>((resolve) => out.end(resolve)) };
}

export async function peakHeap(
  bytes: number,
  header: string,
  row: (i: number) => string,
  pipeline: { fields: readonly XdmField[]; validator: XdmValidator },
  note: (message: string) => void,
): Promise<HeapRun> {
  const dir = await mkdtemp(join(tmpdir(), 'ps-heap-'));
  const path = join(dir, 'big.csv');
  try {
    note(`heap: writing a ${Math.round(bytes / 1e6)} MB CSV…`);
    const file = await open(path, 'w');
    let written = 0;
    await file.write(header);
    for (let i = 0; written < bytes;) {
      let chunk = '';
      for (let k = 0; k < 20_000; k++) chunk += row(i++);
      await file.write(chunk);
      written += chunk.length;
    }
    await file.close();
    note('heap: ingesting it…');
    const gc = fullGc();
    gc();
    const source = await openFileByteSource(path);
    const sink = fileSink(join(dir, 'pages.json'));
    let peak = process.memoryUsage().heapUsed;
    const sample = () => {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    };
    const timer = setInterval(sample, 500);
    const started = performance.now();
    try {
      const rows = new PageWriter<StoredRow>(sink.target, 'batchPages', 'heap');
      const diagnostics = new PageWriter<StoredDiagnostic>(sink.target, 'batchErrors', 'heap');
      const result = await processFile({
        source,
        fileIndex: 0,
        format: 'csv',
        isMultiLineJson: false,
        fields: pipeline.fields,
        validator: pipeline.validator,
        rows,
        diagnostics,
        signal: { aborted: false },
        onProgress: () => undefined,
      });
      await rows.close();
      await diagnostics.close();
      sample();
      return {
        peakMb: Math.round(peak / 1e6),
        rows: result.info.rows,
        failedRows: result.info.failedRows,
        seconds: (performance.now() - started) / 1000,
      };
    } finally {
      clearInterval(timer);
      await source.close();
      await sink.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
