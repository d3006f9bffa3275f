// Import wizard, steps 5–6 end to end: partial ingestion to success with errors grouped by code, download, revert, verify link.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RenderedApp } from '../render-app';
import { crmCsv, file, openImportWizard, pressNext, sandbox, toFilesWith } from './import-helpers';

async function ingest(app: RenderedApp, files: File[]) {
  await toFilesWith(app, files);
  await pressNext(app, 'Preview rows');
  await screen.findByRole('heading', { level: 2, name: 'Map the columns and preview the rows' });
  await pressNext(app, 'Continue to the dry run');
  await screen.findByText(/sample rows? fails? \(/);
  await pressNext(app, 'Start ingestion');
  return screen.findByRole('heading', { level: 2, name: 'Batch result' }, { timeout: 60_000 });
}

function metric(label: string) {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent;
}

afterEach(() => vi.restoreAllMocks());

describe('import wizard: ingestion result', () => {
  it('ingests with partial ingestion: success with errors grouped by code and the offending rows', async () => {
    const { app, crm } = await openImportWizard();
    await ingest(app, [file('crm-people.csv', crmCsv(97, 3))]);
    expect(screen.getByLabelText('Batch status: Success')).toBeVisible();
    expect(screen.getByText('Succeeded with errors')).toBeVisible();
    expect(screen.getByText('3 rows failed and were left out; 97 rows were ingested.')).toBeVisible();
    expect(metric('Rows read')).toBe('100');
    expect(metric('Rows ingested')).toBe('97');
    expect(metric('Rows failed')).toBe('3');

    const errors = within(screen.getByRole('region', { name: 'Errors by code' }));
    const corrupt = await errors.findByRole('button', { name: 'INGEST-1401-400: 1 row' });
    const mismatch = errors.getByRole('button', { name: 'XDM-TYPE-MISMATCH-400: 2 rows' });
    expect(corrupt).toHaveAttribute('aria-expanded', 'true');
    expect(mismatch).toHaveAttribute('aria-expanded', 'false');
    await app.user.click(mismatch);
    const rows = within(
      await errors.findByRole('table', { name: 'Rows failing with XDM-TYPE-MISMATCH-400' }),
    );
    const cells = rows.getAllByRole('row')[1]?.querySelectorAll('td');
    expect([...(cells ?? [])].slice(0, 3).map((cell) => cell.textContent)).toEqual([
      '98',
      '99',
      '_stager.points',
    ]);
    expect(rows.getByText('bad1@example.com,Bad,1980-01-01,lots')).toBeVisible();
    expect(rows.getAllByText(/value \[lots\] of type String cannot be converted to Long/)).toHaveLength(2);

    const batchId = screen.getByTestId('batch-id').textContent ?? '';
    expect(screen.getByRole('link', { name: 'Verify this upload' })).toHaveAttribute(
      'href',
      `/wizards/verify-upload?batch=${batchId}`,
    );
    const shown = await app.call('catalog-dataset-show', { sandbox, ref: crm.id });
    expect(shown.rowCount).toBe(97);
  });

  it('downloads the failed rows as JSON Lines', async () => {
    const { app } = await openImportWizard();
    await ingest(app, [file('crm-people.csv', crmCsv(40, 2))]);
    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:failed-rows';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await app.user.click(screen.getByRole('button', { name: 'Download failed rows' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toMatch(/^batch-[0-9a-f-]+-failed-rows\.jsonl$/);
    const lines = (await saved?.text())
      ?.trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { code: string; row: number; raw: string });
    expect(lines?.map((line) => [line.row, line.code])).toEqual([
      [41, 'XDM-TYPE-MISMATCH-400'],
      [42, 'INGEST-1401-400'],
    ]);
    expect(lines?.[1]?.raw).toBe('"bad2@example.com,Bad,1980-01-01,1');
  });

  it('reverts a successful batch after asking', async () => {
    const { app, crm } = await openImportWizard();
    await ingest(app, [file('crm-people.csv', crmCsv(10, 0))]);
    expect(screen.getByText('Every row was ingested')).toBeVisible();
    await app.user.click(screen.getByRole('button', { name: 'Revert batch' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Revert this batch?' }));
    expect(dialog.getByText(/Its 10 ingested rows leave the dataset/)).toBeVisible();
    await app.user.click(dialog.getByRole('button', { name: 'Revert batch' }));
    expect(await screen.findByLabelText('Batch status: Reverted')).toBeVisible();
    expect(screen.getByText('The batch was reverted')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Revert batch' })).not.toBeInTheDocument();
    expect((await app.call('catalog-dataset-show', { sandbox, ref: crm.id })).rowCount).toBe(0);

    // "Import more files" starts again in the same dataset, which now lists the batch.
    await app.user.click(screen.getByRole('button', { name: 'Import more files' }));
    expect(await screen.findByRole('radio', { name: /^CRM people/ })).toBeChecked();
    const recent = within(await screen.findByRole('region', { name: 'Recent batches in this dataset' }));
    expect(recent.getByText('Reverted')).toBeVisible();
  });
});
