// Thin handlers of the catalog and ingest domains.
import { EngineError } from '../../contract/errors';
import type { HandlerMap } from '../../contract/server';
import type { DatasetTags, MappingEntry } from '../../contract/catalog-types';
import { requireObject, requireString } from '../args';
import type { CatalogService, StoredDataset } from '../catalog/service';
import type { RegistryCore } from '../registry/service';
import type { BatchService } from './batches';
import { dryRun } from './dry-run';
import { readDiagnostics, readPages, type StoredRow } from './pages';

const MAX_PAGE = 10_000;

function paging(args: Record<string, unknown>): { offset: number; limit: number } {
  const offset = args.offset === undefined ? 0 : Number(args.offset);
  const limit = args.limit === undefined ? 1000 : Number(args.limit);
  if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    throw new EngineError('invalid-argument', `offset must be ≥ 0 and limit 1–${MAX_PAGE}.`);
  }
  return { offset, limit };
}

function mappingArg(value: unknown): MappingEntry[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value))
    throw new EngineError(
      'invalid-argument',
      'mapping must be a list of {"sourceAttribute", "destinationXdmPath"}.',
    );
  return value as MappingEntry[];
}

export function catalogAndIngestHandlers(
  registry: RegistryCore,
  catalog: CatalogService,
  batches: BatchService,
): HandlerMap {
  const scoped = (raw: unknown, method: string) => {
    const args = requireObject(raw, method);
    return { args, sandbox: requireString(args, 'sandbox', method) };
  };
  const batchArgs = (raw: unknown, method: string) => {
    const { args, sandbox } = scoped(raw, method);
    return { args, sandbox, batchId: requireString(args, 'batchId', method) };
  };
  return {
    'catalog-dataset-list': async (raw) => catalog.list(scoped(raw, 'catalog-dataset-list').sandbox),
    'catalog-dataset-show': async (raw) => {
      const { args, sandbox } = scoped(raw, 'catalog-dataset-show');
      return catalog.show(sandbox, requireString(args, 'ref', 'catalog-dataset-show'));
    },
    'catalog-dataset-create': async (raw) => {
      const { args, sandbox } = scoped(raw, 'catalog-dataset-create');
      return catalog.create(sandbox, {
        name: requireString(args, 'name', 'catalog-dataset-create'),
        ...(typeof args.description === 'string' ? { description: args.description } : {}),
        schemaRef: args.schemaRef as never,
        tags: args.tags,
      });
    },
    'catalog-dataset-set-tags': async (raw) => {
      const { args, sandbox } = scoped(raw, 'catalog-dataset-set-tags');
      return catalog.setTags(
        sandbox,
        requireString(args, 'ref', 'catalog-dataset-set-tags'),
        (args.tags ?? {}) as DatasetTags,
      );
    },
    'catalog-dataset-delete': async (raw) => {
      const { args, sandbox } = scoped(raw, 'catalog-dataset-delete');
      return catalog.remove(sandbox, requireString(args, 'ref', 'catalog-dataset-delete'));
    },
    'ingest-batch-create': async (raw) => {
      const { args, sandbox } = scoped(raw, 'ingest-batch-create');
      const inputFormat =
        args.inputFormat === undefined ? undefined : requireObject(args.inputFormat, 'inputFormat');
      const mapping = mappingArg(args.mapping);
      return batches.create(sandbox, {
        datasetId: requireString(args, 'datasetId', 'ingest-batch-create'),
        ...(inputFormat
          ? {
              inputFormat: {
                ...(typeof inputFormat.format === 'string' ? { format: inputFormat.format } : {}),
                isMultiLineJson: inputFormat.isMultiLineJson === true,
              },
            }
          : {}),
        enableErrorDiagnostics: args.enableErrorDiagnostics === true,
        ...(args.partialIngestionPercent !== undefined
          ? { partialIngestionPercent: args.partialIngestionPercent as number }
          : {}),
        ...(mapping ? { mapping } : {}),
      });
    },
    'ingest-batch-add-file': async (raw) => {
      const { args, sandbox, batchId } = batchArgs(raw, 'ingest-batch-add-file');
      return batches.addFile(sandbox, batchId, {
        name: requireString(args, 'name', 'ingest-batch-add-file'),
        file: args.file as never,
        ...(typeof args.charset === 'string' ? { charset: args.charset } : {}),
        ...(typeof args.delimiter === 'string' ? { delimiter: args.delimiter } : {}),
      });
    },
    'ingest-batch-cancel': async (raw) => ({
      isCancelled: batches.cancel(batchArgs(raw, 'ingest-batch-cancel').batchId),
    }),
    'ingest-batch-complete': async (raw) => {
      const { sandbox, batchId } = batchArgs(raw, 'ingest-batch-complete');
      return batches.complete(sandbox, batchId);
    },
    'ingest-batch-abort': async (raw) => {
      const { sandbox, batchId } = batchArgs(raw, 'ingest-batch-abort');
      return batches.abort(sandbox, batchId);
    },
    'ingest-batch-revert': async (raw) => {
      const { sandbox, batchId } = batchArgs(raw, 'ingest-batch-revert');
      return batches.revert(sandbox, batchId);
    },
    'ingest-batch-show': async (raw) => {
      const { sandbox, batchId } = batchArgs(raw, 'ingest-batch-show');
      return batches.view(await batches.get(sandbox, batchId));
    },
    'ingest-batch-list': async (raw) => {
      const { args, sandbox } = scoped(raw, 'ingest-batch-list');
      const ref =
        typeof args.datasetId === 'string' ? (await catalog.find(sandbox, args.datasetId)).id : undefined;
      return batches.list(sandbox, ref);
    },
    'ingest-batch-errors': async (raw) => {
      const { args, sandbox, batchId } = batchArgs(raw, 'ingest-batch-errors');
      await batches.get(sandbox, batchId);
      const { offset, limit } = paging(args);
      if (args.code !== undefined && (typeof args.code !== 'string' || args.code === ''))
        throw new EngineError('invalid-argument', 'code must be an error code such as INGEST-1401-400.');
      const code = args.code as string | undefined;
      const { rows, total } = await readDiagnostics(await batches.db(sandbox), batchId, {
        offset,
        limit,
        ...(code ? { code } : {}),
      });
      // Still the array of rows callers expect; `total` (matching diagnostics in all) rides on it.
      return Object.assign(rows, { total });
    },
    'ingest-batch-rows': async (raw) => {
      const { args, sandbox, batchId } = batchArgs(raw, 'ingest-batch-rows');
      const batch = await batches.get(sandbox, batchId);
      if (batch.status !== 'success') return [];
      const { offset, limit } = paging(args);
      return readPages<StoredRow>(await batches.db(sandbox), 'batchPages', batchId, offset, limit);
    },
    'ingest-dry-run': async (raw) => {
      const { args, sandbox } = scoped(raw, 'ingest-dry-run');
      const dataset: StoredDataset = await catalog.find(
        sandbox,
        requireString(args, 'datasetId', 'ingest-dry-run'),
      );
      const file = args.file as { size?: unknown; slice?: unknown } | undefined;
      if (!file || typeof file.size !== 'number' || typeof file.slice !== 'function')
        throw new EngineError(
          'invalid-argument',
          'ingest-dry-run needs the file contents as a Blob or File.',
        );
      const mapping = mappingArg(args.mapping);
      return dryRun(registry, await batches.db(sandbox), dataset, {
        name: requireString(args, 'name', 'ingest-dry-run'),
        file: args.file as never,
        ...(typeof args.sample === 'number' ? { sample: args.sample } : {}),
        ...(args.format === 'csv' || args.format === 'json' || args.format === 'parquet'
          ? { format: args.format }
          : {}),
        ...(typeof args.isMultiLineJson === 'boolean' ? { isMultiLineJson: args.isMultiLineJson } : {}),
        ...(typeof args.charset === 'string' ? { charset: args.charset } : {}),
        ...(typeof args.delimiter === 'string' ? { delimiter: args.delimiter } : {}),
        ...(mapping ? { mapping } : {}),
      });
    },
  };
}
