// The app frame in the web host: the engine runs in a Worker and the status bar says so.
import { expect, test } from '@playwright/test';
import { AppShell } from './pages/app-shell';

test('the status bar says the web host is ready, with the engine version', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.open();
  await expect(shell.health).toHaveText('Ready');
  await expect(shell.host).toHaveText('Web (browser worker)');
  await expect(shell.version).toHaveText(/^\d+\.\d+\.\d+/);
  await expect(shell.heading).toHaveText('Overview');
  await shell.switcher.expectCurrent('Production');
});

test('every page in the navigation opens', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.open();
  await shell.goTo('Merge policies');
  await expect(page).toHaveURL(/#\/merge-policies$/);
  await expect(page.getByRole('button', { name: 'New merge policy' })).toBeVisible();
  await expect(page.getByText(/Define how fragments merge into profiles/)).toBeVisible();
  await expect(shell.navLink('Merge policies')).toHaveAttribute('aria-current', 'page');

  await shell.goTo('Import files');
  await expect(page).toHaveURL(/#\/wizards\/import-files$/);
  await expect(shell.navLink('Import files')).toHaveAttribute('aria-current', 'page');

  await shell.goTo('Settings');
  await expect(page.getByRole('radiogroup', { name: 'Theme' })).toBeVisible();
});

test('the theme choice survives a reload', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.open('/settings');
  await page.getByText('Dark', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await shell.reload();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
});

test.describe('visual baselines', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(colorScheme, () => {
      test.use({ colorScheme });

      test(`the shell in the ${colorScheme} theme`, async ({ page }) => {
        const shell = new AppShell(page);
        await shell.open();
        await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', colorScheme);
        await expect(page).toHaveScreenshot(`shell-${colorScheme}.png`, { mask: [shell.dynamicText()] });
      });
    });
  }
});
