// Compact JSON for the Catalog requests and tags the wizard shows: one operation or tag per line.
import type { DatasetTags } from '../../../shared/contract';
import type { TagCall } from './dataset-rules';

/** `{ "unifiedProfile": ["enabled:true"], … }` with one tag per line. */
export function formatTags(tags: DatasetTags): string {
  const lines = Object.entries(tags).map(
    ([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`,
  );
  return lines.length === 0 ? '{}' : `{\n${lines.join(',\n')}\n}`;
}

/** The Catalog's JSON Patch for a call (SPEC §2.2–§2.3): `replace` to disable, `add` to (re-)enable; one op per line. */
export function patchBody(call: TagCall): string {
  const op = call.purpose === 'disable' ? 'replace' : 'add';
  const ops = Object.entries(call.tags).map(
    ([key, value]) => `  ${JSON.stringify({ op, path: `/tags/${key}`, value })}`,
  );
  return `[\n${ops.join(',\n')}\n]`;
}
