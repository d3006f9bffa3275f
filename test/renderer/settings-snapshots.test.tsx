// Settings → Snapshots: importing a snapshot file adds its sandboxes; a bad file changes nothing.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testEngine } from '../engine/helpers';
import { renderApp } from './render-app';

describe('snapshot import in settings', () => {
  it('imports the sandboxes of a snapshot file and says so', async () => {
    const source = await testEngine();
    await source.client.call('sandbox-create', { name: 'shared-setup', title: 'Shared setup' });
    const bytes = await source.client.call('sandbox-export', { names: ['shared-setup'] });
    const app = await renderApp({ path: '/settings', prefs: { language: 'en' } });
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    await app.user.upload(input, new File([bytes as BlobPart], 'shared.snap'));
    expect(
      await screen.findByText(/^Imported shared-setup \(\d+ rows\).$/, undefined, { timeout: 20_000 }),
    ).toBeInTheDocument();
    await waitFor(async () =>
      expect((await app.client.call('sandbox-list', {})).map((s) => s.name)).toContain('shared-setup'),
    );
  });

  it('a damaged file is refused through the error centre and nothing is added', async () => {
    const app = await renderApp({ path: '/settings', prefs: { language: 'en' } });
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    await app.user.upload(input, new File(['not a snapshot'], 'bad.snap'));
    expect(
      await screen.findByText(/not gzip-compressed/, undefined, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect((await app.client.call('sandbox-list', {})).map((s) => s.name)).toEqual(['prod']);
  });
});
