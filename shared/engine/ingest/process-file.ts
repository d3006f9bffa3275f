// Streams one file of a batch: read rows, map flat columns, validate in batch mode, and write the
// accepted rows and the diagnostics in pages. Never holds the whole file.
import type { BatchFileInfo, InputFormatName, MappingEntry } from '../../contract/catalog-types';
import type { ByteSource } from '../../formats/byte-source';
import { readRows } from '../../formats/read-rows';
import type { AbortSignalLike } from '../../formats/types';
import type { XdmField } from '../../xdm/fields';
import {
  MAPPED_SCHEMA_CLEAN,
  MAPPED_UNKNOWN,
  MAPPED_VALID,
  type BatchValidationResult,
  type MappedCheck,
  type MappedProof,
  type XdmValidator,
} from '../../xdm/validate';
import { classify, CODE_CORRUPT } from './classify';
import {
  applyMapping,
  columnIndexes,
  decodeMappedRow,
  mappingCoercions,
  planColumns,
  planMapping,
  pushMappedCells,
  type MappingPlan,
} from './mapping';
import { FLAT_ROW_HEAD, type StoredDiagnostic, type StoredRow } from './pages';
import type { PageWriter } from './page-writer';

export const MAX_FIELDS_PER_ROW = 10_000;

/** How to read one file of a batch: its place in the batch, its format and the schema's fields. */
export interface FileReading {
  fileIndex: number;
  format: InputFormatName;
  isMultiLineJson: boolean;
  charset?: string;
  delimiter?: string;
  mapping?: MappingEntry[];
  fields: readonly XdmField[];
}

export interface FileJob extends FileReading {
  source: ByteSource;
  validator: XdmValidator;
  rows: PageWriter<StoredRow>;
  diagnostics: PageWriter<StoredDiagnostic>;
  signal: AbortSignalLike;
  /** Validate every mapped CSV row in full, without the column-wise check (for comparing both). */
  isMappedCheckOff?: boolean;
  onProgress(progress: { bytesRead: number; totalBytes: number; rowsRead: number; rowsFailed: number }): void;
}

export interface FileResult {
  info: BatchFileInfo;
  accepted: number;
  skippedByIdentity: number;
  failedByCode: Map<string, number>;
}

function countFields(value: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && count <= limit) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      count++;
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return count;
}

/** Processes one file; rows already written stay in the batch's pages until the batch decides. */
export async function processFile(job: FileJob): Promise<FileResult> {
  const info: BatchFileInfo = { name: job.source.name, bytes: job.source.size, rows: 0, failedRows: 0 };
  const failedByCode = new Map<string, number>();
  let accepted = 0;
  let skippedByIdentity = 0;
  let plan: MappingPlan | undefined;
  // A mapped CSV row as stored when validation passes it unchanged: [r, l, f, s, raw cell…].
  let flat: unknown[] | undefined;
  // Where each mapping step's column is in the CSV header.
  let indexes: number[] = [];
  // Proves a mapped CSV row clean from its cells, so only identity and event rules run on it.
  let mappedCheck: MappedCheck | undefined;
  const fail = (diagnostic: StoredDiagnostic): Promise<void> | undefined => {
    info.failedRows++;
    failedByCode.set(diagnostic.code, (failedByCode.get(diagnostic.code) ?? 0) + 1);
    return job.diagnostics.push(diagnostic, diagnostic.code);
  };
  if (job.source.size === 0) {
    info.fileError = { code: '106', message: 'Dataset file is empty. Please upload file with data.' };
    return { info, accepted, skippedByIdentity, failedByCode };
  }

  const pages = readRows(job.source, {
    format: job.format,
    isMultiLineJson: job.isMultiLineJson,
    ...(job.charset ? { charset: job.charset } : {}),
    ...(job.delimiter ? { delimiter: job.delimiter } : {}),
    // CSV rows keep their text for diagnostics; JSON rows so an unchanged record is stored as sent.
    isRawKept: job.format === 'csv' || job.format === 'json',
    isCellsOnly: true,
    signal: job.signal,
  });
  for await (const page of pages) {
    for (const row of page.rows) {
      info.rows++;
      if (row.error) {
        const wait = fail({
          file: job.source.name,
          row: row.row,
          line: row.line,
          kind: 'parsing',
          code: CODE_CORRUPT,
          message: row.error.message,
          raw: row.error.raw,
        });
        if (wait) await wait;
        continue;
      }
      let record: Record<string, unknown> = row.value;
      let isBounded = false;
      let proof: MappedProof = MAPPED_UNKNOWN;
      if (job.format === 'csv') {
        if (!plan) {
          const columns = row.columns ?? Object.keys(row.value);
          // Planned on the header (not the first row's non-empty cells), so every column can map.
          plan = planMapping(
            columns.filter((name) => name !== ''),
            job.fields,
            job.mapping,
          );
          indexes = columnIndexes(plan, columns);
          job.rows.usePlan(job.fileIndex, planColumns(plan));
          if (!job.isMappedCheckOff)
            mappedCheck = job.validator.compileMappedCheck(
              plan.steps.map((step) => ({
                segments: [...step.parents, step.leaf],
                ...(step.isNumeric && step.xdmType ? { xdmType: step.xdmType } : {}),
              })),
            );
        }
        // A new packed array per row (its head set below, cells appended by the mapping).
        flat = [0, 0, 0, 0];
        // A mapped CSV row has at most the plan's fields; only count when that could pass the limit.
        isBounded = plan.maxFields <= MAX_FIELDS_PER_ROW;
        if (row.cells) {
          pushMappedCells(row.cells, indexes, flat);
          proof = isBounded && mappedCheck ? mappedCheck(flat, FLAT_ROW_HEAD) : MAPPED_UNKNOWN;
          if (proof === MAPPED_VALID) {
            // validateBatch would accept the record unchanged: store the cells without building it.
            flat[0] = row.row;
            flat[1] = row.line;
            flat[2] = job.fileIndex;
            flat[3] = 0;
            const wait = job.rows.pushFlat(flat, job.fileIndex);
            if (wait) await wait;
            accepted++;
            continue;
          }
          record = decodeMappedRow(plan.steps, flat, FLAT_ROW_HEAD).record;
        } else record = applyMapping(row.value, plan, undefined, flat, FLAT_ROW_HEAD);
      }
      // Every value of a JSON row takes at least one character of its text: a short row cannot pass
      // the limit. (A CSV header can nest a cell many levels deep: those rows are counted.)
      if (job.format === 'json' && row.raw !== undefined && row.raw.length <= MAX_FIELDS_PER_ROW)
        isBounded = true;
      if (!isBounded && countFields(record, MAX_FIELDS_PER_ROW) > MAX_FIELDS_PER_ROW) {
        const wait = fail({
          file: job.source.name,
          row: row.row,
          line: row.line,
          kind: 'conversion',
          code: 'XDM-TOO-MANY-FIELDS-400',
          message: `Row ${row.row} has more than ${MAX_FIELDS_PER_ROW} fields, the platform's limit per row.`,
        });
        if (wait) await wait;
        continue;
      }
      // Rows the mapped check proved clean of scan and schema problems need only the identity rules.
      const verdict: BatchValidationResult =
        proof === MAPPED_SCHEMA_CLEAN
          ? job.validator.validateBatchChecked(record)
          : job.validator.validateBatch(record);
      const outcome = verdict.errors.length === 0 ? ACCEPTED : classify(verdict.errors);
      if (outcome.kind === 'failed') {
        const first = outcome.errors[0];
        const wait = fail({
          file: job.source.name,
          row: row.row,
          line: row.line,
          kind: 'conversion',
          code: outcome.code,
          message: outcome.errors.map((e) => e.message).join('; '),
          ...(first ? { path: first.pointerToViolation } : {}),
          ...(row.raw !== undefined && job.format === 'csv'
            ? { raw: row.raw }
            : { raw: JSON.stringify(row.cells ?? row.value).slice(0, 1024) }),
          errors: outcome.errors.map(({ keyword, pointerToViolation, schemaLocation, message }) => ({
            keyword,
            pointerToViolation,
            schemaLocation,
            message,
            causingExceptions: [],
          })),
        });
        if (wait) await wait;
        continue;
      }
      if (outcome.kind === 'skipped') skippedByIdentity++;
      let wait: Promise<void> | undefined;
      if (flat && verdict.coercions.length === 0 && verdict.droppedKeys.length === 0) {
        // The mapped record is what validation passed: keep its raw cells, decoded on reading.
        flat[0] = row.row;
        flat[1] = row.line;
        flat[2] = job.fileIndex;
        flat[3] = outcome.kind === 'skipped' ? outcome.reason : 0;
        wait = job.rows.pushFlat(flat, job.fileIndex);
      } else {
        const stored: StoredRow = {
          r: row.row,
          l: row.line,
          f: job.fileIndex,
          v: verdict.record as Record<string, unknown>,
        };
        if (outcome.kind === 'skipped') stored.s = outcome.reason;
        if (isUnchangedJson(job, row.raw, verdict)) {
          // Validation passed the parsed object as is: its own text is its JSON (no second stringify).
          const skip = stored.s === undefined ? '' : `,"s":${JSON.stringify(stored.s)}`;
          const json = `{"r":${stored.r},"l":${JSON.stringify(stored.l)},"f":${stored.f},"v":${row.raw as string}${skip}}`;
          wait = job.rows.pushJson(json, stored);
        } else {
          const coercions = plan && flat ? mappingCoercions(plan.steps, flat, FLAT_ROW_HEAD) : [];
          for (const coercion of verdict.coercions) coercions.push(coercion);
          if (coercions.length > 0) stored.c = coercions;
          // Serialised at once (one flat string), so the row's objects die young.
          wait = job.rows.pushJson(JSON.stringify(stored), stored);
        }
      }
      if (wait) await wait;
      accepted++;
    }
    job.onProgress({
      bytesRead: page.progress.bytesRead,
      totalBytes: page.progress.totalBytes,
      rowsRead: info.rows,
      rowsFailed: info.failedRows,
    });
    if (page.fileError) info.fileError = { code: page.fileError.code, message: page.fileError.message };
  }
  if (plan && plan.unmapped.length > 0) info.unmappedColumns = plan.unmapped;
  return { info, accepted, skippedByIdentity, failedByCode };
}

const ACCEPTED = { kind: 'accepted' } as const;

/**
 * Whether a JSON row's own text is the record validation passed: the text parsed into the object it
 * checked, and it changed nothing (no coercion, no dropped key). Parsing the text again gives that
 * object, duplicate keys and `__proto__` included, as `JSON.parse` made it the first time.
 */
function isUnchangedJson(job: FileJob, raw: string | undefined, verdict: BatchValidationResult): boolean {
  return (
    job.format === 'json' &&
    raw !== undefined &&
    verdict.coercions.length === 0 &&
    verdict.droppedKeys.length === 0
  );
}
