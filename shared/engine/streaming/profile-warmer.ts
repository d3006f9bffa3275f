// Applies streamed batches to Profile in the background after a commit, at most every WARM_INTERVAL_MS
// per sandbox, so a lookup right after the reply finds little left to apply.
import type { ProfileStates } from '../profile/store';
import type { RegistryCore } from '../registry/service';

/** How often, at most, streamed batches are applied to Profile ahead of the next lookup. */
export const WARM_INTERVAL_MS = 250;

export class ProfileWarmer {
  /** Sandboxes with a background profile refresh scheduled or running. */
  private readonly warming = new Set<string>();

  constructor(
    private readonly registry: RegistryCore,
    private readonly profiles?: Pick<ProfileStates, 'get'>,
  ) {}

  /**
   * Brings the sandbox's profile state up to date in the background, so a lookup right after the reply
   * finds the streamed records mostly applied already (the work overlaps the wait for more requests).
   * At most one refresh per sandbox every WARM_INTERVAL_MS: each one re-reads the batch list, which
   * would cost more than it saves after every single-message request. Lookups refresh by themselves.
   */
  warm(sandbox: string): void {
    const profiles = this.profiles;
    if (!profiles || this.warming.has(sandbox)) return;
    this.warming.add(sandbox);
    const timer = setTimeout(() => {
      void (async () => {
        try {
          await profiles.get(await this.registry.db(sandbox));
        } catch (error) {
          this.registry.ctx.log.warn('streaming: background profile refresh failed', {
            sandbox,
            error: String(error),
          });
        } finally {
          this.warming.delete(sandbox);
        }
      })();
    }, WARM_INTERVAL_MS);
    (timer as { unref?: () => void }).unref?.();
  }
}
