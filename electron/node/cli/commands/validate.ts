// `profile-stager validate --schema S FILE`: judge every record of a JSON or JSON Lines file.
import type { Command } from 'commander';
import { EngineError, type RecordVerdict } from '../../../../shared/contract';
import { detectFormat, readRows } from '../../../../shared/formats';
import { openFileByteSource } from '../../fs-byte-source';
import { EXIT_FAILED, runCommand, UsageError, type CliIo } from '../context';

const PAGE = 5000;

export function registerValidateCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('validate <file>')
    .description('validate a JSON or JSON Lines file against a schema; exits 1 when any record fails')
    .requiredOption('--schema <schema>', 'schema $id, altId or title')
    .option('--mode <mode>', 'batch (type coercion; no format/pattern checks) or streaming (strict)', 'batch')
    .action(async (file: string, opts: { schema: string; mode: string }, cmd: Command) => {
      done(
        await runCommand(cmd, io, async ({ client, options }) => {
          if (opts.mode !== 'batch' && opts.mode !== 'streaming')
            throw new UsageError('--mode is batch or streaming');
          let source;
          try {
            source = await openFileByteSource(file);
          } catch (error) {
            throw new EngineError('not-found', `Cannot open ${file}: ${(error as Error).message}`);
          }
          const verdicts: RecordVerdict[] = [];
          try {
            const detected = await detectFormat(source);
            if (detected.format !== 'json')
              throw new EngineError(
                'invalid-argument',
                `${file} is not JSON or JSON Lines (it looks like ${detected.format ?? 'an empty file'}).`,
              );
            let pending: { index: number; value: unknown }[] = [];
            const flush = async () => {
              if (pending.length === 0) return;
              const result = await client.call('registry-validate', {
                sandbox: options.sandbox,
                ref: opts.schema,
                records: pending.map((p) => p.value),
                mode: opts.mode as 'batch' | 'streaming',
              });
              result.forEach((v, i) => verdicts.push({ ...v, record: pending[i]?.index ?? v.record }));
              pending = [];
            };
            for await (const page of readRows(source, {
              format: 'json',
              isMultiLineJson: detected.isMultiLineJson,
              isRawKept: false,
            })) {
              for (const row of page.rows) {
                if (row.error) {
                  await flush();
                  verdicts.push({
                    record: row.row,
                    valid: false,
                    errors: [
                      {
                        keyword: 'parse',
                        pointerToViolation: '#',
                        schemaLocation: '#',
                        message: row.error.message,
                        code: row.error.code,
                      },
                    ],
                  });
                } else {
                  pending.push({ index: row.row, value: row.value });
                  if (pending.length >= PAGE) await flush();
                }
              }
              if (page.fileError)
                throw new EngineError('invalid-argument', `${file}: ${page.fileError.message}`);
            }
            await flush();
          } finally {
            await source.close();
          }
          const failed = verdicts.filter((v) => !v.valid).length;
          const human = [
            ...verdicts
              .filter((v) => !v.valid)
              .flatMap((v) => [
                `record ${v.record}: invalid`,
                ...v.errors.map((e) => `  ${e.pointerToViolation} ${e.keyword}: ${e.message}`),
              ]),
            `${verdicts.length} records, ${verdicts.length - failed} valid, ${failed} invalid (${opts.mode} mode)`,
          ].join('\n');
          const jsonLines = verdicts.map(({ record, valid, errors }) => ({
            record,
            valid,
            errors: errors.map(({ keyword, pointerToViolation, schemaLocation, message }) => ({
              keyword,
              pointerToViolation,
              schemaLocation,
              message,
            })),
          }));
          return { json: jsonLines, jsonLines, human, exitCode: failed > 0 ? EXIT_FAILED : 0 };
        }),
      );
    });
}
