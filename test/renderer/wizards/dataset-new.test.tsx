// Dataset wizard, new dataset: the schema list and its Profile rules, the switches and their reasons, creation and the Catalog view.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import {
  blockedReasons,
  chooseSchema,
  datasetNamed,
  nextButton,
  openDatasetWizard,
  switchNamed,
  typeInto,
} from './dataset-helpers';

describe('step 1: schema', () => {
  it('lists the schemas; one not enabled for Profile is explained and links to wizard 1 for it', async () => {
    const { app, draft } = await openDatasetWizard();
    const group = await screen.findByRole('radiogroup', { name: /Schema/ });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toHaveLength(3);
    expect(within(group).getByRole('radio', { name: 'Members' })).toHaveAccessibleDescription(
      /XDM Individual Profile · primary identity: personalEmail\.address \(Email\)/,
    );
    const draftRadio = within(group).getByRole('radio', { name: 'Draft' });
    expect(draftRadio).toHaveAccessibleDescription(
      /Not enabled for Profile: a dataset on it stays out of Profile\./,
    );
    expect(screen.getByRole('link', { name: 'Enable “Draft” in the schema wizard' })).toHaveAttribute(
      'href',
      `/wizards/enable-schema?schema=${encodeURIComponent(draft['meta:altId'])}`,
    );

    await app.user.click(nextButton());
    expect(await blockedReasons()).toEqual(['Choose the schema the dataset is for.']);
  });

  it('starts with the schema a link from wizard 1 preselects (?schema=<altId>)', async () => {
    const { app } = await openDatasetWizard(
      ({ members }) => `/wizards/configure-dataset?schema=${encodeURIComponent(members['meta:altId'])}`,
    );
    expect(await screen.findByRole('radio', { name: 'Members' })).toBeChecked();
    await app.user.click(nextButton());
    expect(await screen.findByText('The dataset will hold data of “Members”.')).toBeInTheDocument();
  });

  it('says so when a linked schema is not in the sandbox (?schema=), and leaves the choice open', async () => {
    const { app } = await openDatasetWizard(() => '/wizards/configure-dataset?schema=_other.schemas.gone');
    expect(await blockedReasons()).toEqual([
      'No schema _other.schemas.gone in this sandbox: the link may be from another sandbox. Choose one of the schemas below.',
    ]);
    await app.user.click(screen.getByRole('radio', { name: 'Members' }));
    await app.user.click(nextButton());
    expect(await screen.findByText('The dataset will hold data of “Members”.')).toBeInTheDocument();
  });

  it('says what to do when the sandbox has no schemas', async () => {
    await renderApp({ path: '/wizards/configure-dataset' });
    expect(await screen.findByText('This sandbox has no schemas yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the schema wizard' })).toHaveAttribute(
      'href',
      '/wizards/enable-schema',
    );
  });
});

describe('step 2: name and switches', () => {
  it('needs a unique name', async () => {
    const { app, members } = await openDatasetWizard();
    await app.call('catalog-dataset-create', { sandbox: 'prod', name: 'Taken', schemaRef: members.$id });
    await chooseSchema(app, 'Members');
    await app.user.click(nextButton());
    expect(await blockedReasons()).toEqual(['Give the dataset a name.']);
    await typeInto(app, screen.getByRole('textbox', { name: /^Dataset name/ }), 'taken');
    await app.user.click(nextButton());
    expect(await blockedReasons()).toEqual(['A dataset named “taken” already exists in this sandbox.']);
  });

  it('keeps Profile off, disabled and explained on a schema not enabled for Profile', async () => {
    const { app, draft } = await openDatasetWizard();
    await chooseSchema(app, 'Draft');
    const profile = switchNamed(/Real-Time Customer Profile/);
    expect(profile).not.toBeChecked();
    expect(profile).toBeDisabled();
    expect(profile).toHaveAccessibleDescription(
      /The schema “Draft” is not enabled for Profile, so this dataset cannot be\./,
    );
    expect(screen.getByRole('link', { name: 'Enable the schema first' })).toHaveAttribute(
      'href',
      `/wizards/enable-schema?schema=${encodeURIComponent(draft['meta:altId'])}`,
    );
    expect(switchNamed(/Upsert/)).toBeDisabled();
    expect(switchNamed(/Identity Service/)).toBeChecked();
  });

  it('allows upsert on record data with Profile on only, and says why otherwise', async () => {
    const { app } = await openDatasetWizard();
    await chooseSchema(app, 'Members');
    const upsert = switchNamed(/Upsert/);
    expect(upsert).toBeEnabled();
    await app.user.click(switchNamed(/Real-Time Customer Profile/));
    expect(upsert).toBeDisabled();
    expect(upsert).toHaveAccessibleDescription(
      'Upsert is part of the Profile switch: switch Profile on first.',
    );
    expect(
      screen.getByText(/On a dataset that is already enabled for Profile, upsert cannot simply be switched/),
    ).toBeInTheDocument();

    await app.user.click(screen.getByRole('button', { name: 'Back' }));
    await chooseSchema(app, 'Events');
    expect(switchNamed(/Upsert/)).toBeDisabled();
    expect(switchNamed(/Upsert/)).toHaveAccessibleDescription(
      'Upsert applies to record data only; ExperienceEvents are always appended.',
    );
  });
});

describe('step 3: review and create', () => {
  it('creates a Profile, Identity and upsert dataset and shows its Catalog view with a link to wizard 3', async () => {
    const { app, members } = await openDatasetWizard();
    await chooseSchema(app, 'Members');
    await typeInto(app, screen.getByRole('textbox', { name: /^Dataset name/ }), 'Loyalty CRM');
    await app.user.click(switchNamed(/Upsert/));
    await app.user.click(nextButton());
    await screen.findByRole('heading', { level: 2, name: 'Review and create' });
    const request = screen.getByTestId('catalog-request');
    expect(request).toHaveTextContent('POST /data/foundation/catalog/dataSets');
    expect(request).toHaveTextContent('"unifiedProfile": ["enabled:true","isUpsert:true"]');
    expect(request).toHaveTextContent(`"id": "${members.$id}"`);

    // Back and Next keep what was typed and switched.
    await app.user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('textbox', { name: /^Dataset name/ })).toHaveValue('Loyalty CRM');
    expect(switchNamed(/Upsert/)).toBeChecked();
    await app.user.click(nextButton());
    await app.user.click(await screen.findByRole('button', { name: 'Create dataset' }));

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Dataset “Loyalty CRM” is created' }),
    ).toBeInTheDocument();
    const created = await datasetNamed(app, 'Loyalty CRM');
    expect(created).toMatchObject({
      isProfileEnabled: true,
      isIdentityEnabled: true,
      isUpsert: true,
      schemaRef: { id: members.$id },
    });
    expect(screen.getByTestId('dataset-id')).toHaveTextContent(created?.id ?? '');
    expect(screen.getByTestId('dataset-tags')).toHaveTextContent('"unifiedIdentity": ["enabled:true"]');
    expect(screen.getByRole('link', { name: 'Import files into this dataset' })).toHaveAttribute(
      'href',
      `/wizards/import-files?dataset=${created?.id}`,
    );
  });

  it('creates a dataset outside Profile on a schema that is not enabled, and shows the Catalog’s note', async () => {
    const { app } = await openDatasetWizard();
    await chooseSchema(app, 'Draft');
    await typeInto(app, screen.getByRole('textbox', { name: /^Dataset name/ }), 'Staging');
    await app.user.click(nextButton());
    await screen.findByRole('heading', { level: 2, name: 'Review and create' });
    expect(
      screen.getByText(/Profile is off: rows ingested into this dataset never reach Profile/),
    ).toBeInTheDocument();
    expect(screen.getByTestId('catalog-request')).not.toHaveTextContent('unifiedProfile');
    await app.user.click(screen.getByRole('button', { name: 'Create dataset' }));
    // The review step already shows a note ("Profile is off: …"); wait for the Catalog's note that
    // replaces it once the dataset exists, not for any note.
    const note = await screen.findByText(
      'Not enabled for Profile: rows ingested now never reach Profile, even if Profile is enabled later.',
    );
    expect(note.closest('[role="note"]')).not.toBeNull();
    await waitFor(async () =>
      expect(await datasetNamed(app, 'Staging')).toMatchObject({
        isProfileEnabled: false,
        isIdentityEnabled: true,
      }),
    );
  });
});
