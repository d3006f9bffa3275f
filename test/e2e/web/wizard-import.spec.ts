// Wizard 3 "Import files" in the web host, end to end on realistic files: a CRM CSV with a few bad rows
// (partial ingestion → success with errors by code; every step a visual baseline in both themes), web
// events as JSON Lines, and CRM people as Parquet.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  FIXTURES,
  ImportWizardPage,
  makeImportSnapshot,
  removeImportSnapshot,
  type ImportSnapshot,
} from './pages/import-wizard';

test.describe.configure({ timeout: 240_000 });
// Tall enough that every step fits the window, so the baselines show whole steps.
test.use({ viewport: { width: 1280, height: 1300 } });

let snapshot: ImportSnapshot | undefined;
test.beforeAll(() => {
  snapshot = makeImportSnapshot();
});
test.afterAll(() => removeImportSnapshot(snapshot));

/** Opens the wizard on the prepared sandbox (imported in Settings). */
async function openWizard(page: Page): Promise<ImportWizardPage> {
  const wizard = new ImportWizardPage(page);
  if (!snapshot) throw new Error('the snapshot is made before the tests');
  await wizard.importSnapshot(snapshot);
  await wizard.open();
  return wizard;
}

async function baseline(page: Page, wizard: ImportWizardPage, name: string) {
  await expect(page).toHaveScreenshot(name, { mask: wizard.dynamic() });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(colorScheme, () => {
    test.use({ colorScheme });

    test(`a CRM CSV with a few bad rows: mapping, dry run, partial ingestion, errors by code with the rows (${colorScheme})`, async ({
      page,
    }) => {
      const wizard = await openWizard(page);
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', colorScheme);
      await expect(wizard.dataset('Web events')).toBeVisible();
      await baseline(page, wizard, `1-dataset-${colorScheme}.png`);
      await wizard.chooseDataset('CRM customers');

      await wizard.addFiles(join(FIXTURES, 'crm-customers.csv'));
      const detected = wizard.detected('crm-customers.csv');
      await expect(detected).toContainText('CSV');
      await expect(detected).toContainText('UTF-8');
      await expect(detected).toContainText('Delimiter: Comma');
      await baseline(page, wizard, `2-files-${colorScheme}.png`);
      await wizard.next('Preview rows').click();
      await wizard.expectStep('Map the columns and preview the rows');

      await expect(wizard.mappingSelect('First Name')).toHaveValue('person.name.firstName');
      await expect(wizard.mappingSelect('Points')).toHaveValue('_stager.points');
      await expect(page.getByText('No column fills the primary identity')).toBeVisible();
      await wizard.mapColumn('Customer Email', 'personalEmail.addr', 'personalEmail.address');
      await wizard.mapColumn('City', 'homeAddress.ci', 'homeAddress.city');
      await expect(page.getByText('These columns are left out of every row: Segment.')).toBeVisible();
      await expect(
        wizard.previewTable.getByText('ada.0@example.com,Ada,Lovelace,1960-01-01,0,Amsterdam,gold'),
      ).toBeVisible();
      await expect(wizard.previewTable.getByText('Accepted').first()).toBeVisible();
      await baseline(page, wizard, `3-preview-${colorScheme}.png`);

      await wizard.toDryRun();
      await expect(wizard.dryRunResult.getByText('3 of 200 sample rows fail (1.5%)')).toBeVisible();
      await expect(
        wizard.dryRunResult.getByText(/Within the partial ingestion threshold of 5%/),
      ).toBeVisible();
      await baseline(page, wizard, `4-dry-run-${colorScheme}.png`);

      await wizard.ingest();
      await wizard.expectStep('Batch result');
      await expect(wizard.status('Success')).toBeVisible();
      await expect(page.getByText('3 rows failed and were left out; 197 rows were ingested.')).toBeVisible();
      await expect(wizard.metric('Rows read')).toHaveText('200');
      await expect(wizard.metric('Rows failed')).toHaveText('3');

      await expect(wizard.errorGroup('INGEST-1401-400', 1)).toHaveAttribute('aria-expanded', 'true');
      await expect(wizard.errorRows('INGEST-1401-400')).toContainText(
        '"ines.open-quote@example.com,Inês,Costa,1991-07-19,80,Lisbon,bronze',
      );
      await wizard.errorGroup('XDM-TYPE-MISMATCH-400', 2).click();
      const mismatches = wizard.errorRows('XDM-TYPE-MISMATCH-400');
      await expect(mismatches.getByRole('row')).toHaveCount(3);
      await expect(mismatches).toContainText('person.birthDate');
      await expect(mismatches).toContainText('value [31/02/1990] of type String cannot be converted to Date');
      await expect(mismatches).toContainText('_stager.points');
      await expect(mismatches).toContainText(
        'ivo.bad-points@example.com,Ivo,Petrov,1984-03-08,n/a,Sofia,silver',
      );
      await baseline(page, wizard, `6-result-${colorScheme}.png`);

      const batchId = (await wizard.batchId.textContent()) ?? '';
      await expect(page.getByRole('link', { name: 'Verify this upload' })).toHaveAttribute(
        'href',
        `#/wizards/verify-upload?batch=${batchId}`,
      );
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download failed rows' }).click();
      expect((await download).suggestedFilename()).toBe(`batch-${batchId}-failed-rows.jsonl`);
    });
  });
}

test('web events as JSON Lines go in without a mapping', async ({ page }) => {
  const wizard = await openWizard(page);
  await wizard.chooseDataset('Web events');
  await wizard.addFiles(join(FIXTURES, 'web-events.jsonl'));
  await expect(wizard.detected('web-events.jsonl')).toContainText('JSON Lines');
  await wizard.next('Preview rows').click();
  await wizard.expectStep('Preview the rows');
  await expect(page.getByRole('combobox', { name: /^Schema field for column/ })).toHaveCount(0);
  await expect(wizard.previewTable.getByText('web.webPageDetails.name').first()).toBeVisible();
  await wizard.toDryRun();
  await expect(wizard.dryRunResult.getByText('0 of 120 sample rows fail (0%)')).toBeVisible();
  await wizard.ingest();
  await wizard.expectStep('Batch result');
  await expect(wizard.status('Success')).toBeVisible();
  await expect(page.getByText('Every row was ingested')).toBeVisible();
  await expect(wizard.metric('Rows ingested')).toHaveText('120');
});

test('CRM people as Parquet: detected by content, previewed without raw text, ingested', async ({ page }) => {
  const wizard = await openWizard(page);
  await wizard.chooseDataset('CRM customers');
  await wizard.addFiles(join(FIXTURES, 'crm-customers.parquet'));
  await expect(wizard.detected('crm-customers.parquet')).toHaveText('Parquet');
  await expect(page.getByRole('combobox', { name: 'Character set' })).toBeDisabled();
  await wizard.next('Preview rows').click();
  await wizard.expectStep('Preview the rows');
  await expect(wizard.previewTable.getByText('Binary format: no raw text').first()).toBeVisible();
  await expect(wizard.previewTable.getByText('fatima.500@example.com')).toBeVisible();
  await wizard.toDryRun();
  await wizard.ingest();
  await wizard.expectStep('Batch result');
  await expect(wizard.status('Success')).toBeVisible();
  await expect(wizard.metric('Rows ingested')).toHaveText('60');
});

test('24,000 web events (over 4 MiB) are read on a file worker and ingested', async ({ page }) => {
  // The fixture's 120 events, 200 times over with their own _ids: past the size from which the engine
  // Worker hands a file to a file worker of its own.
  const lines = readFileSync(join(FIXTURES, 'web-events.jsonl'), 'utf8').trim().split('\n');
  const rounds = Array.from({ length: 200 }, (_, round) =>
    lines.map((line) => line.replace('"_id":"evt-', `"_id":"evt-r${round}-`)).join('\n'),
  );
  const dir = mkdtempSync(join(tmpdir(), 'ps-e2e-big-'));
  const path = join(dir, 'web-events-big.jsonl');
  writeFileSync(path, `${rounds.join('\n')}\n`);
  try {
    const wizard = await openWizard(page);
    await wizard.chooseDataset('Web events');
    await wizard.addFiles(path);
    await expect(wizard.detected('web-events-big.jsonl')).toContainText('JSON Lines');
    await wizard.next('Preview rows').click();
    await wizard.expectStep('Preview the rows');
    await wizard.toDryRun();
    await wizard.ingest();
    await wizard.expectStep('Batch result');
    await expect(wizard.status('Success')).toBeVisible({ timeout: 60_000 });
    await expect(wizard.metric('Rows ingested')).toHaveText(/^24[,.\u00a0\u202f]?000$/);
    expect(page.workers().map((worker) => worker.url())).toContainEqual(expect.stringMatching(/file-worker/));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
