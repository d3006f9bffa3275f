// Schemas view: class, field groups, identities, Profile and locked state per schema; a schema's field tree,
// identity descriptors, field groups and the Profile union of its class; the link to wizard 1 for the others.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PERSONAL_CONTACT, PROFILE } from '../../engine/registry/builders';
import { openWith, sandbox } from './batches-world';

function cells(title: string) {
  return [
    ...(screen
      .getByRole('button', { name: `Open schema ${title}` })
      .closest('tr')
      ?.querySelectorAll('td') ?? []),
  ].map((cell) => cell.textContent);
}

describe('schemas view', () => {
  it('lists the schemas with class, field groups, identities, Profile and state; links the others to wizard 1', async () => {
    const { app } = await openWith('/', true);
    const draft = await act(() =>
      app.client.call('registry-schema-create', {
        sandbox,
        title: 'Leads',
        classId: PROFILE,
        fieldGroupIds: [PERSONAL_CONTACT],
      }),
    );
    app.navigate('/schemas');
    await screen.findByRole('button', { name: 'Open schema Leads' });
    expect(cells('CRM')).toEqual([
      'CRM',
      'XDM Individual Profile',
      '3',
      '/personalEmail/address (Email, primary)',
      'Enabled',
      'Locked',
    ]);
    expect(cells('Leads')).toEqual([
      'Leads',
      'XDM Individual Profile',
      '1',
      'None',
      'Not enabledEnable',
      'Editable',
    ]);
    expect(screen.getByRole('link', { name: 'Enable Leads for Profile' })).toHaveAttribute(
      'href',
      `/wizards/enable-schema?schema=${encodeURIComponent(draft['meta:altId'])}`,
    );
  });

  it('opens a schema: field tree, identity descriptors, field groups and the Profile union of its class', async () => {
    const { app } = await openWith('/schemas');
    await app.user.click(await screen.findByRole('button', { name: 'Open schema CRM' }));
    const detail = within(await screen.findByRole('region', { name: 'CRM' }));
    expect(detail.getByText(/Enabled for Profile: it cannot be disabled/)).toBeVisible();
    const tree = await detail.findByRole('tree', { name: 'Fields of CRM' });
    expect(within(tree).getByText('personalEmail')).toBeVisible();
    expect(detail.getByRole('link', { name: 'Create a dataset on it' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/wizards\/configure-dataset\?schema=/),
    );

    await app.user.click(detail.getByRole('tab', { name: 'Identities (1)' }));
    const identities = within(detail.getByRole('table', { name: 'Identity descriptors' }));
    expect(identities.getAllByRole('row')[1]).toHaveTextContent('/personalEmail/addressEmailPrimary');

    await app.user.click(detail.getByRole('tab', { name: 'Field groups (3)' }));
    expect(within(detail.getByRole('list', { name: 'Field groups' })).getAllByRole('listitem')).toHaveLength(
      3,
    );

    await app.user.click(detail.getByRole('tab', { name: 'Profile union' }));
    expect(
      await detail.findByText(
        'Profile merges the fields of 1 enabled XDM Individual Profile schema into this union.',
      ),
    ).toBeVisible();
    expect(within(detail.getByRole('list', { name: 'Schemas in the union' })).getByText('CRM')).toBeVisible();
    expect(detail.getByRole('tree', { name: /^Fields of Union object for/ })).toBeVisible();
  });

  it('explains that a schema not enabled for Profile is not in the union, and when there is none yet', async () => {
    const { app } = await openWith('/', false);
    await act(() =>
      app.client.call('registry-schema-create', {
        sandbox,
        title: 'Leads',
        classId: PROFILE,
        fieldGroupIds: [PERSONAL_CONTACT],
      }),
    );
    app.navigate('/schemas');
    await app.user.click(await screen.findByRole('button', { name: 'Open schema Leads' }));
    const detail = within(await screen.findByRole('region', { name: 'Leads' }));
    expect(detail.getByRole('link', { name: 'Enable for Profile' })).toBeVisible();
    await app.user.click(detail.getByRole('tab', { name: 'Profile union' }));
    expect(await detail.findByText('No union yet')).toBeVisible();
    expect(detail.getByText(/no schema of that class is enabled for Profile/)).toBeVisible();
  });

  it('says so when the sandbox has no schemas', async () => {
    await openWith('/schemas', false);
    expect(await screen.findByText('No schemas in this sandbox yet.')).toBeVisible();
  });
});
