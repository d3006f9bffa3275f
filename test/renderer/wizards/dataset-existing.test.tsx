// Dataset wizard, existing dataset: switches read from its tags, one Catalog call, or the two-call upsert sequence.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RenderedApp } from '../render-app';
import { blockedReasons, datasetNamed, nextButton, openDatasetWizard, switchNamed } from './dataset-helpers';

async function chooseExisting(app: RenderedApp, name: string) {
  await app.user.click(screen.getByRole('radio', { name: 'Change a dataset’s switches' }));
  await app.user.click(await screen.findByRole('radio', { name }));
  await app.user.click(nextButton());
  await screen.findByRole('heading', { level: 2, name: 'Change the dataset’s switches' });
}

describe('existing dataset', () => {
  it('reads the switches from the tags, and needs a change before going on', async () => {
    const { app, members } = await openDatasetWizard();
    await app.call('catalog-dataset-create', {
      sandbox: 'prod',
      name: 'CRM',
      schemaRef: members.$id,
      tags: { unifiedProfile: ['enabled:true'], unifiedIdentity: ['enabled:true'] },
    });
    await app.user.click(screen.getByRole('radio', { name: 'Change a dataset’s switches' }));
    await app.user.click(nextButton());
    expect(await blockedReasons()).toEqual(['Choose the dataset whose switches you want to change.']);
    await app.user.click(await screen.findByRole('radio', { name: 'CRM' }));
    expect(screen.getByRole('radio', { name: 'CRM' })).toHaveAccessibleDescription(
      'Schema: Members · 0 rows',
    );
    await app.user.click(nextButton());
    await screen.findByRole('heading', { level: 2, name: 'Change the dataset’s switches' });

    expect(switchNamed(/Real-Time Customer Profile/)).toBeChecked();
    expect(switchNamed(/Identity Service/)).toBeChecked();
    expect(switchNamed(/Upsert/)).not.toBeChecked();
    expect(screen.getAllByText('Now on')).toHaveLength(2);
    await app.user.click(nextButton());
    expect(await blockedReasons()).toEqual([
      'Nothing changes: switch at least one setting to something else.',
    ]);
  });

  it('walks through the upsert sequence: disable, then enable again with isUpsert, one call at a time', async () => {
    const { app, members } = await openDatasetWizard();
    await app.call('catalog-dataset-create', {
      sandbox: 'prod',
      name: 'CRM',
      schemaRef: members.$id,
      tags: { unifiedProfile: ['enabled:true'], unifiedIdentity: ['enabled:true'] },
    });
    await chooseExisting(app, 'CRM');
    await app.user.click(switchNamed(/Upsert/));
    expect(screen.getByRole('note')).toHaveTextContent(/This change takes two calls/);
    await app.user.click(nextButton());
    await screen.findByRole('heading', { level: 2, name: 'Run the Catalog calls' });

    const calls = within(screen.getByRole('list', { name: 'Catalog calls' })).getAllByRole('listitem');
    expect(calls).toHaveLength(2);
    expect(calls[0]).toHaveTextContent('Disable Profile and Identity');
    expect(calls[0]).toHaveTextContent(
      '{"op":"replace","path":"/tags/unifiedProfile","value":["enabled:false"]}',
    );
    expect(calls[1]).toHaveTextContent(
      '{"op":"add","path":"/tags/unifiedProfile","value":["enabled:true","isUpsert:true"]}',
    );
    expect(screen.getByText(/anything ingested in that moment is not sent to Profile/)).toBeInTheDocument();
    expect(within(calls[1] as HTMLElement).queryByRole('button')).toBeNull();

    await app.user.click(screen.getByRole('button', { name: 'Run call 1: disable' }));
    await screen.findByRole('button', { name: 'Run call 2: enable again' });
    expect(await datasetNamed(app, 'CRM')).toMatchObject({
      isProfileEnabled: false,
      isIdentityEnabled: false,
    });
    expect(screen.getByTestId('tag-call-1')).toHaveAttribute('data-done', 'true');
    // Half-way through the sequence there is no going back.
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();

    await app.user.click(screen.getByRole('button', { name: 'Run call 2: enable again' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Dataset “CRM” is updated' }),
    ).toBeInTheDocument();
    expect(await datasetNamed(app, 'CRM')).toMatchObject({
      isProfileEnabled: true,
      isIdentityEnabled: true,
      isUpsert: true,
      version: '1.0.2',
    });
    expect(screen.getByTestId('dataset-tags')).toHaveTextContent(
      '"unifiedProfile": ["enabled:true","isUpsert:true"]',
    );
  });

  it('changes other switches in one call, and enables Profile on a dataset created without it', async () => {
    const { app, members } = await openDatasetWizard();
    await app.call('catalog-dataset-create', { sandbox: 'prod', name: 'Late', schemaRef: members.$id });
    await chooseExisting(app, 'Late');
    expect(switchNamed(/Real-Time Customer Profile/)).not.toBeChecked();
    await app.user.click(switchNamed(/Real-Time Customer Profile/));
    await app.user.click(switchNamed(/Identity Service/));
    await app.user.click(nextButton());
    const calls = within(await screen.findByRole('list', { name: 'Catalog calls' })).getAllByRole('listitem');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toHaveTextContent('Update the tags');
    await app.user.click(screen.getByRole('button', { name: 'Apply' }));
    await screen.findByRole('heading', { level: 2, name: 'Dataset “Late” is updated' });
    expect(await datasetNamed(app, 'Late')).toMatchObject({
      isProfileEnabled: true,
      isIdentityEnabled: true,
      isUpsert: false,
    });
  });

  it('opens a linked dataset (?dataset=) on its switches, and the upsert sequence follows from there', async () => {
    const { app, members } = await openDatasetWizard();
    const crm = await app.call('catalog-dataset-create', {
      sandbox: 'prod',
      name: 'CRM',
      schemaRef: members.$id,
      tags: { unifiedProfile: ['enabled:true'], unifiedIdentity: ['enabled:true'] },
    });
    app.navigate(`/wizards/configure-dataset?dataset=${encodeURIComponent(crm.id)}`);
    const heading = await screen.findByRole('heading', { level: 2, name: 'Change the dataset’s switches' });
    expect(heading).toHaveFocus();
    expect(switchNamed(/Real-Time Customer Profile/)).toBeChecked();
    expect(switchNamed(/Upsert/)).not.toBeChecked();
    await app.user.click(switchNamed(/Upsert/));
    await app.user.click(nextButton());
    await screen.findByRole('heading', { level: 2, name: 'Run the Catalog calls' });
    expect(within(screen.getByRole('list', { name: 'Catalog calls' })).getAllByRole('listitem')).toHaveLength(
      2,
    );

    // Back to the first step: the dataset is the one chosen.
    await app.user.click(screen.getByRole('button', { name: 'Back' }));
    await app.user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('radio', { name: 'CRM' })).toBeChecked();
  });

  it('says so when a linked dataset is not in the sandbox, and leaves the choice open', async () => {
    const { app } = await openDatasetWizard();
    app.navigate('/wizards/configure-dataset?dataset=no-such-dataset');
    expect(await blockedReasons()).toEqual([
      'No dataset no-such-dataset in this sandbox: the link may be from another sandbox, or the dataset was deleted. Choose one of the datasets below.',
    ]);
    expect(screen.getByRole('heading', { level: 2, name: 'Start from a schema or a dataset' })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Change a dataset’s switches' })).toBeChecked();
  });
});
