// Runs one file of a loading batch: on a file worker when the host has them and the file is big enough
// to be worth a thread, else on the engine's thread. Either way the pages are stored from here, in
// order, and the pages Identity or Profile will read are kept at hand (fresh-pages.ts). On failure it
// returns only once no page store is in flight, so the caller can drop the batch's pages.
import type Dexie from 'dexie';
import { blobByteSource } from '../../formats/blob-byte-source';
import type { AbortSignalLike } from '../../formats/types';
import type { StoredDataset } from '../catalog/service';
import { tagState } from '../catalog/tags';
import { eventIndexInputs, eventIndexWriter } from '../profile/event-index';
import type { RegistryCore } from '../registry/service';
import { requireSchema } from '../registry/store';
import { validatorFor, validatorOptions } from '../registry/validation';
import type { AddFileInput, StoredBatch } from './batches';
import type { FileProgress } from './file-protocol';
import { FileWorkerUnavailable, type FileWorkerPool } from './file-workers';
import type { FreshPages } from './fresh-pages';
import type { StoredDiagnostic, StoredPage, StoredRow } from './pages';
import { directPageTarget, PageWriter } from './page-writer';
import { processFile, type FileReading, type FileResult } from './process-file';

export interface FileIngestion {
  db: Dexie;
  registry: RegistryCore;
  batch: StoredBatch;
  dataset: StoredDataset;
  /** The file's name in the batch (trimmed). */
  name: string;
  input: AddFileInput;
  signal: AbortSignalLike;
  onProgress(progress: FileProgress): void;
  fresh?: FreshPages;
  workers?: FileWorkerPool;
}

export async function ingestFile(run: FileIngestion): Promise<FileResult> {
  const { db, batch, dataset, input } = run;
  const schema = await requireSchema(db, dataset.schemaId);
  const fields = (await run.registry.resolve(db, schema)).fields;
  const isIdentityBound =
    batch.isProfileAtIngest || (batch.isIdentityAtIngest ?? tagState(dataset.tags).isIdentityEnabled);
  const index = isIdentityBound ? await eventIndexInputs(db, schema, dataset.schemaId) : undefined;
  const target = directPageTarget(db);
  const fresh = isIdentityBound ? run.fresh : undefined;
  const keep = fresh
    ? (key: number, page: StoredPage) => fresh.keep(db.name, key, batch.id, page)
    : undefined;
  const source = blobByteSource(input.file, run.name);
  const file: FileReading = {
    fileIndex: batch.files.length,
    format: batch.inputFormat.format,
    isMultiLineJson: batch.inputFormat.isMultiLineJson === true,
    ...(input.charset ? { charset: input.charset } : {}),
    ...(input.delimiter ? { delimiter: input.delimiter } : {}),
    ...(batch.mapping ? { mapping: batch.mapping } : {}),
    fields,
  };

  if (run.workers?.isWorthIt(source.size)) {
    const options = await validatorOptions(run.registry, db, schema);
    try {
      return await run.workers.run(
        {
          batchId: batch.id,
          name: run.name,
          size: source.size,
          ...file,
          validator: { ...options, nowMs: run.registry.ctx.now() },
          ...(index ? { index } : {}),
        },
        input.file,
        source,
        {
          store: async (table, page) => {
            const key = await target.table(table).add(page);
            if (table === 'batchPages' && typeof key === 'number') keep?.(key, page);
          },
          onProgress: run.onProgress,
          signal: run.signal,
        },
      );
    } catch (error) {
      if (!(error instanceof FileWorkerUnavailable)) throw error;
      // Nothing was handed over: read this file (and, when no worker can start here, every later one)
      // on this thread.
      run.registry.ctx.log.warn(
        error.isPoolOff
          ? 'file workers cannot start here; files are read on the engine thread'
          : 'a file worker stopped before reading; this file is read on the engine thread',
        { reason: error.reason },
      );
    }
  }

  const validator = await validatorFor(run.registry, db, schema);
  const rows = new PageWriter<StoredRow>(target, 'batchPages', batch.id);
  if (index) rows.index = eventIndexWriter(index);
  if (keep) rows.onStored = keep;
  const diagnostics = new PageWriter<StoredDiagnostic>(target, 'batchErrors', batch.id);
  try {
    const result = await processFile({
      source,
      ...file,
      validator,
      rows,
      diagnostics,
      signal: run.signal,
      onProgress: run.onProgress,
    });
    await rows.close();
    await diagnostics.close();
    return result;
  } catch (error) {
    await rows.settle();
    await diagnostics.settle();
    throw error;
  }
}
