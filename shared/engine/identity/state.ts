// Typed-array tables of the identity graph: namespaces, identities (nodes), links (edges), records and the union-find cache.
import type { IdentityType } from '../../contract/registry-types';
import { PERSON_TYPES, type IdentityConfig } from './config';
import { TableBlock } from './buffers';
import { hashOf, IdentityTable } from './identity-table';
import { valueRules, type ValueRules } from './values';
import { NONE, REC_LINKED, REC_SINGLE, type LogEntry } from './codes';

/** Implicit priority tier of an unranked namespace: people, then devices, then cookies, then the rest. */
function implicitTier(type: IdentityType): number {
  if (PERSON_TYPES.includes(type)) return 0;
  if (type === 'DEVICE') return 1;
  return type === 'COOKIE' ? 2 : 3;
}

/**
 * All tables of one graph. Records are the source of truth (each linking record's identities, in
 * arrival order); edges, adjacency lists and the union-find forest are derived from them.
 * Every half-edge `h` belongs to one end: `2e` to `edgeA[e]`, `2e + 1` to `edgeB[e]`, and sits in exactly
 * one of that end's two lists (active links, deleted links), linked through `next`/`prev`.
 * Union-find roots hold minus their graph's size in `parent`.
 */
export class GraphState {
  readonly cap: number;
  readonly isCapEnforced: boolean;
  readonly isAgeFirstSeen: boolean;
  readonly values: ValueRules;
  /** Number of unique-namespace slots per union-find root. */
  readonly uniqueSlots: number;
  private readonly uniqueByCode = new Map<string, number>();
  private readonly typeRank = new Map<IdentityType, number>();
  private readonly graphless: ReadonlySet<IdentityType>;
  private readonly priorityByCode = new Map<string, number>();
  private readonly lowestPriority: number;

  nsCodes: string[] = [];
  nsTypes: IdentityType[] = [];
  nsLinkable: boolean[] = [];
  nsIsEcid: boolean[] = [];
  nsUnique: number[] = [];
  nsRank: number[] = [];
  /** Namespace priority (lower = higher priority): configured, else after every configured one by type. */
  nsPriority: number[] = [];
  nsByCode = new Map<string, number>();

  nodeCount = 0;
  nodeNs = new Int32Array(64);
  nodeValue: string[] = [];
  /** `hashOf` each identity's namespace and value, kept for rehashing the identity table. */
  nodeHash = new Int32Array(64);
  /**
   * Mixed into every identity's hash: values come from uploaded files, and a fixed hash would let a
   * file of crafted values collide on purpose. Only slot layout depends on it (nodes are numbered in
   * arrival order), so the engine stays deterministic.
   */
  // eslint-disable-next-line no-restricted-properties -- changes slot layout only, never a result
  readonly hashSeed = (Math.random() * 0x100000000) | 0;
  /** (namespace, value) → node. */
  readonly identities = new IdentityTable(this);
  /** Union-find parent, or minus the graph size for a root. */
  parent = new Int32Array(64).fill(NONE);
  /** Active links per identity: > 0 means the identity is in a graph. */
  degree = new Int32Array(64);
  headActive = new Int32Array(64).fill(NONE);
  headDeleted = new Int32Array(64).fill(NONE);
  headRecord = new Int32Array(64).fill(NONE);
  /** Stored records that mention the identity; 0 = forgotten (no longer in its namespace's map). */
  refs = new Int32Array(64);
  firstSeen = new Float64Array(64).fill(Infinity);
  lastSeen = new Float64Array(64).fill(-Infinity);
  mark = new Int32Array(64);
  /** Identities whose graph may have changed since the caller last took them (`takeChanged`). */
  isDirty = new Uint8Array(64);
  dirty: number[] = [];
  epoch = 0;
  /** Per root, per unique slot: the identity of that namespace in the graph, or NONE. */
  uniq: Int32Array<ArrayBuffer>;

  edgeCount = 0;
  edgeA = new Int32Array(64);
  edgeB = new Int32Array(64);
  /** The record of the link's latest observation (latest time, then latest arrival). */
  edgeSeq = new Int32Array(64);
  edgeState = new Uint8Array(64);
  next = new Int32Array(128);
  prev = new Int32Array(128);
  freeEdges: number[] = [];

  recCount = 0;
  recOrigin = new Int32Array(64);
  recRow = new Float64Array(64);
  recTime = new Float64Array(64);
  recStatus = new Uint8Array(64);
  recStart = new Int32Array(64);
  recLen = new Int32Array(64);
  recMessage = new Map<number, string>();
  poolLen = 0;
  poolNode = new Int32Array(128);
  poolNext = new Int32Array(128);
  origins: { datasetId: string; batchId?: string }[] = [];
  originByKey = new Map<string, number>();
  counts = { linked: 0, single: 0, skipped: 0 };

  log: LogEntry[] = [];
  isLogSorted = true;

  /** Scratch space for one record: its graph roots, its namespaces, its identities, unique slots held. */
  roots = new Int32Array(32);
  recordNs = new Int32Array(32);
  recordNodes = new Int32Array(32);
  held: Int32Array<ArrayBuffer>;

  constructor(readonly config: IdentityConfig) {
    this.cap = config.maxIdentitiesPerGraph;
    this.isCapEnforced = config.isGraphCapEnforced;
    this.isAgeFirstSeen = config.evictionAge === 'first-seen';
    this.values = valueRules(config);
    this.graphless = new Set(config.graphlessTypes);
    config.evictionOrder.forEach((group, rank) => group.forEach((type) => this.typeRank.set(type, rank)));
    for (const code of config.uniqueNamespaces) {
      const lower = code.toLowerCase();
      if (!this.uniqueByCode.has(lower)) this.uniqueByCode.set(lower, this.uniqueByCode.size);
    }
    this.uniqueSlots = this.uniqueByCode.size;
    for (const [code, rank] of Object.entries(config.namespacePriority))
      this.priorityByCode.set(code.toLowerCase(), rank);
    this.lowestPriority = Math.max(0, ...this.priorityByCode.values());
    this.uniq = new Int32Array(64 * this.uniqueSlots).fill(NONE);
    this.held = new Int32Array(this.uniqueSlots);
  }

  /** The index of a namespace (canonical code), registering it on first use. */
  namespace(code: string, type: IdentityType): number {
    const known = this.nsByCode.get(code);
    if (known !== undefined) return known;
    const index = this.nsCodes.length;
    this.nsCodes.push(code);
    this.nsTypes.push(type);
    this.nsLinkable.push(!this.graphless.has(type));
    this.nsIsEcid.push(code.toUpperCase() === 'ECID');
    this.nsUnique.push(this.uniqueByCode.get(code.toLowerCase()) ?? NONE);
    this.nsRank.push(this.typeRank.get(type) ?? this.config.evictionOrder.length);
    this.nsPriority.push(
      this.priorityByCode.get(code.toLowerCase()) ?? this.lowestPriority + 1 + implicitTier(type),
    );
    this.nsByCode.set(code, index);
    return index;
  }

  /** The identity `${namespace}:${value}`, or NONE when the graph holds no such identity. */
  findIdentity(ns: number, value: string): number {
    const found = this.identities.probe(ns, value, hashOf(ns, value, 0, this.hashSeed));
    return found >= 0 ? found : NONE;
  }

  /** `findIdentity` of the value written in `text` from `start` on, without copying it out. */
  findIdentityIn(ns: number, text: string, start: number): number {
    const found = this.identities.probeIn(ns, text, start, hashOf(ns, text, start, this.hashSeed));
    return found >= 0 ? found : NONE;
  }

  /** The identity `${namespace}:${value}`, created when new. */
  node(ns: number, value: string): number {
    if (ns < 0 || ns >= this.nsCodes.length) throw new Error(`Unknown namespace index ${ns}`);
    const hash = hashOf(ns, value, 0, this.hashSeed);
    const found = this.identities.probe(ns, value, hash);
    if (found >= 0) return found;
    const n = this.nodeCount++;
    if (n >= this.parent.length) this.growNodes(n + 1);
    this.nodeNs[n] = ns;
    this.nodeValue[n] = value;
    this.nodeHash[n] = hash;
    this.parent[n] = NONE;
    this.resetUniq(n);
    this.identities.put(~found, n);
    return n;
  }

  /** Makes room for this many more records and identities at once (fewer, larger allocations). */
  reserve(records: number, identities: number): void {
    if (this.recCount + records > this.recOrigin.length) this.growRecords(this.recCount + records, true);
    if (this.poolLen + identities > this.poolNode.length) this.growPool(this.poolLen + identities, true);
    if (this.nodeCount + identities > this.parent.length) this.growNodes(this.nodeCount + identities, true);
    this.identities.reserve(identities);
  }

  /** Makes room for `need` records (doubling; exactly `need` when `isExact`: a reservation). */
  growRecords(need: number, isExact = false): void {
    const block = TableBlock.growing(this.recOrigin.length, need, isExact, [4, 8, 8, 1, 4, 4]);
    if (!block) return;
    this.recOrigin = block.i32(this.recOrigin, 0);
    this.recRow = block.f64(this.recRow, 0);
    this.recTime = block.f64(this.recTime, 0);
    this.recStatus = block.u8(this.recStatus);
    this.recStart = block.i32(this.recStart, 0);
    this.recLen = block.i32(this.recLen, 0);
  }

  /** Makes room for `need` record memberships (as `growRecords`). */
  growPool(need: number, isExact = false): void {
    const block = TableBlock.growing(this.poolNode.length, need, isExact, [4, 4]);
    if (!block) return;
    this.poolNode = block.i32(this.poolNode, 0);
    this.poolNext = block.i32(this.poolNext, 0);
  }

  /** Makes room for `need` identities (as `growRecords`). */
  growNodes(need: number, isExact = false): void {
    const slots = this.uniqueSlots;
    const bytes = [...Array<number>(9).fill(4), 8, 8, 1, 4 * slots];
    const block = TableBlock.growing(this.parent.length, need, isExact, bytes);
    if (!block) return;
    this.nodeNs = block.i32(this.nodeNs, 0);
    this.nodeHash = block.i32(this.nodeHash, 0);
    this.parent = block.i32(this.parent, NONE);
    this.degree = block.i32(this.degree, 0);
    this.headActive = block.i32(this.headActive, NONE);
    this.headDeleted = block.i32(this.headDeleted, NONE);
    this.headRecord = block.i32(this.headRecord, NONE);
    this.refs = block.i32(this.refs, 0);
    this.mark = block.i32(this.mark, 0);
    this.firstSeen = block.f64(this.firstSeen, Infinity);
    this.lastSeen = block.f64(this.lastSeen, -Infinity);
    this.isDirty = block.u8(this.isDirty);
    if (slots > 0) this.uniq = block.i32(this.uniq, NONE, slots);
  }

  /** Forgets an identity no stored record mentions any more (a later one with its value is a new node). */
  dropNode(n: number): void {
    this.identities.drop(n);
  }

  /** Makes an identity a graph of its own again (union-find and unique slots). */
  resetRoot(n: number): void {
    this.parent[n] = NONE;
    this.resetUniq(n);
  }

  private resetUniq(n: number): void {
    const slots = this.uniqueSlots;
    if (slots === 0) return;
    this.uniq.fill(NONE, n * slots, n * slots + slots);
    const slot = this.nsUnique[this.nodeNs[n] ?? 0] ?? NONE;
    if (slot !== NONE) this.uniq[n * slots + slot] = n;
  }

  /** `${namespace}:${value}`. */
  key(n: number): string {
    return `${this.nsCodes[this.nodeNs[n] ?? 0] ?? ''}:${this.nodeValue[n] ?? ''}`;
  }

  /** The root of an identity's union-find tree, compressing the path. */
  find(x: number): number {
    const parent = this.parent;
    let root = x;
    for (let p = parent[root] ?? NONE; p >= 0; p = parent[root] ?? NONE) root = p;
    while (x !== root) {
      const p = parent[x] ?? root;
      parent[x] = root;
      x = p;
    }
    return root;
  }

  /** The number of identities under a root. */
  sizeOf(root: number): number {
    return -(this.parent[root] ?? NONE);
  }

  /** Joins two roots (by size) and their unique-namespace slots; returns the new root. */
  union(a: number, b: number): number {
    if (a === b) return a;
    if (this.sizeOf(a) < this.sizeOf(b)) [a, b] = [b, a];
    this.parent[a] = (this.parent[a] ?? NONE) + (this.parent[b] ?? NONE);
    this.parent[b] = a;
    const slots = this.uniqueSlots;
    for (let u = 0; u < slots; u++) {
      if ((this.uniq[a * slots + u] ?? NONE) === NONE)
        this.uniq[a * slots + u] = this.uniq[b * slots + u] ?? NONE;
    }
    return a;
  }

  /** The first unique slot where two roots hold different identities, or NONE. */
  uniqueConflict(a: number, b: number): number {
    const slots = this.uniqueSlots;
    for (let u = 0; u < slots; u++) {
      const x = this.uniq[a * slots + u] ?? NONE;
      const y = this.uniq[b * slots + u] ?? NONE;
      if (x !== NONE && y !== NONE && x !== y) return u;
    }
    return NONE;
  }

  /** The other end of a half-edge. */
  other(h: number): number {
    return ((h & 1) === 0 ? this.edgeB[h >> 1] : this.edgeA[h >> 1]) ?? NONE;
  }

  /** The index of a dataset + batch pair. */
  origin(datasetId: string, batchId: string | undefined): number {
    const key = `${datasetId}\u0000${batchId ?? ''}`;
    const known = this.originByKey.get(key);
    if (known !== undefined) return known;
    const index = this.origins.length;
    this.origins.push(batchId === undefined ? { datasetId } : { datasetId, batchId });
    this.originByKey.set(key, index);
    return index;
  }

  /** Stores a record; a linking record's identities join their identities' record lists. */
  storeRecord(
    origin: number,
    row: number,
    time: number,
    status: number,
    nodes: Int32Array,
    k: number,
    messageId: string | undefined,
  ): number {
    const r = this.recCount++;
    if (r >= this.recOrigin.length) this.growRecords(r + 1);
    this.recOrigin[r] = origin;
    this.recRow[r] = row;
    this.recTime[r] = time;
    this.recStatus[r] = status;
    this.recStart[r] = this.poolLen;
    this.recLen[r] = k;
    if (messageId !== undefined) this.recMessage.set(r, messageId);
    if (this.poolLen + k > this.poolNode.length) this.growPool(this.poolLen + k);
    for (let i = 0; i < k; i++) {
      const n = nodes[i] ?? NONE;
      const p = this.poolLen++;
      this.poolNode[p] = n;
      this.poolNext[p] = this.headRecord[n] ?? NONE;
      this.headRecord[n] = p;
      this.refs[n] = (this.refs[n] ?? 0) + 1;
    }
    if (status === REC_LINKED) this.counts.linked++;
    else if (status === REC_SINGLE) this.counts.single++;
    else this.counts.skipped++;
    return r;
  }

  /** The record holding pool position `p` (records are stored in pool order). */
  recordAt(p: number): number {
    let low = 0;
    let high = this.recCount - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.recStart[mid] ?? 0) <= p) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The position of the pair a–b among record r's pairs (each identity with each later one). */
  pairIndex(r: number, a: number, b: number): number {
    const start = this.recStart[r] ?? 0;
    const k = this.recLen[r] ?? 0;
    let i = NONE;
    let j = NONE;
    for (let q = 0; q < k; q++) {
      const n = this.poolNode[start + q];
      if (n === a || n === b) {
        if (i === NONE) i = q;
        else j = q;
      }
    }
    return (i * (2 * k - i - 1)) / 2 + (j - i - 1);
  }

  /** Adds to the eviction log. */
  addLog(kind: number, why: number, record: number, a: number, b = NONE, c = NONE, d = NONE, size = 0): void {
    const last = this.log[this.log.length - 1];
    if (last && last.record > record) this.isLogSorted = false;
    this.log.push({ kind, why, record, a, b, c, d, size });
  }

  /** Notes that an identity's graph may have changed. */
  touch(n: number): void {
    if (this.isDirty[n] === 1) return;
    this.isDirty[n] = 1;
    this.dirty.push(n);
  }

  /** A new visit stamp for breadth-first walks. */
  nextEpoch(): number {
    if (this.epoch >= 0x7fffffff) {
      this.mark.fill(0);
      this.epoch = 0;
    }
    return ++this.epoch;
  }
}
