// Import wizard, step 1: choosing a dataset (Profile meaning, ?dataset= preselection, recent batches, empty sandbox).
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { chooseDataset, expectBlocked, openImportWizard, pressNext, sandbox } from './import-helpers';

describe('import wizard: dataset step', () => {
  it('lists the datasets, says what "not in Profile" means, and will not go on without a choice', async () => {
    const { app } = await openImportWizard();
    const crm = await screen.findByRole('radio', { name: /^CRM people/ });
    const archive = screen.getByRole('radio', { name: /^CRM archive/ });
    expect(crm).toHaveAccessibleDescription(/CRM · profile records\s*Profile\s*Identity/);
    expect(archive).toHaveAccessibleDescription(/Not in Profile.*Real-Time Customer Profile never sees them/);

    await pressNext(app, 'Choose files');
    await expectBlocked('Choose the dataset the rows go into.');
    expect(screen.getByRole('heading', { level: 2, name: 'Choose a dataset' })).toBeVisible();

    await chooseDataset(app, 'CRM archive');
    expect(archive).toBeChecked();
    expect(screen.queryByText('Choose the dataset the rows go into.')).not.toBeInTheDocument();
    await pressNext(app, 'Choose files');
    expect(await screen.findByRole('heading', { level: 2, name: 'Choose the files' })).toBeVisible();
    // Back keeps the choice.
    await app.user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('radio', { name: /^CRM archive/ })).toBeChecked();
  });

  it('preselects the dataset named by ?dataset= and lists its recent batches with why they failed', async () => {
    const { app, crm } = await openImportWizard();
    const batch = await app.call('ingest-batch-create', {
      sandbox,
      datasetId: crm.id,
      inputFormat: { format: 'csv' },
    });
    // Completing a batch without files fails it, with the reason the wizard should show.
    await expect(app.call('ingest-batch-complete', { sandbox, batchId: batch.id })).resolves.toMatchObject({
      status: 'failed',
    });
    app.navigate(`/wizards/import-files?dataset=${crm.id}`);
    expect(await screen.findByRole('radio', { name: /^CRM people/ })).toBeChecked();
    const recent = within(await screen.findByRole('region', { name: 'Recent batches in this dataset' }));
    expect(recent.getByText('Failed')).toBeVisible();
    expect(recent.getByText(/The batch has no files/)).toBeVisible();

    await app.user.click(recent.getByRole('button', { name: `Open batch ${batch.id.slice(0, 8)}` }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Batch result' })).toBeVisible();
    expect(screen.getByTestId('batch-id')).toHaveTextContent(batch.id);
  });

  it('in a sandbox without datasets, points to the dataset wizard', async () => {
    const app = await renderApp({ path: '/wizards/import-files' });
    expect(await screen.findByText('No datasets in this sandbox yet')).toBeVisible();
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: 'Configure a dataset' }),
    ).toHaveAttribute('href', '/wizards/configure-dataset');
    await pressNext(app, 'Choose files');
    await expectBlocked('Choose the dataset the rows go into.');
  });
});

describe('import wizard: keyboard and language', () => {
  it('is driven from the keyboard: Space picks a dataset, Enter goes on, a finished step is reached again', async () => {
    const { app } = await openImportWizard();
    const crm = await screen.findByRole('radio', { name: /^CRM people/ });
    crm.focus();
    await app.user.keyboard(' ');
    expect(crm).toBeChecked();
    screen.getByRole('button', { name: 'Choose files' }).focus();
    await app.user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 2, name: 'Choose the files' })).toBeVisible();
    const steps = within(screen.getByRole('navigation', { name: 'Import steps' }));
    expect(steps.getByRole('button', { name: /Files/ })).toHaveAttribute('aria-current', 'step');
    steps.getByRole('button', { name: /Dataset/ }).focus();
    await app.user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 2, name: 'Choose a dataset' })).toBeVisible();
    expect(screen.getByRole('radio', { name: /^CRM people/ })).toBeChecked();
  });

  it('speaks Dutch when the app does', async () => {
    const { app } = await openImportWizard('', { prefs: { language: 'nl' } });
    expect(await screen.findByRole('heading', { level: 2, name: 'Kies een dataset' })).toBeVisible();
    expect(await screen.findByRole('radio', { name: /^CRM archive/ })).toHaveAccessibleDescription(
      /Niet in Profile/,
    );
    await pressNext(app, 'Bestanden kiezen');
    await expectBlocked('Kies de dataset waar de rijen in komen.');
  });
});
