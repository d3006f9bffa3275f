// Wizard 4 "Verify an upload" in the web host: data made with the CLI, imported as a snapshot in Settings,
// then batch → touched profiles → lookup by email → attributes with sources, graph, events → diagnosis.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  adaWebEvents,
  CRM_PEOPLE_CSV,
  makeSnapshot,
  removeSnapshot,
  sandboxCommands,
  type Snapshot,
} from './pages/snapshot-setup';
import { VerifyWizardPage } from './pages/verify-wizard';
interface Fixture extends Snapshot {
  crmBatch: string;
  webBatch: string;
}

/** A snapshot of `prod` (made with the CLI) with a CRM batch and a web-events batch. */
function makeFixture(): Fixture {
  return makeSnapshot('verify', (cli, dir) => {
    writeFileSync(join(dir, 'crm.csv'), CRM_PEOPLE_CSV);
    writeFileSync(
      join(dir, 'web.jsonl'),
      adaWebEvents([
        ['e1', '2026-01-05T09:12:00Z', 'web.webpagedetails.pageViews', true],
        ['e2', '2026-01-05T09:14:00Z', 'web.webinteraction.linkClicks', false],
        ['e3', '2026-01-07T18:40:00Z', 'web.webpagedetails.pageViews', false],
        ['e4', '2026-01-09T08:03:00Z', 'commerce.productViews', false],
      ]),
    );
    const sandbox = sandboxCommands(cli);
    sandbox.profileSchema(
      'CRM',
      ['Personal Contact Details', 'Demographic Details'],
      ['personalEmail.address=Email:primary', 'mobilePhone.number=Phone'],
    );
    sandbox.webEventsSchema();
    sandbox.dataset('CRM', 'CRM customers');
    sandbox.dataset('Web events', 'Web events');
    const crmBatch = sandbox.ingest('CRM customers', join(dir, 'crm.csv'));
    const webBatch = sandbox.ingest('Web events', join(dir, 'web.jsonl'));
    return { crmBatch, webBatch };
  });
}

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
// Tall enough for a whole step, so the screenshots show the frame as people see it.
test.use({ timezoneId: 'UTC', locale: 'en-US', viewport: { width: 1280, height: 1200 } });

let fixture: Fixture;
test.beforeAll(() => {
  fixture = makeFixture();
});
test.afterAll(() => removeSnapshot(fixture));

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('verify an upload: the batch, a person by email with sources, graph and events; an unknown value diagnosed', async ({
      page,
    }) => {
      const shot = (name: string, from?: Locator) => screenshot(page, `${name}-${colorScheme}`, from);
      const wizard = new VerifyWizardPage(page);
      await wizard.importSnapshot(fixture.file);
      await wizard.open();

      // Step 1: the batches newest first; the CRM batch wrote four people.
      await expect(page.getByRole('radio')).toHaveCount(2);
      await expect(page.getByRole('radio').first()).toHaveAccessibleName(
        `Batch ${fixture.webBatch} in Web events`,
      );
      await wizard.batch(fixture.crmBatch).check();
      await expect(wizard.batchSummary).toContainText('Success');
      await expect(wizard.touched).toContainText('4 profiles');
      await expect(wizard.lookUpFromList('Email', 'grace.hopper@example.com')).toBeVisible();
      await shot('step-1-upload');

      // Step 2: Email and the default merge policy are preselected.
      await page.getByRole('button', { name: 'Look up a profile' }).click();
      await expect(wizard.namespace).toHaveValue('Email');
      await expect(wizard.policy).toHaveValue('Default Timebased (default)');
      await wizard.value.fill('ada.lovelace@example.com');
      await shot('step-2-lookup');
      await page.getByRole('button', { name: 'Look up', exact: true }).click();

      // Step 3: the attributes, each with its source.
      await expect(wizard.stepHeading).toHaveText('Profile of Email: ada.lovelace@example.com');
      await wizard.treeItem('lastName: Lovelace').click();
      await expect(wizard.source).toContainText('person.name.lastName');
      await expect(wizard.source).toContainText('CRM customers');
      await expect(wizard.source).toContainText(fixture.crmBatch);
      await expect(wizard.source).toContainText('Only source');
      await wizard.treeItem('birthDate: 1985-12-10').hover();
      await expect(wizard.source).toContainText('person.birthDate');
      await page.mouse.move(0, 0);
      await expect(wizard.source).toContainText('person.name.lastName');
      await shot('step-3-attributes');

      // The identity graph: drawn on a canvas, nodes coloured by namespace with a legend, links with their batch.
      await wizard.tab('Identity graph').click();
      await expect(wizard.graphDrawing).toHaveAccessibleName(
        'Identity graph drawing with 3 identities and 2 links',
      );
      await expect(wizard.graphDrawing.locator('canvas').first()).toBeVisible();
      await expect(wizard.legend.getByRole('listitem')).toHaveText([
        'ECID1 identity',
        'Email1 identity',
        'Phone1 identity',
      ]);
      await expect(wizard.links).toContainText(fixture.crmBatch);
      await expect(wizard.links).toContainText(fixture.webBatch);
      await shot('step-3-graph');

      // The events, newest first.
      await wizard.tab('Events').click();
      await expect(wizard.events.getByText(/^Event e\d$/)).toHaveText([
        'Event e4',
        'Event e3',
        'Event e2',
        'Event e1',
      ]);
      await shot('step-3-events');

      // An unknown value: nothing comes back and every documented cause is checked.
      await wizard.changeLookup();
      await wizard.lookUp('nobody@example.com');
      await expect(wizard.stepHeading).toHaveText('No profile for Email: nobody@example.com');
      await expect(wizard.checklist.getByRole('listitem')).toHaveCount(8);
      await expect(wizard.checklist.getByText('Ruled out')).toHaveCount(8);
      await expect(wizard.checkItem('Wrong namespace or value format')).toContainText(
        'No successful batch holds Email: nobody@example.com',
      );

      // The same person typed with capitals: the checklist points at the value format, with the row that shows it.
      await wizard.changeLookup();
      await wizard.lookUp('Ada.Lovelace@Example.com');
      await expect(wizard.stepHeading).toHaveText('No profile for Email: Ada.Lovelace@Example.com');
      const wrongFormat = wizard.checkItem('Wrong namespace or value format');
      await expect(wrongFormat).toContainText('This is it');
      await expect(wrongFormat.getByRole('table', { name: 'Evidence' })).toContainText(
        'stored as Email: "ada.lovelace@example.com"',
      );
      await expect(wrongFormat.getByRole('table', { name: 'Evidence' })).toContainText(fixture.crmBatch);
      await shot('step-4-diagnosis', wizard.stepHeading);
    });
  });
}

test('a deep link with the query inside the hash opens the wizard on that batch', async ({ page }) => {
  const wizard = new VerifyWizardPage(page);
  await wizard.importSnapshot(fixture.file);
  await page.goto(`/#/wizards/verify-upload?batch=${fixture.crmBatch}`);
  await wizard.shell.waitUntilReady();
  await expect(wizard.batch(fixture.crmBatch)).toBeChecked();
  await expect(wizard.touched).toContainText('4 profiles');
});
