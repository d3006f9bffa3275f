// The recent-messages log of each streaming inlet (what `streaming-inlet-log` answers): every message's
// verdict, oldest first, at most INLET_LOG_SIZE per inlet, in memory.
import { EngineError } from '../../contract/errors';
import type { MessageVerdict, StreamedMessage } from '../../contract/streaming-types';

/** Messages kept per inlet in the recent-messages log. */
export const INLET_LOG_SIZE = 200;

/** Why an accepted message still failed (asynchronous validation): its causes and the first one. */
export interface LoggedFailure {
  causes: number;
  message: string;
}

/** The log entry of one message of a request, from its verdict. */
export function loggedMessage(
  request: { receivedTimeMs: number; batchId: string; syncValidation: boolean },
  index: number,
  verdict: MessageVerdict,
  datasetId: unknown,
  failure?: LoggedFailure,
): StreamedMessage {
  const reason =
    failure ??
    (verdict.ok
      ? undefined
      : { causes: verdict.report?._streamingValidation.length ?? 1, message: verdict.message });
  return {
    index,
    status: reason ? 'fail' : 'pass',
    causes: reason?.causes ?? 0,
    statusCode: verdict.ok ? 200 : verdict.statusCode,
    ...(reason ? { message: reason.message } : {}),
    ...(verdict.ok ? { xactionId: verdict.xactionId } : {}),
    ...(typeof datasetId === 'string' ? { datasetId } : {}),
    receivedTimeMs: request.receivedTimeMs,
    batchId: request.batchId,
    syncValidation: request.syncValidation,
  };
}

/** Checks a `streaming-inlet-log` limit: a whole number from 1 to INLET_LOG_SIZE. */
export function checkLogLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > INLET_LOG_SIZE)
    throw new EngineError(
      'invalid-argument',
      `"limit" must be a whole number from 1 to ${INLET_LOG_SIZE}; got ${JSON.stringify(limit)}.`,
    );
}

export class InletLog {
  /** Recent messages per inlet, oldest first, at most INLET_LOG_SIZE. */
  private readonly recent = new Map<string, StreamedMessage[]>();

  /** Appends a request's messages (in order) to the inlet's log, dropping the oldest past the cap. */
  remember(inletId: string, messages: StreamedMessage[]): void {
    const kept = [...(this.recent.get(inletId) ?? []), ...messages.slice(-INLET_LOG_SIZE)];
    this.recent.set(inletId, kept.length > INLET_LOG_SIZE ? kept.slice(-INLET_LOG_SIZE) : kept);
  }

  /** The inlet's newest `limit` messages, newest first. */
  newest(inletId: string, limit: number): StreamedMessage[] {
    return (this.recent.get(inletId) ?? []).slice(-limit).reverse();
  }
}
