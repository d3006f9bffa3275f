// Runs the built CLI as a child process, the way users and CI scripts do.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';

export const ROOT = resolve(__dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'profile-stager.js');

/** Builds the CLI once if `npm test` has not already. */
export function ensureCliBuilt(): void {
  if (!existsSync(join(ROOT, 'out', 'cli', 'profile-stager.js'))) {
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--config',
        'vite.cli.config.ts',
        '--logLevel',
        'warn',
      ],
      { cwd: ROOT },
    );
  }
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
