// Writes the same N profile rows as CSV and as Parquet for trying ingestion from the CLI:
//   npx tsx test/bench/ingest-files.ts DIR [ROWS]     (default 1,000,000)
// ~10 fields and 3 identities per row (email, phone, CRM id), as the ingest benchmark uses; every
// 10,000th row has a birth date that is not a date (`1979-01-3`), so the batch has diagnostics.
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';

export const PEOPLE_HEADER =
  'personalEmail.address,mobilePhone.number,_stager.crmId,person.name.firstName,person.name.lastName,person.birthDate,person.gender,homeAddress.city,homeAddress.postalCode,_stager.points';

export interface PersonRow {
  email: string;
  phone: string;
  crmId: string;
  first: string;
  last: string;
  birth: string;
  gender: string;
  city: string;
  postal: string;
  points: number;
}

export function personRow(i: number): PersonRow {
  return {
    email: `person${i}@example.com`,
    phone: `+3161${String(i).padStart(7, '0')}`,
    crmId: `CRM${i}`,
    first: `First${i % 1000}`,
    last: `Last${i % 777}`,
    birth: i % 10_000 === 9_999 ? '1979-01-3' : `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`,
    gender: i % 2 ? 'female' : 'male',
    city: `City${i % 300}`,
    postal: String(1000 + (i % 8999)),
    points: i % 10_000,
  };
}

function csvLine(p: PersonRow): string {
  return `${p.email},${p.phone},${p.crmId},${p.first},${p.last},${p.birth},${p.gender},${p.city},${p.postal},${p.points}\n`;
}

async function writeCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${PEOPLE_HEADER}\n`);
  for (let start = 0; start < rows; start += 10_000) {
    let chunk = '';
    for (let i = start; i < Math.min(rows, start + 10_000); i++) chunk += csvLine(personRow(i));
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

/** Parquet columns are nested structs (a dotted column name would not be hierarchical). */
async function writeParquet(path: string, rows: number): Promise<void> {
  const people = Array.from({ length: rows }, (_, i) => personRow(i));
  const buffer = parquetWriteBuffer({
    columnData: [
      { name: 'personalEmail', data: people.map((p) => ({ address: p.email })) },
      { name: 'mobilePhone', data: people.map((p) => ({ number: p.phone })) },
      {
        name: 'person',
        data: people.map((p) => ({
          name: { firstName: p.first, lastName: p.last },
          birthDate: p.birth,
          gender: p.gender,
        })),
      },
      { name: 'homeAddress', data: people.map((p) => ({ city: p.city, postalCode: p.postal })) },
      { name: '_stager', data: people.map((p) => ({ crmId: p.crmId, points: p.points })) },
    ],
    rowGroupSize: 50_000,
  });
  await writeFile(path, new Uint8Array(buffer));
}

const isMain = process.argv[1]?.endsWith('ingest-files.ts') === true;
if (isMain) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: npx tsx test/bench/ingest-files.ts DIR [ROWS]\n');
    process.exit(2);
  }
  const rows = Number(process.argv[3] ?? 1_000_000);
  await mkdir(dir, { recursive: true });
  await writeCsv(join(dir, 'people.csv'), rows);
  await writeParquet(join(dir, 'people.parquet'), rows);
  process.stdout.write(
    `wrote ${rows} rows to ${join(dir, 'people.csv')} and ${join(dir, 'people.parquet')}\n`,
  );
}
