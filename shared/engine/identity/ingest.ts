// One record into the graph: identities per record, namespaces, value rules, graphless types, duplicates, then linking.
import { applyRecord } from './linking';
import type { GraphState } from './state';
import { NONE, REC_LINKED, REC_SINGLE, REC_SKIPPED } from './codes';
import type { IdentityInput } from './types';
import {
  countProblem,
  unknownNamespaceProblem,
  valueProblem,
  valueVerdict,
  type IdentityProblem,
} from './values';

/** Namespace code (any letter case) → namespace index in the state, or NONE when not registered. */
export type NamespaceResolver = (code: string) => number;

/** What one record did; `logFrom` is where its evictions start in the log. */
export interface IngestOutcome {
  status: number;
  problem?: IdentityProblem;
  /** Why a record made no link (fewer than 2 distinct graph identities). */
  single?: string;
  links: number;
  logFrom: number;
}

const NO_NODES = new Int32Array(0);

function single(
  s: GraphState,
  origin: number,
  row: number,
  time: number,
  messageId: string | undefined,
  reason: string,
): IngestOutcome {
  s.storeRecord(origin, row, time, REC_SINGLE, NO_NODES, 0, messageId);
  return { status: REC_SINGLE, single: reason, links: 0, logFrom: s.log.length };
}

function skipped(
  s: GraphState,
  origin: number,
  row: number,
  time: number,
  messageId: string | undefined,
  problem: IdentityProblem,
): IngestOutcome {
  s.storeRecord(origin, row, time, REC_SKIPPED, NO_NODES, 0, messageId);
  return { status: REC_SKIPPED, problem, links: 0, logFrom: s.log.length };
}

/**
 * Checks, stores and links one record. A record breaking a rule is stored as skipped (for the
 * counts and for revert) without its identities; so is one with fewer than 2 distinct graph identities.
 */
export function ingestRecord(
  s: GraphState,
  resolve: NamespaceResolver,
  identities: readonly IdentityInput[],
  origin: number,
  row: number,
  time: number,
  messageId: string | undefined,
): IngestOutcome {
  const count = identities.length;
  const max = s.config.maxIdentitiesPerRecord;
  if (count > max) return skipped(s, origin, row, time, messageId, countProblem(count, max));
  if (s.recordNs.length < count) {
    s.recordNs = new Int32Array(count * 2);
    s.recordNodes = new Int32Array(count * 2);
  }
  const namespaces = s.recordNs;
  let linkable = 0;
  for (let j = 0; j < count; j++) {
    const identity = identities[j];
    const code: unknown = identity?.namespace;
    const ns = typeof code === 'string' ? resolve(code) : NONE;
    if (ns === NONE) return skipped(s, origin, row, time, messageId, unknownNamespaceProblem(code, j));
    const value = identity?.id;
    const verdict = valueVerdict(value, s.nsIsEcid[ns] === true, s.values);
    if (verdict !== 0)
      return skipped(
        s,
        origin,
        row,
        time,
        messageId,
        valueProblem(verdict, s.nsCodes[ns] ?? '', value, j, s.values),
      );
    namespaces[j] = ns;
    if (s.nsLinkable[ns]) linkable++;
  }
  if (linkable < 2) {
    if (count === 0) return single(s, origin, row, time, messageId, 'the record has no identity');
    if (linkable === count)
      return single(
        s,
        origin,
        row,
        time,
        messageId,
        'the record has only 1 identity; a link needs at least 2 in the same record',
      );
    const graphless = s.config.graphlessTypes.join(' and ');
    return single(
      s,
      origin,
      row,
      time,
      messageId,
      `the record has ${linkable === 0 ? 'no identity' : 'only 1 identity'} that builds a graph (${graphless} identities build none)`,
    );
  }
  const nodes = s.recordNodes;
  let k = 0;
  for (let j = 0; j < count; j++) {
    const ns = namespaces[j] ?? NONE;
    if (!s.nsLinkable[ns]) continue;
    const n = s.node(ns, identities[j]?.id ?? '');
    let isDuplicate = false;
    for (let i = 0; i < k; i++) if (nodes[i] === n) isDuplicate = true;
    if (!isDuplicate) nodes[k++] = n;
  }
  if (k < 2) {
    const only = nodes[0] ?? NONE;
    if (s.refs[only] === 0) s.dropNode(only);
    return single(
      s,
      origin,
      row,
      time,
      messageId,
      'the record has only 1 distinct identity; a link needs at least 2 in the same record',
    );
  }
  const r = s.storeRecord(origin, row, time, REC_LINKED, nodes, k, messageId);
  const logFrom = s.log.length;
  applyRecord(s, r);
  return { status: REC_LINKED, links: (k * (k - 1)) / 2, logFrom };
}
