// `profile-changed` events: what may make a sandbox's merged profiles read differently, announced once
// it is in force (a batch succeeded or was reverted, a merge policy or the identity configuration changed).
import type { HandlerMap } from '../../contract/server';
import type { EventBus } from '../events';

const POLICY_METHODS = ['profile-policy-create', 'profile-policy-update', 'profile-policy-delete'] as const;

/** Forwards batch outcomes that change derived state (success, revert) as `profile-changed`. */
export function announceBatchChanges(events: EventBus): void {
  events.on('batch-finished', ({ sandbox, batchId, status }) => {
    if (status === 'success') events.emit('profile-changed', { sandbox, reason: 'batch-applied', batchId });
    else if (status === 'inactive')
      events.emit('profile-changed', { sandbox, reason: 'batch-reverted', batchId });
  });
  events.on('streaming-received', ({ sandbox, batchId }) => {
    if (batchId) events.emit('profile-changed', { sandbox, reason: 'batch-applied', batchId });
  });
}

/** Wraps the merge-policy methods so each successful create, update or delete announces itself. */
export function announcePolicyChanges(events: EventBus, handlers: HandlerMap): HandlerMap {
  const out: HandlerMap = { ...handlers };
  for (const name of POLICY_METHODS) {
    const handler = handlers[name] as ((args: unknown) => Promise<unknown>) | undefined;
    if (!handler) continue;
    (out as Record<string, (args: unknown) => Promise<unknown>>)[name] = async (args) => {
      const result = await handler(args);
      const sandbox = (args as { sandbox?: unknown }).sandbox;
      const id =
        (result as { id?: unknown; deleted?: unknown }).id ?? (result as { deleted?: unknown }).deleted;
      if (typeof sandbox === 'string')
        events.emit('profile-changed', {
          sandbox,
          reason: 'merge-policy-changed',
          ...(typeof id === 'string' ? { mergePolicyId: id } : {}),
        });
      return result;
    };
  }
  return out;
}
