// Settings → Local API in both hosts. The desktop API is faked at the window.profileStager boundary
// (main cannot run here); it behaves like main's controller: port in use, on/off, new tokens, pushes.
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  LOCAL_API_DEFAULT_PORT,
  type DesktopApi,
  type LocalApiStatus,
} from '../../shared/contract/desktop-api';
import { DEFAULT_PORT } from '../../electron/node/http/server';
import { renderApp } from './render-app';

type FakeApi = DesktopApi['api'] & { calls: unknown[]; push(status: Partial<LocalApiStatus>): void };

function fakeMain(initial: Partial<LocalApiStatus> = {}): FakeApi {
  let status: LocalApiStatus = {
    enabled: true,
    running: true,
    port: 8181,
    defaultPort: 8181,
    url: 'http://127.0.0.1:8181',
    token: 'first-token-abcdefghijklmnopqrstuvwxyz',
    ...initial,
  };
  let tokens = 0;
  const listeners = new Set<(status: LocalApiStatus) => void>();
  const calls: unknown[] = [];
  const settle = (next: LocalApiStatus) => {
    status = next;
    for (const listener of listeners) listener(status);
    return Promise.resolve(status);
  };
  return {
    calls,
    push: (change) => void settle({ ...status, ...change }),
    status: () => Promise.resolve(status),
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    configure(change) {
      calls.push({ configure: change });
      const port = change.port ?? status.port;
      const enabled = change.enabled ?? status.enabled;
      const { url: _url, error: _error, ...rest } = status;
      if (!enabled) return settle({ ...rest, enabled, port, running: false });
      if (port === 9999)
        return settle({
          ...rest,
          enabled,
          port,
          running: false,
          error: { code: 'port-in-use', message: 'Port 9999 on 127.0.0.1 is already in use…' },
        });
      return settle({ ...rest, enabled, port, running: true, url: `http://127.0.0.1:${port}` });
    },
    regenerateToken() {
      calls.push('regenerate');
      return settle({ ...status, token: `new-token-${(tokens += 1)}-abcdefghijklmnopqrstuvwxyz` });
    },
  };
}

function card() {
  return within(
    screen
      .getByRole('heading', { name: /^(Local API|Lokale API)$/ })
      .closest('.mantine-Card-root') as HTMLElement,
  );
}

afterEach(() => {
  delete (window as { profileStager?: unknown }).profileStager;
});

describe('Settings → Local API in the web host', () => {
  it('explains where the HTTP API runs and shows the serve command to copy', async () => {
    const app = await renderApp({ path: '/settings' });
    const api = card();
    expect(api.getByText(/runs inside the desktop app/)).toBeInTheDocument();
    expect(api.getByTestId('serve-command')).toHaveTextContent(
      'profile-stager serve --port 8181 --token <token>',
    );
    expect(api.queryByRole('switch')).toBeNull();
    await app.user.click(api.getByRole('button', { name: 'Copy command' }));
    expect(await navigator.clipboard.readText()).toBe('profile-stager serve --port 8181 --token <token>');
    expect(LOCAL_API_DEFAULT_PORT).toBe(DEFAULT_PORT);
  });

  it('speaks Dutch', async () => {
    await renderApp({ path: '/settings', prefs: { language: 'nl' } });
    expect(card().getByText(/draait in de desktop-app/)).toBeInTheDocument();
  });
});

describe('Settings → Local API in the desktop host', () => {
  function desktop(initial?: Partial<LocalApiStatus>): FakeApi {
    const api = fakeMain(initial);
    (window as { profileStager?: unknown }).profileStager = { api };
    return api;
  }

  it('shows the base URL, the state and a masked token that can be revealed and copied', async () => {
    desktop();
    const app = await renderApp({ path: '/settings', host: 'desktop' });
    const api = card();
    await waitFor(() => expect(api.getByRole('status')).toHaveTextContent('Running'));
    expect(api.getByTestId('api-url')).toHaveTextContent('http://127.0.0.1:8181');
    expect(api.getByRole('switch', { name: /Serve the local API/ })).toBeChecked();
    expect(api.getByRole('textbox', { name: /^Port/ })).toHaveValue('8181');
    const token = api.getByTestId('api-token');
    expect(token).not.toHaveTextContent('first-token');
    await app.user.click(api.getByRole('button', { name: 'Show token' }));
    expect(token).toHaveTextContent('first-token-abcdefghijklmnopqrstuvwxyz');
    await app.user.click(api.getByRole('button', { name: 'Hide token' }));
    expect(token).not.toHaveTextContent('first-token');
    await app.user.click(api.getByRole('button', { name: 'Copy token' }));
    expect(await navigator.clipboard.readText()).toBe('first-token-abcdefghijklmnopqrstuvwxyz');
    await app.user.click(api.getByRole('button', { name: 'Copy base URL' }));
    expect(await navigator.clipboard.readText()).toBe('http://127.0.0.1:8181');
  });

  it('says clearly when the port is in use, and starts on another port', async () => {
    const main = desktop();
    const app = await renderApp({ path: '/settings', host: 'desktop' });
    const api = card();
    const port = await api.findByRole('textbox', { name: /^Port/ });
    await waitFor(() => expect(port).toHaveValue('8181'));
    await app.user.clear(port);
    await app.user.type(port, '9999{Enter}');
    const alert = await api.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Port 9999 is already in use by another program. Choose another port, or stop the program that uses it.',
    );
    expect(api.getByRole('status')).toHaveTextContent('Not running');
    expect(api.getByTestId('api-url')).toHaveTextContent('Not running');

    await app.user.clear(port);
    await app.user.type(port, '8282');
    await app.user.click(api.getByRole('button', { name: 'Use this port' }));
    await waitFor(() => expect(api.getByTestId('api-url')).toHaveTextContent('http://127.0.0.1:8282'));
    expect(api.queryByRole('alert')).toBeNull();
    expect(main.calls).toEqual([{ configure: { port: 9999 } }, { configure: { port: 8282 } }]);
  });

  it('refuses a port that is not one without asking main', async () => {
    const main = desktop();
    const app = await renderApp({ path: '/settings', host: 'desktop' });
    const api = card();
    const port = await api.findByRole('textbox', { name: /^Port/ });
    await waitFor(() => expect(port).toHaveValue('8181'));
    for (const bad of ['abc', '0', '70000']) {
      await app.user.clear(port);
      await app.user.type(port, `${bad}{Enter}`);
      expect(await api.findByText('Enter a whole number from 1 to 65535.')).toBeInTheDocument();
    }
    expect(main.calls).toEqual([]);
  });

  it('regenerates the token only after confirmation', async () => {
    const main = desktop();
    const app = await renderApp({ path: '/settings', host: 'desktop' });
    const api = card();
    await waitFor(() => expect(api.getByRole('status')).toHaveTextContent('Running'));
    await app.user.click(api.getByRole('button', { name: 'Regenerate token' }));
    const confirm = api.getByRole('alertdialog', { name: 'Regenerate token' });
    await app.user.click(within(confirm).getByRole('button', { name: 'Keep the current token' }));
    expect(main.calls).toEqual([]);
    await app.user.click(api.getByRole('button', { name: 'Regenerate token' }));
    await app.user.click(
      within(api.getByRole('alertdialog')).getByRole('button', { name: 'Make a new token' }),
    );
    expect(await api.findByText('New token made; the old one no longer works.')).toBeInTheDocument();
    await app.user.click(api.getByRole('button', { name: 'Show token' }));
    expect(api.getByTestId('api-token')).toHaveTextContent('new-token-1-');
    expect(main.calls).toEqual(['regenerate']);
  });

  it('turns the API off and on, and follows what main reports', async () => {
    const main = desktop();
    const app = await renderApp({ path: '/settings', host: 'desktop' });
    const api = card();
    const toggle = await api.findByRole('switch', { name: /Serve the local API/ });
    await waitFor(() => expect(toggle).toBeChecked());
    await app.user.click(toggle);
    await waitFor(() => expect(api.getByRole('status')).toHaveTextContent('Off'));
    expect(toggle).not.toBeChecked();
    expect(api.getByTestId('api-url')).toHaveTextContent('Not running');
    await app.user.click(toggle);
    await waitFor(() => expect(api.getByRole('status')).toHaveTextContent('Running'));
    act(() => main.push({ running: false, error: { code: 'failed', message: 'listen EMFILE' } }));
    expect(await api.findByRole('alert')).toHaveTextContent('The local API could not start: listen EMFILE');
    expect(main.calls).toEqual([{ configure: { enabled: false } }, { configure: { enabled: true } }]);
  });

  it('speaks Dutch, including main’s errors', async () => {
    desktop({ running: false, url: undefined, error: { code: 'port-in-use', message: 'in use' } });
    await renderApp({ path: '/settings', host: 'desktop', prefs: { language: 'nl' } });
    const api = card();
    expect(await api.findByRole('alert')).toHaveTextContent(
      'Poort 8181 wordt al door een ander programma gebruikt.',
    );
    expect(api.getByRole('status')).toHaveTextContent('Niet actief');
  });
});
