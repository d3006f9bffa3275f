// `profile-stager snapshot export|import`: move sandboxes in and out as one checksummed file.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { EngineError } from '../../../../shared/contract';
import { readSnapshot } from '../../../../shared/engine/sandbox/snapshot-read';
import { writeFileAtomic } from '../../atomic-write';
import { runCommand, type CliIo } from '../context';

export function registerSnapshotCommands(program: Command, io: CliIo, done: (code: number) => void): void {
  const snapshot = program.command('snapshot').description('export and import sandbox snapshots');

  snapshot
    .command('export <file>')
    .description('write sandboxes (all, or --only NAME…) to a snapshot file')
    .option('--only <names...>', 'sandboxes to export')
    .action(async (file: string, opts: { only?: string[] }, cmd: Command) => {
      done(
        await runCommand(cmd, io, async ({ client, host }) => {
          await host.engine.streaming.persistLog(); // the inlet logs travel in the file too
          const bytes = await client.call('sandbox-export', { names: opts.only });
          await writeFileAtomic(file, bytes);
          return { json: { file, bytes: bytes.length }, human: `wrote ${file} (${bytes.length} bytes)` };
        }),
      );
    });

  snapshot
    .command('import <file>')
    .description('load sandboxes from a snapshot file (validated completely before anything is written)')
    .option('--replace', 'overwrite sandboxes with the same name')
    .option('--as <name>', 'import a one-sandbox snapshot under another name')
    .action(async (file: string, opts: { replace?: boolean; as?: string }, cmd: Command) => {
      done(
        await runCommand(cmd, io, async ({ client }) => {
          let bytes: Uint8Array;
          try {
            bytes = new Uint8Array(await readFile(file));
          } catch (error) {
            throw new EngineError('not-found', `Cannot read ${file}: ${(error as Error).message}`);
          }
          let rename: Record<string, string> | undefined;
          if (opts.as) {
            // Reading the header validates the file the same way the import will.
            const names = readSnapshot(bytes).header.sandboxes;
            if (names.length !== 1) {
              throw new EngineError(
                'invalid-argument',
                `--as needs a snapshot of exactly one sandbox; this one has ${names.length}.`,
              );
            }
            rename = { [names[0] as string]: opts.as };
          }
          const result = await client.call('sandbox-import', {
            bytes,
            replace: opts.replace === true,
            rename,
          });
          return {
            json: result,
            human: `imported ${result.sandboxes.map((s) => s.name).join(', ')} (${result.rows} rows)`,
          };
        }),
      );
    });
}
