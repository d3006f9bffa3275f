// The sandbox the UI works in, resolved from the preference and the engine's sandbox list.
import type { SandboxInfo } from '../../shared/contract';
import { useEngineData } from '../app/EngineProvider';
import { resolveCurrentSandbox } from './current-sandbox';
import { usePrefs } from './StoresProvider';

/** Undefined while the sandbox list is loading. */
export function useCurrentSandbox(): SandboxInfo | undefined {
  const preferred = usePrefs((state) => state.currentSandbox);
  const sandboxes = useEngineData((state) => state.sandboxes);
  return resolveCurrentSandbox(sandboxes, preferred);
}
