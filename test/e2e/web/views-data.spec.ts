// The data views in the web host: a CLI-made sandbox imported in Settings, then schemas (list → detail → union),
// datasets (list → detail → its batch) and the batches monitor (detail → errors by code → failed rows → revert).
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  DataViewsPage,
  makeViewsSnapshot,
  removeViewsSnapshot,
  type ViewsSnapshot,
} from './pages/views-data';

/** A screenshot of the page (from the top, or from `from` just below the fixed header), masking run-specific text. */
async function screenshot(page: Page, name: string, from?: Locator) {
  // No hover state (chart tooltips, row highlights) in the baselines.
  await page.mouse.move(0, 0);
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
test.use({ timezoneId: 'UTC', locale: 'en-US', viewport: { width: 1280, height: 1100 } });

let snapshot: ViewsSnapshot | undefined;
test.beforeAll(() => {
  snapshot = makeViewsSnapshot();
});
test.afterAll(() => removeViewsSnapshot(snapshot));

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('schemas, datasets and a batch: errors by code, failed rows downloaded, reverted to inactive', async ({
      page,
    }) => {
      if (!snapshot) throw new Error('no snapshot');
      const { crmBatch, webBatch } = snapshot;
      const shot = (name: string, from?: Locator) => screenshot(page, `${name}-${colorScheme}`, from);
      const views = new DataViewsPage(page);
      await views.importSnapshot(snapshot);

      // Schemas: the enabled ones locked, Leads linked to wizard 1; CRM's tree, identities and union.
      await views.shell.goTo('Schemas');
      await expect(views.schemaRow('CRM customers')).toContainText('Enabled');
      await expect(views.schemaRow('CRM customers')).toContainText('Locked');
      await expect(views.schemaRow('CRM customers')).toContainText('/personalEmail/address (Email, primary)');
      await expect(views.schemaRow('Leads')).toContainText('Not enabled');
      await expect(page.getByRole('link', { name: 'Enable Leads for Profile' })).toBeVisible();
      await shot('schemas-list');
      await views.openSchema('CRM customers').click();
      const schema = views.detail('CRM customers');
      await expect(schema.getByRole('tree', { name: 'Fields of CRM customers' })).toBeVisible();
      await schema.getByRole('tab', { name: 'Profile union' }).click();
      await expect(schema.getByRole('list', { name: 'Schemas in the union' })).toContainText('CRM customers');
      await expect(schema.getByRole('tree', { name: /^Fields of Union object for/ })).toBeVisible();
      await shot('schemas-union', schema);

      // Datasets: switches, batch counts and rows; CRM customers with its batch.
      await views.shell.goTo('Datasets');
      await expect(views.datasetRow('CRM customers')).toContainText('Profile on');
      await expect(views.datasetRow('CRM customers')).toContainText('Identity on');
      await expect(views.datasetRow('Web events')).toContainText('Events (time series)');
      await views.openDataset('CRM customers').click();
      const dataset = views.detail('CRM customers');
      await expect(dataset.getByRole('heading', { name: '1 batch' })).toBeVisible();
      await expect(dataset.getByRole('link', { name: 'Import files into this dataset' })).toBeVisible();
      await shot('datasets', dataset);

      // From the dataset to its batch in the monitor.
      await dataset.getByRole('link', { name: `Open batch ${crmBatch}` }).click();
      await expect(views.shell.heading).toHaveText('Batches');
      await expect(views.batchCount).toHaveText('2 batches');
      await expect(views.batchRow(webBatch)).toContainText('Web events');
      const batch = views.detail(new RegExp(`^Batch ${crmBatch}`));
      await expect(batch.getByLabel('Batch status: Success')).toBeVisible();
      await expect(batch.getByText('Succeeded with errors')).toBeVisible();
      await expect(views.outcomeTable('Outcome of this batch')).toContainText('Accepted40');

      // Errors grouped by code, each with its offending rows.
      await expect(views.errorGroup('XDM-TYPE-MISMATCH-400', 2)).toBeVisible();
      await expect(views.errorGroup('INGEST-1401-400', 1)).toBeVisible();
      if ((await views.errorGroup('XDM-TYPE-MISMATCH-400', 2).getAttribute('aria-expanded')) !== 'true')
        await views.errorGroup('XDM-TYPE-MISMATCH-400', 2).click();
      await expect(
        views.errors.getByRole('table', { name: 'Rows failing with XDM-TYPE-MISMATCH-400' }),
      ).toContainText('bad1@example.com,Bad,1980-01-01,lots');
      await shot('batches-detail', batch);

      // The failed rows as JSON Lines.
      const download = page.waitForEvent('download');
      await batch.getByRole('button', { name: 'Download failed rows' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(`batch-${crmBatch}-failed-rows.jsonl`);
      const lines = (await readFile(await file.path(), 'utf8'))
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { row: number; code: string });
      expect(lines.map((line) => [line.row, line.code])).toEqual([
        [41, 'XDM-TYPE-MISMATCH-400'],
        [42, 'INGEST-1401-400'],
        [43, 'XDM-TYPE-MISMATCH-400'],
      ]);

      // Revert: the confirmation says what happens; afterwards the batch is inactive ("Reverted").
      await batch.getByRole('button', { name: 'Revert batch' }).click();
      await expect(views.revertDialog).toContainText('Its status becomes inactive');
      await expect(views.revertDialog).toContainText('Its 40 ingested rows leave the dataset and Profile.');
      await views.revertDialog.getByRole('button', { name: 'Revert batch' }).click();
      await expect(batch.getByLabel('Batch status: Reverted')).toBeVisible();
      await expect(batch.getByText('The batch was reverted')).toBeVisible();
      await expect(views.batchRow(crmBatch)).toContainText('Reverted');

      // The monitor filtered on reverted batches.
      await page.getByRole('combobox', { name: 'Status' }).click();
      await page.getByRole('option', { name: 'Reverted' }).click();
      await expect(views.batchCount).toHaveText('1 of 2 batches');
      await shot('batches-list');
    });
  });
}
