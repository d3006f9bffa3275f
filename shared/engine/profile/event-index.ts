// The event index of a stored page: what applying an event row to Profile reads — its position in the
// page, row number, identities, `_id` and time — written by ingestion beside the rows, so the apply
// step reads a few values per event instead of parsing whole events again. It is derived data: a
// page without one (streamed, mapped CSV, written before it existed) or written under other identity
// rules is applied from its rows, which gives the same result.
import type Dexie from 'dexie';
import type { IdentityDescriptor, NamespaceInfo } from '../../contract/registry-types';
import { joinFlat, type StoredRow } from '../ingest/pages';
import type { StoredSchema } from '../registry/model';
import { dateTimeToEpochMs } from '../../xdm/datetime';
import { listNamespaces } from '../registry/namespaces';
import { descriptorsOf } from '../registry/store';
import { identityReader, type RecordIdentity } from './identities';

/** How a schema's records are read for identities, and a key that changes whenever the reading would. */
export interface IdentityRules {
  read: (record: Record<string, unknown>) => RecordIdentity[];
  /** Descriptors and the namespace codes that spell them, hashed: an index is used only under equal keys. */
  key: string;
}

/** 53-bit FNV-1a style hash of a string, as base-36 text (two 32-bit lanes with different seeds). */
function hash53(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x2e1a3b5d;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return ((b >>> 11) * 2 ** 32 + (a >>> 0)).toString(36);
}

/** The identity rules of a schema under the sandbox's namespaces. */
export function identityRules(
  descriptors: readonly IdentityDescriptor[],
  namespaces: readonly NamespaceInfo[],
): IdentityRules {
  const byLower = new Map(namespaces.map((n) => [n.code.toLowerCase(), n.code]));
  const canonical = (code: string) => byLower.get(code.toLowerCase()) ?? code;
  const text = JSON.stringify([
    descriptors.map((d) => [d['xdm:sourceProperty'], d['xdm:namespace'], d['xdm:isPrimary']]),
    namespaces.map((n) => n.code),
  ]);
  return { read: identityReader(descriptors, canonical), key: hash53(text) };
}

/** An event's time as its `timestamp` says (epoch ms), NaN when it has none that parses. */
export function eventTimestamp(record: Record<string, unknown>): number {
  const value = record['timestamp'];
  // Validation accepts only the platform's shapes: those are read from their digits.
  const ms = typeof value === 'string' ? dateTimeToEpochMs(value) : Number.NaN;
  return Number.isNaN(ms) ? Date.parse(String(value ?? '')) : ms;
}

/** Index values serialised together (about 250 events of two identities). */
const INDEX_RUN_VALUES = 2048;

/**
 * Collects the index of the page being filled. `note` each stored event row with its position;
 * `miss` a row that cannot be indexed (a mapped CSV row kept as cells), which leaves the page without
 * an index. `take` returns the page's index (JSON) and starts the next page.
 */
export class EventIndexWriter {
  /** Per event: position, row, identity count, (namespace slot × 2 + primary, id) per identity, `_id`, time. */
  private entries: (string | number | null)[] = [];
  /**
   * Entries already serialised, a run at a time: the identity values and `_id`s are the events' own
   * strings, so holding them until the page is written would keep every event's strings alive that
   * long; a run of them is written out while they are young.
   */
  private runs: string[] = [];
  private namespaces: string[] = [];
  private slots = new Map<string, number>();
  private isComplete = true;

  constructor(private readonly rules: IdentityRules) {}

  note(position: number, row: StoredRow): void {
    // Identity and Profile skip a row ingestion flagged (`s`): nothing to index.
    if (row.s) return;
    const identities = this.rules.read(row.v);
    const entries = this.entries;
    entries.push(position, row.r, identities.length);
    for (const identity of identities) {
      let slot = this.slots.get(identity.namespace);
      if (slot === undefined) {
        slot = this.namespaces.length;
        this.namespaces.push(identity.namespace);
        this.slots.set(identity.namespace, slot);
      }
      entries.push(slot * 2 + (identity.isPrimary ? 1 : 0), identity.id);
    }
    const time = eventTimestamp(row.v);
    entries.push(String(row.v['_id'] ?? ''), Number.isNaN(time) ? null : time);
    if (entries.length >= INDEX_RUN_VALUES) this.endRun();
  }

  private endRun(): void {
    if (this.entries.length === 0) return;
    this.runs.push(JSON.stringify(this.entries).slice(1, -1));
    this.entries = [];
  }

  miss(): void {
    this.isComplete = false;
  }

  take(): string | undefined {
    this.endRun();
    const text = this.isComplete
      ? joinFlat(
          this.runs,
          `{"k":${JSON.stringify(this.rules.key)},"ns":${JSON.stringify(this.namespaces)},"e":[`,
          ']}',
        )
      : undefined;
    this.runs = [];
    this.entries = [];
    this.namespaces = [];
    this.slots = new Map();
    this.isComplete = true;
    return text;
  }
}

/** Whether a page's index was written under the identity rules `key` (without parsing it). */
export function isIndexOf(ix: string, key: string): boolean {
  return ix.startsWith(`{"k":${JSON.stringify(key)},`);
}

/** One indexed event as the apply step uses it. */
export type IndexedEventVisitor = (
  position: number,
  row: number,
  identities: RecordIdentity[],
  eventId: string,
  /** Epoch ms, NaN when the event has no time that parses. */
  time: number,
) => void;

/** A page's event index, parsed: namespace codes, and the entries as `EventIndexWriter` lays them out. */
export interface EventIndex {
  ns: string[];
  e: (string | number | null)[];
}

/** A page's event index, or undefined when it was written under other identity rules than `key`. */
export function readEventIndex(ix: string, key: string): EventIndex | undefined {
  const index = JSON.parse(ix) as EventIndex & { k: string };
  return index.k === key ? index : undefined;
}

/**
 * Visits the events of an index in order from entry offset `at` (0 for the first event) until
 * `isPaused()` says to stop after an event; returns the offset of the next event, `index.e.length`
 * once every event was visited. A caller that stops gives the event loop a turn and goes on from there.
 */
export function visitIndexedEvents(
  index: EventIndex,
  at: number,
  visit: IndexedEventVisitor,
  isPaused: () => boolean = () => false,
): number {
  const { ns, e } = index;
  while (at < e.length) {
    const position = e[at++] as number;
    const row = e[at++] as number;
    const count = e[at++] as number;
    const identities: RecordIdentity[] = new Array(count);
    for (let j = 0; j < count; j++) {
      const code = e[at++] as number;
      identities[j] = {
        namespace: ns[code >> 1] as string,
        id: e[at++] as string,
        isPrimary: (code & 1) === 1,
      };
    }
    const eventId = e[at++] as string;
    const time = e[at++] as number | null;
    visit(position, row, identities, eventId, time ?? Number.NaN);
    if (isPaused()) break;
  }
  return at;
}

/** What the event index of a batch's pages is built from: only events of a dataset Identity or Profile reads. */
export interface EventIndexInputs {
  descriptors: IdentityDescriptor[];
  namespaces: NamespaceInfo[];
}

/** The event index inputs of a schema's batches (undefined for records, which have no event index). */
export async function eventIndexInputs(
  db: Dexie,
  schema: Pick<StoredSchema, 'behavior'>,
  schemaId: string,
): Promise<EventIndexInputs | undefined> {
  if (schema.behavior !== 'time-series') return undefined;
  return { descriptors: await descriptorsOf(db, schemaId), namespaces: await listNamespaces(db) };
}

/** The event index writer built from `eventIndexInputs`. */
export function eventIndexWriter(inputs: EventIndexInputs): EventIndexWriter {
  return new EventIndexWriter(identityRules(inputs.descriptors, inputs.namespaces));
}
