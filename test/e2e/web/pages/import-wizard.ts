// Page module for wizard 3 "Import files" (every locator of the wizard lives here), plus the engine seed the
// E2E tests use to create schemas and datasets before the app opens.
import { expect, type Locator, type Page } from '@playwright/test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppShell } from './app-shell';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/e2e');
export const SANDBOX = 'prod';

const PROFILE = 'https://ns.adobe.com/xdm/context/profile';
const EVENT = 'https://ns.adobe.com/xdm/context/experienceevent';
const CONTENT_TYPE = 'application/vnd.adobe.xed-full+json;version=1';

const isolated = new WeakSet<Page>();

/**
 * Keeps the page on the code it loaded: the dev server's hot-reload socket is answered by a silent stand-in,
 * so files other engineers edit while the tests run neither hot-swap components nor reload the page mid-test.
 */
export async function isolateFromHotReload(page: Page): Promise<void> {
  if (isolated.has(page)) return;
  isolated.add(page);
  await page.routeWebSocket(
    (url) => url.searchParams.has('token'),
    () => undefined,
  );
}

interface SeedWindow {
  __seed?: {
    port: MessagePort;
    nextId: number;
    pending: Map<number, { resolve(value: unknown): void; reject(error: Error): void }>;
  };
}

/**
 * Talks to an engine before the app opens: the desktop host's engine page (`engine-host/engine.html`, served
 * by the same dev server, so the same origin and IndexedDB as the web app) serves a MessagePort with the
 * engine's own wire protocol. Nothing test-only ships in the app; navigate away to close the engine.
 */
export class EngineSeed {
  private constructor(private readonly page: Page) {}

  static async open(page: Page): Promise<EngineSeed> {
    await isolateFromHotReload(page);
    // Network idle: on a cold dev server Vite may still reload the page once it has optimised new dependencies.
    await page.goto('/engine-host/engine.html', { waitUntil: 'networkidle' });
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const channel = new MessageChannel();
          const seed = { port: channel.port1, nextId: 1, pending: new Map() };
          (window as unknown as SeedWindow).__seed = seed;
          channel.port1.onmessage = (event: MessageEvent) => {
            const message = event.data as {
              kind: string;
              id?: number;
              ok?: boolean;
              result?: unknown;
              error?: { message: string };
              event?: string;
              payload?: { state?: string; reason?: string };
            };
            if (message.kind === 'event' && message.event === 'engine-health') {
              if (message.payload?.state === 'ready') resolve();
              else reject(new Error(`engine ${message.payload?.state}: ${message.payload?.reason ?? ''}`));
            }
            if (message.kind !== 'reply' || message.id === undefined) return;
            const waiting = seed.pending.get(message.id);
            seed.pending.delete(message.id);
            if (message.ok) waiting?.resolve(message.result);
            else waiting?.reject(new Error(message.error?.message ?? 'engine error'));
          };
          window.postMessage({ type: 'profile-stager-engine-port' }, '*', [channel.port2]);
        }),
    );
    return new EngineSeed(page);
  }

  call<T = unknown>(method: string, args: Record<string, unknown>): Promise<T> {
    return this.page.evaluate(
      ([name, request]) =>
        new Promise<T>((resolve, reject) => {
          const seed = (window as unknown as SeedWindow).__seed;
          if (!seed) throw new Error('EngineSeed.open first');
          const id = seed.nextId++;
          seed.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
          seed.port.postMessage({ kind: 'call', id, method: name, args: request });
        }),
      [method, args] as const,
    );
  }

  /** A CRM Profile schema (Email primary identity, `points`) with the Profile dataset "CRM customers". */
  async crmDataset(): Promise<{ id: string }> {
    const schema = await this.call<{ $id: string }>('registry-schema-create', {
      sandbox: SANDBOX,
      title: 'CRM customers',
      classId: PROFILE,
      fieldGroupIds: [
        'https://ns.adobe.com/xdm/context/profile-personal-details',
        'https://ns.adobe.com/xdm/context/profile-person-details',
      ],
      identities: [{ path: 'personalEmail.address', namespace: 'Email', isPrimary: true }],
      isProfileEnabled: true,
    });
    await this.call('registry-schema-add-field', {
      sandbox: SANDBOX,
      ref: schema.$id,
      path: 'points',
      type: 'long',
    });
    return this.call('catalog-dataset-create', {
      sandbox: SANDBOX,
      name: 'CRM customers',
      schemaRef: { id: schema.$id, contentType: CONTENT_TYPE },
      tags: { unifiedProfile: ['enabled:true'], unifiedIdentity: ['enabled:true'] },
    });
  }

  /** An ExperienceEvent schema (web details, identity map) with the Profile dataset "Web events". */
  async eventDataset(): Promise<{ id: string }> {
    const schema = await this.call<{ $id: string }>('registry-schema-create', {
      sandbox: SANDBOX,
      title: 'Web events',
      classId: EVENT,
      fieldGroupIds: [
        'https://ns.adobe.com/xdm/context/experienceevent-web',
        'https://ns.adobe.com/xdm/context/identitymap',
      ],
      isProfileEnabled: true,
    });
    return this.call('catalog-dataset-create', {
      sandbox: SANDBOX,
      name: 'Web events',
      schemaRef: { id: schema.$id, contentType: CONTENT_TYPE },
      tags: { unifiedProfile: ['enabled:true'], unifiedIdentity: ['enabled:true'] },
    });
  }
}

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
