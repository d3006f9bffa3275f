// One pass over a record beside its schema: depth and size guardrails, null/"" values, unknown keys.
import { isMap } from './fields';
import { isJsonObject, type JsonObject } from './types';
import { childPointer, makeError, type XdmValidationError } from './validate-errors';

/** A key the schema does not define, found under a closed object. */
export interface UnknownKey {
  /** Pointer (without `#`) of the object holding the key. */
  parentPointer: string;
  key: string;
}

/** What the pass over a record found. */
export interface RecordScan {
  /** A size or depth guardrail error: validation stops here. */
  guardrail?: XdmValidationError;
  /** Pointers (without `#`) of `null` values and of empty strings (not under unknown keys). */
  readonly nulls: readonly string[];
  readonly empties: readonly string[];
  /** Keys that no schema property, map or pattern allows (the platform's schemas are closed). */
  readonly unknownKeys: readonly UnknownKey[];
}

/** Shared by every clean scan, so a valid record allocates no lists. */
const NONE: readonly never[] = Object.freeze([]);

/**
 * Running totals of a scan; it becomes the scan's result. Size is tracked as lower and upper bounds
 * of the record's UTF-8 JSON length (a string of n UTF-16 units takes n to 6n bytes once escaped),
 * so only records whose bounds straddle the limit are ever serialised.
 */
export interface ScanState extends RecordScan {
  lower: number;
  upper: number;
  /** `maxBytes`, or Infinity when the caller gave the exact size. */
  maxLower: number;
  maxBytes: number;
  maxDepth: number;
  /** Keys from the record root to the container being scanned (compiled scanners only). */
  path: (string | number)[];
  nulls: readonly string[];
  empties: readonly string[];
  unknownKeys: readonly UnknownKey[];
}

/** Thrown to unwind a scan as soon as a guardrail is exceeded; caught by the scanner. */
export class GuardrailHit {
  constructor(readonly error: XdmValidationError) {}
}

/** A fresh state; `byteSize` (the exact size when the caller knows it) replaces measuring. */
export function newScanState(
  maxBytes: number,
  maxDepth: number,
  byteSize: number | undefined,
  path: (string | number)[] = [],
): ScanState {
  path.length = 0;
  return {
    lower: 0,
    upper: 0,
    maxLower: byteSize === undefined ? maxBytes : Number.POSITIVE_INFINITY,
    maxBytes,
    maxDepth,
    path,
    nulls: NONE,
    empties: NONE,
    unknownKeys: NONE,
  };
}

/** Appends to one of a state's lists, replacing the shared empty list on first use. */
function append<T>(list: readonly T[], item: T): readonly T[] {
  if (list === NONE) return [item];
  (list as T[]).push(item); // every list but NONE was created here, so it is ours to grow
  return list;
}

/** Notes a `null` value at `pointer`. */
export function addNull(state: ScanState, pointer: string): void {
  state.nulls = append(state.nulls, pointer);
}

/** Notes an empty string at `pointer`. */
export function addEmpty(state: ScanState, pointer: string): void {
  state.empties = append(state.empties, pointer);
}

/** Notes a key the schema does not define. */
export function addUnknownKey(state: ScanState, parentPointer: string, key: string): void {
  state.unknownKeys = append(state.unknownKeys, { parentPointer, key });
}

/** The pointer (without `#`) of the container the compiled scanner is in: its path, escaped. */
export function pathPointer(state: ScanState): string {
  let pointer = '';
  for (const key of state.path) pointer = childPointer(pointer, key);
  return pointer;
}

/** The schema reduced to what the interpreted scan needs. */
export interface ScanPlan {
  /** Only the listed properties are allowed. */
  isClosed: boolean;
  properties: Map<string, ScanPlan> | undefined;
  /** Array items, or map values. */
  items: ScanPlan | undefined;
  values: ScanPlan | undefined;
}

/** True for object schemas that accept only their listed properties (XDM objects are closed). */
export function isClosedObject(schema: JsonObject): boolean {
  const additional = schema['additionalProperties'];
  return (
    isJsonObject(schema['properties']) &&
    (additional === undefined || additional === false) &&
    schema['patternProperties'] === undefined &&
    schema['anyOf'] === undefined &&
    schema['oneOf'] === undefined &&
    !isMap(schema)
  );
}

/** Builds the scan plan of a resolved schema (shared sub-schemas share their plan). */
export function buildScanPlan(schema: JsonObject): ScanPlan {
  const memo = new Map<JsonObject, ScanPlan>();
  const build = (node: JsonObject): ScanPlan => {
    const cached = memo.get(node);
    if (cached) return cached;
    const plan: ScanPlan = {
      isClosed: isClosedObject(node),
      properties: undefined,
      items: undefined,
      values: undefined,
    };
    memo.set(node, plan);
    const properties = node['properties'];
    if (isJsonObject(properties) && node['anyOf'] === undefined && node['oneOf'] === undefined) {
      plan.properties = new Map();
      for (const [name, child] of Object.entries(properties))
        if (isJsonObject(child)) plan.properties.set(name, build(child));
    }
    const items = node['items'];
    if (isJsonObject(items)) plan.items = build(items);
    const values = node['additionalProperties'];
    if (isJsonObject(values)) plan.values = build(values);
    return plan;
  };
  return build(schema);
}

interface Frame {
  value: object;
  plan: ScanPlan | undefined;
  pointer: string;
  depth: number;
  /** False under an unknown key: nothing below it is reported, only measured. */
  isReported: boolean;
}

/**
 * Accounts one value found at `key` of the container at `pointer` (depth `depth`): scalars are
 * measured and `null`/`""` noted; containers are walked (iteratively) with `plan`, if any.
 */
export function scanValue(
  state: ScanState,
  value: unknown,
  pointer: string,
  key: string | number,
  depth: number,
  isReported: boolean,
  plan?: ScanPlan,
): void {
  if (typeof value === 'string') {
    state.lower += value.length + 2;
    state.upper += value.length * 6 + 2;
    if (value.length === 0 && isReported) addEmpty(state, childPointer(pointer, key));
  } else if (typeof value === 'number') {
    const length = numberLength(value);
    state.lower += length;
    state.upper += length;
  } else if (typeof value === 'boolean') {
    state.lower += 4;
    state.upper += 5;
  } else if (value === null) {
    state.lower += 4;
    state.upper += 4;
    if (isReported) addNull(state, childPointer(pointer, key));
  } else if (typeof value === 'object') {
    walk(state, value, childPointer(pointer, key), depth + 1, isReported, plan);
  }
  if (state.lower > state.maxLower) throw new GuardrailHit(tooLarge(state.lower, state.maxBytes, false));
}

/**
 * Walks a container iteratively (a 10,000-deep record cannot overflow the stack). Each container's
 * braces count when it is found, so a huge array of objects trips the size limit while it is being
 * listed rather than after millions of frames were queued.
 */
export function walk(
  state: ScanState,
  root: object,
  pointer: string,
  depth: number,
  isReported: boolean,
  plan?: ScanPlan,
): void {
  state.lower += 2;
  state.upper += 2;
  const stack: Frame[] = [{ value: root, plan, pointer, depth, isReported }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.depth > state.maxDepth) throw new GuardrailHit(tooDeep(frame.pointer, state.maxDepth));
    const { value } = frame;
    const isArray = Array.isArray(value);
    const known = isArray ? undefined : frame.plan?.properties;
    const valuePlan = isArray ? frame.plan?.items : frame.plan?.values;
    const isClosed = !isArray && frame.isReported && frame.plan !== undefined && frame.plan.isClosed;
    const visit = (
      child: unknown,
      key: string | number,
      childPlan: ScanPlan | undefined,
      isChildReported: boolean,
    ): void => {
      if (typeof child === 'object' && child !== null) {
        state.lower += 2;
        state.upper += 2;
        if (state.lower > state.maxLower)
          throw new GuardrailHit(tooLarge(state.lower, state.maxBytes, false));
        stack.push({
          value: child,
          plan: childPlan,
          pointer: childPointer(frame.pointer, key),
          depth: frame.depth + 1,
          isReported: isChildReported,
        });
      } else {
        scanValue(state, child, frame.pointer, key, frame.depth, isChildReported);
      }
    };
    let count = 0;
    if (isArray) {
      // An index loop: for-in over a huge array would first build a string for every index.
      count = value.length;
      for (let i = 0; i < value.length; i++) visit(value[i], i, valuePlan, frame.isReported);
    } else {
      for (const key in value) {
        count++;
        state.lower += key.length + 3;
        state.upper += key.length * 6 + 3;
        const childPlan = known?.get(key) ?? valuePlan;
        const isUnknown = isClosed && childPlan === undefined;
        if (isUnknown) addUnknownKey(state, frame.pointer, key);
        visit(
          (value as Record<string, unknown>)[key],
          key,
          isUnknown ? undefined : childPlan,
          frame.isReported && !isUnknown,
        );
      }
    }
    // Commas between the members (the braces were counted when the container was found).
    if (count > 1) {
      state.lower += count - 1;
      state.upper += count - 1;
    }
    if (state.lower > state.maxLower) throw new GuardrailHit(tooLarge(state.lower, state.maxBytes, false));
  }
}

/**
 * Accounts a value a compiled scanner met where its schema expected another type (or has none):
 * the pointer is only built when something is reported or walked.
 */
export function scanOther(state: ScanState, value: unknown, key: string | number, depth: number): void {
  if (typeof value === 'string' && value.length > 0) {
    state.lower += value.length + 2;
    state.upper += value.length * 6 + 2;
  } else if (typeof value === 'number') {
    const length = numberLength(value);
    state.lower += length;
    state.upper += length;
  } else if (typeof value === 'boolean') {
    state.lower += 4;
    state.upper += 5;
  } else {
    scanValue(state, value, pathPointer(state), key, depth, true);
  }
  if (state.lower > state.maxLower) throw new GuardrailHit(tooLarge(state.lower, state.maxBytes, false));
}

/**
 * Accounts a key of an object that its schema does not list, and walks its value: under a closed
 * object it is an unknown key, and nothing below it is reported.
 */
export function scanExtraKey(
  state: ScanState,
  value: unknown,
  pointer: string,
  key: string,
  depth: number,
  isClosed: boolean,
): void {
  state.lower += key.length + 3;
  state.upper += key.length * 6 + 3;
  if (isClosed) addUnknownKey(state, pointer, key);
  scanValue(state, value, pointer, key, depth, !isClosed);
}

/** Finishes a (possibly guardrail-stopped) scan; serialises only when the size bounds straddle the limit. */
export function finishScan(
  state: ScanState,
  record: unknown,
  guardrail: XdmValidationError | undefined,
): RecordScan {
  if (!guardrail && state.maxLower !== Number.POSITIVE_INFINITY && state.upper > state.maxBytes) {
    const exact = new TextEncoder().encode(JSON.stringify(record)).length;
    if (exact > state.maxBytes) guardrail = tooLarge(exact, state.maxBytes, true);
  }
  if (guardrail) state.guardrail = guardrail;
  return state;
}

/**
 * Interpreted scan of a whole record with a plan (the fallback when code generation is not
 * allowed). `byteSize`, when the caller knows the raw size, replaces measuring.
 */
export function scanRecord(
  record: unknown,
  plan: ScanPlan | undefined,
  maxBytes: number,
  maxDepth: number,
  byteSize?: number,
): RecordScan {
  if (byteSize !== undefined && byteSize > maxBytes)
    return { guardrail: tooLarge(byteSize, maxBytes, true), nulls: NONE, empties: NONE, unknownKeys: NONE };
  const state = newScanState(maxBytes, maxDepth, byteSize);
  try {
    if (typeof record === 'object' && record !== null) walk(state, record, '', 1, true, plan);
  } catch (error) {
    if (error instanceof GuardrailHit) return finishScan(state, record, error.error);
    throw error;
  }
  return finishScan(state, record, undefined);
}

/** Digits of a number as JSON prints it. */
export function numberLength(value: number): number {
  if (Number.isInteger(value) && value > -1e15 && value < 1e15) {
    let digits = value < 0 ? 2 : 1;
    for (let rest = Math.abs(value); rest >= 10; rest = Math.floor(rest / 10)) digits++;
    return digits;
  }
  return Number.isFinite(value) ? String(value).length : 4;
}

/** The result for a record whose known size is over the limit. */
export function oversized(byteSize: number, maxBytes: number): RecordScan {
  return { guardrail: tooLarge(byteSize, maxBytes, true), nulls: NONE, empties: NONE, unknownKeys: NONE };
}

/** The depth guardrail error. */
export function tooDeep(pointer: string, maxDepth: number): XdmValidationError {
  return makeError(
    'record-too-deep',
    'maxDepth',
    pointer,
    '',
    `record is nested deeper than ${maxDepth} levels`,
  );
}

/** The size guardrail error. */
export function tooLarge(bytes: number, maxBytes: number, isExact: boolean): XdmValidationError {
  const size = isExact ? `${bytes} bytes` : `more than ${maxBytes} bytes`;
  return makeError(
    'record-too-large',
    'maxSize',
    '',
    '',
    `record is ${size} of JSON; the limit is ${maxBytes} bytes`,
  );
}
