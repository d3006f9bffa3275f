#!/usr/bin/env node
// `npm test`: builds what the tests run against, runs every runner (vitest: node + jsdom projects;
// Playwright: web E2E in Chromium + Electron E2E), then prints one total line for all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const results = join(root, 'test-results');
rmSync(join(results, 'vitest.json'), { force: true });
rmSync(join(results, 'playwright.json'), { force: true });
mkdirSync(results, { recursive: true });
const node = process.execPath;
const bin = (pkg, file) => join(root, 'node_modules', pkg, file);

function run(label, args, env = {}) {
  process.stdout.write(`\n=== ${label} ===\n`);
  const result = spawnSync(node, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let runnerFailed = false;

if (
  run('build CLI', [
    bin('vite', 'bin/vite.js'),
    'build',
    '--config',
    'vite.cli.config.ts',
    '--logLevel',
    'warn',
  ]) !== 0
) {
  runnerFailed = true;
}

const vitestStatus = run('vitest', [
  bin('vitest', 'vitest.mjs'),
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(results, 'vitest.json')}`,
]);
if (existsSync(join(results, 'vitest.json'))) {
  const report = JSON.parse(readFileSync(join(results, 'vitest.json'), 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  if (vitestStatus !== 0 && report.numFailedTests === 0) runnerFailed = true;
} else runnerFailed = true;

const pwStatus = run('playwright', [bin('@playwright/test', 'cli.js'), 'test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: join(results, 'playwright.json'),
});
if (existsSync(join(results, 'playwright.json'))) {
  const report = JSON.parse(readFileSync(join(results, 'playwright.json'), 'utf8'));
  const stats = report.stats ?? {};
  totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  totals.failed += stats.unexpected ?? 0;
  totals.skipped += stats.skipped ?? 0;
  if (pwStatus !== 0 && !(stats.unexpected > 0)) runnerFailed = true;
  if ((report.errors ?? []).length > 0) runnerFailed = true;
} else runnerFailed = true;

if (runnerFailed) process.stdout.write('\nA test runner failed to start or crashed; see its output above.\n');
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
process.stdout.write(`\ntests: ${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
process.exit(totals.failed > 0 || runnerFailed ? 1 : 0);
