// Which sandbox the UI works in: the preferred one if it still exists, else the default one.
import type { SandboxInfo } from '../../shared/contract';

/** Undefined only while the list has not arrived (or is empty). */
export function resolveCurrentSandbox(
  sandboxes: readonly SandboxInfo[] | undefined,
  preferred: string,
): SandboxInfo | undefined {
  if (!sandboxes) return undefined;
  return sandboxes.find((s) => s.name === preferred) ?? sandboxes.find((s) => s.isDefault) ?? sandboxes[0];
}
