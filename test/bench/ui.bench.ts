// `npm run bench -- ui [--rows 200000] [--idle-cap-s 60]`: the UI thread while wizard 3 imports a big CSV.
// Drives the real web app (Vite dev server of vite.web.config.ts) in Chromium with Playwright: a sandbox made
// with the CLI is imported in Settings, then a generated CSV goes through Import files. Long tasks on the page's
// main thread (PerformanceObserver 'longtask', buffered) and every change of the progress bar's aria-valuenow
// (MutationObserver) are recorded from the first script on. The baseline is the same page left idle afterwards
// for as long as the ingest took (capped), so the figures read as differences from what the machine does anyway.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, expect } from '@playwright/test';
import { build, createServer, preview } from 'vite';
import { ImportWizardPage, makeImportSnapshot } from '../e2e/web/pages/import-wizard';
import { removeSnapshot } from '../e2e/web/pages/snapshot-setup';
import { CRM_HEADER, crmLine, people } from '../fixtures/e2e/make-fixtures';
import type { BenchContext } from './types';

const ROOT = join(import.meta.dirname, '..', '..');

interface Recorded {
  longTasks: { start: number; duration: number }[];
  progress: { t: number; value: number }[];
}

/**
 * Installed before the app's scripts: records long tasks and progress-bar changes with their times. Plain
 * JavaScript text, so nothing the TypeScript loader adds to functions (name helpers) reaches the page.
 */
const RECORDER = `
  const recorded = { longTasks: [], progress: [] };
  window.__ui = recorded;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) recorded.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Whatever React does to the bar (new element or changed attribute), the value after each DOM change counts.
  let last = null;
  new MutationObserver(() => {
    const value = document.querySelector('[role="progressbar"][aria-valuenow]')?.getAttribute('aria-valuenow') ?? null;
    if (value !== null && value !== last) recorded.progress.push({ t: performance.now(), value: Number(value) });
    last = value;
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
`;

/** Realistic CRM customers (the E2E fixture generator), in CRLF lines. */
function csvOf(rows: number): string {
  const lines = [CRM_HEADER];
  for (let offset = 0; offset < rows; offset += 10_000)
    lines.push(...people(Math.min(10_000, rows - offset), offset).map(crmLine));
  return `${lines.join('\r\n')}\r\n`;
}

interface Window {
  from: number;
  to: number;
}

function longTasksIn(recorded: Recorded, window: Window) {
  const tasks = recorded.longTasks.filter((task) => task.start >= window.from && task.start < window.to);
  return {
    worst: tasks.reduce((max, task) => Math.max(max, task.duration), 0),
    over50: tasks.filter((task) => task.duration > 50).length,
    total: tasks.reduce((sum, task) => sum + task.duration, 0),
  };
}

/** The fewest progress changes in any 1-second window inside `window` (slid in 50 ms steps). */
function minUpdatesPerSecond(times: number[], window: Window): number {
  if (window.to - window.from < 1000) return times.filter((t) => t >= window.from && t <= window.to).length;
  let min = Infinity;
  for (let from = window.from; from + 1000 <= window.to; from += 50) {
    const count = times.filter((t) => t >= from && t < from + 1000).length;
    min = Math.min(min, count);
  }
  return min;
}

/**
 * The web app as people run it: a production build served by `vite preview` (default), or the dev server
 * (`--dev`, development React with its extra checks, so everything costs more).
 */
async function serveWebApp(ctx: BenchContext, dir: string, isDev: boolean) {
  const configFile = join(ROOT, 'vite.web.config.ts');
  const root = join(ROOT, 'renderer');
  const server = { host: '127.0.0.1', port: 0, hmr: false };
  if (isDev) {
    const dev = await createServer({ configFile, root, server, logLevel: 'warn' });
    await dev.listen();
    return { url: dev.resolvedUrls?.local[0] ?? '', close: () => dev.close() };
  }
  ctx.note('building the web app (production)…');
  const outDir = join(dir, 'web');
  await build({
    configFile,
    root,
    build: { outDir, emptyOutDir: true, sourcemap: false, minify: !ctx.args['cpu-profile'] },
    logLevel: 'error',
  });
  const server2 = await preview({
    configFile,
    root,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
    logLevel: 'warn',
  });
  return {
    url: server2.resolvedUrls?.local[0] ?? '',
    close: () => new Promise<void>((resolve) => server2.httpServer.close(() => resolve())),
  };
}

export default async function run(ctx: BenchContext): Promise<void> {
  const rows = Number(ctx.args.rows ?? 200_000);
  const idleCapMs = Number(ctx.args['idle-cap-s'] ?? 60) * 1000;
  ctx.note('making the sandbox snapshot with the CLI…');
  const snapshot = makeImportSnapshot();
  const csv = join(snapshot.dir, `customers-${rows}.csv`);
  writeFileSync(csv, csvOf(rows));
  const served = await serveWebApp(ctx, snapshot.dir, ctx.args.dev === 'true');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  try {
    const context = await browser.newContext({
      baseURL: served.url,
      viewport: { width: 1280, height: 1000 },
    });
    await context.addInitScript({ content: RECORDER });
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    const wizard = new ImportWizardPage(page);
    ctx.note('importing the snapshot in Settings…');
    await wizard.importSnapshot(snapshot);
    await wizard.open();
    await wizard.chooseDataset('CRM customers');
    ctx.note(`choosing ${csv}…`);
    await wizard.addFiles(csv);
    await wizard.next('Preview rows').click();
    await wizard.expectStep('Map the columns and preview the rows');
    await expect(wizard.mappingSelect('First Name')).toHaveValue('person.name.firstName');
    await wizard.mapColumn('Customer Email', 'personalEmail.addr', 'personalEmail.address');
    await wizard.toDryRun();

    ctx.note(`ingesting ${rows} rows…`);
    const cdp = ctx.args['cpu-profile'] ? await context.newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
      ctx.note(`profile started at ${await page.evaluate(() => performance.now())}`);
    }
    const start = await page.evaluate(() => performance.now());
    await wizard.ingest();
    await wizard.expectStep('Ingesting');
    // A cheap check a few times a second: Playwright's role queries would themselves cost the UI thread time.
    await page.waitForFunction(
      "[...document.querySelectorAll('main h2')].some((h) => h.textContent === 'Batch result')",
      undefined,
      {
        timeout: 0,
        polling: 250,
      },
    );
    const end = await page.evaluate(() => performance.now());
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(ctx.args['cpu-profile'] ?? '', JSON.stringify(profile));
      ctx.note(`CPU profile of the UI thread during the ingest: ${ctx.args['cpu-profile']}`);
    }
    const rowsShown = await wizard.metric('Rows ingested').textContent();

    // The baseline: the same page, idle, for as long as the ingest ran (capped).
    await page.waitForTimeout(2000);
    const idleFrom = await page.evaluate(() => performance.now());
    const idleMs = Math.min(end - start, idleCapMs);
    ctx.note(`idle baseline for ${Math.round(idleMs / 1000)} s…`);
    await page.waitForTimeout(idleMs);
    const idleTo = await page.evaluate(() => performance.now());
    const recorded = await page.evaluate(() => (window as unknown as { __ui: Recorded }).__ui);

    const updates = recorded.progress.filter((p) => p.t >= start && p.t <= end);
    const firstUpdate = updates.find((p) => p.value > 0)?.t ?? end;
    const readEnd = updates.find((p) => p.value >= 100)?.t ?? end;
    const ingest = longTasksIn(recorded, { from: start, to: end });
    const idle = longTasksIn(recorded, { from: idleFrom, to: idleTo });
    const perSecond = minUpdatesPerSecond(
      updates.map((p) => p.t),
      { from: firstUpdate, to: readEnd },
    );
    if (ctx.args.trace)
      ctx.note(
        `start ${start}\nlong tasks: ${JSON.stringify(recorded.longTasks.filter((x) => x.start >= start - 2000).map((x) => [Math.round(x.start - start), Math.round(x.duration)]))}\nprogress: ${JSON.stringify(updates.map((p) => [Math.round(p.t - start), p.value]))}`,
      );
    ctx.note(`rows ingested: ${rowsShown ?? '?'}`);
    ctx.report('rows', rows, 'rows');
    ctx.report('ingest_s', (end - start) / 1000, 's');
    ctx.report('ingest_reading_s', (readEnd - firstUpdate) / 1000, 's');
    ctx.report('ingest_finishing_s', (end - readEnd) / 1000, 's');
    ctx.report('ui_worst_long_task_ms', ingest.worst, 'ms');
    ctx.report('ui_long_tasks_over_50ms', ingest.over50, 'tasks');
    ctx.report('ui_long_task_share', ingest.total / (end - start), 'ratio');
    ctx.report('progress_updates', updates.length, 'updates');
    ctx.report('progress_first_update_ms', firstUpdate - start, 'ms');
    ctx.report('progress_updates_per_s_min', perSecond, 'updates/s');
    ctx.report('baseline_idle_s', (idleTo - idleFrom) / 1000, 's');
    ctx.report('baseline_worst_long_task_ms', idle.worst, 'ms');
    ctx.report('baseline_long_tasks_over_50ms', idle.over50, 'tasks');
    ctx.report('baseline_long_task_share', idle.total / Math.max(1, idleTo - idleFrom), 'ratio');
    ctx.report('ui_worst_long_task_minus_baseline_ms', ingest.worst - idle.worst, 'ms');
  } finally {
    await browser.close();
    await served.close();
    removeSnapshot(snapshot);
  }
}
