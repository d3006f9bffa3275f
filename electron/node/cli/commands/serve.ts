// `profile-stager serve`: the local AEP-shaped HTTP API on 127.0.0.1 until SIGINT/SIGTERM, then drain
// and, with --snapshot, save the sandboxes back (atomically). With --snapshot it also saves in the
// background every --save-interval seconds when something changed, which trims the streaming WAL.
import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { createApiServer, DEFAULT_PORT } from '../../http/server';
import { levelFromEnv, stderrLogger } from '../../logger';
import {
  BackgroundSaver,
  DEFAULT_SAVE_INTERVAL_S,
  parseSaveInterval,
  SAVE_INTERVAL_ENV,
} from '../../snapshot-saver';
import { runCommand, UsageError, type CliIo, type CommandOutput, type RunContext } from '../context';

export const TOKEN_ENV = 'PROFILE_STAGER_TOKEN';

export interface ServeOptions {
  port?: string;
  token?: string;
  saveInterval?: string;
}

/** Seconds between background saves: --save-interval, else $PROFILE_STAGER_SAVE_INTERVAL, else 30. */
export function resolveSaveInterval(flag: string | undefined, env: string | undefined): number {
  const [value, source] = flag !== undefined ? [flag, '--save-interval'] : [env, `$${SAVE_INTERVAL_ENV}`];
  const seconds = parseSaveInterval(value);
  if (seconds === undefined)
    throw new UsageError(
      `${source} must be a number of seconds ≥ 0 (0 saves only on shutdown); got "${value ?? ''}".`,
    );
  return seconds;
}

/** Where the bearer token comes from: --token, else $PROFILE_STAGER_TOKEN, else 32 random bytes. */
export function resolveToken(
  flag: string | undefined,
  env: string | undefined,
): { token: string; source: 'flag' | 'env' | 'generated' } {
  if (flag !== undefined) {
    if (flag.trim() === '') throw new UsageError('--token must not be empty.');
    return { token: flag, source: 'flag' };
  }
  if (env !== undefined && env.trim() !== '') return { token: env, source: 'env' };
  return { token: randomBytes(32).toString('base64url'), source: 'generated' };
}

export function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(port) || port > 65535)
    throw new UsageError(`--port must be a whole number from 0 to 65535; got "${value}".`);
  return port;
}

/** Resolves with the signal's name on the first SIGINT or SIGTERM. */
export function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/** Serves until `stop` resolves; then drains requests in flight and saves when a snapshot was named. */
export async function serve(
  ctx: RunContext,
  options: ServeOptions,
  stop: () => Promise<string>,
  env: string | undefined = process.env[TOKEN_ENV],
): Promise<CommandOutput> {
  const port = parsePort(options.port);
  const { token, source } = resolveToken(options.token, env);
  const saveInterval = resolveSaveInterval(options.saveInterval, process.env[SAVE_INTERVAL_ENV]);
  const log = stderrLogger(levelFromEnv(process.env.PROFILE_STAGER_LOG));
  const server = createApiServer({ client: ctx.client, token, port, log });
  let url: string;
  try {
    url = await server.start();
  } catch (error) {
    await server.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new Error(`Port ${port} on 127.0.0.1 is already in use; pass --port N (0 picks a free port).`);
    throw error;
  }
  const stopping = stop();
  const saved = ctx.options.snapshot;
  const saver = saved ? new BackgroundSaver(ctx.host, saveInterval * 1000, log) : undefined;
  saver?.start();
  if (ctx.options.json)
    ctx.io.stdout(
      `${JSON.stringify({ url, token, tokenSource: source, sandbox: ctx.options.sandbox, ...(saved ? { snapshot: saved, saveInterval } : {}) })}\n`,
    );
  else {
    ctx.io.stdout(
      [
        `Profile Stager API listening on ${url}`,
        `token (${source === 'generated' ? 'generated for this run' : `from ${source === 'flag' ? '--token' : `$${TOKEN_ENV}`}`}): ${token}`,
        `try: curl -H "Authorization: Bearer ${token}" -H "x-sandbox-name: prod" ${url}/data/foundation/schemaregistry/stats`,
        ...(saved
          ? [
              saveInterval > 0
                ? `snapshot: ${saved} (saved every ${saveInterval} s when something changed, and on stop)`
                : `snapshot: ${saved} (saved on stop)`,
            ]
          : []),
        'Ctrl+C to stop.',
        '',
      ].join('\n'),
    );
  }
  const signal = await stopping;
  await server.close();
  await saver?.stop();
  if (saved) await ctx.host.save(saved);
  return {
    json: { stopped: signal, url, ...(saved ? { saved } : {}) },
    human: `stopped (${signal})${saved ? `; saved sandboxes to ${saved}` : ''}`,
  };
}

export function registerServeCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('serve')
    .description(
      'serve the AEP-shaped HTTP API on 127.0.0.1 (Schema Registry, Catalog, Batch Ingestion, Data Access, Profile, Streaming) until Ctrl+C; with --snapshot, streamed data is written ahead to FILE.<sandbox>.wal',
    )
    .option('--port <n>', `port on 127.0.0.1 (0 = any free port)`, String(DEFAULT_PORT))
    .option('--token <token>', `bearer token clients must send (default: $${TOKEN_ENV}, else a random one)`)
    .option(
      '--save-interval <seconds>',
      `with --snapshot: save every N seconds when something changed, trimming the WAL (0 = only on shutdown; default: $${SAVE_INTERVAL_ENV}, else ${DEFAULT_SAVE_INTERVAL_S})`,
    )
    .action(async (opts: ServeOptions, cmd: Command) => {
      done(await runCommand(cmd, io, (ctx) => serve(ctx, opts, untilSignal)));
    });
}
