// Builders for ingestion tests: a Profile schema and datasets, and the same people in every format.
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { EngineClient } from '../../../shared/contract';
import { DEMOGRAPHIC, PERSONAL_CONTACT, PROFILE, sandbox } from '../registry/builders';

export { sandbox };

export async function crmSetup(client: EngineClient, options: { profile?: boolean; upsert?: boolean } = {}) {
  const schema = await client.call('registry-schema-create', {
    sandbox,
    title: 'CRM',
    classId: PROFILE,
    fieldGroupIds: [PERSONAL_CONTACT, DEMOGRAPHIC],
    identities: [{ path: 'personalEmail.address', namespace: 'Email', isPrimary: true }],
    isProfileEnabled: true,
  });
  await client.call('registry-schema-add-field', { sandbox, ref: schema.$id, path: 'points', type: 'long' });
  const profile = options.profile ?? true;
  const tags = profile
    ? {
        unifiedProfile: options.upsert ? ['enabled:true', 'isUpsert:true'] : ['enabled:true'],
        unifiedIdentity: ['enabled:true'],
      }
    : {};
  const dataset = await client.call('catalog-dataset-create', {
    sandbox,
    name: 'CRM people',
    schemaRef: { id: schema.$id, contentType: 'application/vnd.adobe.xed-full+json;version=1' },
    tags,
  });
  return { schema, dataset };
}

export interface Person {
  email: string;
  first: string;
  birth: string;
  points: number;
}

export const PEOPLE: Person[] = [
  { email: 'ada@example.com', first: 'Ada', birth: '1985-12-10', points: 120 },
  { email: 'zoe@example.com', first: 'Zoë', birth: '1990-01-31', points: 7 },
  { email: 'li@example.com', first: 'Li', birth: '1979-06-01', points: 0 },
];

export function asRecords(people: Person[]) {
  return people.map((p) => ({
    personalEmail: { address: p.email },
    person: { name: { firstName: p.first }, birthDate: p.birth },
    _stager: { points: p.points },
  }));
}

export function asCsv(people: Person[], extra: string[] = []): string {
  const header = 'personalEmail.address,person.name.firstName,person.birthDate,_stager.points';
  return (
    [header, ...people.map((p) => `${p.email},${p.first},${p.birth},${p.points}`), ...extra].join('\r\n') +
    '\r\n'
  );
}

export function asJsonLines(people: Person[]): string {
  return (
    asRecords(people)
      .map((r) => JSON.stringify(r))
      .join('\n') + '\n'
  );
}

export function asJsonArray(people: Person[]): string {
  return JSON.stringify(asRecords(people), null, 2);
}

/** Parquet with flat dotted columns is not hierarchical; write nested structs instead. */
export function asParquet(people: Person[]): Uint8Array {
  const buffer = parquetWriteBuffer({
    columnData: [
      { name: 'personalEmail', data: people.map((p) => ({ address: p.email })) },
      { name: 'person', data: people.map((p) => ({ name: { firstName: p.first }, birthDate: p.birth })) },
      { name: '_stager', data: people.map((p) => ({ points: p.points })) },
    ],
  });
  return new Uint8Array(buffer);
}

export function blob(content: string | Uint8Array): Blob {
  return new Blob([content as BlobPart]);
}

/** Creates a CSV batch and leaves it loading. */
export function csvBatch(client: EngineClient, datasetId: string) {
  return client.call('ingest-batch-create', { sandbox, datasetId, inputFormat: { format: 'csv' } });
}

/** Adds a file to a loading batch: by default the PEOPLE as CSV. */
export function addFile(
  client: EngineClient,
  batchId: string,
  name: string,
  content: string | Uint8Array = asCsv(PEOPLE),
) {
  return client.call('ingest-batch-add-file', { sandbox, batchId, name, file: blob(content) });
}

/** A CSV batch holding the PEOPLE as a.csv, left loading. */
export async function loadingBatch(client: EngineClient, datasetId: string) {
  const batch = await csvBatch(client, datasetId);
  await addFile(client, batch.id, 'a.csv');
  return batch;
}

/** Creates a batch, adds one file, completes it. */
export async function ingest(
  client: EngineClient,
  datasetId: string,
  name: string,
  content: string | Uint8Array,
  batch: {
    format?: string;
    isMultiLineJson?: boolean;
    partialIngestionPercent?: number;
    enableErrorDiagnostics?: boolean;
  } = {},
) {
  const created = await client.call('ingest-batch-create', {
    sandbox,
    datasetId,
    inputFormat: { format: batch.format ?? 'csv', isMultiLineJson: batch.isMultiLineJson === true },
    ...(batch.partialIngestionPercent !== undefined
      ? { partialIngestionPercent: batch.partialIngestionPercent }
      : {}),
    enableErrorDiagnostics: batch.enableErrorDiagnostics === true,
  });
  await addFile(client, created.id, name, content);
  return client.call('ingest-batch-complete', { sandbox, batchId: created.id });
}
