// `profile-stager ingest` and `batch …`: batch ingestion with a progress bar, status and diagnostics.
import { openAsBlob } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { EngineError, type BatchView, type MappingEntry } from '../../../../shared/contract';
import { detectFormat } from '../../../../shared/formats/detect-format';
import { openFileByteSource } from '../../fs-byte-source';
import { EXIT_FAILED, runCommand, table, UsageError, type CliIo } from '../context';

function summary(batch: BatchView): string {
  const m = batch.metrics;
  const lines = [
    `batch ${batch.id}: ${batch.status}`,
    ...(m
      ? [
          `  rows ${m.inputRecordCount} read, ${m.outputRecordCount} ingested, ${m.failedRecordCount} failed; ${m.inputFileCount} file(s), ${m.inputByteSize} bytes`,
        ]
      : []),
    ...(batch.identitySkippedCount
      ? [
          `  ${batch.identitySkippedCount} row(s) kept in the dataset but skipped by Identity and Profile (identity value rules)`,
        ]
      : []),
    ...(batch.isProfileAtIngest
      ? []
      : ['  the dataset was not enabled for Profile: these rows will never reach Profile']),
    ...(batch.failureReason ? [`  reason: ${batch.failureReason}`] : []),
    ...(batch.errors ?? []).map(
      (e) => `  ${e.code}${e.recordCount !== undefined ? ` (${e.recordCount} rows)` : ''}: ${e.description}`,
    ),
    ...batch.files
      .filter((f) => f.unmappedColumns?.length)
      .map((f) => `  ${f.name}: columns not mapped to the schema: ${f.unmappedColumns?.join(', ')}`),
  ];
  return lines.join('\n');
}

async function detect(
  file: string,
): Promise<{ format: 'csv' | 'json' | 'parquet'; isMultiLineJson: boolean }> {
  const source = await openFileByteSource(file);
  try {
    const found = await detectFormat(source);
    return { format: found.format ?? 'csv', isMultiLineJson: found.isMultiLineJson };
  } finally {
    await source.close();
  }
}

export function registerIngestCommands(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('ingest <files...>')
    .description('ingest files into a dataset as one batch (CSV, JSON Lines, multi-line JSON, Parquet)')
    .requiredOption('--dataset <dataset>', 'dataset id or name')
    .option('--format <format>', 'csv, json, jsonl or parquet (default: detected from the first file)')
    .option('--multiline', 'JSON files are one array (multi-line JSON)')
    .option('--mapping <file>', 'JSON array of {"sourceAttribute", "destinationXdmPath"} for CSV columns')
    .option('--partial <percent>', 'partial ingestion: fail the batch only above this percentage of bad rows')
    .option('--diagnostics', 'row-level error diagnostics (on anyway with --partial)')
    .action(
      async (
        files: string[],
        opts: {
          dataset: string;
          format?: string;
          multiline?: boolean;
          mapping?: string;
          partial?: string;
          diagnostics?: boolean;
        },
        cmd: Command,
      ) => {
        done(
          await runCommand(cmd, io, async ({ client, options }) => {
            for (const file of files)
              await stat(file).catch(() =>
                Promise.reject(new EngineError('not-found', `Cannot read ${file}: no such file.`)),
              );
            const detected = opts.format ? undefined : await detect(files[0] as string);
            const format = opts.format === 'jsonl' ? 'json' : (opts.format ?? detected?.format ?? 'csv');
            if (!['csv', 'json', 'parquet'].includes(format))
              throw new UsageError('--format is csv, json, jsonl or parquet');
            const isMultiLineJson =
              opts.multiline === true ||
              (opts.format === undefined && detected?.isMultiLineJson === true) ||
              (opts.format === 'json' &&
                !opts.multiline &&
                (await detect(files[0] as string)).isMultiLineJson);
            let mapping: MappingEntry[] | undefined;
            if (opts.mapping) {
              try {
                mapping = JSON.parse(await readFile(opts.mapping, 'utf8')) as MappingEntry[];
              } catch (error) {
                throw new EngineError(
                  'invalid-argument',
                  `Cannot read mapping ${opts.mapping}: ${(error as Error).message}`,
                );
              }
            }
            const partial = opts.partial === undefined ? undefined : Number(opts.partial);
            if (partial !== undefined && !Number.isFinite(partial))
              throw new UsageError('--partial takes a percentage, e.g. 5');
            const batch = await client.call('ingest-batch-create', {
              sandbox: options.sandbox,
              datasetId: opts.dataset,
              inputFormat: { format, isMultiLineJson },
              enableErrorDiagnostics: opts.diagnostics === true,
              ...(partial !== undefined ? { partialIngestionPercent: partial } : {}),
              ...(mapping ? { mapping } : {}),
            });
            const isTty = process.stderr.isTTY === true && !options.json;
            const started = Date.now();
            const off = client.on('ingest-progress', (p) => {
              if (!isTty || p.batchId !== batch.id) return;
              const ratio = p.totalBytes ? p.bytesRead / p.totalBytes : 0;
              const seconds = (Date.now() - started) / 1000;
              const rate = seconds > 0 ? Math.round(p.rowsRead / seconds) : 0;
              const bar = '#'.repeat(Math.round(ratio * 30)).padEnd(30, '.');
              process.stderr.write(
                `\r${p.file} [${bar}] ${(ratio * 100).toFixed(0).padStart(3)}% ${p.rowsRead} rows (${p.rowsFailed} failed) ${rate} rows/s `,
              );
            });
            try {
              for (const file of files) {
                await client.call('ingest-batch-add-file', {
                  sandbox: options.sandbox,
                  batchId: batch.id,
                  name: basename(file),
                  file: await openAsBlob(file),
                });
              }
            } finally {
              off();
              if (isTty) process.stderr.write('\n');
            }
            const final = await client.call('ingest-batch-complete', {
              sandbox: options.sandbox,
              batchId: batch.id,
            });
            return {
              json: final,
              human: summary(final),
              exitCode: final.status === 'success' ? 0 : EXIT_FAILED,
            };
          }),
        );
      },
    );

  const batch = program.command('batch').description('batches: status, diagnostics, revert');
  batch
    .command('list')
    .description('list batches (newest first)')
    .option('--dataset <dataset>', 'only this dataset')
    .action(async (opts: { dataset?: string }, cmd: Command) =>
      done(
        await runCommand(cmd, io, async ({ client, options }) => {
          const list = await client.call('ingest-batch-list', {
            sandbox: options.sandbox,
            ...(opts.dataset ? { datasetId: opts.dataset } : {}),
          });
          return {
            json: list,
            human: table(
              ['ID', 'STATUS', 'DATASET', 'ROWS', 'FAILED'],
              list.map((b) => [
                b.id,
                b.status,
                b.relatedObjects[0]?.id ?? '',
                b.metrics?.outputRecordCount ?? '-',
                b.metrics?.failedRecordCount ?? '-',
              ]),
            ),
          };
        }),
      ),
    );
  batch
    .command('show <id>')
    .description('a batch as the Catalog shows it')
    .action(async (id: string, _o, cmd: Command) =>
      done(
        await runCommand(cmd, io, async ({ client, options }) => {
          const view = await client.call('ingest-batch-show', { sandbox: options.sandbox, batchId: id });
          return { json: view, human: summary(view) };
        }),
      ),
    );
  batch
    .command('revert <id>')
    .description('revert a successful batch (its rows leave the dataset)')
    .action(async (id: string, _o, cmd: Command) =>
      done(
        await runCommand(cmd, io, async ({ client, options }) => {
          const view = await client.call('ingest-batch-revert', { sandbox: options.sandbox, batchId: id });
          return { json: view, human: summary(view) };
        }),
      ),
    );
  batch
    .command('errors <id>')
    .description('failed rows with file, row, line, code and message')
    .option('--code <code>', 'only rows with this error code (e.g. INGEST-1401-400)')
    .option('--offset <n>', 'skip this many failed rows first', '0')
    .option('--limit <n>', 'at most this many failed rows (default: all)')
    .action(async (id: string, opts: { code?: string; offset: string; limit?: string }, cmd: Command) =>
      done(
        await runCommand(cmd, io, async ({ client, options }) => {
          const start = Number(opts.offset);
          const max = opts.limit === undefined ? Number.POSITIVE_INFINITY : Number(opts.limit);
          if (!Number.isInteger(start) || start < 0)
            throw new UsageError('--offset takes a whole number ≥ 0');
          if (opts.limit !== undefined && (!Number.isInteger(max) || max < 1))
            throw new UsageError('--limit takes a whole number ≥ 1');
          const rows = [];
          let total: number | undefined;
          for (let offset = start; rows.length < max;) {
            const limit = Math.min(10_000, max - rows.length);
            const page = await client.call('ingest-batch-errors', {
              sandbox: options.sandbox,
              batchId: id,
              offset,
              limit,
              ...(opts.code ? { code: opts.code } : {}),
            });
            total ??= page.total;
            rows.push(...page);
            offset += page.length;
            if (page.length < limit) break;
          }
          const jsonLines = rows.map(({ file, row, line, code, message, path, raw }) => ({
            file,
            row,
            line,
            code,
            message,
            ...(path ? { path } : {}),
            ...(raw !== undefined ? { raw } : {}),
          }));
          const lines = rows.map(
            (r) => `${r.file}:${r.line ?? '-'} row ${r.row} ${r.code} ${r.path ?? ''} ${r.message}`,
          );
          if (total !== undefined && rows.length < total)
            lines.push(
              `(${rows.length} of ${total} failed rows${opts.code ? ` with ${opts.code}` : ''} shown)`,
            );
          const human = rows.length
            ? lines.join('\n')
            : `no failed rows${opts.code ? ` with ${opts.code}` : ''}`;
          return { json: jsonLines, jsonLines, human };
        }),
      ),
    );
}
