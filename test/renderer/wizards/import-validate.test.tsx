// Import wizard, step 4: the dry run (errors by code and by row), partial ingestion and diagnostics options, and their rules.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RenderedApp } from '../render-app';
import {
  CRM_DOTTED_CSV,
  expectBlocked,
  file,
  openImportWizard,
  pressNext,
  toFilesWith,
} from './import-helpers';

async function toDryRun(app: RenderedApp) {
  await toFilesWith(app, [file('crm-dotted.csv', CRM_DOTTED_CSV)]);
  await pressNext(app, 'Preview rows');
  await screen.findByRole('heading', { level: 2, name: 'Map the columns and preview the rows' });
  await pressNext(app, 'Continue to the dry run');
  await screen.findByRole('heading', { level: 2, name: 'Dry run' });
}

function result() {
  return within(screen.getByRole('region', { name: 'Result of the sample' }));
}

describe('import wizard: dry run', () => {
  it('validates a sample on entry and shows the errors by code and by row, judged against the 5% default', async () => {
    const { app } = await openImportWizard();
    await toDryRun(app);
    expect(await result().findByText('2 of 4 sample rows fail (50%)')).toBeVisible();
    expect(result().getByText(/Above the partial ingestion threshold of 5%/)).toBeVisible();

    const byCode = within(result().getByRole('table', { name: 'Errors by code' }));
    const corrupt = within(byCode.getByText('INGEST-1401-400').closest('tr') as HTMLElement);
    expect(corrupt.getByText('The row is corrupted and cannot be read or parsed.')).toBeVisible();
    expect(corrupt.getByText('1')).toBeVisible();
    const mismatch = within(byCode.getByText('XDM-TYPE-MISMATCH-400').closest('tr') as HTMLElement);
    expect(
      mismatch.getByText('A value has a type that cannot be converted to the field’s type.'),
    ).toBeVisible();

    const byRow = within(result().getByRole('table', { name: 'Errors by row' }));
    const rows = byRow.getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(0, 3)
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['3', '4', 'XDM-TYPE-MISMATCH-400'],
      ['4', '5', 'INGEST-1401-400'],
    ]);
    expect(within(rows[1] as HTMLElement).getByText('"broken,Bo,1999-01-01,1')).toBeVisible();
  });

  it('has partial ingestion on at 5% with diagnostics forced on, and judges the sample again when they change', async () => {
    const { app } = await openImportWizard();
    await toDryRun(app);
    await result().findByText('2 of 4 sample rows fail (50%)');
    const partial = screen.getByRole('switch', { name: /^Partial ingestion/ });
    const percent = screen.getByRole('textbox', { name: /^Tolerated bad rows/ });
    const diagnostics = screen.getByRole('switch', { name: /^Error diagnostics/ });
    expect(partial).toBeChecked();
    expect(percent).toHaveValue('5 %');
    expect(diagnostics).toBeChecked();
    expect(diagnostics).toBeDisabled();

    await app.user.clear(percent);
    await app.user.type(percent, '60');
    expect(
      await result().findByText(/Within the partial ingestion threshold of 60%: the batch would succeed/),
    ).toBeVisible();
    await app.user.click(partial);
    expect(
      await result().findByText(/Partial ingestion is off, so a single bad row fails the whole batch/),
    ).toBeVisible();
    expect(diagnostics).toBeEnabled();
  });

  it('asks for a new dry run when the sample changes, and refuses a threshold outside 0–100', async () => {
    const { app } = await openImportWizard();
    await toDryRun(app);
    await result().findByText('2 of 4 sample rows fail (50%)');
    const sample = screen.getByRole('textbox', { name: /^Dry-run sample/ });
    await app.user.clear(sample);
    await app.user.type(sample, '3');
    expect(
      await screen.findByText('Settings changed since this dry run. Run it again to check them.'),
    ).toBeVisible();
    await pressNext(app, 'Start ingestion');
    await expectBlocked('Run the dry run with these settings before ingesting.');

    await app.user.click(screen.getByRole('button', { name: 'Run again' }));
    expect(await result().findByText('1 of 3 sample rows fail (33.33%)')).toBeVisible();
    expect(
      screen.queryByText('Settings changed since this dry run. Run it again to check them.'),
    ).not.toBeInTheDocument();

    await app.user.clear(screen.getByRole('textbox', { name: /^Tolerated bad rows/ }));
    await pressNext(app, 'Start ingestion');
    await expectBlocked('The partial ingestion threshold must be between 0 and 100 percent.');
  });
});
