// Benchmark: XDM record validation throughput (batch mode) against bare ajv on the same resolved schema.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { resolveComposition } from '../../shared/xdm/library';
import { createXdmValidator } from '../../shared/xdm/validate';
import { clock, type BenchContext } from './types';

const DEFAULT_RECORDS = 100_000;
const FIXED_NOW = Date.UTC(2026, 0, 1);

const FIRST_NAMES = ['Ada', 'Grace', 'Linus', 'Margaret', 'Alan', 'Barbara', 'Ken', 'Frances'];
const LAST_NAMES = ['Lovelace', 'Hopper', 'Torvalds', 'Hamilton', 'Turing', 'Liskov', 'Thompson', 'Allen'];
const CITIES = ['Lisbon', 'Utrecht', 'Basel', 'Austin', 'Leeds', 'Osaka'];
const TIERS = ['bronze', 'silver', 'gold', 'platinum'];

/** A small deterministic generator (mulberry32) so every run validates the same records. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T;
}

function digits(count: number, next: () => number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += Math.floor(next() * 10);
  return out;
}

/** One valid profile record of about 600 bytes (person, contact, loyalty, identityMap). */
export function makeProfileRecord(index: number, next: () => number): Record<string, unknown> {
  const first = pick(FIRST_NAMES, next);
  const last = pick(LAST_NAMES, next);
  const email = `${first}.${last}.${index}@example.com`.toLowerCase();
  return {
    _id: `rec-${index}`,
    person: {
      name: { firstName: first, lastName: last, fullName: `${first} ${last}` },
      birthDate: `19${50 + Math.floor(next() * 50)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
      gender: next() < 0.5 ? 'female' : 'male',
    },
    personalEmail: { address: email, primary: true, status: 'active' },
    mobilePhone: { number: `+1555${digits(7, next)}`, primary: true },
    homeAddress: {
      city: pick(CITIES, next),
      postalCode: digits(5, next),
      countryCode: 'US',
      street1: `${index} Main St`,
    },
    loyalty: {
      loyaltyID: [`L${index}`],
      points: Math.floor(next() * 100_000),
      tier: pick(TIERS, next),
      program: 'Stager Rewards',
      joinDate: '2021-03-04T05:06:07Z',
    },
    identityMap: {
      ECID: [{ id: digits(38, next), primary: true }],
      Email: [{ id: email, primary: false }],
    },
  };
}

function throughput(count: number, ms: number): number {
  return Math.round((count / ms) * 1000);
}

/**
 * Runs the benchmark and reports records/s for our validator (batch mode) and bare ajv compiled
 * from the same resolved schema, their ratio (goal ≥ 0.8) and the cold compile time.
 * `--records N` changes the record count.
 */
export default async function run(ctx: BenchContext): Promise<void> {
  const recordCount = Number(ctx.args['records'] ?? DEFAULT_RECORDS);
  const resolved = await resolveComposition({
    classId: 'https://ns.adobe.com/xdm/context/profile',
    fieldGroupIds: [
      'https://ns.adobe.com/xdm/context/profile-person-details',
      'https://ns.adobe.com/xdm/context/profile-personal-details',
      'https://ns.adobe.com/xdm/mixins/profile/profile-loyalty-details',
      'https://ns.adobe.com/xdm/context/identitymap',
    ],
  });
  const next = random(42);
  const records = Array.from({ length: recordCount }, (_, index) => makeProfileRecord(index, next));
  ctx.note(`validate: ${recordCount} profile records, ${resolved.fields.length} schema fields`);

  const ours = createXdmValidator({
    cacheKey: 'bench-profile:1.0',
    schema: resolved.schema,
    ...(resolved.behavior && { behavior: resolved.behavior }),
    isPrimaryIdentityRequired: true,
    now: () => FIXED_NOW,
  });
  const compileStart = clock();
  ours.compile('batch');
  ctx.report('compile_ms_cold', Math.round((clock() - compileStart) * 10) / 10, 'ms');

  const ajv = new Ajv({ strict: false, allowUnionTypes: true, unicodeRegExp: false });
  addFormats(ajv);
  const bare = ajv.compile(resolved.schema);

  const runOurs = (): number => {
    const start = clock();
    let invalid = 0;
    for (const record of records) if (!ours.validateBatch(record).isValid) invalid++;
    if (invalid > 0) throw new Error(`${invalid} generated records failed our validator`);
    return clock() - start;
  };
  const runBare = (): number => {
    const start = clock();
    let invalid = 0;
    for (const record of records) if (!bare(record)) invalid++;
    if (invalid > 0) throw new Error(`${invalid} generated records failed bare ajv`);
    return clock() - start;
  };
  // Warm both (JIT), then take the best of five alternating runs of each (shared machines are noisy).
  runOurs();
  runBare();
  let oursMs = Number.POSITIVE_INFINITY;
  let bareMs = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 5; round++) {
    oursMs = Math.min(oursMs, runOurs());
    bareMs = Math.min(bareMs, runBare());
  }
  const oursRate = throughput(recordCount, oursMs);
  const bareRate = throughput(recordCount, bareMs);
  ctx.report('records_per_s_ours', oursRate, 'records/s');
  ctx.report('records_per_s_ajv', bareRate, 'records/s');
  ctx.report('ratio_validator_to_ajv', Math.round((oursRate / bareRate) * 1000) / 1000, 'ratio');
}
