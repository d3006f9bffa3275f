// Strings → dense numbers (0, 1, 2, … in the order they were added), open addressing over typed
// arrays with each key's hash kept. The profile store keys millions of events and identities by
// string; a `Map` or `Set` of that size cost 3–4× as much per lookup in a measurement on these
// machines (2M lookups into 1M keys: Map 1.0–1.6 s, this table 0.35–0.42 s in node), most of it in
// growing the map and in cache misses.

const EMPTY = -1;
const DROPPED = -2;
const INITIAL = 1024;

/** FNV-1a over a string's UTF-16 code units, from a basis of the table's own. */
function hashOf(key: string, basis: number): number {
  let h = basis;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h;
}

export class StringTable {
  /** Slots of key numbers, EMPTY or DROPPED; a power of 2 long and at most half used. */
  private slots = new Int32Array(INITIAL * 2).fill(EMPTY);
  /** Slots not EMPTY (keys and dropped ones), which decides when to grow. */
  private used = 0;
  /** The hash of each key number. */
  private hashes = new Int32Array(INITIAL);
  /** Each key number's key; undefined once deleted (a key added again gets a new number). */
  readonly keys: (string | undefined)[] = [];
  /** Keys held. */
  size = 0;
  /**
   * The hash basis, random per table: keys come from uploaded files, and a fixed hash would let a file
   * of crafted `_id`s collide on purpose and make every lookup walk them all. Nothing observable
   * depends on it (numbers and order are the order of adding), so the engine stays deterministic.
   */
  // eslint-disable-next-line no-restricted-properties -- changes slot layout only, never a result
  private readonly basis = (Math.random() * 0x100000000) | 0;

  /** The number of `key`, or -1. */
  get(key: string): number {
    const at = this.find(key, hashOf(key, this.basis));
    return at < 0 ? -1 : (this.slots[at] as number);
  }

  has(key: string): boolean {
    return this.get(key) >= 0;
  }

  /** The number of `key`, adding it (as the next number) when absent; `size` tells which happened. */
  add(key: string): number {
    const hash = hashOf(key, this.basis);
    const at = this.find(key, hash);
    if (at >= 0) return this.slots[at] as number;
    const n = this.keys.length;
    if (n >= this.hashes.length) {
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.keys.push(key);
    this.hashes[n] = hash;
    this.size++;
    const slot = ~at;
    if (this.slots[slot] === EMPTY) this.used++;
    this.slots[slot] = n;
    // Past half full: twice the slots, or as many when most used slots are dropped keys.
    if (this.used * 2 > this.slots.length)
      this.rehash(this.size * 4 > this.slots.length ? this.slots.length * 2 : this.slots.length);
    return n;
  }

  /** Takes `key` out; returns its number, or -1 when it was not held. */
  delete(key: string): number {
    const at = this.find(key, hashOf(key, this.basis));
    if (at < 0) return -1;
    const n = this.slots[at] as number;
    this.slots[at] = DROPPED;
    this.keys[n] = undefined;
    this.size--;
    return n;
  }

  /** Makes room for this many more keys in one step. */
  reserve(more: number): void {
    let size = this.slots.length;
    while ((this.used + more) * 2 > size) size *= 2;
    if (size > this.slots.length) this.rehash(size);
  }

  /** The slot holding `key`, or `~slot` of where it would go (the first dropped slot on its path). */
  private find(key: string, hash: number): number {
    const { slots, hashes, keys } = this;
    const mask = slots.length - 1;
    let free = -1;
    for (let p = hash & mask; ; p = (p + 1) & mask) {
      const n = slots[p] as number;
      if (n === EMPTY) return ~(free === -1 ? p : free);
      if (n === DROPPED) {
        if (free === -1) free = p;
      } else if (hashes[n] === hash && keys[n] === key) return p;
    }
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size).fill(EMPTY);
    const mask = size - 1;
    let used = 0;
    for (let n = 0; n < this.keys.length; n++) {
      if (this.keys[n] === undefined) continue;
      let p = (this.hashes[n] as number) & mask;
      while (slots[p] !== EMPTY) p = (p + 1) & mask;
      slots[p] = n;
      used++;
    }
    this.slots = slots;
    this.used = used;
  }
}

/** A string-keyed map over a `StringTable`: each value stored under its key's number. */
export class StringMap<V> {
  private readonly table = new StringTable();
  private readonly values: (V | undefined)[] = [];

  get(key: string): V | undefined {
    const n = this.table.get(key);
    return n < 0 ? undefined : this.values[n];
  }

  has(key: string): boolean {
    return this.table.get(key) >= 0;
  }

  set(key: string, value: V): void {
    this.values[this.table.add(key)] = value;
  }

  delete(key: string): void {
    const n = this.table.delete(key);
    if (n >= 0) this.values[n] = undefined;
  }

  /** Visits the keys in the order they were (last) added. */
  forEachKey(visit: (key: string) => void): void {
    for (const key of this.table.keys) if (key !== undefined) visit(key);
  }

  get size(): number {
    return this.table.size;
  }
}
