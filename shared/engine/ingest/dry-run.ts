// A dry run of a file against a dataset: detected format, suggested mapping, and a validated sample,
// with raw text beside each parsed record. Writes nothing.
import type Dexie from 'dexie';
import type { DryRunResult, DryRunRow, MappingEntry } from '../../contract/catalog-types';
import { blobByteSource, type BlobLike } from '../../formats/blob-byte-source';
import { detectFormat } from '../../formats/detect-format';
import { readRows } from '../../formats/read-rows';
import type { StoredDataset } from '../catalog/service';
import type { RegistryCore } from '../registry/service';
import { requireSchema } from '../registry/store';
import { validatorFor } from '../registry/validation';
import { classify, CODE_CORRUPT } from './classify';
import {
  applyMapping,
  columnIndexes,
  decodeMappedRow,
  planMapping,
  pushMappedCells,
  type MappingPlan,
} from './mapping';
import { emptyFileError } from '../../formats/pages';

export async function dryRun(
  registry: RegistryCore,
  db: Dexie,
  dataset: StoredDataset,
  input: {
    name: string;
    file: BlobLike;
    sample?: number;
    format?: 'csv' | 'json' | 'parquet';
    isMultiLineJson?: boolean;
    charset?: string;
    delimiter?: string;
    mapping?: MappingEntry[];
  },
): Promise<DryRunResult> {
  const source = blobByteSource(input.file, input.name);
  const detected = await detectFormat(source);
  const schema = await requireSchema(db, dataset.schemaId);
  const validator = await validatorFor(registry, db, schema);
  const fields = (await registry.resolve(db, schema)).fields;
  const format = input.format ?? detected.format ?? 'csv';
  const limit = Math.min(Math.max(input.sample ?? 200, 1), 5000);
  const rows: DryRunRow[] = [];
  const byCode: Record<string, number> = {};
  let headers: string[] = [];
  let mapping: MappingEntry[] = [];
  let unmapped: string[] = [];
  let fileError: DryRunResult['fileError'];
  if (source.size === 0)
    return { detected, mapping, unmapped, headers, rows, byCode, fileError: emptyFileError() };
  let plan: MappingPlan | undefined;
  // Where each mapping step's column is in the CSV header.
  let indexes: number[] = [];
  const pages = readRows(source, {
    format,
    isMultiLineJson: input.isMultiLineJson ?? detected.isMultiLineJson,
    ...(input.charset ? { charset: input.charset } : {}),
    ...(input.delimiter ? { delimiter: input.delimiter } : {}),
    pageSize: Math.min(limit, 2000),
    // CSV rows come with the header, so the mapping is planned on every column (as ingestion does),
    // not on the first row's non-empty cells.
    isCellsOnly: true,
  });
  try {
    await readSample();
  } catch (error) {
    // An explicit charset the readers do not know makes the whole file unreadable.
    if (!(error instanceof RangeError)) throw error;
    fileError = {
      code: 'UNSUPPORTED-CHARSET',
      message: `${error.message} Use utf-8, utf-16le, utf-16be, windows-1252 or iso-8859-1.`,
      offset: null,
    };
  }
  return { detected, mapping, unmapped, headers, rows, byCode, ...(fileError ? { fileError } : {}) };

  async function readSample(): Promise<void> {
    outer: for await (const page of pages) {
      for (const row of page.rows) {
        if (rows.length >= limit) break outer;
        if (row.error) {
          byCode[CODE_CORRUPT] = (byCode[CODE_CORRUPT] ?? 0) + 1;
          rows.push({
            row: row.row,
            line: row.line,
            raw: row.error.raw,
            outcome: 'failed',
            code: CODE_CORRUPT,
            errors: [{ pointerToViolation: '#', message: row.error.message }],
            coercions: [],
          });
          continue;
        }
        let record = row.value;
        const converted: { pointer: string; from: unknown; to: unknown }[] = [];
        if (format === 'csv') {
          if (!plan) {
            headers = row.columns ? row.columns.filter((name) => name !== '') : Object.keys(record);
            plan = planMapping(headers, fields, input.mapping);
            mapping = plan.entries;
            unmapped = plan.unmapped;
            indexes = row.columns ? columnIndexes(plan, row.columns) : [];
          }
          if (row.cells) {
            // The cells as ingestion maps them: raw cells by column index, then the record and its conversions.
            const cells: unknown[] = [];
            pushMappedCells(row.cells, indexes, cells);
            const decoded = decodeMappedRow(plan.steps, cells, 0);
            record = decoded.record;
            if (decoded.coercions) converted.push(...decoded.coercions);
          } else
            record = applyMapping(record, plan, (pointer, from, to) => converted.push({ pointer, from, to }));
        }
        const verdict = validator.validateBatch(record);
        const outcome = classify(verdict.errors);
        const code = outcome.kind === 'failed' ? outcome.code : undefined;
        if (code) byCode[code] = (byCode[code] ?? 0) + 1;
        rows.push({
          row: row.row,
          line: row.line,
          ...(row.raw !== undefined ? { raw: row.raw } : {}),
          record: verdict.record as Record<string, unknown>,
          outcome: outcome.kind,
          ...(code ? { code } : {}),
          errors: verdict.errors.map((e) => ({
            pointerToViolation: e.pointerToViolation,
            message: e.message,
          })),
          coercions: [
            ...converted,
            ...verdict.coercions.map(({ pointer, from, to }) => ({ pointer, from, to })),
          ],
        });
      }
      if (page.fileError) {
        fileError = {
          code: page.fileError.code,
          message: page.fileError.message,
          offset: page.fileError.offset,
        };
        break;
      }
    }
  }
}
