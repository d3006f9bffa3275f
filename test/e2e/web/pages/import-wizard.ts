// Page module for wizard 3 "Import files" (every locator of the wizard lives here), plus the CLI-made snapshot
// the E2E tests import in Settings to start from a sandbox with a CRM and a web-events dataset.
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app-shell';
import {
  importSnapshot,
  isolateFromHotReload,
  makeSnapshot,
  removeSnapshot,
  ROOT,
  sandboxCommands,
  type Snapshot,
} from './snapshot-setup';

export const FIXTURES = join(ROOT, 'test', 'fixtures', 'e2e');

export interface ImportSnapshot extends Snapshot {
  /** The id of the dataset "CRM customers" (Profile records); the snapshot also holds "Web events". */
  crmDatasetId: string;
}

/** The sandbox the import tests start from: a CRM and a web-events schema, both enabled, each with a dataset. */
export function makeImportSnapshot(): ImportSnapshot {
  return makeSnapshot('import', (cli) => {
    const sandbox = sandboxCommands(cli);
    sandbox.crmCustomersSchema();
    sandbox.webEventsSchema();
    const crmDatasetId = sandbox.dataset('CRM customers', 'CRM customers');
    sandbox.dataset('Web events', 'Web events');
    return { crmDatasetId };
  });
}

export { removeSnapshot as removeImportSnapshot };

export class ImportWizardPage {
  readonly shell: AppShell;
  readonly stepHeading: Locator;
  readonly steps: Locator;
  readonly back: Locator;
  readonly fileInput: Locator;
  readonly chosenFiles: Locator;
  readonly previewTable: Locator;
  readonly dryRunResult: Locator;
  readonly progressBar: Locator;
  readonly errors: Locator;
  readonly recentBatches: Locator;
  readonly batchId: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.stepHeading = page.getByRole('main').getByRole('heading', { level: 2 }).first();
    this.steps = page.getByRole('navigation', { name: 'Import steps' });
    this.back = page.getByRole('button', { name: 'Back', exact: true });
    this.fileInput = page.getByLabel('Choose files to import');
    this.chosenFiles = page.getByRole('table', { name: 'Chosen files' });
    this.previewTable = page.getByRole('table', { name: /^First rows of/ });
    this.dryRunResult = page.getByRole('region', { name: 'Result of the sample' });
    this.progressBar = page.getByRole('progressbar', { name: 'Ingestion progress' });
    this.errors = page.getByRole('region', { name: 'Errors by code' });
    this.recentBatches = page.getByRole('region', { name: 'Recent batches in this dataset' });
    this.batchId = page.getByTestId('batch-id');
  }

  /** Imports the prepared sandbox through Settings (replacing `prod`). */
  async importSnapshot(snapshot: Snapshot): Promise<void> {
    await importSnapshot(this.page, snapshot.file);
  }

  async open(query = ''): Promise<void> {
    await isolateFromHotReload(this.page);
    await this.page.goto(`/${query}#/wizards/import-files`);
    await this.shell.waitUntilReady();
    await expect(this.shell.heading).toHaveText('Import files');
  }

  async expectStep(title: string): Promise<void> {
    await expect(this.stepHeading).toHaveText(title, { timeout: 60_000 });
  }

  dataset(name: string): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${name}`) });
  }

  next(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async chooseDataset(name: string): Promise<void> {
    await this.dataset(name).click();
    await expect(this.dataset(name)).toBeChecked();
    await this.next('Choose files').click();
    await this.expectStep('Choose the files');
  }

  detected(fileName: string): Locator {
    return this.page.getByRole('group', { name: `Detected in ${fileName}` });
  }

  async addFiles(...paths: string[]): Promise<void> {
    await this.fileInput.setInputFiles(paths);
    for (const path of paths)
      await expect(this.detected(path.split('/').pop() ?? path)).toBeVisible({ timeout: 60_000 });
  }

  mappingSelect(column: string): Locator {
    return this.page.getByRole('combobox', { name: `Schema field for column ${column}` });
  }

  async mapColumn(column: string, search: string, path: string): Promise<void> {
    const select = this.mappingSelect(column);
    await select.click();
    await select.fill(search);
    await this.page.getByRole('option', { name: new RegExp(`^${path.replace(/\./g, '\\.')}`) }).click();
    await expect(select).toHaveValue(path);
  }

  previewRow(row: number): Locator {
    return this.previewTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell').first().getByText(String(row), { exact: true }) });
  }

  async toDryRun(): Promise<void> {
    await this.next('Continue to the dry run').click();
    await this.expectStep('Dry run');
    await expect(this.dryRunResult.getByText(/sample rows? fails? \(/)).toBeVisible({ timeout: 60_000 });
  }

  async ingest(): Promise<void> {
    await this.next('Start ingestion').click();
  }

  status(name: string): Locator {
    return this.page.getByLabel(`Batch status: ${name}`);
  }

  /** The value next to a figure's label (result metrics, ingest figures). */
  metric(label: string): Locator {
    return this.page
      .locator('dt')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .locator('xpath=following-sibling::dd[1]');
  }

  errorGroup(code: string, rows: number): Locator {
    return this.errors.getByRole('button', { name: `${code}: ${rows} ${rows === 1 ? 'row' : 'rows'}` });
  }

  errorRows(code: string): Locator {
    return this.errors.getByRole('table', { name: `Rows failing with ${code}` });
  }

  /** Text that changes per run (ids, times, rates, progress) for screenshot masks. */
  dynamic(): Locator[] {
    return [this.shell.dynamicText()];
  }
}
