// The events of the profile store in columns: one slot per event in typed arrays (time, row, page,
// position, batch), chained per primary identity in arrival order. Millions of events cost a few
// arrays and one `_id` string each instead of an object each, so the garbage collector has little to
// trace; `EventFragment` objects are made only for the events a query returns.
import { growI32, TableBlock } from '../identity/buffers';
import { StringTable } from './string-table';
import type { BatchOrigin, EventFragment, Source } from './fragments';

const NONE = -1;
const INITIAL = 1024;

export class EventStore {
  /** Per slot: epoch ms, row, `batchPages` key (NONE when the record is kept), position, batch. */
  private time = new Float64Array(INITIAL);
  private row = new Int32Array(INITIAL);
  private page = new Int32Array(INITIAL);
  private index = new Int32Array(INITIAL);
  private origin = new Int32Array(INITIAL);
  /** Next slot of the same identity, NONE at the end. */
  private next = new Int32Array(INITIAL);
  private eventIds: string[] = [];
  /** Records of events kept in memory (not applied from a stored page), by slot. */
  private readonly records = new Map<number, Record<string, unknown>>();
  private slots = 0;

  /** Primary identity key → its chain (numbered in the order chains began); per chain its first and last slot. */
  private readonly chains = new StringTable();
  private first = new Int32Array(INITIAL);
  private last = new Int32Array(INITIAL);

  /** Batches events came from, by batch id (every event of a batch shares one). */
  private readonly origins: BatchOrigin[] = [];
  private readonly originOf = new Map<string, number>();

  /** Events held. */
  size = 0;

  /**
   * Appends an event under its primary identity. Returns whether the identity's previous last event
   * came from another batch (so a batch's first event under each identity can be noted cheaply).
   */
  add(
    primaryKey: string,
    eventId: string,
    timestamp: number,
    source: BatchOrigin,
    row: number,
    at: { page: number; index: number } | undefined,
    record?: Record<string, unknown>,
  ): boolean {
    let o = this.originOf.get(source.batchId);
    if (o === undefined) {
      o = this.origins.length;
      this.origins.push({ datasetId: source.datasetId, batchId: source.batchId, time: source.time });
      this.originOf.set(source.batchId, o);
    }
    const slot = this.slots++;
    if (slot >= this.time.length) this.grow(slot + 1);
    this.time[slot] = timestamp;
    this.row[slot] = row;
    this.page[slot] = at ? at.page : NONE;
    this.index[slot] = at ? at.index : 0;
    this.origin[slot] = o;
    this.next[slot] = NONE;
    this.eventIds[slot] = eventId;
    if (record) this.records.set(slot, record);
    this.size++;
    const chains = this.chains.size;
    const chain = this.chains.add(primaryKey);
    if (this.chains.size > chains) {
      if (chain >= this.first.length) {
        this.first = growI32(this.first, chain + 1, NONE);
        this.last = growI32(this.last, chain + 1, NONE);
      }
      this.first[chain] = slot;
      this.last[chain] = slot;
      return true;
    }
    const tail = this.last[chain] as number;
    this.next[tail] = slot;
    this.last[chain] = slot;
    return this.origin[tail] !== o;
  }

  private grow(need: number, isExact = false): void {
    // One buffer for the six columns (see TableBlock).
    const block = TableBlock.growing(this.time.length, need, isExact, [8, 4, 4, 4, 4, 4]);
    if (!block) return;
    this.time = block.f64(this.time, 0);
    this.row = block.i32(this.row, 0);
    this.page = block.i32(this.page, NONE);
    this.index = block.i32(this.index, 0);
    this.origin = block.i32(this.origin, 0);
    this.next = block.i32(this.next, NONE);
  }

  /** Makes room for this many more events in one step (a batch about to be applied). */
  reserve(events: number): void {
    if (this.slots + events > this.time.length) this.grow(this.slots + events, true);
  }

  /** Whether any event is held under this primary identity. */
  has(primaryKey: string): boolean {
    return this.chains.get(primaryKey) >= 0;
  }

  /** Visits the primary identity keys with events, in the order their first event arrived. */
  forEachKey(visit: (key: string) => void): void {
    for (const key of this.chains.keys) if (key !== undefined) visit(key);
  }

  /** The events under these primary identities, each identity's in arrival order. */
  eventsOf(primaryKeys: Iterable<string>): EventFragment[] {
    const out: EventFragment[] = [];
    for (const key of primaryKeys) {
      const chain = this.chains.get(key);
      if (chain < 0) continue;
      for (let slot = this.first[chain] as number; slot !== NONE; slot = this.next[slot] as number)
        out.push(this.fragment(key, slot));
    }
    return out;
  }

  private fragment(primaryKey: string, slot: number): EventFragment {
    const { datasetId, batchId, time } = this.origins[this.origin[slot] as number] as BatchOrigin;
    const source: Source = { datasetId, batchId, row: this.row[slot] as number, time };
    const page = this.page[slot] as number;
    const record = this.records.get(slot);
    return {
      datasetId,
      primaryKey,
      eventId: this.eventIds[slot] as string,
      timestamp: this.time[slot] as number,
      ...(record ? { record } : {}),
      ...(page !== NONE ? { at: { page, index: this.index[slot] as number } } : {}),
      source,
    };
  }

  /**
   * Gives a batch's events the ingestion time `to` in place of `from` (a batch applied before it
   * completed): their origin's time, and the timestamp of those that have none of their own.
   */
  retimeBatch(batchId: string, from: number, to: number): void {
    const o = this.originOf.get(batchId);
    if (o === undefined) return;
    (this.origins[o] as BatchOrigin).time = to;
    for (let slot = 0; slot < this.slots; slot++)
      if (this.origin[slot] === o && this.time[slot] === from) this.time[slot] = to;
  }

  /** Forgets a batch whose events were all taken out, so events it brings again start a new origin. */
  forgetOrigin(batchId: string): void {
    this.originOf.delete(batchId);
  }

  /** Takes out the events a batch added under a primary identity; returns them (`_id` and dataset). */
  removeBatch(primaryKey: string, batchId: string): { eventId: string; datasetId: string }[] {
    const chain = this.chains.get(primaryKey);
    const o = this.originOf.get(batchId);
    if (chain < 0 || o === undefined) return [];
    const removed: { eventId: string; datasetId: string }[] = [];
    const datasetId = (this.origins[o] as BatchOrigin).datasetId;
    let previous = NONE;
    for (let slot = this.first[chain] as number; slot !== NONE;) {
      const following = this.next[slot] as number;
      if (this.origin[slot] === o) {
        removed.push({ eventId: this.eventIds[slot] as string, datasetId });
        this.eventIds[slot] = '';
        this.records.delete(slot);
        if (previous === NONE) this.first[chain] = following;
        else this.next[previous] = following;
        if (this.last[chain] === slot) this.last[chain] = previous;
      } else previous = slot;
      slot = following;
    }
    this.size -= removed.length;
    if (this.first[chain] === NONE) this.chains.delete(primaryKey);
    return removed;
  }
}
