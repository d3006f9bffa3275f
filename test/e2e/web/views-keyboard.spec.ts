// The views with the keyboard only (Tab, Shift+Tab, Enter, Space, arrow keys, Escape and typing; no mouse): the
// navigation, reverting a batch through its confirmation, creating a merge policy and looking a profile up. Every
// control focus stops on has an accessible name and a visible focus indicator.
import { expect, test } from '@playwright/test';
import { KeyboardOnly } from './pages/keyboard';
import { importSnapshot, removeSnapshot, type Snapshot } from './pages/snapshot-setup';
import { DataViewsPage } from './pages/views-data';
import { makeProfilesSnapshot, MergePoliciesView, ProfilesView } from './pages/views-profile';

test.describe.configure({ timeout: 240_000 });
test.use({ timezoneId: 'UTC', locale: 'en-US', viewport: { width: 1280, height: 1000 } });

let fixture: Snapshot;
test.beforeAll(() => {
  fixture = makeProfilesSnapshot();
});
test.afterAll(() => removeSnapshot(fixture));

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test(`batches, merge policies and profiles without a mouse (${colorScheme})`, async ({ page }) => {
      // Setting up the sandbox (a file chosen in Settings) is not part of the run.
      await importSnapshot(page, fixture.file);
      const keys = new KeyboardOnly(page);
      const views = new DataViewsPage(page);
      const shell = views.shell;

      // Navigation: from the top of the page, Tab through the header into the navigation; Enter follows a link.
      await page.goto('/#/');
      await page.reload();
      await shell.waitUntilReady();
      await keys.press('Tab');
      await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
      await keys.expectFocusVisible();
      await keys.tabTo(shell.navLink('Batches'));
      await keys.press('Enter');
      await expect(shell.heading).toHaveText('Batches');
      await expect(shell.navLink('Batches')).toHaveAttribute('aria-current', 'page');

      // Batches: open the CRM batch, ask to revert, back out with Escape, then confirm.
      const crmRow = views.batches.getByRole('row').filter({ hasText: 'CRM customers' });
      await expect(crmRow).toHaveCount(1);
      const openCrm = crmRow.getByRole('button', { name: /^Open batch / });
      await keys.tabTo(openCrm);
      await keys.press('Enter');
      const revert = page.getByRole('button', { name: 'Revert batch', exact: true }).first();
      await keys.tabTo(revert);
      await keys.press('Enter');
      await expect(views.revertDialog).toBeVisible();
      await expect(views.revertDialog).toContainText('Its status becomes inactive');
      await keys.press('Escape');
      await expect(views.revertDialog).toBeHidden();
      await expect(revert).toBeFocused();
      await keys.press('Space');
      await expect(views.revertDialog).toBeVisible();
      const confirm = views.revertDialog.getByRole('button', { name: 'Revert batch' });
      await keys.tabTo(confirm, { limit: 10 });
      await keys.press('Enter');
      await expect(views.revertDialog).toBeHidden();
      await expect(page.getByLabel('Batch status: Reverted').first()).toBeVisible();
      await expect(crmRow).toContainText('Reverted');

      // Merge policies: back up to the navigation with Shift+Tab, then a new policy from its form.
      const policies = new MergePoliciesView(page);
      await keys.tabTo(shell.navLink('Merge policies'), { backwards: true });
      await keys.press('Enter');
      await expect(shell.heading).toHaveText('Merge policies');
      await expect(policies.table).toBeVisible();
      await keys.tabTo(page.getByRole('button', { name: 'New merge policy' }));
      await keys.press('Enter');
      await expect(policies.editor).toHaveAccessibleName('New merge policy');
      await keys.tabTo(policies.editor.getByRole('textbox', { name: /^Name/ }));
      await keys.type('Keyboard precedence');
      // Arrow keys move the choice inside a radio group.
      const timestamp = policies.editor.getByRole('radio', { name: /^Timestamp ordered/ });
      await keys.tabTo(
        policies.editor.getByRole('radio', {
          name: /^(Timestamp ordered|Dataset precedence)/,
          checked: true,
        }),
      );
      await expect(timestamp).toBeChecked();
      await keys.press('ArrowDown');
      await expect(policies.editor.getByRole('radio', { name: /^Dataset precedence/ })).toBeChecked();
      await keys.press('ArrowUp');
      await expect(timestamp).toBeChecked();
      await keys.tabTo(policies.editor.getByRole('button', { name: 'Create policy' }));
      await keys.press('Enter');
      await expect(policies.row('Keyboard precedence')).toContainText('Timestamp ordered');

      // Profiles: look Ada up by email; Enter in the form sends it.
      const profiles = new ProfilesView(page);
      await keys.tabTo(shell.navLink('Profiles'), { backwards: true });
      await keys.press('Enter');
      await expect(shell.heading).toHaveText('Profiles');
      await keys.tabTo(profiles.lookup.getByRole('textbox', { name: /^Identity value/ }));
      await keys.type('ada.lovelace@example.com');
      await keys.press('Enter');
      await expect(profiles.result).toHaveText('Profile of Email: ada.lovelace@example.com');
      // Only the loyalty fragment is left: the CRM batch reverted above took her CRM attributes with it.
      await expect(profiles.tree.getByRole('treeitem', { name: 'firstName: Augusta Ada' })).toBeVisible();
      await expect(profiles.tree.getByRole('treeitem', { name: 'lastName: Lovelace' })).toHaveCount(0);

      expect(keys.stops).toBeGreaterThan(20);
    });
  });
}
