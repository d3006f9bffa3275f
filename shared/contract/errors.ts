// The one error model that crosses every transport: EngineError with a closed code union.

/** Every code an engine method can fail with. Hosts and the UI switch on these. */
export type EngineErrorCode =
  | 'invalid-argument'
  | 'not-found'
  | 'already-exists'
  | 'failed-precondition'
  | 'snapshot-invalid'
  /** A platform limit refuses the request (e.g. more than 50 identities in a graph: HTTP 422). */
  | 'limit-exceeded'
  | 'unknown-method'
  | 'host-unavailable'
  | 'cancelled'
  | 'internal';

export const ENGINE_ERROR_CODES: readonly EngineErrorCode[] = [
  'invalid-argument',
  'not-found',
  'already-exists',
  'failed-precondition',
  'snapshot-invalid',
  'limit-exceeded',
  'unknown-method',
  'host-unavailable',
  'cancelled',
  'internal',
];

/** The wire form of an error: what a transport sends and what the UI shows. */
export interface SerializedEngineError {
  code: EngineErrorCode;
  message: string;
  details?: unknown;
}

/** An expected, user-facing failure of an engine method. */
export class EngineError extends Error {
  readonly code: EngineErrorCode;
  readonly details?: unknown;

  constructor(code: EngineErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
    if (details !== undefined) this.details = details;
  }

  toJSON(): SerializedEngineError {
    return serializeError(this);
  }
}

function isErrorCode(value: unknown): value is EngineErrorCode {
  return typeof value === 'string' && (ENGINE_ERROR_CODES as readonly string[]).includes(value);
}

/** Turns anything thrown into the wire form; unexpected errors become `internal`. */
export function serializeError(error: unknown): SerializedEngineError {
  if (error instanceof EngineError) {
    const out: SerializedEngineError = { code: error.code, message: error.message };
    if (error.details !== undefined) out.details = error.details;
    return out;
  }
  if (error instanceof Error) return { code: 'internal', message: error.message || error.name };
  return { code: 'internal', message: String(error) };
}

/** Rebuilds an EngineError from its wire form, tolerating malformed input. */
export function deserializeError(value: unknown): EngineError {
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const code = isErrorCode(record.code) ? record.code : 'internal';
    const message = typeof record.message === 'string' ? record.message : 'Unknown engine error';
    return new EngineError(code, message, record.details);
  }
  return new EngineError('internal', String(value));
}

/** True when `error` is an EngineError with the given code. */
export function isEngineError(error: unknown, code?: EngineErrorCode): error is EngineError {
  return error instanceof EngineError && (code === undefined || error.code === code);
}
