// `npm run bench -- <name> [--host node|web] [--key value …]`: runs test/bench/<name>.bench.ts in the
// chosen host and prints one JSON line per figure plus a readable table. Never part of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { chromium, type Page } from '@playwright/test';
import { createServer } from 'vite';
import type { Bench } from '../test/bench/types';
import { missingFlags, nodeHostFlags } from './node-host-flags';

interface Figure {
  metric: string;
  value: number;
  unit: string;
}

const root = join(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const name = argv.find((a) => !a.startsWith('--'));
const options: Record<string, string> = {};
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i] ?? '';
  if (arg.startsWith('--')) {
    const next = argv[i + 1];
    options[arg.slice(2)] = next && !next.startsWith('--') ? next : 'true';
    if (next && !next.startsWith('--')) i++;
  }
}
const host = (options.host ?? 'node') as 'node' | 'web';
delete options.host;
// `--cpu-profile FILE` (web host): a V8 CPU profile of the bench Worker, for DevTools or a summary script.
const workerProfile = host === 'web' ? options['cpu-profile'] : undefined;
if (workerProfile) delete options['cpu-profile'];

if (!name || !existsSync(join(root, 'test', 'bench', `${name}.bench.ts`))) {
  process.stderr.write(
    `usage: npm run bench -- <name> [--host node|web]\nno benchmark test/bench/${name ?? '<name>'}.bench.ts\n`,
  );
  process.exit(2);
}

const figures: Figure[] = [];
function print(figure: Figure): void {
  figures.push(figure);
  process.stdout.write(`${JSON.stringify({ bench: name, host, ...figure })}\n`);
}

async function runNode(): Promise<void> {
  // The node host runs with its launcher's V8 flags: without them, this process runs again with them.
  const missing = missingFlags(nodeHostFlags(root), process.execArgv, process.env.NODE_OPTIONS);
  if (missing.length > 0) {
    const script = process.argv[1] ?? '';
    process.stderr.write(`node host flags: ${missing.join(' ')} (from bin/profile-stager.js)\n`);
    const again = spawnSync(process.execPath, [...missing, ...process.execArgv, script, ...argv], {
      stdio: 'inherit',
    });
    process.exit(again.status ?? 1);
  }
  // A full collection on demand (`settle`): the flag makes `gc` visible to contexts created after it.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const mod = (await import(pathToFileURL(join(root, 'test', 'bench', `${name}.bench.ts`)).href)) as {
    default: Bench;
  };
  await mod.default({
    host: 'node',
    args: options,
    report: (metric, value, unit) => print({ metric, value, unit }),
    note: (message) => process.stderr.write(`${message}\n`),
    settle: async () => {
      gc();
      await new Promise((resolve) => setImmediate(resolve));
    },
  });
}

async function runWeb(): Promise<void> {
  const server = await createServer({
    configFile: false,
    root: join(root, 'test', 'bench', 'web'),
    server: { host: '127.0.0.1', port: 0, fs: { allow: [root] } },
    worker: { format: 'es' },
    define: { __APP_VERSION__: JSON.stringify('bench') },
    logLevel: 'warn',
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // `settle` in the bench Worker: a full collection between timed phases.
      '--js-flags=--expose-gc',
    ],
  });
  try {
    const page = await browser.newPage();
    page.on('console', (message) => process.stderr.write(`[web] ${message.text()}\n`));
    const profiler = workerProfile ? await profileWorker(page) : undefined;
    const query = new URLSearchParams({ bench: name ?? '', args: JSON.stringify(options) });
    await page.goto(`http://127.0.0.1:${port}/index.html?${query}`);
    await page.waitForFunction(
      () => (window as unknown as { __bench?: { done: boolean } }).__bench?.done === true,
      undefined,
      {
        timeout: 0,
        polling: 500,
      },
    );
    const result = await page.evaluate(
      () => (window as unknown as { __bench: { error?: string; figures: Figure[] } }).__bench,
    );
    if (profiler && workerProfile) {
      writeFileSync(workerProfile, JSON.stringify(await profiler.stop()));
      process.stderr.write(`CPU profile of the bench Worker: ${workerProfile}\n`);
    }
    for (const figure of result.figures) print(figure);
    if (result.error) throw new Error(result.error);
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Profiles the page's first dedicated Worker from its first instruction: the Worker is attached paused
 * (CDP `Target.setAutoAttach`, not flattened, so messages go through this page's own CDP session),
 * the profiler started, then the Worker resumed. `stop` returns the V8 CPU profile.
 */
async function profileWorker(page: Page): Promise<{ stop(): Promise<unknown> }> {
  const cdp = await page.context().newCDPSession(page);
  let nextId = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  let workerSession: string | undefined;
  const sendToWorker = (method: string, params: object = {}): Promise<unknown> => {
    const id = nextId++;
    const sessionId = workerSession ?? '';
    return new Promise((resolve) => {
      waiting.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
    });
  };
  cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply.result);
  });
  const started = new Promise<void>((resolve) => {
    cdp.on(
      'Target.attachedToTarget',
      (event: { sessionId: string; targetInfo: { type: string }; waitingForDebugger: boolean }) => {
        if (workerSession !== undefined || event.targetInfo.type !== 'worker') return;
        workerSession = event.sessionId;
        void (async () => {
          await sendToWorker('Profiler.enable');
          await sendToWorker('Profiler.setSamplingInterval', { interval: 500 });
          await sendToWorker('Profiler.start');
          await sendToWorker('Runtime.runIfWaitingForDebugger');
          resolve();
        })();
      },
    );
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  return {
    async stop() {
      await started;
      const result = (await sendToWorker('Profiler.stop')) as { profile: unknown };
      return result.profile;
    },
  };
}

await (host === 'web' ? runWeb() : runNode());
const width = Math.max(6, ...figures.map((f) => f.metric.length));
process.stdout.write(`\n${'metric'.padEnd(width)}  ${'value'.padStart(14)}  unit\n`);
for (const f of figures) {
  const value = Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(3);
  process.stdout.write(`${f.metric.padEnd(width)}  ${value.padStart(14)}  ${f.unit}\n`);
}
