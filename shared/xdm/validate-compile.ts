// Turns a resolved XDM schema into ajv validators for batch mode (no formats or patterns) and streaming mode.
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { isIsoDate, isIsoDateTime } from './datetime';
import { isJsonObject, type JsonObject } from './types';

/** Batch checks neither formats nor patterns (SPEC §3.8); streaming checks both. */
export type ValidationMode = 'batch' | 'streaming';

/** A minimal logger; the engine's logger fits. */
export interface XdmLogger {
  warn(message: string, fields?: Record<string, unknown>): void;
}

/** Annotations ajv never reads; dropped so compiling does less work. */
const ANNOTATIONS = new Set(['title', 'description', 'default', 'examples', '$comment']);

/** Formats other than these are not checked in batch mode; date and date-time are conversions there. */
const BATCH_FORMATS = new Set(['date', 'date-time']);

/** Formats from ajv-formats that streaming validation checks. */
const STREAMING_LIBRARY_FORMATS = [
  'uri',
  'uri-reference',
  'url',
  'ipv4',
  'ipv6',
  'time',
  'uuid',
  'hostname',
] as const;

export interface CompileOptions {
  mode: ValidationMode;
  /** Collect every error with its data and schema (slower): used once a record has failed. */
  isDetailed: boolean;
  /** Enforce `format: email` in streaming mode (off by default; see docs/parity.md). */
  isEmailFormatEnforced?: boolean;
  logger?: XdmLogger;
}

/**
 * Copies a resolved schema for ajv: annotations are dropped, and in batch mode `pattern` and all
 * formats but date/date-time are removed. Objects are opened (`additionalProperties: false` goes):
 * unknown keys are found by the record scan, which is much cheaper than ajv's loops over keys. Keys that stay keep
 * their place, so ajv's schema paths equal paths in the resolved schema.
 */
export function prepareSchema(schema: JsonObject, mode: ValidationMode): JsonObject {
  const memo = new Map<JsonObject, JsonObject>();
  const prepare = (node: JsonObject): JsonObject => {
    const cached = memo.get(node);
    if (cached) return cached;
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (ANNOTATIONS.has(key) || key.startsWith('meta:')) continue;
      if (mode === 'batch' && key === 'pattern') continue;
      // Unknown keys are found by the record scan (streaming reports them, batch drops them).
      if (key === 'additionalProperties' && value === false) continue;
      if (mode === 'batch' && key === 'format' && !(typeof value === 'string' && BATCH_FORMATS.has(value)))
        continue;
      out[key] = prepareKeyword(key, value, prepare);
    }
    memo.set(node, out);
    return out;
  };
  return prepare(schema);
}

function prepareKeyword(key: string, value: unknown, prepare: (node: JsonObject) => JsonObject): unknown {
  switch (key) {
    case 'properties':
    case 'patternProperties': {
      if (!isJsonObject(value)) return value;
      const out: JsonObject = {};
      for (const [name, child] of Object.entries(value))
        out[name] = isJsonObject(child) ? prepare(child) : child;
      return out;
    }
    case 'items':
    case 'anyOf':
    case 'oneOf':
      if (Array.isArray(value)) return value.map((item) => (isJsonObject(item) ? prepare(item) : item));
      return isJsonObject(value) ? prepare(value) : value;
    case 'additionalProperties':
    case 'additionalItems':
    case 'contains':
    case 'propertyNames':
    case 'not':
      return isJsonObject(value) ? prepare(value) : value;
    default:
      return value;
  }
}

/** Creates an ajv instance configured for XDM (shared/xdm/README.md) and the given mode. */
export function createAjv(options: CompileOptions): Ajv {
  const logger = options.logger;
  const ajv = new Ajv({
    strict: false,
    allowUnionTypes: true,
    unicodeRegExp: false,
    allErrors: options.isDetailed,
    verbose: options.isDetailed,
    validateSchema: false,
    addUsedSchema: false,
    // Skipping ajv's optimising pass halves compile time but slows validation several times; only
    // the detailed validator, which runs on failing records, skips it.
    code: { optimize: !options.isDetailed },
    logger: logger
      ? {
          log: () => undefined,
          warn: (...args: unknown[]) => logger.warn(args.map(String).join(' ')),
          error: (...args: unknown[]) => logger.warn(args.map(String).join(' ')),
        }
      : false,
  });
  if (options.mode === 'streaming') {
    addFormats(ajv, [...STREAMING_LIBRARY_FORMATS]);
    ajv.addFormat('email', options.isEmailFormatEnforced ? addFormats.get('email') : () => true);
  }
  ajv.addFormat('date', isIsoDate);
  ajv.addFormat('date-time', isIsoDateTime);
  return ajv;
}

/**
 * Compiles a resolved schema for one mode. Compiling a big composition takes tens of ms: cache
 * the result. The quick variant stops at the first error; the detailed one collects them all.
 */
export function compileForMode(schema: JsonObject, options: CompileOptions): ValidateFunction {
  return createAjv(options).compile(prepareSchema(schema, options.mode));
}
