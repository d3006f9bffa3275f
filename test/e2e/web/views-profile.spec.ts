// The Profiles, Merge policies and Streaming views in the web host, on a sandbox made with the CLI and imported
// as a snapshot in Settings: counts and the namespace chart, lookup; a policy edited with its effect on a person
// shown before saving; an inlet created and a test message that passes and one that fails.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { makeProfilesSnapshot, MergePoliciesView, ProfilesView, StreamingView } from './pages/views-profile';
import { importSnapshot, removeSnapshot, type Snapshot } from './pages/snapshot-setup';

/** A screenshot of the page (from the top, or from `from` just below the fixed header), masking run-specific text. */
async function screenshot(page: Page, name: string, from?: Locator) {
  if (from)
    await from.evaluate((element) =>
      window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 84),
    );
  else await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page).toHaveScreenshot(`${name}.png`, {
    mask: [page.locator('[data-dynamic]')],
    animations: 'disabled',
  });
}

test.describe.configure({ timeout: 240_000 });
test.use({ timezoneId: 'UTC', locale: 'en-US', viewport: { width: 1280, height: 1200 } });

let fixture: Snapshot;
test.beforeAll(() => {
  fixture = makeProfilesSnapshot();
});
test.afterAll(() => removeSnapshot(fixture));

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    const shot = (page: Page, name: string, from?: Locator) =>
      screenshot(page, `${name}-${colorScheme}`, from);

    test('profiles: counts with the namespace chart, then a person looked up by email', async ({ page }) => {
      await importSnapshot(page, fixture.file);
      const view = new ProfilesView(page);
      await view.open();
      await expect(view.figure('Profiles')).toContainText('4');
      await expect(view.figure('Fragments')).toContainText('7');
      await expect(view.figure('Identities')).toContainText('9');
      // The chart draws one bar per namespace; the table beside it holds the same figures.
      await expect(view.chart.locator('.recharts-bar-rectangle')).toHaveCount(3);
      await expect(view.chartTable.getByRole('row')).toHaveText([
        'NamespaceIdentities',
        'ECID1',
        'Email4',
        'Phone4',
      ]);
      await expect(view.datasets.getByRole('row')).toHaveText([
        'DatasetFragments',
        'CRM customers4',
        'Loyalty members1',
        'Web events2',
      ]);
      await expect(view.browse.getByRole('table', { name: 'Profiles this batch touched' })).toBeVisible();
      await shot(page, 'profiles-counts');

      await view.lookUp('ada.lovelace@example.com');
      await expect(view.result).toHaveText('Profile of Email: ada.lovelace@example.com');
      await expect(view.tree.getByRole('treeitem', { name: 'firstName: Augusta Ada' })).toBeVisible();
      await expect(view.tree.getByRole('treeitem', { name: 'lastName: Lovelace' })).toBeVisible();
      await page.getByRole('tab', { name: /Identity graph/ }).click();
      await expect(
        page.getByRole('img', { name: /^Identity graph drawing with 3 identities/ }),
      ).toBeVisible();
      await page.getByRole('tab', { name: /Attributes/ }).click();
      await shot(page, 'profiles-lookup', view.result);
    });

    test('merge policies: the effect of an edit on a person shown before saving, then saved', async ({
      page,
    }) => {
      await importSnapshot(page, fixture.file);
      const view = new MergePoliciesView(page);
      await view.open();
      await expect(view.row('Default Timebased')).toContainText('Timestamp ordered');
      await expect(view.row('Default Timebased').getByRole('cell').nth(5)).toHaveText('1');
      await shot(page, 'merge-policies-list');

      await page.getByRole('button', { name: 'Edit Default Timebased' }).click();
      await view.editor.getByRole('radio', { name: /^Dataset precedence/ }).check();
      await view.editor.getByRole('button', { name: 'Add Loyalty members to the order' }).click();
      await view.editor.getByRole('button', { name: 'Add CRM customers to the order' }).click();
      await view.editor.getByRole('button', { name: 'Move CRM customers up' }).click();
      await expect(
        view.editor.getByRole('list', { name: 'Datasets in order of precedence' }).getByRole('listitem'),
      ).toHaveText(['1CRM customers', '2Loyalty members']);
      await view.showEffectOn('ada.lovelace@example.com');
      await expect(view.changedRows()).toHaveCount(1);
      await expect(view.changedRows().getByRole('cell')).toHaveText([
        'person.name.firstNameChanged',
        'Augusta AdaLoyalty members',
        'AdaCRM customers',
      ]);
      await expect(view.preview.getByRole('status')).toHaveText('1 attribute differs');
      await shot(page, 'merge-policies-preview', view.preview);

      await view.editor.getByRole('button', { name: 'Save changes' }).click();
      await expect(page.getByText('Saved ‘Default Timebased’ (version 2).')).toBeVisible();
      await expect(view.row('Default Timebased')).toContainText(
        'Dataset precedence: CRM customers › Loyalty members',
      );
      await expect(view.row('Default Timebased').getByRole('cell').nth(5)).toHaveText('2');

      // The saved policy is what lookups use now.
      const profiles = new ProfilesView(page);
      await profiles.open();
      await profiles.lookUp('ada.lovelace@example.com');
      await expect(profiles.tree.getByRole('treeitem', { name: 'firstName: Ada' })).toBeVisible();
    });

    test('streaming: an inlet created, a test message that passes and one that fails, both in the log', async ({
      page,
    }) => {
      await importSnapshot(page, fixture.file);
      const view = new StreamingView(page);
      await view.open();
      await expect(
        page.getByText(/the HTTP API runs in the desktop app and in “profile-stager serve”/),
      ).toBeVisible();
      await view.createInlet('Web sign-ups');
      await expect(page.getByLabel('Local URL')).toHaveText(
        /^http:\/\/127\.0\.0\.1:8181\/collection\/[0-9a-f]+$/,
      );
      await expect(view.curl).toContainText("?syncValidation=true'");
      await expect(view.curl).toContainText('"xdmEntity": {');
      await expect(view.record).toHaveValue(/"personalEmail"/);

      await view.send();
      await expect(view.test.getByText('Passed: the message was accepted')).toBeVisible();
      await view.send('{"personalEmail": {"address": 42}, "mobilePhone": {"number": "+31612345678"}}');
      await expect(view.test.getByText('Failed: refused with status 400')).toBeVisible();
      await expect(view.test.getByRole('list', { name: 'Validation causes' })).toContainText(
        '#/personalEmail/address',
      );
      await expect(view.log.locator('tbody tr')).toHaveCount(2);
      await expect(view.log.locator('tbody tr').first()).toHaveAttribute('data-status', 'fail');
      await expect(view.log.locator('tbody tr').nth(1)).toHaveAttribute('data-status', 'pass');
      await shot(page, 'streaming-inlet', view.test);
    });
  });
}
