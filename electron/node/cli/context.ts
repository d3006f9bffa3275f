// Shared plumbing of every CLI command: global flags, starting the engine, printing, exit codes.
import type { Command } from 'commander';
import { EngineError, type EngineClient } from '../../../shared/contract';
import { levelFromEnv, stderrLogger } from '../logger';
import { startNodeEngine, type NodeEngine } from '../node-engine';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export interface GlobalOptions {
  json: boolean;
  sandbox: string;
  snapshot?: string;
  save: boolean;
}

/** What a command produces: a value for --json and text for people. */
export interface CommandOutput {
  json: unknown;
  /** With --json, print these as JSON Lines instead of `json` (one document per record). */
  jsonLines?: unknown[];
  human: string;
  /** Exit code when the command ran but its verdict is "failed" (e.g. invalid records). */
  exitCode?: number;
}

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  version: string;
}

export interface RunContext {
  client: EngineClient;
  host: NodeEngine;
  options: GlobalOptions;
  io: CliIo;
}

export function globalOptions(command: Command): GlobalOptions {
  const opts = command.optsWithGlobals() as Partial<GlobalOptions>;
  return {
    json: opts.json === true,
    sandbox: opts.sandbox ?? 'prod',
    snapshot: opts.snapshot,
    save: opts.save === true,
  };
}

/** Thrown by commands for bad usage that commander cannot see (exit code 2). */
export class UsageError extends Error {}

/**
 * Runs one command: starts the engine (loading --snapshot), runs `work`, saves when --save,
 * prints the output, and sets the exit code. Never throws.
 */
export async function runCommand(
  command: Command,
  io: CliIo,
  work: (ctx: RunContext) => Promise<CommandOutput>,
): Promise<number> {
  const options = globalOptions(command);
  if (options.save && !options.snapshot) {
    io.stderr('error: --save needs --snapshot FILE (the file to write the sandboxes back to)\n');
    return EXIT_USAGE;
  }
  let host: NodeEngine | undefined;
  try {
    host = await startNodeEngine({
      snapshotPath: options.snapshot,
      version: io.version,
      log: stderrLogger(levelFromEnv(process.env.PROFILE_STAGER_LOG)),
    });
    const output = await work({ client: host.client, host, options, io });
    if (options.save) await host.save();
    if (!options.json) io.stdout(ensureNewline(output.human));
    else if (output.jsonLines)
      io.stdout(output.jsonLines.map((line) => `${JSON.stringify(line)}\n`).join(''));
    else io.stdout(`${JSON.stringify(output.json)}\n`);
    return output.exitCode ?? EXIT_OK;
  } catch (error) {
    return reportError(error, options, io);
  } finally {
    host?.close();
  }
}

function reportError(error: unknown, options: GlobalOptions, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr(`error: ${error.message}\n`);
    return EXIT_USAGE;
  }
  const code = error instanceof EngineError ? error.code : 'internal';
  const message = error instanceof Error ? error.message : String(error);
  if (options.json) io.stdout(`${JSON.stringify({ error: { code, message } })}\n`);
  io.stderr(`error: ${message}\n`);
  return code === 'invalid-argument' ? EXIT_USAGE : EXIT_FAILED;
}

function ensureNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

/** Formats rows as an aligned text table. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
