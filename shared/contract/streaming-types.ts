// Types of streaming ingestion (SPEC §4): inlets and the per-message verdicts of the collection API.

export interface InletView {
  /** The Flow Service connection id. */
  id: string;
  inletId: string;
  /** Path of the inlet on the local API: `/collection/{inletId}`. */
  inletPath: string;
  name: string;
  sourceId: string;
  authenticationRequired: boolean;
  dataType: 'xdm';
  state: 'enabled';
  created: number;
  sandbox: string;
}

/** One message's outcome: accepted (xactionId) or refused with a status and the validator's report. */
export type MessageVerdict =
  | { ok: true; xactionId: string }
  | { ok: false; statusCode: number; message: string; report?: { _streamingValidation: unknown[] } };

export interface StreamResult {
  inletId: string;
  receivedTimeMs: number;
  batchId: string;
  verdicts: MessageVerdict[];
}

/**
 * One message as the inlet's recent-messages log keeps it: its verdict after validation. An
 * asynchronously validated invalid message is accepted (200) but has status `fail` (it went to the
 * dataset's failed batch).
 */
export interface StreamedMessage {
  /** Position of the message in its request (0-based). */
  index: number;
  status: 'pass' | 'fail';
  /** How many validation causes the message had (0 when it passed). */
  causes: number;
  /** HTTP status of the message: 200 when accepted, else the refusal's (e.g. 400). */
  statusCode: number;
  /** The first cause or the refusal's text, when it failed. */
  message?: string;
  /** Set when the message was accepted (including async-invalid ones, which go to the failed batch). */
  xactionId?: string;
  datasetId?: string;
  receivedTimeMs: number;
  /** The request's batch id (`receivedTimeMs:xxxxxxxx`), shared by every message of one request. */
  batchId: string;
  syncValidation: boolean;
}
