import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, cliWorkspace, crmDataset, ensureCliBuilt } from './cli-harness';

beforeAll(() => ensureCliBuilt(), 120_000);

describe('profile-stager CLI: datasets, ingest and batches', { timeout: 180_000 }, () => {
  it('ingests a CSV with a bad row under partial ingestion, lists diagnostics, reverts', async () => {
    const ws = cliWorkspace();
    const { dir, snapshot: snap, saving: s } = ws;
    const dataset = await crmDataset(ws);
    expect(dataset).toMatchObject({
      name: 'people',
      isProfileEnabled: true,
      isIdentityEnabled: true,
      tags: { unifiedProfile: ['enabled:true'], unifiedIdentity: ['enabled:true'] },
    });

    const csv = join(dir, 'crm.csv');
    writeFileSync(
      csv,
      'Email,person.name.firstName,person.birthDate\nada@example.com,Ada,1985-12-10\nbad@example.com,Bad,1979-01-3\nli@example.com,Li,1979-06-01\n',
    );
    const mapping = join(dir, 'mapping.json');
    writeFileSync(
      mapping,
      JSON.stringify([
        { sourceAttribute: 'Email', destinationXdmPath: 'personalEmail.address' },
        { sourceAttribute: 'person.name.firstName', destinationXdmPath: 'person.name.firstName' },
        { sourceAttribute: 'person.birthDate', destinationXdmPath: 'person.birthDate' },
      ]),
    );
    const ingested = await cli([
      'ingest',
      '--dataset',
      'people',
      '--partial',
      '50',
      '--mapping',
      mapping,
      '--json',
      csv,
      ...s,
    ]);
    expect(ingested.code).toBe(0);
    const batch = JSON.parse(ingested.stdout);
    expect(batch).toMatchObject({
      status: 'success',
      metrics: { inputRecordCount: 3, outputRecordCount: 2, failedRecordCount: 1 },
    });

    const errors = await cli(['batch', 'errors', batch.id, '--json', '--snapshot', snap]);
    expect(
      errors.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([
      {
        file: 'crm.csv',
        row: 2,
        line: 3,
        code: 'XDM-TYPE-MISMATCH-400',
        message: 'value [1979-01-3] of type String cannot be converted to Date',
        path: '#/person/birthDate',
        raw: 'bad@example.com,Bad,1979-01-3',
      },
    ]);
    expect(
      JSON.parse((await cli(['dataset', 'show', 'people', '--json', '--snapshot', snap])).stdout).rowCount,
    ).toBe(2);
    const reverted = await cli(['batch', 'revert', batch.id, '--json', ...s]);
    expect(JSON.parse(reverted.stdout).status).toBe('inactive');
    expect(
      JSON.parse((await cli(['dataset', 'show', 'people', '--json', '--snapshot', snap])).stdout).rowCount,
    ).toBe(0);
  });

  it('batch errors filters by --code and pages with --offset/--limit; dataset delete takes the batches along', async () => {
    const ws = cliWorkspace();
    const { snapshot: snap, saving: s } = ws;
    await crmDataset(ws);
    // Rows 2, 3 and 5 are not dates; row 4 has one cell too many (a corrupt row).
    const csv = ws.file(
      'crm.csv',
      'personalEmail.address,person.birthDate\na@example.com,1985-12-10\nb@example.com,1979-01-3\nc@example.com,x\nd@example.com,1980-01-01,extra\ne@example.com,1980-13-01\n',
    );
    const batch = JSON.parse(
      (await cli(['ingest', '--dataset', 'people', '--partial', '100', '--json', csv, ...s])).stdout,
    );
    expect(batch.metrics).toMatchObject({ inputRecordCount: 5, failedRecordCount: 4 });

    const typed = await cli([
      'batch',
      'errors',
      batch.id,
      '--code',
      'XDM-TYPE-MISMATCH-400',
      '--offset',
      '1',
      '--limit',
      '1',
      '--snapshot',
      snap,
    ]);
    expect(typed.code).toBe(0);
    expect(typed.stdout).toContain('crm.csv:4 row 3 XDM-TYPE-MISMATCH-400');
    expect(typed.stdout).not.toContain('row 2 ');
    expect(typed.stdout).toContain('(1 of 3 failed rows with XDM-TYPE-MISMATCH-400 shown)');
    const corrupt = await cli([
      'batch',
      'errors',
      batch.id,
      '--code',
      'INGEST-1401-400',
      '--json',
      '--snapshot',
      snap,
    ]);
    expect(
      corrupt.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).row),
    ).toEqual([4]);
    expect((await cli(['batch', 'errors', batch.id, '--limit', '0', '--snapshot', snap])).code).toBe(2);

    const deleted = await cli(['dataset', 'delete', 'people', '--json', ...s]);
    expect(JSON.parse(deleted.stdout)).toMatchObject({ batches: 1 });
    expect((await cli(['batch', 'show', batch.id, '--snapshot', snap])).code).toBe(1);
  });

  it('a failing batch exits 1 and says why; JSON Lines is detected; an empty file is code 106', async () => {
    const ws = cliWorkspace();
    const { snapshot: snap } = ws;
    await crmDataset(ws, { fieldGroups: ['Personal Contact Details'], datasetFlags: ['--profile'] });
    const jsonl = ws.file('p.jsonl', '{"personalEmail":{"address":"a@example.com"}}\n{"personalEmail":{}}\n');
    const failed = await cli(['ingest', '--dataset', 'people', jsonl, '--snapshot', snap]);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain(': failed');
    expect(failed.stdout).toContain('partial ingestion is off');
    const empty = ws.file('empty.csv', '');
    const emptyRun = await cli([
      'ingest',
      '--dataset',
      'people',
      '--format',
      'csv',
      empty,
      '--snapshot',
      snap,
    ]);
    expect(emptyRun.stdout).toContain('Dataset file is empty');
  });
});
