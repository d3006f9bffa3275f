// JSON Patch request bodies (RFC 6902 shape) as the registry and Catalog PATCH calls take them.
import { HttpProblem } from './errors';

/** A JSON Patch body: a non-empty array of `{op, path, value?}`. */
export interface PatchOp {
  op: string;
  path: string;
  value?: unknown;
}

export function patchOps(body: unknown): PatchOp[] {
  if (!Array.isArray(body) || body.length === 0)
    throw new HttpProblem(
      400,
      'The PATCH body must be a JSON Patch array: [{"op": "add", "path": "…", "value": …}, …].',
    );
  return body.map((item, i) => {
    const op = item as Partial<PatchOp> | null;
    if (typeof op !== 'object' || op === null || typeof op.op !== 'string' || typeof op.path !== 'string') {
      throw new HttpProblem(400, `PATCH operation ${i} must be {"op": "…", "path": "…", "value": …}.`);
    }
    return { op: op.op, path: op.path, ...('value' in op ? { value: op.value } : {}) };
  });
}
