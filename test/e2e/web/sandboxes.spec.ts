// Sandboxes in the web host: created, switched and reset through the UI, kept in the browser's IndexedDB.
import { expect, test } from '@playwright/test';
import { AppShell } from './pages/app-shell';

test('a bad name gets the engine’s naming rule; a good one creates the sandbox, which survives a reload', async ({
  page,
}) => {
  const shell = new AppShell(page);
  await shell.open();

  const dialog = await shell.switcher.submitCreate('Dev Staging');
  await expect(dialog.getByText(/Sandbox name "Dev Staging" is not allowed/)).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: /^Name/ })).toHaveAttribute('aria-invalid', 'true');

  await shell.switcher.submitCreate('dev-staging', 'Dev staging');
  await expect(shell.switcher.dialog).toBeHidden();
  await shell.switcher.expectCurrent('Dev staging');

  await shell.reload();
  await shell.switcher.expectCurrent('Dev staging');
  expect(await shell.switcher.listedNames()).toEqual(['prod', 'dev-staging']);
});

test('switching sandboxes changes what the overview shows', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.open();
  await shell.switcher.create('qa', 'QA');
  await expect(page.getByTestId('current-sandbox-title')).toHaveText('QA');

  await shell.switcher.switchTo('Production');
  await expect(page.getByTestId('current-sandbox-title')).toHaveText('Production');

  await page.getByRole('button', { name: 'Switch to QA' }).click();
  await shell.switcher.expectCurrent('QA');
});

test('resetting asks first, says what is lost, and keeps the sandbox', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.open();
  await shell.switcher.create('scratch', 'Scratch');

  const dialog = await shell.switcher.openReset();
  await expect(dialog).toHaveAccessibleName('Reset sandbox “Scratch”?');
  await expect(dialog).toContainText('schemas, datasets, batches, identities and profiles are deleted');
  await expect(dialog).toContainText('This cannot be undone.');
  await shell.switcher.confirm('Cancel');

  await shell.switcher.openReset();
  await shell.switcher.confirm('Reset sandbox');
  await expect(shell.errors.getByRole('alert')).toHaveCount(0);
  await shell.switcher.expectCurrent('Scratch');
  expect(await shell.switcher.listedNames()).toEqual(['prod', 'scratch']);
});
