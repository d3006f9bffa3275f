// Page module for the data views (Schemas, Datasets, Batches): every locator they use, plus the CLI-made snapshot
// the views E2E starts from (a CRM batch with failed rows and a clean web-events batch).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Locator, type Page } from '@playwright/test';
import { AppShell } from './app-shell';
import {
  importSnapshot,
  makeSnapshot,
  removeSnapshot,
  ROOT,
  sandboxCommands,
  type Snapshot,
} from './snapshot-setup';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'e2e');

export interface ViewsSnapshot extends Snapshot {
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
  return makeSnapshot('views', (cli, dir) => {
    writeFileSync(join(dir, 'crm.csv'), crmCsv(40, 3));
    const sandbox = sandboxCommands(cli);
    sandbox.crmCustomersSchema();
    sandbox.webEventsSchema();
    sandbox.profileSchema('Leads', ['Personal Contact Details'], [], { enable: false });
    sandbox.dataset('CRM customers', 'CRM customers');
    sandbox.dataset('Web events', 'Web events');
    const crmBatch = sandbox.ingest(
      'CRM customers',
      '--partial',
      '10',
      '--diagnostics',
      join(dir, 'crm.csv'),
    );
    const webBatch = sandbox.ingest('Web events', join(FIXTURES, 'web-events.jsonl'));
    return { crmBatch, webBatch };
  });
}

export { removeSnapshot as removeViewsSnapshot };

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
    await importSnapshot(this.page, snapshot.file);
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
