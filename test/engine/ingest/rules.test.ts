import { describe, expect, it } from 'vitest';
import { testEngine } from '../helpers';
import { EVENT, IDENTITY_MAP, WEB } from '../registry/builders';
import { asCsv, crmSetup, ingest, PEOPLE, sandbox } from './builders';

const tenPeople = Array.from({ length: 9 }, (_, i) => ({
  email: `p${i}@example.com`,
  first: `P${i}`,
  birth: '1980-01-01',
  points: i,
}));
const oneBad = ['bad@example.com,Bad,1979-01-3,1']; // a date that cannot be converted

describe('partial ingestion threshold (1 bad row in 10 = 10%)', () => {
  it.each([
    ['no partial ingestion: any failed row fails the batch', undefined, 'failed'],
    ['threshold 9%: over it, the whole batch fails', 9, 'failed'],
    ['threshold 10%: at it, the batch succeeds', 10, 'success'],
    ['threshold 50%: under it, the batch succeeds', 50, 'success'],
  ] as const)('%s', async (_name, percent, status) => {
    const { client } = await testEngine();
    const { dataset } = await crmSetup(client);
    const batch = await ingest(
      client,
      dataset.id,
      'crm.csv',
      asCsv(tenPeople, oneBad),
      percent === undefined ? {} : { partialIngestionPercent: percent },
    );
    expect(batch.status).toBe(status);
    expect(batch.metrics).toMatchObject({
      inputRecordCount: 10,
      failedRecordCount: 1,
      outputRecordCount: status === 'success' ? 9 : 0,
    });
    if (status === 'failed') expect(batch.failureReason).toMatch(/1 of 10 rows failed/);
    expect((await client.call('catalog-dataset-show', { sandbox, ref: dataset.id })).rowCount).toBe(
      status === 'success' ? 9 : 0,
    );
  });

  it('with diagnostics: INGEST-1212-400 summary plus a count per code; partial ingestion forces diagnostics on', async () => {
    const { client } = await testEngine();
    const { dataset } = await crmSetup(client);
    const extra = [...oneBad, ',NoEmail,1980-01-01,3', '"unbalanced,Q,1980-01-01,4'];
    const batch = await ingest(client, dataset.id, 'crm.csv', asCsv(tenPeople, extra), {
      partialIngestionPercent: 50,
    });
    expect(batch.tags).toEqual({ acp_enableErrorDiagnostics: true, acp_partialIngestionPercent: 50 });
    expect(batch.errors?.[0]).toEqual({
      code: 'INGEST-1212-400',
      description:
        'Encountered 3 errors in the data. Successfully ingested 9 rows. Please review the associated diagnostic files for more details.',
    });
    const counts = Object.fromEntries((batch.errors ?? []).slice(1).map((e) => [e.code, e.recordCount]));
    expect(counts).toMatchObject({ 'INGEST-1401-400': 1, 'INGEST-1555-400': 1 });
    const diagnostics = await client.call('ingest-batch-errors', { sandbox, batchId: batch.id });
    expect(diagnostics.map((d) => [d.row, d.line, d.code])).toEqual([
      [10, 11, expect.stringMatching(/^XDM-/)],
      [11, 12, 'INGEST-1555-400'],
      [12, 13, 'INGEST-1401-400'],
    ]);
    expect(diagnostics[0]).toMatchObject({
      file: 'crm.csv',
      path: '#/person/birthDate',
      raw: 'bad@example.com,Bad,1979-01-3,1',
      kind: 'conversion',
    });
    expect(diagnostics[0]?.message).toContain('1979-01-3');
  });

  it('without diagnostics only the generic INGEST-1211-400 error', async () => {
    const { client } = await testEngine();
    const { dataset } = await crmSetup(client);
    const batch = await ingest(client, dataset.id, 'crm.csv', asCsv(tenPeople, oneBad));
    expect(batch.errors).toEqual([
      {
        code: 'INGEST-1211-400',
        description: expect.stringContaining('Please resend the data with error diagnostics enabled'),
      },
    ]);
  });

  it('a JSON row of more than 10,000 fields fails with XDM-TOO-MANY-FIELDS-400; the others stay', async () => {
    const { client } = await testEngine();
    const { dataset } = await crmSetup(client);
    const wide = (n: number) =>
      JSON.stringify({ personalEmail: { address: 'wide@example.com' }, extra: new Array<number>(n).fill(0) });
    const lines = [
      JSON.stringify({ personalEmail: { address: 'ada@example.com' }, _stager: { points: 1 } }),
      // 10,001 fields in 20,000-odd characters: counted, not taken as short.
      wide(9_999),
      // 9,999 fields: under the limit; the unknown field is dropped (so the row is not stored as sent).
      wide(9_997),
    ];
    const batch = await ingest(client, dataset.id, 'wide.jsonl', lines.join('\n'), {
      format: 'json',
      partialIngestionPercent: 90,
    });
    expect(batch.metrics).toMatchObject({ inputRecordCount: 3, outputRecordCount: 2 });
    const diagnostics = await client.call('ingest-batch-errors', { sandbox, batchId: batch.id });
    expect(diagnostics.map((d) => [d.row, d.code])).toEqual([[2, 'XDM-TOO-MANY-FIELDS-400']]);
    const rows = await client.call('ingest-batch-rows', { sandbox, batchId: batch.id });
    expect(rows.map((r) => [r.r, r.v])).toEqual([
      [1, { personalEmail: { address: 'ada@example.com' }, _stager: { points: 1 } }],
      [3, { personalEmail: { address: 'wide@example.com' } }],
    ]);
    expect(diagnostics[0]?.message).toContain('more than 10000 fields');
  });

  it('an empty file fails the batch with code 106', async () => {
    const { client } = await testEngine();
    const { dataset } = await crmSetup(client);
    const batch = await ingest(client, dataset.id, 'empty.csv', '');
    expect(batch.status).toBe('failed');
    expect(batch.errors?.[0]).toMatchObject({
      code: '106',
      description: expect.stringContaining('Dataset file is empty'),
    });
  });

  it('rows with an invalid identity value stay in the dataset but are skipped by Identity and Profile', async () => {
    const { client } = await testEngine();
    const { dataset } = await crmSetup(client);
    const batch = await ingest(
      client,
      dataset.id,
      'crm.csv',
      asCsv([...PEOPLE, { email: 'anonymous', first: 'Anon', birth: '1980-01-01', points: 1 }]),
    );
    expect(batch).toMatchObject({
      status: 'success',
      identitySkippedCount: 1,
      metrics: { outputRecordCount: 4, failedRecordCount: 0 },
    });
    const rows = await client.call('ingest-batch-rows', { sandbox, batchId: batch.id });
    expect(rows.filter((r) => r.s === 'identity').map((r) => r.r)).toEqual([4]);
    expect((await client.call('catalog-dataset-show', { sandbox, ref: dataset.id })).rowsNotInProfile).toBe(
      1,
    );
  });

  it('a dry run validates a sample, suggests a mapping and writes nothing', async () => {
    const { client, engine } = await testEngine();
    const { dataset } = await crmSetup(client);
    const csv =
      'Email,First Name,birthDate,points\nada@example.com,Ada,1985-12-10,12\nbad@example.com,B,1985-13-45,x\n';
    const result = await client.call('ingest-dry-run', {
      sandbox,
      datasetId: dataset.id,
      name: 'people.csv',
      file: new Blob([csv]),
    });
    expect(result.detected).toMatchObject({ format: 'csv' });
    expect(result.mapping).toEqual(
      expect.arrayContaining([
        { sourceAttribute: 'birthDate', destinationXdmPath: 'person.birthDate' },
        { sourceAttribute: 'points', destinationXdmPath: '_stager.points' },
      ]),
    );
    expect(result.rows.map((r) => r.outcome)).toEqual(['failed', 'failed']);
    const db = await engine.sandboxes.db(sandbox);
    expect(await db.table('batches').count()).toBe(0);
    const mapped = await client.call('ingest-dry-run', {
      sandbox,
      datasetId: dataset.id,
      name: 'people.csv',
      file: new Blob([csv]),
      mapping: [
        { sourceAttribute: 'Email', destinationXdmPath: 'personalEmail.address' },
        { sourceAttribute: 'birthDate', destinationXdmPath: 'person.birthDate' },
      ],
    });
    expect(mapped.rows.map((r) => r.outcome)).toEqual(['accepted', 'failed']);
    expect(mapped.rows[0]?.raw).toBe('ada@example.com,Ada,1985-12-10,12');
    expect(mapped.unmapped).toEqual(['First Name', 'points']);
  });
});

describe('dataset rules', () => {
  it('Profile only on a Profile-enabled schema', async () => {
    const { client } = await testEngine();
    const schema = await client.call('registry-schema-create', {
      sandbox,
      title: 'Plain',
      classId: 'https://ns.adobe.com/xdm/context/profile',
      fieldGroupIds: [],
    });
    await expect(
      client.call('catalog-dataset-create', {
        sandbox,
        name: 'D',
        schemaRef: schema.$id,
        tags: { unifiedProfile: ['enabled:true'] },
      }),
    ).rejects.toThrow(/not enabled for Profile, so a dataset on it cannot be/);
    const plain = await client.call('catalog-dataset-create', { sandbox, name: 'D', schemaRef: schema.$id });
    expect(plain).toMatchObject({
      isProfileEnabled: false,
      tags: {},
      files: `@/dataSets/${plain.id}`.replace('dataSets/', 'dataSetFiles?dataSetId='),
    });
    expect(plain.notes.join(' ')).toMatch(/never reach Profile/);
  });

  it('upsert on an enabled dataset needs the disable/re-enable sequence', async () => {
    const { client } = await testEngine();
    const { dataset } = await crmSetup(client);
    await expect(
      client.call('catalog-dataset-set-tags', {
        sandbox,
        ref: dataset.id,
        tags: { unifiedProfile: ['enabled:true', 'isUpsert:true'] },
      }),
    ).rejects.toThrow(/first disable it/);
    const off = await client.call('catalog-dataset-set-tags', {
      sandbox,
      ref: dataset.id,
      tags: { unifiedProfile: ['enabled:false'], unifiedIdentity: ['enabled:false'] },
    });
    expect(off).toMatchObject({ isProfileEnabled: false, isUpsert: false });
    const on = await client.call('catalog-dataset-set-tags', {
      sandbox,
      ref: 'CRM people',
      tags: { unifiedProfile: ['enabled:true', 'isUpsert:true'], unifiedIdentity: ['enabled:true'] },
    });
    expect(on).toMatchObject({ isProfileEnabled: true, isUpsert: true, version: '1.0.2' });
  });

  it('upsert applies to record data only', async () => {
    const { client } = await testEngine();
    const schema = await client.call('registry-schema-create', {
      sandbox,
      title: 'Events',
      classId: EVENT,
      fieldGroupIds: [WEB, IDENTITY_MAP],
      isProfileEnabled: true,
    });
    await expect(
      client.call('catalog-dataset-create', {
        sandbox,
        name: 'E',
        schemaRef: schema.$id,
        tags: { unifiedProfile: ['enabled:true', 'isUpsert:true'] },
      }),
    ).rejects.toThrow(/record data only/);
  });

  it('data ingested while Profile is off is kept but marked as not in Profile', async () => {
    const { client } = await testEngine();
    const { dataset } = await crmSetup(client, { profile: false });
    const batch = await ingest(client, dataset.id, 'crm.csv', asCsv(PEOPLE));
    expect(batch).toMatchObject({ status: 'success', isProfileAtIngest: false });
    const shown = await client.call('catalog-dataset-show', { sandbox, ref: dataset.id });
    expect(shown).toMatchObject({ rowCount: 3, rowsNotInProfile: 3 });
  });

  it('a schema whose dataset has data is in use: only additive changes', async () => {
    const { client } = await testEngine();
    const plain = await client.call('registry-schema-create', {
      sandbox,
      title: 'Plain',
      classId: 'https://ns.adobe.com/xdm/context/profile',
      fieldGroupIds: ['https://ns.adobe.com/xdm/context/profile-personal-details'],
    });
    const dataset = await client.call('catalog-dataset-create', { sandbox, name: 'D', schemaRef: plain.$id });
    await client.call('registry-schema-add-field-group', {
      sandbox,
      ref: plain.$id,
      fieldGroup: 'Demographic Details',
    });
    await ingest(client, dataset.id, 'a.jsonl', '{"personalEmail":{"address":"a@b.c"}}\n', {
      format: 'json',
    });
    expect((await client.call('registry-schema-show', { sandbox, ref: plain.$id })).isInUse).toBe(true);
    await expect(
      client.call('registry-schema-remove-field-group', {
        sandbox,
        ref: plain.$id,
        fieldGroup: 'Demographic Details',
      }),
    ).rejects.toThrow(/in use by a dataset, so only additive changes/);
    await expect(client.call('registry-schema-delete', { sandbox, ref: plain.$id })).rejects.toThrow(
      /in use/,
    );
  });
});
