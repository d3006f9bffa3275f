// The identity domain's public surface: the graph engine, its configuration, value rules, XIDs and namespace priority.
export {
  checkIdentityConfig,
  DEFAULT_IDENTITY_CONFIG,
  identityConfig,
  PERSON_TYPES,
  type IdentityConfig,
  type NamespaceLookup,
} from './config';
export { createIdentityGraph, type IdentityGraph, type SourceMatch } from './graph';
export { primaryIdentityForEvent, type PrimaryChoice } from './priority';
export { IDENTITY_EDGES_FORMAT, type IdentityEdgePage, type IdentityGraphExport } from './snapshot';
export type {
  BatchResult,
  Eviction,
  GraphIdentity,
  GraphLink,
  GraphView,
  IdentityGraphStats,
  IdentityInput,
  IdentityMember,
  IdentityRef,
  IdentitySkipCode,
  RecordBatch,
  RecordResult,
  SkippedRecord,
  Source,
} from './types';
export { checkIdentityValue, valueRules, type IdentityProblem, type ValueRules } from './values';
export { XID_LENGTH, xidOf } from './xid';
