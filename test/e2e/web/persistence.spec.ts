// Data survives a browser restart: the same Chromium profile directory, a new browser process.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../../playwright.config';
import { AppShell } from './pages/app-shell';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

test('a sandbox created before closing the browser is there after relaunching it', async ({ baseURL }) => {
  const profile = await mkdtemp(join(tmpdir(), 'profile-stager-e2e-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      baseURL,
      viewport: { width: 1280, height: 800 },
    });
  try {
    const first = await launch();
    const firstShell = new AppShell(first.pages()[0] ?? (await first.newPage()));
    await firstShell.open();
    await firstShell.switcher.create('survivor', 'Survivor');
    await first.close();

    const second = await launch();
    const secondShell = new AppShell(second.pages()[0] ?? (await second.newPage()));
    await secondShell.open();
    // The current-sandbox preference (localStorage) and the sandbox (IndexedDB) both survived.
    await secondShell.switcher.expectCurrent('Survivor');
    expect(await secondShell.switcher.listedNames()).toEqual(['prod', 'survivor']);
    await second.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
