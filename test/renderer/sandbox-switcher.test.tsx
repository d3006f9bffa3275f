// The header's sandbox switcher over a real engine: list, create (with the engine's name errors), switch, reset, delete.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findSwitcher, renderApp } from './render-app';

async function openSwitcher(app: Awaited<ReturnType<typeof renderApp>>, title = 'Production') {
  await app.user.click(await findSwitcher(title));
  return within(await screen.findByRole('menu'));
}

describe('sandbox switcher', () => {
  it('lists every sandbox, the default first, and marks the current one', async () => {
    const app = await renderApp();
    await app.call('sandbox-create', { name: 'dev-a', title: 'Dev A' });
    const menu = await openSwitcher(app);
    // The new sandbox arrives with the engine's sandbox-changed event; wait for both items.
    await waitFor(() =>
      expect(
        menu.getAllByRole('menuitem', { name: /Production|Dev A/ }).map((item) => item.textContent),
      ).toEqual([expect.stringContaining('Production'), expect.stringContaining('Dev A')]),
    );
    expect(menu.getByRole('menuitem', { name: /Production/ })).toHaveAttribute('aria-current', 'true');
    expect(menu.getByRole('menuitem', { name: /Dev A/ })).not.toHaveAttribute('aria-current');
  });

  it('shows the engine’s naming rule under the name field, then creates and switches to the sandbox', async () => {
    const app = await renderApp();
    const menu = await openSwitcher(app);
    await app.user.click(menu.getByRole('menuitem', { name: 'New sandbox…' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'New sandbox' }));

    const name = dialog.getByRole('textbox', { name: /^Name/ });
    await app.user.type(name, 'Bad Name');
    await app.user.click(dialog.getByRole('button', { name: 'Create sandbox' }));
    expect(
      await dialog.findByText(/Sandbox name "Bad Name" is not allowed: use lowercase letters/),
    ).toBeVisible();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    // The error is shown in the form, not also in the error area.
    expect(app.stores.errors.getState().errors).toEqual([]);

    await app.user.clear(name);
    await app.user.type(name, 'qa-team');
    await app.user.click(dialog.getByRole('button', { name: 'Create sandbox' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await findSwitcher('Qa Team')).toBeInTheDocument();
    expect(app.stores.prefs.getState().currentSandbox).toBe('qa-team');
    expect((await app.call('sandbox-list', {})).map((s) => s.name)).toEqual(['prod', 'qa-team']);
  });

  it('shows "already exists" in the form too', async () => {
    const app = await renderApp();
    await app.call('sandbox-create', { name: 'dev' });
    await app.user.click(await screen.findByRole('button', { name: 'New sandbox…' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'New sandbox' }));
    await app.user.type(dialog.getByRole('textbox', { name: /^Name/ }), 'dev');
    await app.user.click(dialog.getByRole('button', { name: 'Create sandbox' }));
    expect(await dialog.findByText('A sandbox named "dev" already exists.')).toBeVisible();
  });

  it('switches the current sandbox and remembers it', async () => {
    const app = await renderApp();
    await app.call('sandbox-create', { name: 'dev-a', title: 'Dev A' });
    const menu = await openSwitcher(app);
    await app.user.click(await menu.findByRole('menuitem', { name: /Dev A/ }));
    expect(await findSwitcher('Dev A')).toBeInTheDocument();
    expect(screen.getByTestId('current-sandbox-title')).toHaveTextContent('Dev A');
    expect(app.stores.prefs.getState().currentSandbox).toBe('dev-a');
  });

  it('picks up sandboxes created elsewhere from the sandbox-changed event', async () => {
    const app = await renderApp();
    await findSwitcher();
    await app.call('sandbox-create', { name: 'from-cli', title: 'From CLI' });
    expect(await screen.findByRole('cell', { name: 'From CLI' })).toBeInTheDocument();
  });

  it('asks before resetting, says what will be lost, and empties the sandbox only on confirmation', async () => {
    const app = await renderApp();
    await app.call('sandbox-create', { name: 'dev-a', title: 'Dev A' });
    const db = await app.engine?.engine.sandboxes.db('dev-a');
    await db?.table('namespaces').bulkPut([{ code: 'A' }, { code: 'B' }, { code: 'C' }]);
    // What an ingestion would do: the engine announces the changed sandbox.
    const sandboxes = await app.call('sandbox-list', {});
    await act(async () => {
      app.engine?.engine.events.emit('sandbox-changed', { sandboxes, changed: 'dev-a' });
      app.stores.prefs.getState().setCurrentSandbox('dev-a');
    });

    let menu = await openSwitcher(app, 'Dev A');
    await app.user.click(menu.getByRole('menuitem', { name: 'Reset…' }));
    let dialog = within(await screen.findByRole('dialog', { name: 'Reset sandbox “Dev A”?' }));
    expect(
      dialog.getByText(/its schemas, datasets, batches, identities and profiles are deleted/),
    ).toBeVisible();
    expect(dialog.getByText('It holds 3 stored rows, which will all be lost.')).toBeVisible();
    expect(dialog.getByText(/The sandbox itself stays, with its name “dev-a”/)).toBeVisible();

    await app.user.click(dialog.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await app.call('sandbox-list', {})).find((s) => s.name === 'dev-a')?.rowCount).toBe(3);

    menu = await openSwitcher(app, 'Dev A');
    await app.user.click(menu.getByRole('menuitem', { name: 'Reset…' }));
    dialog = within(await screen.findByRole('dialog', { name: 'Reset sandbox “Dev A”?' }));
    await app.user.click(dialog.getByRole('button', { name: 'Reset sandbox' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await app.call('sandbox-list', {})).find((s) => s.name === 'dev-a')?.rowCount).toBe(0);
    expect(await findSwitcher('Dev A')).toBeInTheDocument();
  });

  it('renames the title but keeps the name', async () => {
    const app = await renderApp();
    const menu = await openSwitcher(app);
    await app.user.click(menu.getByRole('menuitem', { name: 'Rename…' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Rename sandbox' }));
    const title = dialog.getByRole('textbox', { name: /^Title/ });
    await app.user.clear(title);
    await app.user.click(dialog.getByRole('button', { name: 'Save title' }));
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(title).toHaveAccessibleDescription(/A sandbox title cannot be empty/);
    await app.user.type(title, 'Live data');
    await app.user.click(dialog.getByRole('button', { name: 'Save title' }));
    expect(await findSwitcher('Live data')).toBeInTheDocument();
    expect((await app.call('sandbox-list', {}))[0]).toMatchObject({ name: 'prod', title: 'Live data' });
  });

  it('cannot delete the default sandbox; deleting another one falls back to the default', async () => {
    const app = await renderApp();
    await app.call('sandbox-create', { name: 'dev-a', title: 'Dev A' });
    let menu = await openSwitcher(app);
    expect(menu.getByRole('menuitem', { name: /^Delete…/ })).toHaveAttribute('aria-disabled', 'true');
    expect(menu.getByText('The default sandbox cannot be deleted; reset it instead.')).toBeInTheDocument();
    await app.user.click(menu.getByRole('menuitem', { name: /Dev A/ }));

    menu = await openSwitcher(app, 'Dev A');
    await app.user.click(menu.getByRole('menuitem', { name: 'Delete…' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Delete sandbox “Dev A”?' }));
    expect(dialog.getByText(/The sandbox “dev-a” and everything in it are deleted/)).toBeVisible();
    await app.user.click(dialog.getByRole('button', { name: 'Delete sandbox' }));
    expect(await findSwitcher('Production')).toBeInTheDocument();
    expect(app.stores.prefs.getState().currentSandbox).toBe('prod');
    expect((await app.call('sandbox-list', {})).map((s) => s.name)).toEqual(['prod']);
  });
});
