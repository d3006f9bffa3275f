// Import wizard, step 3: preview rows (raw beside parsed, coercions marked) and the CSV column mapping rules.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RenderedApp } from '../render-app';
import {
  CRM_CSV,
  EVENTS_JSONL,
  eventDataset,
  expectBlocked,
  file,
  openImportWizard,
  pressNext,
  toFilesWith,
} from './import-helpers';

function mappingRow(column: string) {
  const row = screen.getByRole('combobox', { name: `Schema field for column ${column}` }).closest('tr');
  if (!row) throw new Error(`no mapping row for ${column}`);
  return within(row);
}

function previewRow(index: number) {
  return within(
    within(screen.getByRole('table', { name: /^First rows of/ })).getAllByRole('row')[index] as HTMLElement,
  );
}

async function mapColumn(app: RenderedApp, column: string, search: string, option: RegExp) {
  const select = screen.getByRole('combobox', { name: `Schema field for column ${column}` });
  await app.user.click(select);
  await app.user.type(select, search);
  await app.user.click(await screen.findByRole('option', { name: option }));
}

async function toPreview(app: RenderedApp, files: File[]) {
  await toFilesWith(app, files);
  await pressNext(app, 'Preview rows');
}

describe('import wizard: preview and mapping', () => {
  it('suggests destinations, flags unmapped columns, and shows raw text beside the parsed record with coercions marked', async () => {
    const { app } = await openImportWizard();
    await toPreview(app, [file('crm.csv', CRM_CSV)]);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Map the columns and preview the rows' }),
    ).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Schema field for column firstName' })).toHaveValue(
      'person.name.firstName',
    );
    expect(mappingRow('firstName').getByText('Suggested')).toBeVisible();
    expect(mappingRow('email').getByText('Not mapped')).toBeVisible();
    expect(mappingRow('segment').getByText('Not mapped')).toBeVisible();
    expect(screen.getByText('3 of 5 columns mapped')).toBeVisible();
    expect(screen.getByText('These columns are left out of every row: email, segment.')).toBeVisible();
    expect(screen.getByText('No column fills the primary identity')).toBeVisible();

    const first = previewRow(1);
    expect(first.getByText('ada@example.com,Ada,1985-12-10,120,gold')).toBeVisible();
    expect(first.getByText('person.name.firstName')).toBeVisible();
    expect(first.getByText('converted from “120”', { exact: false })).toBeInTheDocument();
    expect(first.getByText('Fails')).toBeVisible();
    expect(first.getByText('INGEST-1555-400')).toBeVisible();

    await mapColumn(app, 'email', 'personalEmail.ad', /^personalEmail\.address/);
    expect(screen.getByRole('combobox', { name: 'Schema field for column email' })).toHaveValue(
      'personalEmail.address',
    );
    expect(mappingRow('email').getByText('Chosen')).toBeVisible();
    await waitFor(() => expect(previewRow(1).getByText('Accepted')).toBeVisible());
    expect(previewRow(3).getByText(/cannot be converted to Long/)).toBeVisible();
    expect(screen.queryByText('No column fills the primary identity')).not.toBeInTheDocument();
  });

  it('remembers a mapping for the next file of the same name', async () => {
    const { app } = await openImportWizard();
    await toPreview(app, [file('crm.csv', CRM_CSV)]);
    await mapColumn(app, 'email', 'personalEmail.ad', /^personalEmail\.address/);

    app.navigate('/');
    app.navigate('/wizards/import-files');
    await toPreview(app, [file('crm.csv', CRM_CSV)]);
    expect(await screen.findByRole('combobox', { name: 'Schema field for column email' })).toHaveValue(
      'personalEmail.address',
    );
    expect(mappingRow('email').getByText('Remembered')).toBeVisible();
    await waitFor(() => expect(previewRow(1).getByText('Accepted')).toBeVisible());
  });

  it('will not go on without a mapped column, or with two columns on one field', async () => {
    const { app } = await openImportWizard();
    await toPreview(app, [file('crm.csv', CRM_CSV)]);
    await mapColumn(app, 'segment', 'person.name.first', /^person\.name\.firstName/);
    await pressNext(app, 'Continue to the dry run');
    await expectBlocked(
      'The columns firstName, segment all map to person.name.firstName. Map each field from one column.',
    );

    for (const column of ['firstName', 'birthDate', 'points', 'segment']) {
      await app.user.click(mappingRow(column).getByRole('button', { name: `Leave column ${column} out` }));
    }
    await pressNext(app, 'Continue to the dry run');
    await expectBlocked('Map at least one column to a schema field.');
  });

  it('previews JSON Lines without a mapping', async () => {
    const { app } = await openImportWizard();
    await eventDataset(app);
    app.navigate('/');
    app.navigate('/wizards/import-files');
    await toFilesWith(app, [file('events.jsonl', EVENTS_JSONL)], 'Web events');
    await pressNext(app, 'Preview rows');
    expect(await screen.findByRole('heading', { level: 2, name: 'Preview the rows' })).toBeVisible();
    expect(screen.queryByRole('combobox', { name: /^Schema field for column/ })).not.toBeInTheDocument();
    expect(previewRow(1).getByText('Accepted')).toBeVisible();
    expect(previewRow(2).getByText('web.webPageDetails.name')).toBeVisible();
    expect(previewRow(2).getByText(/"_id":"e2"/)).toBeVisible();
  });
});
