// Batches view: the live monitor (rows, filters, empty states, events), the detail with errors grouped by code,
// the failed-rows download, the outcome chart's table and the revert confirmation.
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ingest } from '../../engine/ingest/builders';
import { crmCsv } from '../wizards/import-helpers';
import { openWith, sandbox } from './batches-world';

afterEach(() => vi.restoreAllMocks());

function batchRow(id: string) {
  const row = screen.getByRole('button', { name: `Open batch ${id}` }).closest('[role="row"]');
  if (!(row instanceof HTMLElement)) throw new Error(`no row for ${id}`);
  return within(row);
}

/** The line that says how many batches are shown. */
function count() {
  return within(screen.getByRole('main')).getByRole('status');
}

function outcomeTable(title: string) {
  return within(screen.getByRole('table', { name: `${title} as a table` }));
}

function outcomeRows(title: string) {
  return outcomeTable(title)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
}

describe('batches view', () => {
  it('lists every batch with status, dataset and metrics, and filters by status and dataset', async () => {
    const { app, world } = await openWith('/batches');
    if (!world) throw new Error('no world');
    const table = await screen.findByRole('table', { name: 'Batches' });
    await within(table).findByRole('button', { name: `Open batch ${world.partial.id}` });
    expect(count()).toHaveTextContent('3 batches');

    const partial = batchRow(world.partial.id);
    expect(partial.getByText('Success')).toBeVisible();
    expect(partial.getByText('CRM people')).toBeVisible();
    expect(partial.getByText('CSV')).toBeVisible();
    expect(partial.getByText('100')).toBeVisible();
    expect(partial.getByText('97')).toBeVisible();
    expect(batchRow(world.failed.id).getByText('Failed')).toBeVisible();
    expect(batchRow(world.clean.id).getByText('CRM archive')).toBeVisible();

    // All batches together: 102 accepted rows (97 + 5), the failed rows by code.
    expect(outcomeRows('Outcome of all batches')).toEqual([
      ['Accepted', '102'],
      ['XDM-TYPE-MISMATCH-400', '3'],
      ['INGEST-1401-400', '2'],
    ]);

    await app.user.click(screen.getByRole('combobox', { name: 'Status' }));
    await app.user.click(await screen.findByRole('option', { name: 'Failed' }));
    await waitFor(() => expect(count()).toHaveTextContent('1 of 3 batches'));
    expect(screen.getByRole('button', { name: `Open batch ${world.failed.id}` })).toBeVisible();
    expect(screen.queryByRole('button', { name: `Open batch ${world.partial.id}` })).toBeNull();
    expect(outcomeRows('Outcome of the batches shown')).toEqual([
      ['Accepted', '0'],
      ['INGEST-1401-400', '1'],
      ['XDM-TYPE-MISMATCH-400', '1'],
    ]);

    await app.user.click(screen.getByRole('combobox', { name: 'Dataset' }));
    await app.user.click(await screen.findByRole('option', { name: 'CRM archive' }));
    expect(await screen.findByText('No batch matches these filters.')).toBeVisible();
    await app.user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(count()).toHaveTextContent('3 batches'));
  });

  it('says so when the sandbox has no batches, and shows a batch ingested elsewhere as soon as it finishes', async () => {
    const { app } = await openWith('/batches', false);
    expect(await screen.findByText(/No batches in this sandbox yet/)).toBeVisible();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Import files' })).toHaveAttribute(
      'href',
      '/wizards/import-files',
    );

    // Another window (here: a direct engine call) ingests a file; the view follows the engine's events.
    const { crmDatasets } = await import('../wizards/import-helpers');
    const { crm } = await crmDatasets(app);
    const batch = await act(() => ingest(app.client, crm.id, 'late.csv', crmCsv(4, 0)));
    expect(await screen.findByRole('button', { name: `Open batch ${batch.id}` })).toBeVisible();
    expect(count()).toHaveTextContent('1 batch');
  });

  it('follows a batch being loaded from its progress events until it finishes', async () => {
    const { app } = await openWith('/batches', false);
    await screen.findByText(/No batches in this sandbox yet/);
    const { crmDatasets } = await import('../wizards/import-helpers');
    const { crm } = await crmDatasets(app);
    const created = await app.call('ingest-batch-create', {
      sandbox,
      datasetId: crm.id,
      inputFormat: { format: 'csv' },
    });
    await app.call('ingest-batch-add-file', {
      sandbox,
      batchId: created.id,
      name: 'crm.csv',
      file: new Blob([crmCsv(12, 0)]),
    });
    // Only progress events announce the loading batch; the row shows what has been read so far.
    const button = await screen.findByRole('button', { name: `Open batch ${created.id}` });
    await waitFor(() => expect(batchRow(created.id).getByText('Loading')).toBeVisible());
    expect(batchRow(created.id).getByText('12')).toBeVisible();
    await app.user.click(button);
    expect(await screen.findByText('Still loading')).toBeVisible();

    await app.call('ingest-batch-complete', { sandbox, batchId: created.id });
    await waitFor(() => expect(batchRow(created.id).getByText('Success')).toBeVisible());
    expect(await screen.findByLabelText('Batch status: Success')).toBeVisible();
  });

  it('opens a batch: metrics, errors grouped by code with their rows, chart table and the failed-rows file', async () => {
    const { app, world } = await openWith('/batches');
    if (!world) throw new Error('no world');
    await app.user.click(await screen.findByRole('button', { name: `Open batch ${world.partial.id}` }));
    const detail = within(
      await screen.findByRole('region', { name: new RegExp(`^Batch ${world.partial.id}`) }),
    );
    expect(await detail.findByLabelText('Batch status: Success')).toBeVisible();
    expect(detail.getByText('Succeeded with errors')).toBeVisible();
    expect(outcomeRows('Outcome of this batch')).toEqual([
      ['Accepted', '97'],
      ['XDM-TYPE-MISMATCH-400', '2'],
      ['INGEST-1401-400', '1'],
    ]);

    const errors = within(await detail.findByRole('region', { name: 'Errors by code' }));
    const mismatch = await errors.findByRole('button', { name: 'XDM-TYPE-MISMATCH-400: 2 rows' });
    expect(errors.getByRole('button', { name: 'INGEST-1401-400: 1 row' })).toBeVisible();
    if (mismatch.getAttribute('aria-expanded') !== 'true') await app.user.click(mismatch);
    const rows = within(
      await errors.findByRole('table', { name: 'Rows failing with XDM-TYPE-MISMATCH-400' }),
    );
    expect(rows.getByText('bad1@example.com,Bad,1980-01-01,lots')).toBeVisible();

    // Accepted rows, by page.
    await app.user.click(detail.getByRole('tab', { name: 'Accepted rows' }));
    const accepted = within(await detail.findByRole('table', { name: 'Accepted rows of the batch' }));
    await waitFor(() => expect(accepted.getAllByRole('row')).toHaveLength(26));
    expect(accepted.getByText(/person1@example.com/)).toBeVisible();
    expect(detail.getByRole('navigation', { name: 'Pages of accepted rows' })).toHaveTextContent(
      'Page 1 of 4',
    );

    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:failed-rows';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await app.user.click(detail.getByRole('button', { name: 'Download failed rows' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe(
      `batch-${world.partial.id}-failed-rows.jsonl`,
    );
    const lines = (await saved?.text())
      ?.trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { code: string; row: number });
    expect(lines?.map((line) => [line.row, line.code])).toEqual([
      [98, 'XDM-TYPE-MISMATCH-400'],
      [99, 'INGEST-1401-400'],
      [100, 'XDM-TYPE-MISMATCH-400'],
    ]);
  });

  it('shows rows for every code even when the first thousand failed rows all have one code', async () => {
    const { app } = await openWith('/batches', false);
    const { crmDatasets } = await import('../wizards/import-helpers');
    const { crm } = await crmDatasets(app);
    const header = 'personalEmail.address,person.name.firstName,person.birthDate,_stager.points';
    const mismatches = Array.from({ length: 1001 }, (_, i) => `m${i}@example.com,M,1980-01-01,lots`);
    const csv = [
      header,
      'ok@example.com,Ok,1980-01-01,1',
      ...mismatches,
      '"late@example.com,Late,1980-01-01,1',
    ].join('\r\n');
    const batch = await act(() =>
      ingest(app.client, crm.id, 'many.csv', csv, {
        enableErrorDiagnostics: true,
        partialIngestionPercent: 100,
      }),
    );
    await app.user.click(await screen.findByRole('button', { name: `Open batch ${batch.id}` }));
    const errors = within(await screen.findByRole('region', { name: 'Errors by code' }));
    const late = await errors.findByRole('button', { name: 'INGEST-1401-400: 1 row' });
    if (late.getAttribute('aria-expanded') !== 'true') await app.user.click(late);
    const rows = within(await errors.findByRole('table', { name: 'Rows failing with INGEST-1401-400' }));
    expect(await rows.findByText('"late@example.com,Late,1980-01-01,1')).toBeVisible();
  });

  it('reverts a batch only after a confirmation that says what happens; the status becomes inactive', async () => {
    const { app, world } = await openWith('/batches');
    if (!world) throw new Error('no world');
    app.navigate(`/batches?batch=${world.partial.id}`);
    const detail = within(
      await screen.findByRole('region', { name: new RegExp(`^Batch ${world.partial.id}`) }),
    );
    await detail.findByLabelText('Batch status: Success');

    await app.user.click(detail.getByRole('button', { name: 'Revert batch' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Revert this batch?' }));
    expect(dialog.getByText('Its status becomes inactive (shown as “Reverted”).')).toBeVisible();
    expect(dialog.getByText('Its 97 ingested rows leave the dataset and Profile.')).toBeVisible();
    expect(dialog.getByText(/cannot be undone/)).toBeVisible();
    await app.user.click(dialog.getByRole('button', { name: 'Cancel' }));
    expect((await app.call('ingest-batch-show', { sandbox, batchId: world.partial.id })).status).toBe(
      'success',
    );

    await app.user.click(detail.getByRole('button', { name: 'Revert batch' }));
    await app.user.click(
      within(await screen.findByRole('dialog', { name: 'Revert this batch?' })).getByRole('button', {
        name: 'Revert batch',
      }),
    );
    expect(await detail.findByLabelText('Batch status: Reverted')).toBeVisible();
    expect(detail.getByText('The batch was reverted')).toBeVisible();
    expect(detail.queryByRole('button', { name: 'Revert batch' })).toBeNull();
    await waitFor(() => expect(batchRow(world.partial.id).getByText('Reverted')).toBeVisible());
    expect((await app.call('ingest-batch-show', { sandbox, batchId: world.partial.id })).status).toBe(
      'inactive',
    );
    expect((await app.call('catalog-dataset-show', { sandbox, ref: world.crm.id })).rowCount).toBe(0);
  });
});
