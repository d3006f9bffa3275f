// Desktop E2E: launches the built Electron app where an Electron binary exists; skipped (with the
// reason) on machines that cannot download Electron.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
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

  // eslint-disable-next-line no-empty-pattern
  test('serves the local API with the stored token, and reads a file chosen in main’s dialog through main', async ({}, testInfo) => {
    const userData = testInfo.outputPath('user-data-api');
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const token = 'e2e-token-0123456789abcdef';
    mkdirSync(userData, { recursive: true });
    writeFileSync(join(userData, 'local-api.json'), JSON.stringify({ enabled: true, port, token }), {
      mode: 0o600,
    });
    const app = await electron.launch({
      executablePath: binary.path,
      args: [root, `--user-data-dir=${userData}`],
      cwd: root,
    });
    const page = await app.firstWindow();
    await expect(page.getByRole('status').getByText(/ready/i)).toBeVisible();

    const stats = `http://127.0.0.1:${port}/data/foundation/schemaregistry/stats`;
    await expect
      .poll(async () => (await fetch(stats, { headers: { authorization: `Bearer ${token}` } })).status)
      .toBe(200);
    expect((await fetch(stats)).status).toBe(401);
    await page.evaluate(() => (window.location.hash = '#/settings'));
    await expect(page.getByTestId('api-url')).toHaveText(`http://127.0.0.1:${port}`);

    const csv = testInfo.outputPath('crm.csv');
    writeFileSync(csv, 'personalEmail.address,person.name.firstName\nada@example.com,Ada\n');
    await app.evaluate(({ dialog }, path) => {
      dialog.showOpenDialog = (async () => ({
        canceled: false,
        filePaths: [path],
      })) as typeof dialog.showOpenDialog;
    }, csv);
    const refs = await page.evaluate(() =>
      (
        window as unknown as {
          profileStager: { files: { open(): Promise<{ url: string; name: string }[]> } };
        }
      ).profileStager.files.open(),
    );
    expect(refs[0]?.name).toBe('crm.csv');
    const head = await page.evaluate(
      async (url) => (await fetch(url, { headers: { range: 'bytes=0-20' } })).text(),
      refs[0]?.url ?? '',
    );
    expect(head).toBe('personalEmail.address');
    await app.close();
  });
});
