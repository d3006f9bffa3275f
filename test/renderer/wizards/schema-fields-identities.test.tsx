// Schema wizard steps 3–4: custom fields under the tenant with the naming rule explained, and identity fields.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  addEmailPrimary,
  blockedReasons,
  createDraft,
  engineSchema,
  nextButton,
  openSchemaWizard,
  pick,
  typeInto,
} from './schema-helpers';
import type { RenderedApp } from '../render-app';

const nameInput = () => screen.getByRole('textbox', { name: /^Field name/ });

async function tryName(app: RenderedApp, name: string): Promise<string> {
  await app.user.clear(nameInput());
  await typeInto(app, nameInput(), name);
  await app.user.click(screen.getByRole('button', { name: 'Add field' }));
  await waitFor(() => expect(nameInput()).toHaveAttribute('aria-invalid', 'true'));
  return (
    document.getElementById(
      nameInput()
        .getAttribute('aria-describedby')
        ?.split(' ')
        .find((id) => id.endsWith('-error')) ?? '',
    )?.textContent ?? ''
  );
}

describe('step 3: custom fields', () => {
  it('explains the platform’s naming rule when a name breaks it', async () => {
    const app = await openSchemaWizard();
    await createDraft(app, 'Naming');
    expect(screen.getByText(/under your tenant object _stager/)).toBeInTheDocument();
    expect(await tryName(app, '_secret')).toMatch(
      /“_secret” starts with “_”.*reserves leading underscores for namespaces like _stager/,
    );
    expect(await tryName(app, 'loyalty tier')).toMatch(
      /“loyalty tier” has characters the platform does not allow.*letters, digits, “-” and “_”/,
    );
    expect(await tryName(app, 'loyalty..tier')).toMatch(
      /cannot start or end with a dot or have two dots in a row/,
    );
    expect((await engineSchema(app, 'Naming')).fields.some((f) => f.path.startsWith('_stager'))).toBe(false);
  });

  it('adds a string field with allowed values under _{tenantId} in the engine and lists it', async () => {
    const app = await openSchemaWizard();
    await createDraft(app, 'Tiers');
    await typeInto(app, nameInput(), 'loyaltyTier');
    await pick(app, 'Type', /allowed values/);
    await app.user.click(screen.getByRole('button', { name: 'Add field' }));
    expect(await screen.findByText('An enum needs at least one allowed value.')).toBeInTheDocument();
    const values = screen.getByRole('combobox', { name: /^Allowed values/ });
    await app.user.type(values, 'gold{Enter}silver{Enter}');
    await app.user.click(screen.getByRole('button', { name: 'Add field' }));

    const table = await screen.findByRole('table', { name: 'Custom fields' });
    expect(within(table).getByText('_stager.loyaltyTier')).toBeInTheDocument();
    expect(within(table).getByText('gold, silver')).toBeInTheDocument();
    expect(nameInput()).toHaveValue('');
    expect(nameInput()).toHaveFocus();
    const field = (await engineSchema(app, 'Tiers')).fields.find((f) => f.path === '_stager.loyaltyTier');
    expect(field).toMatchObject({ xdmType: 'enum', enum: ['gold', 'silver'], title: 'Loyalty Tier' });
  });

  it('shows the engine’s refusal of a field that already exists next to the name', async () => {
    const app = await openSchemaWizard();
    await createDraft(app, 'Twice');
    await typeInto(app, nameInput(), 'memberSince');
    await app.user.click(screen.getByRole('button', { name: 'Add field' }));
    await screen.findByRole('table', { name: 'Custom fields' });
    await typeInto(app, nameInput(), 'memberSince');
    await app.user.click(screen.getByRole('button', { name: 'Add field' }));
    expect(await screen.findByText('Field _stager.memberSince already exists.')).toBeInTheDocument();
  });

  it('does not go on while a typed field was never added', async () => {
    const app = await openSchemaWizard();
    await createDraft(app, 'Pending');
    await typeInto(app, nameInput(), 'forgotten');
    await app.user.click(nextButton());
    expect(await blockedReasons()).toEqual([
      'You typed the field “forgotten” but did not add it. Add it with “Add field” or clear the name.',
    ]);
    await app.user.clear(nameInput());
    await app.user.click(nextButton());
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Mark identity fields' }),
    ).toBeInTheDocument();
  });
});

async function toIdentities(app: RenderedApp, title: string) {
  await createDraft(app, title);
  await app.user.click(nextButton());
  await screen.findByRole('heading', { level: 2, name: 'Mark identity fields' });
}

describe('step 4: identities', () => {
  it('needs a primary identity before going on, and sets one in the engine', async () => {
    const app = await openSchemaWizard();
    await toIdentities(app, 'Identities');
    await app.user.click(nextButton());
    expect(await blockedReasons()).toEqual([
      'Mark one identity field as primary: Profile cannot merge records without it.',
    ]);

    await addEmailPrimary(app);
    const row = within(screen.getByRole('table', { name: 'Identity fields' })).getByRole('row', {
      name: /personalEmail\.address/,
    });
    expect(row).toHaveTextContent('Email');
    expect(row).toHaveTextContent('Primary');
    expect((await engineSchema(app, 'Identities')).identities).toMatchObject([
      { 'xdm:sourceProperty': '/personalEmail/address', 'xdm:namespace': 'Email', 'xdm:isPrimary': true },
    ]);
    await app.user.click(nextButton());
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Review and enable for Profile' }),
    ).toBeInTheDocument();
  });

  it('offers only string fields, allows one primary, and moves the primary mark on request', async () => {
    const app = await openSchemaWizard();
    await toIdentities(app, 'Primaries');
    const field = screen.getByRole('combobox', { name: /^Field/ });
    await app.user.click(field);
    await app.user.paste('homeAddress.lastVerifiedDate');
    expect(await screen.findByText('No string field matches')).toBeInTheDocument();
    await app.user.keyboard('{Escape}');
    await app.user.clear(field);

    await addEmailPrimary(app);
    await pick(app, /^Field/, 'mobilePhone.number — Number');
    const primary = screen.getByRole('switch', { name: /Primary identity/ });
    expect(primary).toBeDisabled();
    expect(
      screen.getByText(/personalEmail\.address is the primary identity. A schema has only one/),
    ).toBeInTheDocument();
    await pick(app, /^Identity namespace/, 'Phone');
    await app.user.click(screen.getByRole('button', { name: 'Add identity' }));
    await screen.findByRole('button', { name: 'Make mobilePhone.number the primary identity' });

    await app.user.click(
      screen.getByRole('button', { name: 'Make mobilePhone.number the primary identity' }),
    );
    await screen.findByRole('button', { name: 'Make personalEmail.address the primary identity' });
    const descriptors = (await engineSchema(app, 'Primaries')).identities;
    expect(descriptors.map((d) => [d['xdm:sourceProperty'], d['xdm:isPrimary']]).sort()).toEqual([
      ['/mobilePhone/number', true],
      ['/personalEmail/address', false],
    ]);

    await app.user.click(screen.getByRole('button', { name: 'Remove identity personalEmail.address' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /Make personalEmail/ })).toBeNull());
    expect((await engineSchema(app, 'Primaries')).identities).toHaveLength(1);
  });

  it('creates a custom namespace inline and selects it', async () => {
    const app = await openSchemaWizard();
    await toIdentities(app, 'Custom namespace');
    await app.user.click(screen.getByRole('button', { name: 'New namespace…' }));
    const dialog = await screen.findByRole('dialog', { name: 'New identity namespace' });
    await typeInto(app, within(dialog).getByRole('textbox', { name: /^Identity symbol/ }), '1crm');
    await typeInto(app, within(dialog).getByRole('textbox', { name: /^Display name/ }), 'CRM ID');
    await app.user.click(within(dialog).getByRole('button', { name: 'Create namespace' }));
    expect(await within(dialog).findByText(/Identity symbol "1crm" is not allowed/)).toBeInTheDocument();
    const symbol = within(dialog).getByRole('textbox', { name: /^Identity symbol/ });
    await app.user.clear(symbol);
    await typeInto(app, symbol, 'CRMID');
    await app.user.click(within(dialog).getByRole('button', { name: 'Create namespace' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: /^Identity namespace/ })).toHaveValue('CRM ID (CRMID)'),
    );
    const namespaces = await app.call('registry-namespace-list', { sandbox: 'prod' });
    expect(namespaces.find((ns) => ns.code === 'CRMID')).toMatchObject({
      name: 'CRM ID',
      type: 'CROSS_DEVICE',
      isStandard: false,
    });
  });
});
