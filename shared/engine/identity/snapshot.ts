// The edge list in a compact serialisable form (pages of numbers and strings), and rebuilding a graph from it.
import { EngineError } from '../../contract/errors';
import { applyRecord } from './linking';
import type { GraphState } from './state';
import { NONE, REC_LINKED, REC_REMOVED, REC_SINGLE, REC_SKIPPED } from './codes';

export const IDENTITY_EDGES_FORMAT = 'profile-stager.identity-edges';

/**
 * The stored records of a graph, in arrival order: the source of truth from which `import` rebuilds
 * the graph (links, evictions, dropped links and the log are derived by replay).
 */
export interface IdentityGraphExport {
  format: typeof IDENTITY_EDGES_FORMAT;
  version: 1;
  /** `IdentityConfig.version` of the graph that exported it (the importer may apply other rules). */
  configVersion: number;
  /** Canonical namespace codes; records refer to them by index. */
  namespaces: string[];
  /** `[datasetId, batchId or null]`; records refer to them by index. */
  origins: [string, string | null][];
  pages: IdentityEdgePage[];
}

/** Up to `recordsPerPage` records. */
export interface IdentityEdgePage {
  /**
   * Per record: origin index, row, time, status (0 linked, 1 single identity, 2 skipped by a rule),
   * identity count k, then k namespace indexes. Only linked records carry identities.
   */
  records: number[];
  /** The identity values of the page's linked records, in order. */
  values: string[];
  /** Streaming message id of each record of the page (null for none); absent when no record has one. */
  messageIds?: (string | null)[];
}

/** The records of `s` as pages. */
export function exportRecords(s: GraphState, recordsPerPage: number): IdentityGraphExport {
  const pages: IdentityEdgePage[] = [];
  let page: IdentityEdgePage = { records: [], values: [] };
  let inPage = 0;
  let messages: (string | null)[] = [];
  let hasMessages = false;
  const flush = () => {
    if (inPage === 0) return;
    if (hasMessages) page.messageIds = messages;
    pages.push(page);
    page = { records: [], values: [] };
    inPage = 0;
    messages = [];
    hasMessages = false;
  };
  for (let r = 0; r < s.recCount; r++) {
    const status = s.recStatus[r];
    if (status === REC_REMOVED) continue;
    const start = s.recStart[r] ?? 0;
    const k = s.recLen[r] ?? 0;
    page.records.push(s.recOrigin[r] ?? 0, s.recRow[r] ?? 0, s.recTime[r] ?? 0, status ?? REC_SKIPPED, k);
    for (let i = start; i < start + k; i++) {
      const n = s.poolNode[i] ?? NONE;
      page.records.push(s.nodeNs[n] ?? 0);
      page.values.push(s.nodeValue[n] ?? '');
    }
    const message = s.recMessage.get(r);
    messages.push(message ?? null);
    if (message !== undefined) hasMessages = true;
    if (++inPage === recordsPerPage) flush();
  }
  flush();
  return {
    format: IDENTITY_EDGES_FORMAT,
    version: 1,
    configVersion: s.config.version,
    namespaces: [...s.nsCodes],
    origins: s.origins.map((origin) => [origin.datasetId, origin.batchId ?? null]),
    pages,
  };
}

function invalid(message: string): EngineError {
  return new EngineError('snapshot-invalid', `Identity edge list: ${message}`);
}

/**
 * Stores and applies every record of an export into an empty state, in order. `namespaceOf` maps an
 * exported namespace code to the state's index (NONE when the sandbox no longer has it).
 */
export function importRecords(
  s: GraphState,
  data: IdentityGraphExport,
  namespaceOf: (code: string) => number,
): void {
  if (data?.format !== IDENTITY_EDGES_FORMAT || data.version !== 1 || !Array.isArray(data.pages)) {
    throw invalid(`expected format ${IDENTITY_EDGES_FORMAT} version 1.`);
  }
  const namespaces = data.namespaces.map((code) => {
    const ns = namespaceOf(code);
    if (ns === NONE) throw invalid(`Namespace Code ${code} is not registered for this IMS Org.`);
    return ns;
  });
  const origins = data.origins.map(([datasetId, batchId]) => s.origin(datasetId, batchId ?? undefined));
  let nodes = new Int32Array(32);
  for (const page of data.pages) {
    const numbers = page.records;
    let v = 0;
    let index = 0;
    for (let i = 0; i < numbers.length; index++) {
      const origin = origins[numbers[i] ?? -1];
      const row = numbers[i + 1] ?? 0;
      const time = numbers[i + 2] ?? 0;
      const status = numbers[i + 3] ?? NONE;
      const k = numbers[i + 4] ?? 0;
      i += 5;
      const isShapeValid =
        status === REC_LINKED ? k >= 2 : (status === REC_SINGLE || status === REC_SKIPPED) && k === 0;
      if (origin === undefined || !isShapeValid || i + k > numbers.length) {
        throw invalid(`record ${index} of a page is malformed.`);
      }
      if (nodes.length < k) nodes = new Int32Array(k * 2);
      // Identities of types the rules in force build no graph for are left out (reconfigure).
      let linked = 0;
      for (let j = 0; j < k; j++) {
        const ns = namespaces[numbers[i + j] ?? -1];
        const value = page.values[v++];
        if (ns === undefined || typeof value !== 'string')
          throw invalid(`record ${index} of a page names an unknown namespace or lacks a value.`);
        if (!s.nsLinkable[ns]) continue;
        const n = s.node(ns, value);
        let isDuplicate = false;
        for (let m = 0; m < linked; m++) if (nodes[m] === n) isDuplicate = true;
        if (!isDuplicate) nodes[linked++] = n;
      }
      i += k;
      const isLinked = status === REC_LINKED && linked >= 2;
      if (status === REC_LINKED && !isLinked) {
        for (let j = 0; j < linked; j++) if (s.refs[nodes[j] ?? NONE] === 0) s.dropNode(nodes[j] ?? NONE);
      }
      const kept = isLinked ? REC_LINKED : status === REC_LINKED ? REC_SINGLE : status;
      const r = s.storeRecord(
        origin,
        row,
        time,
        kept,
        nodes,
        isLinked ? linked : 0,
        page.messageIds?.[index] ?? undefined,
      );
      if (isLinked) applyRecord(s, r);
    }
  }
}
