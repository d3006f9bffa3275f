// Page module for the data views (Schemas, Datasets, Batches): every locator they use, plus the CLI-made snapshot
// the views E2E starts from (a CRM batch with failed rows and a clean web-events batch).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app-shell';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'e2e');

/**
 * Keeps the page on the code it loaded: the dev server's hot-reload socket gets a silent stand-in, so files other
 * engineers edit while the tests run neither hot-swap components nor reload the page mid-test.
 */
async function isolateFromHotReload(page: Page): Promise<void> {
  await page.routeWebSocket(
    (url) => url.searchParams.has('token'),
    () => undefined,
  );
}

export interface ViewsSnapshot {
  dir: string;
  file: string;
  /** 40 good CRM rows and 3 bad ones (two `lots` points, one broken quote), partial ingestion, diagnostics on. */
  crmBatch: string;
  webBatch: string;
}

/** A CRM CSV with schema paths as headers: `good` people, then `bad` rows that fail validation or parsing. */
function crmCsv(good: number, bad: number): string {
  const lines = ['personalEmail.address,person.name.firstName,person.birthDate,_stager.points'];
  for (let i = 1; i <= good; i++)
    lines.push(`person${i}@example.com,Person ${i},1980-01-${String((i % 28) + 1).padStart(2, '0')},${i}`);
  for (let i = 1; i <= bad; i++)
    lines.push(
      i % 2 === 1 ? `bad${i}@example.com,Bad,1980-01-01,lots` : `"bad${i}@example.com,Bad,1980-01-01,1`,
    );
  return lines.join('\r\n') + '\r\n';
}

/** Makes the sandbox with the CLI (built if needed) and saves it as a snapshot each test imports in Settings. */
export function makeViewsSnapshot(): ViewsSnapshot {
  const node = (args: string[]) =>
    execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (!existsSync(join(ROOT, 'out', 'cli', 'profile-stager.js')))
    node([
      join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'vite.cli.config.ts',
      '--logLevel',
      'warn',
    ]);
  const dir = mkdtempSync(join(tmpdir(), 'profile-stager-views-'));
  const file = join(dir, 'views.snap');
  const cli = (...args: string[]) =>
    node([join(ROOT, 'bin', 'profile-stager.js'), ...args, '--snapshot', file, '--save']);
  writeFileSync(join(dir, 'crm.csv'), crmCsv(40, 3));
  cli(
    'schema',
    'create',
    '--title',
    'CRM customers',
    '--class',
    'XDM Individual Profile',
    '--field-group',
    'Personal Contact Details',
    '--field-group',
    'Demographic Details',
    '--identity',
    'personalEmail.address=Email:primary',
  );
  cli('schema', 'add-field', 'CRM customers', 'points', '--type', 'long');
  cli('schema', 'enable', 'CRM customers');
  cli(
    'schema',
    'create',
    '--title',
    'Web events',
    '--class',
    'XDM ExperienceEvent',
    '--field-group',
    'Web Details',
    '--field-group',
    'IdentityMap',
    '--enable',
  );
  cli(
    'schema',
    'create',
    '--title',
    'Leads',
    '--class',
    'XDM Individual Profile',
    '--field-group',
    'Personal Contact Details',
  );
  cli('dataset', 'create', '--schema', 'CRM customers', '--name', 'CRM customers', '--profile', '--identity');
  cli('dataset', 'create', '--schema', 'Web events', '--name', 'Web events', '--profile', '--identity');
  const ingest = (...args: string[]) => (JSON.parse(cli('ingest', ...args, '--json')) as { id: string }).id;
  const crmBatch = ingest(
    '--dataset',
    'CRM customers',
    '--partial',
    '10',
    '--diagnostics',
    join(dir, 'crm.csv'),
  );
  const webBatch = ingest('--dataset', 'Web events', join(FIXTURES, 'web-events.jsonl'));
  return { dir, file, crmBatch, webBatch };
}

export function removeViewsSnapshot(snapshot: ViewsSnapshot | undefined): void {
  if (snapshot) rmSync(snapshot.dir, { recursive: true, force: true });
}

export class DataViewsPage {
  readonly shell: AppShell;
  readonly schemas: Locator;
  readonly datasets: Locator;
  readonly batches: Locator;
  readonly batchCount: Locator;
  readonly errors: Locator;
  readonly revertDialog: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.schemas = page.getByRole('table', { name: 'Schemas' });
    this.datasets = page.getByRole('table', { name: 'Datasets' });
    this.batches = page.getByRole('table', { name: 'Batches' });
    this.batchCount = page.getByRole('main').getByRole('status');
    this.errors = page.getByRole('region', { name: 'Errors by code' });
    this.revertDialog = page.getByRole('dialog', { name: 'Revert this batch?' });
  }

  /** Settings → Snapshots: imports the prepared sandbox over `prod`. */
  async importSnapshot(snapshot: ViewsSnapshot): Promise<void> {
    await isolateFromHotReload(this.page);
    await this.page.goto('/#/settings');
    // The first load compiles the engine worker; on a loaded machine that takes a while.
    await expect(this.shell.health).toHaveText('Ready', { timeout: 90_000 });
    await expect(this.shell.switcher.button).toBeEnabled();
    await this.page.getByRole('checkbox', { name: 'Replace sandboxes with the same name' }).check();
    await this.page.locator('input[type="file"]').setInputFiles(snapshot.file);
    await expect(this.page.getByRole('status').filter({ hasText: /^Imported prod/ })).toBeVisible({
      timeout: 60_000,
    });
  }

  /** The detail panel, a region named by its heading. */
  detail(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  openSchema(title: string): Locator {
    return this.page.getByRole('button', { name: `Open schema ${title}` });
  }

  schemaRow(title: string): Locator {
    return this.schemas.getByRole('row').filter({ has: this.openSchema(title) });
  }

  openDataset(name: string): Locator {
    return this.page.getByRole('button', { name: `Open dataset ${name}` });
  }

  datasetRow(name: string): Locator {
    return this.datasets.getByRole('row').filter({ has: this.openDataset(name) });
  }

  /** The button (monitor) or link (dataset detail) that opens a batch. */
  openBatch(batchId: string): Locator {
    return this.page.getByRole('button', { name: `Open batch ${batchId}` });
  }

  batchRow(batchId: string): Locator {
    return this.batches.getByRole('row').filter({ has: this.openBatch(batchId) });
  }

  status(name: string): Locator {
    return this.page.getByLabel(`Batch status: ${name}`);
  }

  errorGroup(code: string, rows: number): Locator {
    return this.errors.getByRole('button', { name: `${code}: ${rows} ${rows === 1 ? 'row' : 'rows'}` });
  }

  outcomeTable(title: string): Locator {
    return this.page.getByRole('table', { name: `${title} as a table` });
  }
}
