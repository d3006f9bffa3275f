// Which sandboxes exist, for the `x-sandbox-name` header: a cache kept fresh by `sandbox-changed`
// events, re-read once on a miss (a sandbox created through another client).
import { EngineError, type EngineClient, type SandboxInfo } from '../../../shared/contract';

export const DEFAULT_SANDBOX = 'prod';

export interface SandboxDirectory {
  /** The sandbox's name and tenant id; a 404-mapped EngineError when it does not exist. */
  require(name: string): Promise<Pick<SandboxInfo, 'name' | 'tenantId'>>;
  dispose(): void;
}

export function sandboxDirectory(client: EngineClient): SandboxDirectory {
  let known: Map<string, string> | undefined;
  const remember = (list: SandboxInfo[]) => {
    known = new Map(list.map((s) => [s.name, s.tenantId]));
  };
  const off = client.on('sandbox-changed', (payload) => remember(payload.sandboxes));
  return {
    async require(name) {
      let tenantId = known?.get(name);
      if (tenantId === undefined) {
        remember(await client.call('sandbox-list', {}));
        tenantId = known?.get(name);
      }
      if (tenantId === undefined) {
        throw new EngineError(
          'not-found',
          `No sandbox named "${name}" (x-sandbox-name header). Sandboxes here: ${[...(known?.keys() ?? [])].join(', ') || 'none'}.`,
        );
      }
      return { name, tenantId };
    },
    dispose: off,
  };
}
