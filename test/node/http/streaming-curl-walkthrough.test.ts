// The "done when": docs/examples/curl-walkthrough.sh, written from the platform's docs, runs
// unchanged against the local API except for the base URL and token (schema, dataset, batch, upload,
// complete, poll, look up; streaming connection, one record with sync validation, look up).
import { execFile, execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApiServer } from '../../../electron/node/http/server';
import { startNodeEngine } from '../../../electron/node/node-engine';
import { silentLogger } from '../../../shared/util/logger';
import { ROOT } from '../cli-harness';

const SCRIPT = join(ROOT, 'docs', 'examples', 'curl-walkthrough.sh');

function hasTool(name: string): boolean {
  try {
    execFileSync('bash', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('curl walk-through (docs/examples/curl-walkthrough.sh)', { timeout: 180_000 }, () => {
  it.skipIf(!hasTool('curl') || !hasTool('jq'))(
    'runs unchanged against the local API with only BASE and TOKEN set',
    async () => {
      const host = await startNodeEngine({ version: '0.0.0-test', log: silentLogger });
      const server = createApiServer({
        client: host.client,
        token: 'walk-token',
        port: 0,
        log: silentLogger,
      });
      const base = await server.start();
      try {
        const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
          execFile(
            'bash',
            [SCRIPT],
            { env: { PATH: process.env.PATH ?? '', BASE: base, TOKEN: 'walk-token' }, timeout: 150_000 },
            (error, stdout, stderr) =>
              resolve({
                code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
                stdout,
                stderr,
              }),
          ),
        );
        expect(run.stderr).toContain('profile found: Ada');
        expect(run.stderr).toContain('streamed profile found: Linus');
        expect(run).toMatchObject({ code: 0, stdout: 'curl-walkthrough: all steps passed\n' });
        const stats = await host.client.call('profile-stats', { sandbox: 'prod' });
        expect(stats.profiles).toBe(3);
      } finally {
        await server.close();
        host.close();
      }
    },
  );
});
