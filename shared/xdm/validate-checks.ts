// Guardrail limits and the errors of record checks ajv does not do (null/empty values, unknown keys).
import { isMap } from './fields';
import { parsePointer } from './names';
import { isJsonObject, type JsonObject } from './types';
import { childPointer, makeError, type XdmValidationError } from './validate-errors';
import type { RecordScan } from './validate-scan';

/** Guardrails (SPEC §8); sizes are bytes of the record as uncompressed UTF-8 JSON. */
export interface XdmLimits {
  /** Record (non-time-series) size: 100 KB. */
  maxRecordBytes: number;
  /** ExperienceEvent (time-series) size: 10 KB. */
  maxEventBytes: number;
  /** Deepest nesting of objects and arrays accepted before schema validation. */
  maxDepth: number;
  /** Identities per record (identity fields + identityMap items): 20. */
  maxIdentities: number;
  /** Identity values other than ECID: at most 1024 characters. */
  maxIdentityLength: number;
  /** Streaming validation stops after this many errors. */
  maxStreamingErrors: number;
}

export const DEFAULT_LIMITS: Readonly<XdmLimits> = {
  maxRecordBytes: 100 * 1024,
  maxEventBytes: 10 * 1024,
  maxDepth: 64,
  maxIdentities: 20,
  maxIdentityLength: 1024,
  maxStreamingErrors: 5,
};

/** `null` and empty-string errors (the platform accepts neither; omit the key instead). */
export function nullAndEmptyErrors(
  scan: Pick<RecordScan, 'nulls' | 'empties'>,
  schema: JsonObject,
): XdmValidationError[] {
  const errors: XdmValidationError[] = [];
  for (const pointer of scan.nulls) {
    errors.push(
      makeError(
        'null-value',
        'type',
        pointer,
        schemaLocationFor(schema, pointer),
        'null is not accepted; omit the key instead',
      ),
    );
  }
  for (const pointer of scan.empties) {
    errors.push(
      makeError(
        'empty-value',
        'minLength',
        pointer,
        schemaLocationFor(schema, pointer),
        'an empty string is not accepted; omit the key instead',
      ),
    );
  }
  return errors;
}

/** `extraneous key [x] is not permitted` errors for keys the schema does not define (streaming). */
export function unknownKeyErrors(
  scan: Pick<RecordScan, 'unknownKeys'>,
  schema: JsonObject,
): XdmValidationError[] {
  return scan.unknownKeys.map(({ parentPointer, key }) =>
    makeError(
      'extraneous-key',
      'additionalProperties',
      parentPointer,
      schemaLocationFor(schema, parentPointer),
      `extraneous key [${key}] is not permitted`,
    ),
  );
}

/** The resolved-schema location (without `#`) describing a record pointer, as far as the schema goes. */
export function schemaLocationFor(schema: JsonObject, pointer: string): string {
  let node: JsonObject | undefined = schema;
  let location = '';
  for (const segment of parsePointer(pointer)) {
    if (!node) break;
    const properties: unknown = node['properties'];
    if (isJsonObject(properties) && isJsonObject(properties[segment])) {
      node = properties[segment];
      location += childPointer('/properties', segment);
    } else if (isJsonObject(node['items'])) {
      node = node['items'];
      location += '/items';
    } else if (isMap(node) && isJsonObject(node['additionalProperties'])) {
      node = node['additionalProperties'];
      location += '/additionalProperties';
    } else break;
  }
  return location;
}
