// The engine's event map: typed push notifications from the engine to its clients.
import type { SandboxInfo } from './sandbox-types';

/** Every engine event, keyed by kebab-case name with a domain prefix. */
export interface EngineEvents {
  /** The list of sandboxes or one sandbox's contents changed. */
  'sandbox-changed': { sandboxes: SandboxInfo[]; changed: string };
  /** The host's view of the engine: up, restarting after a crash, or gone. */
  'engine-health': { state: EngineHealthState; reason?: string };
}

export type EngineHealthState = 'ready' | 'restarting' | 'down';
export type EventName = keyof EngineEvents;
export type EventPayload<E extends EventName> = EngineEvents[E];
