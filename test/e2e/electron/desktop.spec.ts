// Desktop E2E: launches the built Electron app where an Electron binary exists; skipped (with the
// reason) on machines that cannot download Electron.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..', '..', '..');

function electronBinary(): { path?: string; reason?: string } {
  try {
    const path = require('electron') as unknown as string;
    if (typeof path !== 'string' || !existsSync(path))
      return { reason: `Electron binary not found at ${String(path)}` };
    execFileSync(path, ['--version'], {
      timeout: 20_000,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    return { path };
  } catch (error) {
    return {
      reason: `Electron binary not available on this machine: ${(error as Error).message.split('\n')[0]}`,
    };
  }
}

const binary = electronBinary();

test.describe('desktop app', () => {
  test.skip(!binary.path, binary.reason ?? 'no Electron binary');

  test.beforeAll(() => {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
  });

  // Playwright requires an object pattern here even when no fixture is used.
  // eslint-disable-next-line no-empty-pattern
  test('opens the UI window with the engine ready in its hidden window, and keeps a sandbox', async ({}, testInfo) => {
    const userData = testInfo.outputPath('user-data');
    const launch = () =>
      electron.launch({
        executablePath: binary.path,
        args: [root, `--user-data-dir=${userData}`],
        cwd: root,
      });
    let app = await launch();
    let page = await app.firstWindow();
    await expect(page.getByRole('status').getByText(/desktop/i)).toBeVisible();
    await page
      .getByRole('button', { name: /sandbox/i })
      .first()
      .click();
    await app.close();
    app = await launch();
    page = await app.firstWindow();
    await expect(page.getByRole('status').getByText(/ready/i)).toBeVisible();
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe(
      'undefined',
    );
    expect(
      await page.evaluate(() =>
        Object.keys((window as unknown as { profileStager: object }).profileStager).sort(),
      ),
    ).toEqual(['api', 'call', 'files', 'host', 'on']);
    await app.close();
  });
});
