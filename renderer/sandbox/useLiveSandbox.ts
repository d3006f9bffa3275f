// A dialog's sandbox as the engine's list has it now, falling back to the copy taken when it opened.
import type { SandboxInfo } from '../../shared/contract';
import { useEngineData } from '../app/EngineProvider';

export function useLiveSandbox(snapshot: SandboxInfo): SandboxInfo {
  const live = useEngineData((state) => state.sandboxes?.find((sandbox) => sandbox.name === snapshot.name));
  return live ?? snapshot;
}
