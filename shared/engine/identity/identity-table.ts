// The identity table of a graph: (namespace, value) → node, open addressing over typed arrays.

const EMPTY_SLOT = -1;
const DROPPED_SLOT = -2;

/**
 * FNV-1a over the value's UTF-16 code units, seeded with the namespace index (and the graph's own
 * random seed, so a file of crafted values cannot collide on purpose). Interning identities in
 * a typed-array table costs about a third of a `Map` per new identity (no per-entry objects to grow).
 */
export function hashOf(ns: number, value: string, start = 0, seed = 0): number {
  let h = (0x811c9dc5 ^ seed ^ Math.imul(ns + 1, 0x9e3779b1)) | 0;
  for (let i = start; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return h;
}

/** What the table reads of the graph's nodes (read on every call: the graph replaces them as they grow). */
export interface InternedNodes {
  readonly nodeNs: Int32Array;
  readonly nodeValue: readonly string[];
  /** `hashOf` each node's namespace and value, kept for rehashing. */
  readonly nodeHash: Int32Array;
}

/**
 * Slots of a node number (EMPTY_SLOT or DROPPED_SLOT when none) and that node's hash, side by side: a
 * probe compares hashes without reading the node's own tables, which at millions of identities are
 * cache misses of their own. A power of 2 slots, at most half used (dropped slots count until the next
 * rehash, and a new identity reuses the first one on its probe path).
 */
export class IdentityTable {
  slots = new Int32Array(2 * 1024).fill(EMPTY_SLOT);
  private used = 0;

  constructor(private readonly nodes: InternedNodes) {}

  /** The node of (ns, value) when the table holds it, else `~slot` (negative): where a new node of it goes. */
  probe(ns: number, value: string, hash: number): number {
    const { nodeNs, nodeValue } = this.nodes;
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let free = EMPTY_SLOT;
    for (let p = hash & mask; ; p = (p + 1) & mask) {
      const n = slots[p << 1] ?? EMPTY_SLOT;
      if (n === EMPTY_SLOT) return ~(free === EMPTY_SLOT ? p : free);
      // The hash beside the node first: a slot of another identity then costs no read of its node.
      if (n === DROPPED_SLOT) {
        if (free === EMPTY_SLOT) free = p;
      } else if (slots[(p << 1) + 1] === hash && nodeNs[n] === ns && nodeValue[n] === value) return n;
    }
  }

  /** `probe` for the value written in `text` from `start` on, without copying it; negative when absent. */
  probeIn(ns: number, text: string, start: number, hash: number): number {
    const { nodeNs, nodeValue } = this.nodes;
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const length = text.length - start;
    for (let p = hash & mask; ; p = (p + 1) & mask) {
      const n = slots[p << 1] ?? EMPTY_SLOT;
      if (n === EMPTY_SLOT) return EMPTY_SLOT;
      if (n === DROPPED_SLOT || slots[(p << 1) + 1] !== hash || nodeNs[n] !== ns) continue;
      const value = nodeValue[n] as string;
      if (value.length === length && text.endsWith(value)) return n;
    }
  }

  /** Puts node `n` (its hash already in `nodeHash`) in the slot `probe` named, growing past half full. */
  put(slot: number, n: number): void {
    const slots = this.slots;
    const wasEmpty = slots[slot << 1] === EMPTY_SLOT;
    slots[slot << 1] = n;
    slots[(slot << 1) + 1] = this.nodes.nodeHash[n] ?? 0;
    if (!wasEmpty) return;
    this.used++;
    if (this.used * 2 > this.capacity()) this.rehash(this.capacity() * 2);
  }

  /** Takes node `n` out (a later identity with its value becomes a new node). */
  drop(n: number): void {
    const slots = this.slots;
    const mask = this.capacity() - 1;
    for (let p = (this.nodes.nodeHash[n] ?? 0) & mask; ; p = (p + 1) & mask) {
      const at = slots[p << 1] ?? EMPTY_SLOT;
      if (at === EMPTY_SLOT) return;
      if (at === n) {
        slots[p << 1] = DROPPED_SLOT;
        return;
      }
    }
  }

  /**
   * Makes room for up to this many more identities in one rehash, when they would take the table more
   * than one doubling. A count one doubling holds is left to `put`, which doubles when they come: a
   * reservation is an upper bound (a load's first page scaled up), and a table doubled for
   * identities that never come cost a rehash of every identity it held and twice the memory (2M
   * events of 1M people read as 2M new ECIDs: 3M identities rehashed into a table of 16M slots).
   */
  reserve(identities: number): void {
    let size = this.capacity();
    while ((this.used + identities) * 2 > size) size *= 2;
    if (size > this.capacity() * 2) this.rehash(size);
  }

  /** Slots in the table (each two numbers long). */
  private capacity(): number {
    return this.slots.length >> 1;
  }

  /** Rebuilds the table with this many slots (a power of 2), leaving dropped slots behind. */
  private rehash(size: number): void {
    const old = this.slots;
    const slots = new Int32Array(size * 2).fill(EMPTY_SLOT);
    const mask = size - 1;
    let used = 0;
    for (let at = 0; at < old.length; at += 2) {
      const n = old[at] as number;
      if (n < 0) continue;
      const hash = old[at + 1] as number;
      let p = hash & mask;
      while (slots[p << 1] !== EMPTY_SLOT) p = (p + 1) & mask;
      slots[p << 1] = n;
      slots[(p << 1) + 1] = hash;
      used++;
    }
    this.slots = slots;
    this.used = used;
  }
}
