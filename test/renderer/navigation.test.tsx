// Navigation: the wizards and views in order, the active page marked, every page built (no placeholder left).
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../renderer/app/route-table';
import { en } from '../../renderer/i18n/en';
import { renderApp } from './render-app';

describe('navigation', () => {
  it('lists the overview, the four wizards in order, the sandbox views and settings', async () => {
    await renderApp();
    const nav = within(screen.getByRole('navigation', { name: 'Main navigation' }));
    expect(nav.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Overview',
      'Enable a schema for Profile',
      'Configure a dataset',
      'Import files',
      'Verify an upload',
      'Schemas',
      'Datasets',
      'Batches',
      'Profiles',
      'Merge policies',
      'Streaming',
      'Settings',
    ]);
    expect(within(nav.getByRole('group', { name: 'Wizards' })).getAllByRole('link')).toHaveLength(4);
    expect(nav.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  });

  it('moves between pages and marks the current one', async () => {
    const app = await renderApp();
    const nav = within(screen.getByRole('navigation', { name: 'Main navigation' }));
    await app.user.click(nav.getByRole('link', { name: 'Verify an upload' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Verify an upload' })).toBeInTheDocument();
    expect(nav.getByRole('link', { name: 'Verify an upload' })).toHaveAttribute('aria-current', 'page');
    expect(nav.getByRole('link', { name: 'Overview' })).not.toHaveAttribute('aria-current');
  });

  it('has no placeholder left: every page in the navigation is built', async () => {
    const app = await renderApp();
    for (const route of ROUTES) {
      app.navigate(route.path);
      const name = route.id === 'overview' ? undefined : en[route.title];
      expect(await screen.findByRole('heading', { level: 1, ...(name ? { name } : {}) })).toBeInTheDocument();
      expect(screen.queryByText('Coming in a later release')).toBeNull();
    }
  });

  it('shows a clear page for an unknown address', async () => {
    await renderApp({ path: '/no-such-page' });
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no page at “/no-such-page”.')).toBeInTheDocument();
  });

  it('walks the wizards from the overview cards', async () => {
    const app = await renderApp();
    const start = within(screen.getByRole('region', { name: 'Get started' }));
    await app.user.click(start.getByRole('link', { name: /Configure a dataset/ }));
    expect(screen.getByRole('heading', { level: 1, name: 'Configure a dataset' })).toBeInTheDocument();
  });
});

describe('keyboard', () => {
  it('switches sandboxes with the keyboard alone, with a skip link first', async () => {
    const app = await renderApp();
    await app.call('sandbox-create', { name: 'dev-a', title: 'Dev A' });
    await app.user.tab();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveFocus();
    await app.user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();

    const switcher = screen.getByRole('button', { name: /^Sandbox/ });
    switcher.focus();
    await app.user.keyboard('{Enter}');
    const menu = within(await screen.findByRole('menu'));
    await app.user.keyboard('{ArrowDown}');
    expect(menu.getByRole('menuitem', { name: /Production/ })).toHaveFocus();
    await app.user.keyboard('{ArrowDown}');
    expect(menu.getByRole('menuitem', { name: /Dev A/ })).toHaveFocus();
    await app.user.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: /^Sandbox\s*Dev A/ })).toBeInTheDocument();
    expect(app.stores.prefs.getState().currentSandbox).toBe('dev-a');
  });
});
