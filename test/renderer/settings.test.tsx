// Settings: the language switch changes every string; the theme switch changes the colour scheme; both are remembered.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryStorage, PREFS_STORAGE_KEY } from '../../renderer/state/prefs-store';
import { renderApp, statusBar } from './render-app';

describe('language', () => {
  it('switches the whole UI to Dutch and back, and remembers the choice', async () => {
    const storage = memoryStorage();
    const app = await renderApp({ path: '/settings', storage, prefs: { language: 'en' } });
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();

    await app.user.click(screen.getByRole('radio', { name: 'Nederlands' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeInTheDocument();
    const nav = within(screen.getByRole('navigation', { name: 'Hoofdnavigatie' }));
    expect(nav.getByRole('link', { name: 'Overzicht' })).toBeInTheDocument();
    expect(nav.getByRole('link', { name: 'Bestanden importeren' })).toBeInTheDocument();
    expect(statusBar().getByRole('status', { name: 'Status van de engine' })).toHaveTextContent('Gereed');
    expect(screen.getByRole('radio', { name: 'Donker' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl-NL');
    expect(JSON.parse(storage.getItem(PREFS_STORAGE_KEY) as string).state.language).toBe('nl');

    await app.user.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
  });

  it('starts in the remembered language', async () => {
    const storage = memoryStorage();
    storage.setItem(PREFS_STORAGE_KEY, JSON.stringify({ state: { language: 'nl' }, version: 1 }));
    await renderApp({ storage });
    expect(screen.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeInTheDocument();
  });
});

describe('theme', () => {
  it('switches between light, dark and follow-system, and remembers the choice', async () => {
    const storage = memoryStorage();
    const app = await renderApp({
      path: '/settings',
      storage,
      prefs: { colorScheme: 'light', language: 'en' },
    });
    const root = document.documentElement;
    expect(screen.getByRole('radio', { name: 'Light' })).toBeChecked();
    expect(root).toHaveAttribute('data-mantine-color-scheme', 'light');

    await app.user.click(screen.getByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(root).toHaveAttribute('data-mantine-color-scheme', 'dark'));
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(JSON.parse(storage.getItem(PREFS_STORAGE_KEY) as string).state.colorScheme).toBe('dark');

    // Follow system: jsdom's matchMedia reports no dark preference, so the scheme is light.
    await app.user.click(screen.getByRole('radio', { name: 'Follow system' }));
    await waitFor(() => expect(root).toHaveAttribute('data-mantine-color-scheme', 'light'));
    expect(app.stores.prefs.getState().colorScheme).toBe('auto');
  });

  it('starts in the remembered theme', async () => {
    const storage = memoryStorage();
    storage.setItem(PREFS_STORAGE_KEY, JSON.stringify({ state: { colorScheme: 'dark' }, version: 1 }));
    await renderApp({ storage, prefs: { language: 'en' }, path: '/settings' });
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
  });
});
