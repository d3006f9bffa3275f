// Import wizard, step 5: progress from `ingest-progress` events (sampled ≤ every ~100 ms), Cancel, and interrupted batches.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EngineClient, IngestProgress } from '../../../shared/contract';
import { testEngine } from '../../engine/helpers';
import { renderApp } from '../render-app';
import {
  crmCsv,
  crmDatasets,
  file,
  openImportWizard,
  pressNext,
  sandbox,
  toFilesWith,
} from './import-helpers';

/** The real engine, except that files wait at a gate and the test can send progress events of its own. */
function gatedClient(inner: EngineClient) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const progress = new Set<(payload: IngestProgress) => void>();
  const client: EngineClient = {
    call: (async (method: string, args: never) => {
      if (method === 'ingest-batch-add-file') await gate;
      return inner.call(method as never, args);
    }) as EngineClient['call'],
    on: ((event: string, listener: (payload: never) => void) => {
      const off = inner.on(event as never, listener);
      if (event !== 'ingest-progress') return off;
      progress.add(listener as (payload: IngestProgress) => void);
      return () => {
        off();
        progress.delete(listener as (payload: IngestProgress) => void);
      };
    }) as EngineClient['on'],
    close: (reason) => inner.close(reason),
    get isClosed() {
      return inner.isClosed;
    },
  };
  return {
    client,
    release,
    emit: (payload: IngestProgress) => progress.forEach((listener) => listener(payload)),
  };
}

function fact(label: string) {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
}

describe('import wizard: ingesting', () => {
  it('drives the progress bar from engine events, at most every ~100 ms, and cancels the batch', async () => {
    const engine = await testEngine();
    const gated = gatedClient(engine.client);
    const { app } = await openImportWizard('', { client: gated.client, awaitFirstLoad: true });
    const csv = crmCsv(20, 0);
    await toFilesWith(app, [file('crm-people.csv', csv)]);
    await pressNext(app, 'Preview rows');
    await pressNext(app, 'Continue to the dry run');
    await screen.findByText(/sample rows? fails? \(/);
    await pressNext(app, 'Start ingestion');
    expect(await screen.findByRole('heading', { level: 2, name: 'Ingesting' })).toBeVisible();
    expect(screen.getByText('Reading crm-people.csv (file 1 of 1)')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();

    const batchId = (screen.getByText(/^Batch [0-9a-f-]+$/).textContent ?? '').replace('Batch ', '');
    const total = new Blob([csv]).size;
    // As the engine does: the whole (small) file is read at once, then its rows are processed page by page.
    const event = (rows: number, rowsFailed = 0): IngestProgress => ({
      sandbox,
      batchId,
      file: 'crm-people.csv',
      phase: 'reading',
      bytesRead: total,
      totalBytes: total,
      rowsRead: rows,
      rowsFailed,
    });
    const bar = screen.getByRole('progressbar', { name: 'Ingestion progress' });
    const percent = () => Number(bar.getAttribute('aria-valuenow'));
    // The bar follows the rows processed (sized by the sample's rows), not the bytes read ahead.
    gated.emit(event(10, 1));
    await waitFor(() => expect(fact('Rows read')).toBe('10'));
    expect(percent()).toBeGreaterThan(40);
    expect(percent()).toBeLessThan(55);
    expect(fact('Failed rows')).toBe('1');
    expect(fact('Time left')).toMatch(/^about \d+/);

    // A burst of events becomes one or two updates of the bar, ending on the newest.
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(bar.getAttribute('aria-valuenow') ?? ''));
    observer.observe(bar, { attributes: true, attributeFilter: ['aria-valuenow'] });
    for (let rows = 11; rows <= 18; rows++) gated.emit(event(rows, 1));
    await waitFor(() => expect(fact('Rows read')).toBe('18'));
    observer.disconnect();
    expect(seen.length).toBeLessThanOrEqual(2);
    expect(percent()).toBeGreaterThan(80);
    expect(percent()).toBeLessThan(95);

    await app.user.click(screen.getByRole('button', { name: 'Cancel ingestion' }));
    expect(await screen.findByText('Cancelling…')).toBeVisible();
    gated.release();
    expect(await screen.findByLabelText('Batch status: Aborted')).toBeVisible();
    expect(screen.getByText('The batch was aborted and kept no rows')).toBeVisible();
    expect((await app.call('ingest-batch-show', { sandbox, batchId })).status).toBe('aborted');
  });

  it('shows a batch the engine was stopped in the middle of as failed with "Interrupted", keeping no rows', async () => {
    const first = await testEngine();
    const { crm } = await crmDatasets({ call: first.client.call });
    const batch = await first.client.call('ingest-batch-create', {
      sandbox,
      datasetId: crm.id,
      inputFormat: { format: 'csv' },
      partialIngestionPercent: 5,
    });
    await first.client.call('ingest-batch-add-file', {
      sandbox,
      batchId: batch.id,
      name: 'crm-people.csv',
      file: new Blob([crmCsv(50, 0)]),
    });
    first.engine.close();

    // The next engine over the same database finds the batch still loading.
    const second = await testEngine(first.idb);
    localStorage.clear();
    const app = await renderApp({
      client: second.client,
      awaitFirstLoad: true,
      path: `/wizards/import-files?batch=${batch.id}`,
    });
    expect(await screen.findByLabelText('Batch status: Failed')).toBeVisible();
    expect(screen.getByText('The batch failed and kept no rows')).toBeVisible();
    expect(
      screen.getByText(
        /^Interrupted: the engine stopped while this batch was being ingested\. No rows of it were kept/,
      ),
    ).toBeVisible();
    expect(screen.getByText('Rows ingested', { selector: 'dt' }).nextElementSibling).toHaveTextContent('0');

    app.navigate(`/wizards/import-files?dataset=${crm.id}`);
    const card = await screen.findByRole('radio', { name: /^CRM people/ });
    expect(card).toBeChecked();
    expect(within(card).getByText('0 rows')).toBeVisible();
    const recent = within(await screen.findByRole('region', { name: 'Recent batches in this dataset' }));
    expect(recent.getByText('Failed')).toBeVisible();
    expect(recent.getByText(/^Interrupted/)).toBeVisible();
  });
});
