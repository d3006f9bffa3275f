// Page modules for the Profiles, Merge policies and Streaming views (their data comes from a snapshot, see
// snapshot-setup).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app-shell';
import { adaWebEvents, CRM_PEOPLE_CSV, makeSnapshot, sandboxCommands, type Snapshot } from './snapshot-setup';

/** The loyalty programme knows Ada by another first name, and is loaded after the CRM file. */
const LOYALTY = JSON.stringify({
  personalEmail: { address: 'ada.lovelace@example.com' },
  person: { name: { firstName: 'Augusta Ada' } },
  loyalty: { points: 1200 },
});

/**
 * The sandbox the profile views' specs start from, made with the CLI: CRM (4 people by email and phone),
 * Loyalty (Ada under another first name, loaded after CRM) and web events (Ada's ECID, one with her email).
 */
export function makeProfilesSnapshot(): Snapshot {
  return makeSnapshot('views-profile', (cli, dir) => {
    writeFileSync(join(dir, 'crm.csv'), CRM_PEOPLE_CSV);
    writeFileSync(join(dir, 'loyalty.jsonl'), LOYALTY);
    writeFileSync(
      join(dir, 'web.jsonl'),
      adaWebEvents([
        ['e1', '2026-01-05T09:12:00Z', 'web.webpagedetails.pageViews', true],
        ['e2', '2026-01-07T18:40:00Z', 'commerce.productViews', false],
      ]),
    );
    const sandbox = sandboxCommands(cli);
    const groups = ['Personal Contact Details', 'Demographic Details'];
    sandbox.profileSchema('CRM', groups, ['personalEmail.address=Email:primary', 'mobilePhone.number=Phone']);
    sandbox.profileSchema('Loyalty', [...groups, 'Loyalty Details'], ['personalEmail.address=Email:primary']);
    sandbox.webEventsSchema();
    sandbox.dataset('CRM', 'CRM customers');
    sandbox.dataset('Loyalty', 'Loyalty members');
    sandbox.dataset('Web events', 'Web events');
    sandbox.ingest('CRM customers', join(dir, 'crm.csv'));
    sandbox.ingest('Loyalty members', join(dir, 'loyalty.jsonl'));
    sandbox.ingest('Web events', join(dir, 'web.jsonl'));
    return {};
  });
}

export class ProfilesView {
  readonly shell: AppShell;
  readonly counts: Locator;
  readonly chart: Locator;
  readonly chartTable: Locator;
  readonly datasets: Locator;
  readonly lookup: Locator;
  readonly browse: Locator;
  readonly result: Locator;
  readonly tree: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.counts = page.getByRole('region', { name: 'Profile counts' });
    this.chart = page.getByRole('figure', { name: 'Identities per namespace' });
    this.chartTable = page.getByRole('table', { name: 'Identities per namespace, as a table' });
    this.datasets = page.getByRole('table', { name: 'Fragments per dataset' });
    this.lookup = page.getByRole('region', { name: 'Look a profile up' });
    this.browse = page.getByRole('region', { name: 'Browse profiles' });
    this.result = page.getByRole('heading', { level: 2, name: /^(Profile of|No profile for|Looking up)/ });
    this.tree = page.getByRole('tree', { name: 'Attributes of the merged profile' });
  }

  async open(): Promise<void> {
    await this.shell.goTo('Profiles');
    await expect(this.shell.heading).toHaveText('Profiles');
  }

  figure(label: string): Locator {
    return this.counts.getByRole('group', { name: label });
  }

  async lookUp(value: string): Promise<void> {
    await expect(this.lookup.getByRole('combobox', { name: /^Identity namespace/ })).toHaveValue('Email');
    await this.lookup.getByRole('textbox', { name: /^Identity value/ }).fill(value);
    await this.lookup.getByRole('button', { name: 'Look up', exact: true }).click();
  }
}

export class MergePoliciesView {
  readonly shell: AppShell;
  readonly table: Locator;
  readonly editor: Locator;
  readonly preview: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.table = page.getByRole('table', { name: 'Merge policies' });
    this.editor = page.getByRole('region', { name: /^(Edit ‘.*’|New merge policy)$/ });
    this.preview = page.getByRole('region', { name: 'Effect on a profile' });
  }

  async open(): Promise<void> {
    await this.shell.goTo('Merge policies');
    await expect(this.shell.heading).toHaveText('Merge policies');
    await expect(this.table).toBeVisible();
  }

  row(name: string): Locator {
    return this.table.locator(`tr[data-policy="${name}"]`);
  }

  /** The preview's rows whose value differs between the saved policy and the draft. */
  changedRows(): Locator {
    return this.preview.locator('tr[data-differs]');
  }

  async showEffectOn(value: string): Promise<void> {
    await this.preview.getByRole('textbox', { name: /^Identity value/ }).fill(value);
    await this.preview.getByRole('button', { name: 'Show effect' }).click();
  }
}

export class StreamingView {
  readonly shell: AppShell;
  readonly create: Locator;
  readonly curl: Locator;
  readonly record: Locator;
  readonly test: Locator;
  readonly log: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.create = page.getByRole('region', { name: 'Create an inlet' });
    this.curl = page.getByLabel('The curl command');
    this.record = page.getByRole('textbox', { name: /^Record \(xdmEntity\)/ });
    this.test = page.getByRole('region', { name: 'Send a test message' });
    this.log = page.getByRole('table', { name: 'Recent messages, newest first' });
  }

  async open(): Promise<void> {
    await this.shell.goTo('Streaming');
    await expect(this.shell.heading).toHaveText('Streaming');
  }

  async createInlet(name: string): Promise<void> {
    await this.create.getByRole('textbox', { name: 'Name' }).fill(name);
    await this.create.getByRole('button', { name: 'Create inlet' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name })).toBeVisible();
  }

  async send(record?: string): Promise<void> {
    if (record !== undefined) await this.record.fill(record);
    await this.page.getByRole('button', { name: 'Send test message' }).click();
  }
}
