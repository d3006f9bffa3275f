// Datasets view: each dataset with its schema, switches, batch count and rows; one dataset's batches and the
// links to wizards 2 and 3 and the batches monitor; the empty sandbox.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openWith } from './batches-world';

function datasetRow(name: string) {
  const row = screen.getByRole('button', { name: `Open dataset ${name}` }).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return within(row);
}

function cells(name: string) {
  return [
    ...(screen
      .getByRole('button', { name: `Open dataset ${name}` })
      .closest('tr')
      ?.querySelectorAll('td') ?? []),
  ].map((cell) => cell.textContent);
}

describe('datasets view', () => {
  it('lists the datasets with schema, Profile / Identity switches, batches and rows', async () => {
    await openWith('/datasets');
    await screen.findByRole('button', { name: 'Open dataset CRM people' });
    // Sorted by name: the archive first.
    const names = within(screen.getByRole('table', { name: 'Datasets' }))
      .getAllByRole('button', { name: /^Open dataset/ })
      .map((button) => button.textContent);
    expect(names).toEqual(['CRM archive', 'CRM people']);
    expect(cells('CRM people').slice(1, 5)).toEqual([
      'CRMProfile records',
      'Profile onIdentity on',
      '2',
      '97',
    ]);
    expect(cells('CRM archive').slice(1, 5)).toEqual([
      'CRMProfile records',
      'Profile offIdentity off',
      '1',
      '5',
    ]);
    expect(datasetRow('CRM people').getByText('Profile on')).toBeVisible();
  });

  it('opens a dataset with its batches and the ways on: import files, change switches, the monitor', async () => {
    const { app, world } = await openWith('/datasets');
    if (!world) throw new Error('no world');
    await app.user.click(await screen.findByRole('button', { name: 'Open dataset CRM people' }));
    const detail = within(await screen.findByRole('region', { name: 'CRM people' }));
    expect(detail.getByText(world.crm.id)).toBeVisible();
    expect(detail.getByText('Rows of successful batches go into Real-Time Customer Profile.')).toBeVisible();
    expect(detail.getByRole('heading', { name: '2 batches' })).toBeVisible();
    const batches = within(detail.getByRole('table', { name: 'Batches of this dataset, newest first' }));
    expect(batches.getByRole('link', { name: `Open batch ${world.partial.id}` })).toHaveAttribute(
      'href',
      `/batches?batch=${world.partial.id}`,
    );
    const failedRow = batches.getByRole('link', { name: `Open batch ${world.failed.id}` }).closest('tr');
    expect(failedRow).toHaveTextContent(/Failed/);
    expect(detail.getByRole('link', { name: 'Import files into this dataset' })).toHaveAttribute(
      'href',
      `/wizards/import-files?dataset=${world.crm.id}`,
    );
    expect(detail.getByRole('link', { name: 'Change its switches' })).toHaveAttribute(
      'href',
      `/wizards/configure-dataset?dataset=${world.crm.id}`,
    );
    expect(detail.getByRole('link', { name: 'Show its batches in the monitor' })).toHaveAttribute(
      'href',
      `/batches?dataset=${world.crm.id}`,
    );

    // The monitor opens filtered on the dataset.
    await app.user.click(detail.getByRole('link', { name: 'Show its batches in the monitor' }));
    await screen.findByRole('heading', { level: 1, name: 'Batches' });
    expect(await within(screen.getByRole('main')).findByText('2 of 3 batches')).toBeVisible();

    // A dataset with Profile off says what that means.
    app.navigate(`/datasets?dataset=${world.archive.id}`);
    const archive = within(await screen.findByRole('region', { name: 'CRM archive' }));
    expect(archive.getByText(/Rows stay in the dataset only/)).toBeVisible();
  });

  it('says so when the sandbox has no datasets', async () => {
    await openWith('/datasets', false);
    expect(await screen.findByText('No datasets in this sandbox yet.')).toBeVisible();
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: 'Configure a dataset' }),
    ).toHaveAttribute('href', '/wizards/configure-dataset');
  });
});
