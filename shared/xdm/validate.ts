// Validates records against a resolved XDM schema the way batch and streaming ingestion do.
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { JsonSchema, LibraryBehavior } from './types';
import { parsePointer } from './names';
import { DEFAULT_LIMITS, nullAndEmptyErrors, unknownKeyErrors, type XdmLimits } from './validate-checks';
import { batchErrorFromAjv, coerceErrors, CopyOnWrite, type Coercion } from './validate-coerce';
import { compileForMode, type ValidationMode, type XdmLogger } from './validate-compile';
import { childPointer, fromAjvError, type XdmValidationError } from './validate-errors';
import {
  compileIdentityRules,
  eventErrors,
  identityErrors,
  type IdentityFieldSpec,
} from './validate-identity';
import type { RecordScan } from './validate-scan';
import { compileScanner, type RecordScanner } from './validate-scan-compile';
import { compileMappedCheck, type MappedCheck, type MappedColumn } from './validate-mapped';

export type { Coercion } from './validate-coerce';
export type { XdmLimits } from './validate-checks';
export type { IdentityFieldSpec } from './validate-identity';
export { DEFAULT_LIMITS } from './validate-checks';
export {
  MAPPED_SCHEMA_CLEAN,
  MAPPED_UNKNOWN,
  MAPPED_VALID,
  type MappedCheck,
  type MappedColumn,
  type MappedProof,
} from './validate-mapped';
export type { ValidationMode, XdmLogger } from './validate-compile';
export {
  GUARDRAIL_CODES,
  IDENTITY_SKIP_CODES,
  isIdentitySkip,
  toStreamingReport,
  type XdmErrorCode,
  type XdmValidationError,
} from './validate-errors';

/** Everything a validator needs about one schema version. */
export interface XdmValidatorOptions {
  /** Identifies the compiled validator in caches: schema `$id` + version. */
  cacheKey: string;
  /** A resolved (flattened, `$ref`-free) schema, e.g. `resolveComposition(...).schema`. */
  schema: JsonSchema;
  /** `time-series` applies the ExperienceEvent rules and the 10 KB size limit. */
  behavior?: LibraryBehavior;
  /** Identity fields marked on the schema; all are required, with their parents. */
  identities?: readonly IdentityFieldSpec[];
  /** With no primary identity field: require an identityMap item with `primary: true`. */
  isPrimaryIdentityRequired?: boolean;
  /** The clock (epoch ms); ExperienceEvent timestamps must not be after it. */
  now: () => number;
  limits?: Partial<XdmLimits>;
  /** Check `format: email` in streaming mode (off: the platform documents no e-mail format). */
  isEmailFormatEnforced?: boolean;
  logger?: XdmLogger;
}

/** Per-record options. */
export interface ValidateOptions {
  /** The record's size in bytes when the caller knows it (e.g. the JSON line's length). */
  byteSize?: number;
}

/** Batch mode: values converted by the coercion table; unknown keys dropped. */
export interface BatchValidationResult {
  isValid: boolean;
  /** The record after conversion (the input object itself when nothing changed). */
  record: unknown;
  errors: XdmValidationError[];
  coercions: Coercion[];
  droppedKeys: string[];
}

/** Streaming mode: at most `maxStreamingErrors` errors (5), like the platform's validator. */
export interface StreamingValidationResult {
  isValid: boolean;
  errors: XdmValidationError[];
  /** Errors found before the cap. */
  errorCount: number;
}

/** A compiled validator for one schema version; compiles each mode on first use. */
export interface XdmValidator {
  readonly cacheKey: string;
  validateBatch(record: unknown, options?: ValidateOptions): BatchValidationResult;
  validateStreaming(record: unknown, options?: ValidateOptions): StreamingValidationResult;
  /**
   * Compiles what a mode needs for valid records now rather than on the first record. The detailed
   * validator (every error, with data) is compiled when a record first fails.
   */
  compile(mode: ValidationMode): void;
  /**
   * A column-wise check for records a flat mapping builds from these columns (see validate-mapped.ts),
   * or undefined when every such record needs `validateBatch`. A row it proves `MAPPED_VALID` is one
   * `validateBatch` accepts unchanged (no errors, coercions or dropped keys).
   */
  compileMappedCheck(columns: readonly MappedColumn[]): MappedCheck | undefined;
  /**
   * `validateBatch` of a record whose cells the mapped check passed: the scan and schema checks are
   * proven clean, so only the identity and event rules run. Same result as `validateBatch`.
   */
  validateBatchChecked(record: Record<string, unknown>): BatchValidationResult;
}

/** Creates a validator (not cached; prefer a cache, compiling a profile schema takes a while). */
export function createXdmValidator(options: XdmValidatorOptions): XdmValidator {
  const { schema } = options;
  const limits: XdmLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const isEvent = options.behavior === 'time-series';
  const maxBytes = isEvent ? limits.maxEventBytes : limits.maxRecordBytes;
  const identityRules = compileIdentityRules({
    fields: options.identities ?? [],
    isPrimaryIdentityRequired: options.isPrimaryIdentityRequired ?? false,
    maxIdentities: limits.maxIdentities,
    maxIdentityLength: limits.maxIdentityLength,
  });
  let scanner: RecordScanner | undefined;
  const scan = (record: unknown, byteSize: number | undefined): RecordScan => {
    scanner ??= compileScanner(schema);
    return scanner(record, maxBytes, limits.maxDepth, byteSize);
  };
  const compiled: Record<ValidationMode, { quick?: ValidateFunction; detailed?: ValidateFunction }> = {
    batch: {},
    streaming: {},
  };
  const compileOne = (mode: ValidationMode, isDetailed: boolean): ValidateFunction =>
    compileForMode(schema, {
      mode,
      isDetailed,
      ...(options.isEmailFormatEnforced !== undefined && {
        isEmailFormatEnforced: options.isEmailFormatEnforced,
      }),
      ...(options.logger && { logger: options.logger }),
    });
  /** The quick validator of a mode: stops at the first error; most records pass it. */
  const quick = (mode: ValidationMode): ValidateFunction =>
    (compiled[mode].quick ??= compileOne(mode, false));
  /** Every ajv error of a record (the quick validator answers first). */
  const ajvErrors = (mode: ValidationMode, record: unknown): readonly ErrorObject[] => {
    if (quick(mode)(record)) return NO_AJV_ERRORS;
    const slot = compiled[mode];
    slot.detailed ??= compileOne(mode, true);
    return slot.detailed(record) ? NO_AJV_ERRORS : [...(slot.detailed.errors ?? [])];
  };
  /** Identity and ExperienceEvent checks of a record that passed the schema. */
  const recordErrors = (record: unknown, skip?: ReadonlySet<string>): XdmValidationError[] => {
    const errors = identityErrors(record, schema, identityRules, skip);
    if (isEvent) {
      const eventProblems = eventErrors(record, options.now());
      for (const error of eventProblems) errors.push(error);
    }
    return errors;
  };

  /** Adds our checks to the mapped ajv errors: null/empty values, identities, event rules. */
  const finish = (record: unknown, errors: XdmValidationError[], scan: RecordScan): XdmValidationError[] => {
    if (scan.empties.length > 0) {
      const empty = new Set(scan.empties.map((pointer) => '#' + pointer));
      errors = errors.filter((error) => !empty.has(error.pointerToViolation));
    }
    if (scan.nulls.length > 0 || scan.empties.length > 0) {
      const reported = new Set(errors.map((error) => error.pointerToViolation));
      for (const error of nullAndEmptyErrors(scan, schema)) {
        if (error.code === 'empty-value' || !reported.has(error.pointerToViolation)) errors.push(error);
      }
    }
    const flagged =
      scan.nulls.length + scan.empties.length > 0 ? new Set([...scan.nulls, ...scan.empties]) : undefined;
    const ours = recordErrors(record, flagged);
    for (const error of ours) {
      if (error.keyword === 'required') removeRequiredDuplicate(errors, error);
      errors.push(error);
    }
    return errors;
  };

  return {
    cacheKey: options.cacheKey,
    compile(mode) {
      quick(mode);
      scanner ??= compileScanner(schema);
    },
    compileMappedCheck(columns) {
      return compileMappedCheck(
        schema,
        columns,
        maxBytes,
        limits.maxDepth,
        isEvent ? undefined : { rules: identityRules },
      );
    },
    validateBatchChecked(record) {
      const errors = recordErrors(record);
      return { isValid: errors.length === 0, record, errors, coercions: [], droppedKeys: [] };
    },
    validateBatch(record, validateOptions) {
      const found = scan(record, validateOptions?.byteSize);
      if (found.guardrail)
        return { isValid: false, record, errors: [found.guardrail], coercions: [], droppedKeys: [] };
      const isClean =
        found.unknownKeys.length === 0 && found.nulls.length === 0 && found.empties.length === 0;
      if (isClean && quick('batch')(record)) {
        // The common case: nothing to convert, drop or report from the schema.
        const errors = recordErrors(record);
        return { isValid: errors.length === 0, record, errors, coercions: [], droppedKeys: [] };
      }
      const writer = new CopyOnWrite(record);
      const droppedKeys: string[] = [];
      for (const { parentPointer, key } of found.unknownKeys) {
        writer.write([...parsePointer(parentPointer), key], undefined);
        droppedKeys.push('#' + childPointer(parentPointer, key));
      }
      let errors = ajvErrors('batch', writer.root);
      let coercions: Coercion[] = [];
      if (errors.length > 0) {
        coercions = coerceErrors(writer, errors);
        if (coercions.length > 0) errors = ajvErrors('batch', writer.root);
      }
      const all = finish(writer.root, errors.map(batchErrorFromAjv), found);
      return { isValid: all.length === 0, record: writer.root, errors: all, coercions, droppedKeys };
    },
    validateStreaming(record, validateOptions) {
      const found = scan(record, validateOptions?.byteSize);
      if (found.guardrail) return { isValid: false, errors: [found.guardrail], errorCount: 1 };
      const errors = [
        ...unknownKeyErrors(found, schema),
        ...ajvErrors('streaming', record).map(fromAjvError),
      ];
      const all = finish(record, errors, found);
      return {
        isValid: all.length === 0,
        errors: all.slice(0, limits.maxStreamingErrors),
        errorCount: all.length,
      };
    },
  };
}

const NO_AJV_ERRORS: readonly ErrorObject[] = [];

/** Drops ajv's generic `required` error when our check reports the same missing key with a finer code. */
function removeRequiredDuplicate(errors: XdmValidationError[], specific: XdmValidationError): void {
  const key = /^required key \[([^\]]*)\]/.exec(specific.message)?.[1];
  if (key === undefined) return;
  const index = errors.findIndex(
    (error) =>
      error.code === 'required-missing' &&
      error.pointerToViolation === specific.pointerToViolation &&
      error.message === `required key [${key}] not found`,
  );
  if (index >= 0) errors.splice(index, 1);
}

/** A bounded cache of compiled validators keyed by `cacheKey` (least recently used goes first). */
export interface XdmValidatorCache {
  get(options: XdmValidatorOptions): XdmValidator;
  delete(cacheKey: string): void;
  clear(): void;
  readonly size: number;
}

/** Creates a validator cache holding at most `maxEntries` compiled schemas. */
export function createXdmValidatorCache(maxEntries = 16): XdmValidatorCache {
  const entries = new Map<string, XdmValidator>();
  return {
    get(options) {
      const existing = entries.get(options.cacheKey);
      if (existing) {
        entries.delete(options.cacheKey);
        entries.set(options.cacheKey, existing);
        return existing;
      }
      const validator = createXdmValidator(options);
      entries.set(options.cacheKey, validator);
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      return validator;
    },
    delete(cacheKey) {
      entries.delete(cacheKey);
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
