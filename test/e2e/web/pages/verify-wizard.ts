// Page module for wizard 4 "Verify an upload" (its data comes from a snapshot, see snapshot-setup).
import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app-shell';
import { importSnapshot } from './snapshot-setup';

export class VerifyWizardPage {
  readonly shell: AppShell;
  readonly stepHeading: Locator;
  readonly batchSummary: Locator;
  readonly touched: Locator;
  readonly namespace: Locator;
  readonly value: Locator;
  readonly policy: Locator;
  readonly tree: Locator;
  readonly source: Locator;
  readonly graphDrawing: Locator;
  readonly legend: Locator;
  readonly links: Locator;
  readonly events: Locator;
  readonly checklist: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.stepHeading = page.getByRole('heading', { level: 2 });
    this.batchSummary = page.getByRole('region', { name: 'What the batch wrote' });
    this.touched = page.getByRole('region', { name: 'Profiles this batch touched' });
    this.namespace = page.getByRole('combobox', { name: /^Identity namespace/ });
    this.value = page.getByRole('textbox', { name: /^Identity value/ });
    this.policy = page.getByRole('combobox', { name: /^Merge policy/ });
    this.tree = page.getByRole('tree', { name: 'Attributes of the merged profile' });
    this.source = page.getByRole('region', { name: 'Source of the attribute' });
    this.graphDrawing = page.getByRole('img', { name: /^Identity graph drawing/ });
    this.legend = page.getByRole('list', { name: 'Namespaces' });
    this.links = page.getByRole('list', { name: /links?$/ });
    this.events = page.getByRole('list', { name: 'Events, newest first' });
    this.checklist = page.getByRole('list', { name: /^Documented causes/ });
  }

  /** Settings → Snapshots: imports a snapshot file over the sandboxes of the same name. */
  async importSnapshot(file: string): Promise<void> {
    await importSnapshot(this.page, file);
  }

  async open(): Promise<void> {
    await this.shell.goTo('Verify an upload');
    await expect(this.stepHeading).toHaveText('Which upload do you want to verify?');
  }

  batch(batchId: string): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^Batch ${batchId} in`) });
  }

  lookUpFromList(namespace: string, id: string): Locator {
    return this.touched.getByRole('button', { name: `Look up ${namespace} ${id}` });
  }

  /** Step 2: types the value and sends the form (the namespace and policy keep their choice). */
  async lookUp(value: string): Promise<void> {
    await expect(this.stepHeading).toHaveText('Look a profile up');
    await this.value.fill(value);
    await this.page.getByRole('button', { name: 'Look up', exact: true }).click();
  }

  async changeLookup(): Promise<void> {
    await this.page.getByRole('button', { name: 'Change the lookup' }).click();
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  treeItem(name: string): Locator {
    return this.tree.getByRole('treeitem', { name, exact: true });
  }

  checkItem(cause: string): Locator {
    return this.checklist.getByRole('listitem', { name: new RegExp(cause) });
  }
}
