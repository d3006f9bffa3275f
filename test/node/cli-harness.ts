// Runs the built CLI as a child process, the way users and CI scripts do.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { expect } from 'vitest';

export const ROOT = resolve(__dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'profile-stager.js');

/** Builds the CLI with Vite, into `outDir` (default out/cli). */
export function buildCli(outDir?: string): void {
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'vite.cli.config.ts',
      ...(outDir === undefined ? [] : ['--outDir', outDir]),
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT },
  );
}

/** Builds the CLI once if `npm test` has not already. */
export function ensureCliBuilt(): void {
  if (!existsSync(join(ROOT, 'out', 'cli', 'profile-stager.js'))) buildCli();
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function cli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<CliResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd, env: { ...process.env, ...options.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'profile-stager-'));
}

/** A scratch folder with a snapshot file for a CLI test, and runners over it. */
export interface CliWorkspace {
  dir: string;
  snapshot: string;
  /** `--snapshot FILE --save`: load the snapshot and write it back when the command succeeds. */
  saving: string[];
  /** `--snapshot FILE`: load the snapshot, save nothing. */
  reading: string[];
  /** Runs a command and fails the test (showing its stderr) unless it exits 0. */
  ok(args: string[]): Promise<CliResult>;
  /** Writes a file in the folder; returns its path. */
  file(name: string, text: string): string;
}

export function cliWorkspace(snapshotName = 'w.snap'): CliWorkspace {
  const dir = tempDir();
  const snapshot = join(dir, snapshotName);
  return {
    dir,
    snapshot,
    saving: ['--snapshot', snapshot, '--save'],
    reading: ['--snapshot', snapshot],
    async ok(args) {
      const result = await cli(args);
      expect(result.code, `${args.join(' ')}\n${result.stderr}`).toBe(0);
      return result;
    },
    file(name, text) {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
  };
}

/** `--id ID --ns NAMESPACE`: the identity a profile command looks up. */
export function identity(id: string, namespace: string): string[] {
  return ['--id', id, '--ns', namespace];
}

/**
 * Creates the Profile-enabled "CRM" schema (XDM Individual Profile, primary identity personalEmail) and
 * a dataset on it, saved in the workspace's snapshot; resolves with the dataset as `--json` prints it.
 */
export async function crmDataset(
  ws: CliWorkspace,
  options: {
    fieldGroups?: string[];
    identities?: string[];
    name?: string;
    /** `dataset create` flags (default `--profile --identity`). */
    datasetFlags?: string[];
  } = {},
): Promise<{ id: string; name: string } & Record<string, unknown>> {
  const fieldGroups = options.fieldGroups ?? ['Personal Contact Details', 'Demographic Details'];
  const identities = options.identities ?? ['personalEmail.address=Email:primary'];
  await ws.ok([
    'schema',
    'create',
    '--title',
    'CRM',
    '--class',
    'XDM Individual Profile',
    ...fieldGroups.flatMap((g) => ['--field-group', g]),
    ...identities.flatMap((i) => ['--identity', i]),
    '--enable',
    ...ws.saving,
  ]);
  const created = await ws.ok([
    'dataset',
    'create',
    '--schema',
    'CRM',
    '--name',
    options.name ?? 'people',
    ...(options.datasetFlags ?? ['--profile', '--identity']),
    '--json',
    ...ws.saving,
  ]);
  return JSON.parse(created.stdout) as { id: string; name: string } & Record<string, unknown>;
}
