// The engine's event map: typed push notifications from the engine to its clients.
import type { BatchStatus, IngestProgress } from './catalog-types';
import type { SandboxInfo } from './sandbox-types';
import type { StreamedMessage } from './streaming-types';

/** Every engine event, keyed by kebab-case name with a domain prefix. */
export interface EngineEvents {
  /** The list of sandboxes or one sandbox's contents changed. */
  'sandbox-changed': { sandboxes: SandboxInfo[]; changed: string };
  /** The host's view of the engine: up, restarting after a crash, or gone. */
  'engine-health': { state: EngineHealthState; reason?: string };
  /** Progress of a file being ingested, at least every 250 ms while it reads. */
  'ingest-progress': IngestProgress;
  /**
   * A batch reached a final state (success, failed, aborted) or was reverted (inactive); also sent
   * for a batch a stopped engine left mid-flight, when it is marked failed ("interrupted").
   */
  'batch-finished': { sandbox: string; batchId: string; status: BatchStatus };
  /** A dataset was created, its tags changed, or it was deleted. */
  'dataset-changed': { sandbox: string; datasetId: string; reason: 'created' | 'tags' | 'deleted' };
  /**
   * A streaming request to an inlet was handled: its messages' verdicts in request order (the last 50
   * when it carried more; `total` counts them all; `streaming-inlet-log` has up to 200).
   */
  'streaming-received': {
    sandbox: string;
    inletId: string;
    batchId: string;
    receivedTimeMs: number;
    total: number;
    messages: StreamedMessage[];
  };
  /**
   * A sandbox's merged profiles may read differently: a batch was applied (succeeded) or reverted, a
   * merge policy was created, changed or deleted, or the identity configuration changed.
   */
  'profile-changed': {
    sandbox: string;
    reason: ProfileChangeReason;
    batchId?: string;
    mergePolicyId?: string;
  };
}

export type ProfileChangeReason =
  'batch-applied' | 'batch-reverted' | 'merge-policy-changed' | 'identity-config-changed';
export type EngineHealthState = 'ready' | 'restarting' | 'down';
export type EventName = keyof EngineEvents;
export type EventPayload<E extends EventName> = EngineEvents[E];
