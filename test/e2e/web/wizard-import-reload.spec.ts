// Issue 4 in the web host: reloading the page in the middle of a large ingest leaves the batch failed
// ("Interrupted") with no rows kept. Also measures how long the UI thread stalls while the Worker ingests.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { expect, test } from '@playwright/test';
import { CRM_HEADER, crmLine, people } from '../../fixtures/e2e/make-fixtures';
import {
  ImportWizardPage,
  makeImportSnapshot,
  removeImportSnapshot,
  type ImportSnapshot,
} from './pages/import-wizard';

test.describe.configure({ timeout: 300_000 });
test.use({ viewport: { width: 1280, height: 1000 } });

let snapshot: ImportSnapshot | undefined;
test.beforeAll(() => {
  snapshot = makeImportSnapshot();
});
test.afterAll(() => removeImportSnapshot(snapshot));

/** About 40 MB of CRM customers, written in chunks so the test never holds the whole file. */
async function largeCsv(path: string, rows = 520_000): Promise<number> {
  const out = createWriteStream(path);
  out.write(`${CRM_HEADER}\r\n`);
  const chunk = 10_000;
  for (let offset = 0; offset < rows; offset += chunk) {
    const text =
      people(Math.min(chunk, rows - offset), offset)
        .map(crmLine)
        .join('\r\n') + '\r\n';
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return (await stat(path)).size;
}

/** Records the longest gap between animation frames and the long tasks of the page (UI thread stalls). */
function watchUiThread() {
  const state = { maxFrameGap: 0, longTasks: [] as number[], last: performance.now(), isRunning: true };
  (window as unknown as { __uiThread: typeof state }).__uiThread = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push(Math.round(entry.duration));
  }).observe({ type: 'longtask', buffered: false });
  const frame = (now: number) => {
    state.maxFrameGap = Math.max(state.maxFrameGap, now - state.last);
    state.last = now;
    if (state.isRunning) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(colorScheme, () => {
    test.use({ colorScheme });

    test(`reloading during a large ingest fails the batch as "Interrupted" and keeps no rows (${colorScheme})`, async ({
      page,
    }, testInfo) => {
      const folder = await mkdtemp(join(tmpdir(), 'profile-stager-e2e-'));
      try {
        const file = join(folder, 'crm-large.csv');
        const size = await largeCsv(file);
        expect(size).toBeGreaterThan(30e6);

        if (!snapshot) throw new Error('the snapshot is made before the tests');
        const wizard = new ImportWizardPage(page);
        await wizard.importSnapshot(snapshot);
        await wizard.open(`?dataset=${snapshot.crmDatasetId}`);
        await expect(wizard.dataset('CRM customers')).toBeChecked();
        await wizard.next('Choose files').click();
        await wizard.expectStep('Choose the files');
        await wizard.addFiles(file);
        await wizard.next('Preview rows').click();
        await wizard.expectStep('Map the columns and preview the rows');
        await wizard.mapColumn('Customer Email', 'personalEmail.addr', 'personalEmail.address');
        await wizard.toDryRun();
        await expect(wizard.dryRunResult.getByText('0 of 1,000 sample rows fail (0%)')).toBeVisible();

        await page.evaluate(watchUiThread);
        await wizard.ingest();
        await wizard.expectStep('Ingesting');
        await expect(page.getByText('Reading crm-large.csv (file 1 of 1)')).toBeVisible();
        // Wait for real progress from the engine, not for time.
        await expect
          .poll(async () => Number(await wizard.progressBar.getAttribute('aria-valuenow')), {
            timeout: 120_000,
            intervals: [250],
          })
          .toBeGreaterThanOrEqual(4);
        await expect(wizard.metric('Rows read')).not.toHaveText('0');
        const ui = await page.evaluate(
          () =>
            (window as unknown as { __uiThread: { maxFrameGap: number; longTasks: number[] } }).__uiThread,
        );
        testInfo.annotations.push({
          type: 'ui-thread',
          description: `max frame gap ${Math.round(ui.maxFrameGap)} ms, long tasks ${JSON.stringify(ui.longTasks)}`,
        });
        await expect(page).toHaveScreenshot(`5-ingest-${colorScheme}.png`, {
          mask: [
            ...wizard.dynamic(),
            wizard.progressBar,
            wizard.metric('Done'),
            wizard.metric('Rows read'),
            wizard.metric('Read'),
          ],
        });
        const batchId = ((await page.getByText(/^Batch [0-9a-f-]{36}$/).textContent()) ?? '').replace(
          'Batch ',
          '',
        );
        expect(await wizard.progressBar.getAttribute('aria-valuenow')).not.toBe('100');

        await page.reload();
        await wizard.shell.waitUntilReady();
        await wizard.expectStep('Choose a dataset');
        await expect(wizard.dataset('CRM customers')).toBeChecked();
        await expect(wizard.dataset('CRM customers')).toContainText('0 rows');
        const row = wizard.recentBatches.getByRole('row').filter({ hasText: 'Failed' });
        await expect(row).toContainText(
          'Interrupted: the engine stopped while this batch was being ingested. No rows of it were kept',
        );

        await wizard.recentBatches.getByRole('button', { name: `Open batch ${batchId.slice(0, 8)}` }).click();
        await wizard.expectStep('Batch result');
        await expect(wizard.batchId).toHaveText(batchId);
        await expect(wizard.status('Failed')).toBeVisible();
        await expect(page.getByText('The batch failed and kept no rows')).toBeVisible();
        await expect(wizard.metric('Rows ingested')).toHaveText('0');
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    });
  });
}
