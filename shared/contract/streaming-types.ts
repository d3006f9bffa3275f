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
