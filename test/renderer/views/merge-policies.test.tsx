// Merge policies view: the list, create/edit with the platform's rules shown inline, the draft's effect on a chosen
// profile before saving (differing attributes marked), set default, and delete with confirmation.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EngineClient } from '../../../shared/contract';
import { ingest } from '../../engine/ingest/builders';
import { renderApp } from '../render-app';
import { sandbox, world } from '../wizards/verify-world';

/** The verify world plus Ada in the loyalty dataset, ingested last (so timestamp order prefers loyalty). */
async function policyWorld(client: EngineClient) {
  const w = await world(client);
  const line = {
    personalEmail: { address: 'ada@example.com' },
    person: { name: { firstName: 'Ada (loyalty)' } },
    loyalty: { points: 50 },
  };
  await ingest(client, w.loyalty.id, 'loyalty.jsonl', JSON.stringify(line), { format: 'json' });
  return w;
}

async function openPolicies<W>(build: (client: EngineClient) => Promise<W>) {
  const app = await renderApp({ path: '/' });
  const w = await act(() => build(app.client));
  app.navigate('/merge-policies');
  await screen.findByRole('heading', { level: 1, name: 'Merge policies' });
  await screen.findByRole('table', { name: 'Merge policies' });
  return { app, w };
}

const rowOf = (name: string) => {
  const table = screen.getByRole('table', { name: 'Merge policies' });
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => candidate.getAttribute('data-policy') === name);
  if (!row) throw new Error(`No row for policy ${name}`);
  return row;
};
const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('merge policies view', () => {
  it('lists the policies with class, merge type, stitching, default and version', async () => {
    await openPolicies(world);
    expect(cellsOf(rowOf('Default Timebased')).slice(0, 6)).toEqual([
      'Default Timebased',
      'XDM Individual Profile',
      'Timestamp ordered',
      'Private graph',
      'Default',
      '1',
    ]);
  });

  it('checks the rules next to the fields before anything is saved', async () => {
    const { app } = await openPolicies(world);
    await app.user.click(screen.getByRole('button', { name: 'New merge policy' }));
    const editor = await screen.findByRole('region', { name: 'New merge policy' });
    expect(within(editor).getByRole('heading', { name: 'New merge policy' })).toHaveFocus();
    await app.user.click(within(editor).getByRole('button', { name: 'Create policy' }));
    expect(await within(editor).findByText('Give the policy a name.')).toBeInTheDocument();
    await app.user.type(within(editor).getByRole('textbox', { name: /^Name/ }), 'default timebased');
    expect(
      within(editor).getByText(/Another policy is already called ‘default timebased’/),
    ).toBeInTheDocument();
    await app.user.clear(within(editor).getByRole('textbox', { name: /^Name/ }));
    await app.user.type(within(editor).getByRole('textbox', { name: /^Name/ }), 'CRM first');
    await app.user.click(within(editor).getByRole('radio', { name: /^Dataset precedence/ }));
    await app.user.click(within(editor).getByRole('button', { name: 'Create policy' }));
    expect(
      await within(editor).findByText(/Dataset precedence needs at least one dataset/),
    ).toBeInTheDocument();
    expect(await app.call('profile-policy-list', { sandbox })).toHaveLength(1);
  });

  it('shows the draft’s effect on a chosen profile before saving, then saves it', async () => {
    const { app, w } = await openPolicies(policyWorld);
    await app.user.click(screen.getByRole('button', { name: 'Edit Default Timebased' }));
    const editor = await screen.findByRole('region', { name: 'Edit ‘Default Timebased’' });
    await app.user.click(within(editor).getByRole('radio', { name: /^Dataset precedence/ }));
    // Keyboard-operable order: add both, then move loyalty below crm.
    await app.user.click(within(editor).getByRole('button', { name: 'Add loyalty to the order' }));
    await app.user.click(within(editor).getByRole('button', { name: 'Add crm to the order' }));
    await app.user.click(within(editor).getByRole('button', { name: 'Move crm up' }));
    const order = within(editor).getByRole('list', { name: 'Datasets in order of precedence' });
    expect(
      within(order)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['1crm', '2loyalty']);

    const preview = screen.getByRole('region', { name: 'Effect on a profile' });
    await app.user.type(within(preview).getByRole('textbox', { name: /^Identity value/ }), 'ada@example.com');
    await app.user.click(within(preview).getByRole('button', { name: 'Show effect' }));
    const table = await within(preview).findByRole('table', {
      name: 'Attributes of Email: ada@example.com: saved policy and draft',
    });
    const changed = () =>
      within(table)
        .getAllByRole('row')
        .filter((row) => row.hasAttribute('data-differs'));
    await waitFor(() => expect(changed()).toHaveLength(1));
    expect(cellsOf(changed()[0] as HTMLElement)).toEqual([
      'person.name.firstNameChanged',
      'Ada (loyalty)loyalty',
      'Adacrm',
    ]);
    expect(within(preview).getByRole('status')).toHaveTextContent('1 attribute differs');
    // Nothing was saved by previewing.
    expect((await app.call('profile-policy-list', { sandbox }))[0]).toMatchObject({
      version: 1,
      attributeMerge: { type: 'timestampOrdered' },
    });

    // Changing the draft again refreshes the preview: loyalty first means no difference.
    await app.user.click(within(editor).getByRole('button', { name: 'Move loyalty up' }));
    await waitFor(() => expect(within(preview).getByRole('status')).toHaveTextContent('0 attributes differ'));
    await app.user.click(within(editor).getByRole('button', { name: 'Move crm up' }));
    await waitFor(() => expect(within(preview).getByRole('status')).toHaveTextContent('1 attribute differs'));

    await app.user.click(within(editor).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Saved ‘Default Timebased’ (version 2).')).toBeInTheDocument();
    await waitFor(() =>
      expect(cellsOf(rowOf('Default Timebased'))[2]).toBe('Dataset precedence: crm › loyalty'),
    );
    expect((await app.call('profile-policy-list', { sandbox }))[0]?.attributeMerge).toEqual({
      type: 'dataSetPrecedence',
      order: [w.crm.id, w.loyalty.id],
    });
  });

  it('the editor and the preview work from the keyboard alone', async () => {
    const { app } = await openPolicies(policyWorld);
    screen.getByRole('button', { name: 'Edit Default Timebased' }).focus();
    await app.user.keyboard('{Enter}');
    const editor = await screen.findByRole('region', { name: 'Edit ‘Default Timebased’' });
    // The radio group moves with the arrow keys; the order buttons take Enter and Space.
    within(editor)
      .getByRole('radio', { name: /^Timestamp ordered/ })
      .focus();
    await app.user.keyboard('{ArrowDown}');
    expect(within(editor).getByRole('radio', { name: /^Dataset precedence/ })).toBeChecked();
    within(editor).getByRole('button', { name: 'Add loyalty to the order' }).focus();
    await app.user.keyboard('{Enter}');
    within(editor).getByRole('button', { name: 'Add crm to the order' }).focus();
    await app.user.keyboard(' ');
    within(editor).getByRole('button', { name: 'Move crm up' }).focus();
    await app.user.keyboard('{Enter}');
    const order = within(editor).getByRole('list', { name: 'Datasets in order of precedence' });
    expect(
      within(order)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['1crm', '2loyalty']);
    const preview = screen.getByRole('region', { name: 'Effect on a profile' });
    within(preview)
      .getByRole('textbox', { name: /^Identity value/ })
      .focus();
    await app.user.keyboard('ada@example.com{Enter}');
    await waitFor(() => expect(within(preview).getByRole('status')).toHaveTextContent('1 attribute differs'));
  });

  it('shows the engine’s refusal of a draft inline', async () => {
    const { app } = await openPolicies(async (client) => {
      const w = await world(client);
      // Another window renames a policy to the name this editor is about to use.
      return w;
    });
    await app.user.click(screen.getByRole('button', { name: 'New merge policy' }));
    const editor = await screen.findByRole('region', { name: 'New merge policy' });
    await app.user.type(within(editor).getByRole('textbox', { name: /^Name/ }), 'Taken later');
    await app.call('profile-policy-create', { sandbox, name: 'Taken later' });
    await app.user.click(within(editor).getByRole('button', { name: 'Create policy' }));
    const alert = await within(editor).findByRole('alert');
    expect(alert).toHaveTextContent('The engine refused this policy');
    expect(alert).toHaveTextContent('A merge policy named "Taken later" already exists.');
  });

  it('makes another policy the default, and deletes one after confirmation', async () => {
    const { app } = await openPolicies(async (client) => {
      const w = await world(client);
      await client.call('profile-policy-create', {
        sandbox,
        name: 'No stitching',
        identityGraph: { type: 'none' },
      });
      return w;
    });
    await waitFor(() => expect(cellsOf(rowOf('No stitching'))[4]).toBe('No'));
    await app.user.click(screen.getByRole('button', { name: 'Make No stitching the default' }));
    await waitFor(() => expect(cellsOf(rowOf('No stitching'))[4]).toBe('Default'));
    expect(cellsOf(rowOf('Default Timebased'))[4]).toBe('No');
    expect(screen.getByText('‘No stitching’ is now the default merge policy.')).toBeInTheDocument();

    await app.user.click(screen.getByRole('button', { name: 'Delete Default Timebased' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete ‘Default Timebased’?' });
    await app.user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await app.call('profile-policy-list', { sandbox })).toHaveLength(2);
    await app.user.click(screen.getByRole('button', { name: 'Delete Default Timebased' }));
    await app.user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete policy' }),
    );
    expect(await screen.findByText('Deleted ‘Default Timebased’.')).toBeInTheDocument();
    expect((await app.call('profile-policy-list', { sandbox })).map((p) => p.name)).toEqual(['No stitching']);
  });

  it('offers no new policy once the sandbox has five', async () => {
    await openPolicies(async (client) => {
      const w = await world(client);
      for (const name of ['Two', 'Three', 'Four', 'Five'])
        await client.call('profile-policy-create', { sandbox, name });
      return w;
    });
    await waitFor(() => expect(screen.getByRole('button', { name: 'New merge policy' })).toBeDisabled());
    expect(
      screen.getByText(/This sandbox has 5 merge policies, the most the platform allows/),
    ).toBeInTheDocument();
  });
});
