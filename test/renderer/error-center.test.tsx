// Engine errors go to one place with the message and what to do next; field errors stay in their form.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EngineError, type EngineClient } from '../../shared/contract';
import { testEngine } from '../engine/helpers';
import { findSwitcher, renderApp } from './render-app';

/** The real engine, except that resetting fails the way a full disk would. */
async function clientWithFailingReset(): Promise<EngineClient> {
  const { client } = await testEngine();
  return {
    ...client,
    call: (method, args) =>
      method === 'sandbox-reset'
        ? Promise.reject(new EngineError('internal', 'QuotaExceededError: the disk is full'))
        : client.call(method, args),
  };
}

async function tryReset(app: Awaited<ReturnType<typeof renderApp>>) {
  await app.user.click(await findSwitcher());
  await app.user.click(await screen.findByRole('menuitem', { name: 'Reset…' }));
  const dialog = within(await screen.findByRole('dialog', { name: 'Reset sandbox “Production”?' }));
  await app.user.click(dialog.getByRole('button', { name: 'Reset sandbox' }));
  return dialog;
}

describe('error centre', () => {
  it('shows a failed action with its message and what to do next, and keeps the dialog open', async () => {
    const app = await renderApp({ client: await clientWithFailingReset(), awaitFirstLoad: true });
    await tryReset(app);

    const region = screen.getByRole('region', { name: 'Engine errors' });
    const alert = await within(region).findByRole('alert');
    expect(alert).toHaveTextContent('Unexpected engine error');
    expect(alert).toHaveTextContent('QuotaExceededError: the disk is full');
    expect(alert).toHaveTextContent(
      'What to do next: Try again. If it happens again, report it with the message above.',
    );
    expect(alert).toHaveTextContent('sandbox-reset · internal');
    expect(screen.getByRole('dialog', { name: 'Reset sandbox “Production”?' })).toBeInTheDocument();
  });

  it('counts repeats of the same error instead of stacking them, and can be dismissed', async () => {
    const app = await renderApp({ client: await clientWithFailingReset(), awaitFirstLoad: true });
    const dialog = await tryReset(app);
    await screen.findByRole('alert');
    await app.user.click(dialog.getByRole('button', { name: 'Reset sandbox' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('×2'));
    expect(screen.getAllByRole('alert')).toHaveLength(1);

    await app.user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Dismiss error' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains errors in Dutch while the engine’s own message stays as it is', async () => {
    const app = await renderApp({
      client: await clientWithFailingReset(),
      awaitFirstLoad: true,
      prefs: { language: 'nl' },
    });
    await app.user.click(await screen.findByRole('button', { name: /^Sandbox/ }));
    await app.user.click(await screen.findByRole('menuitem', { name: 'Leegmaken…' }));
    await app.user.click(await screen.findByRole('button', { name: 'Sandbox leegmaken' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Onverwachte fout in de engine');
    expect(alert).toHaveTextContent('QuotaExceededError: the disk is full');
    expect(alert).toHaveTextContent('Wat nu: Probeer het opnieuw.');
  });
});
