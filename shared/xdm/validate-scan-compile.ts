// Generates a record scanner specialised to one schema (like ajv does for validation), for speed.
import { isMap, jsonTypeOf } from './fields';
import { isJsonObject, type JsonObject } from './types';
import { childPointer } from './validate-errors';
import {
  buildScanPlan,
  finishScan,
  GuardrailHit,
  isClosedObject,
  newScanState,
  numberLength,
  oversized,
  pathPointer,
  scanExtraKey,
  scanOther,
  scanRecord,
  tooDeep,
  tooLarge,
  walk,
  type RecordScan,
  type ScanState,
} from './validate-scan';

/** Scans one record: guardrails, null/"" values, unknown keys (see `scanRecord`). */
export type RecordScanner = (
  record: unknown,
  maxBytes: number,
  maxDepth: number,
  byteSize?: number,
) => RecordScan;

type ScanBody = (state: ScanState, record: unknown) => void;

/**
 * Compiles a scanner for a resolved schema: one small generated function per object and map of the
 * schema reads known properties by name, so each property access stays monomorphic (a generic walk
 * is several times slower). Falls back to the interpreted scan where code generation is forbidden.
 */
export function compileScanner(schema: JsonObject): RecordScanner {
  let body: ScanBody;
  try {
    body = generate(schema);
  } catch {
    const plan = buildScanPlan(schema);
    return (record, maxBytes, maxDepth, byteSize) => scanRecord(record, plan, maxBytes, maxDepth, byteSize);
  }
  const path: (string | number)[] = []; // reused: scans are synchronous and never nested
  return (record, maxBytes, maxDepth, byteSize) => {
    if (byteSize !== undefined && byteSize > maxBytes) return oversized(byteSize, maxBytes);
    const state = newScanState(maxBytes, maxDepth, byteSize, path);
    try {
      body(state, record);
    } catch (error) {
      if (error instanceof GuardrailHit) return finishScan(state, record, error.error);
      throw error;
    }
    return finishScan(state, record, undefined);
  };
}

interface Generator {
  functions: string[];
  objects: Map<JsonObject, string>;
  maps: Map<JsonObject, string>;
  counter: number;
}

const encoder = new TextEncoder();

function objectKind(node: JsonObject): 'object' | 'map' | 'array' | 'string' | 'other' {
  const hasBranches = node['anyOf'] !== undefined || node['oneOf'] !== undefined;
  if (!hasBranches && isJsonObject(node['properties'])) return 'object';
  if (!hasBranches && isMap(node) && isJsonObject(node['additionalProperties'])) return 'map';
  if (jsonTypeOf(node) === 'array' && isJsonObject(node['items'])) return 'array';
  if (node['type'] === 'string') return 'string';
  return 'other';
}

function objectFunction(gen: Generator, node: JsonObject): string {
  const existing = gen.objects.get(node);
  if (existing) return existing;
  const name = `o${gen.objects.size}`;
  gen.objects.set(node, name);
  const properties = node['properties'] as JsonObject;
  // Visit only the keys present: a switch over the schema's names inside for-in keeps this
  // function's property loads monomorphic; names the switch does not know are extra keys.
  const lines: string[] = [
    `function ${name}(st, d, depth) {`,
    'var c = 0;',
    'for (var k in d) { c++; var v = d[k];',
    'switch (k) {',
  ];
  for (const [property, child] of Object.entries(properties)) {
    const keyLiteral = JSON.stringify(property);
    const keyBytes = encoder.encode(keyLiteral).length + 1;
    lines.push(
      `case ${keyLiteral}: st.lower += ${keyBytes}; st.upper += ${keyBytes};`,
      valueCode(gen, isJsonObject(child) ? child : {}, 'v', keyLiteral, 'depth'),
      'break;',
    );
  }
  const isClosed = isClosedObject(node);
  lines.push(
    `default: extra(st, v, k, depth, ${isClosed});`,
    '} }',
    'st.lower += c > 1 ? c + 1 : 2; st.upper += c > 1 ? c + 1 : 2;',
    'if (st.lower > st.maxLower) big(st);',
    '}',
  );
  gen.functions.push(lines.join('\n'));
  return name;
}

function mapFunction(gen: Generator, node: JsonObject): string {
  const existing = gen.maps.get(node);
  if (existing) return existing;
  const name = `m${gen.maps.size}`;
  gen.maps.set(node, name);
  const values = node['additionalProperties'] as JsonObject;
  gen.functions.push(
    [
      `function ${name}(st, d, depth) {`,
      'var c = 0;',
      'for (var k in d) { c++; st.lower += k.length + 3; st.upper += k.length * 6 + 3; var v = d[k];',
      valueCode(gen, values, 'v', 'k', 'depth'),
      '}',
      'st.lower += c > 1 ? c + 1 : 2; st.upper += c > 1 ? c + 1 : 2;',
      'if (st.lower > st.maxLower) big(st);',
      '}',
    ].join('\n'),
  );
  return name;
}

/**
 * Code that accounts the value in variable `value`, found at key `key` (an expression) of the
 * container at depth `depth`; `st.path` holds the keys down to that container.
 */
function valueCode(gen: Generator, node: JsonObject, value: string, key: string, depth: string): string {
  const other =
    `if (typeof ${value} === "number") { var n = nlen(${value}); st.lower += n; st.upper += n; }` +
    ` else if (typeof ${value} === "boolean") { st.lower += 4; st.upper += 5; }` +
    ` else other(st, ${value}, ${key}, ${depth});`;
  const kind = objectKind(node);
  switch (kind) {
    case 'object':
    case 'map': {
      const fn = kind === 'object' ? objectFunction(gen, node) : mapFunction(gen, node);
      return (
        `if (typeof ${value} === "object" && ${value} !== null && !Array.isArray(${value})) {` +
        ` if (${depth} + 1 > st.maxDepth) deep(st, ${key}); st.path.push(${key}); ${fn}(st, ${value}, ${depth} + 1); st.path.pop(); }` +
        ` else { ${other} }`
      );
    }
    case 'array': {
      const id = gen.counter++;
      const [list, index, item] = [`a${id}`, `i${id}`, `x${id}`];
      const inner = valueCode(gen, node['items'] as JsonObject, item, index, `${depth} + 1`);
      return (
        `if (Array.isArray(${value})) { var ${list} = ${value}; if (${depth} + 1 > st.maxDepth) deep(st, ${key}); st.path.push(${key});` +
        ` for (var ${index} = 0; ${index} < ${list}.length; ${index}++) { var ${item} = ${list}[${index}]; ${inner} }` +
        ` st.path.pop(); st.lower += ${list}.length > 1 ? ${list}.length + 1 : 2; st.upper += ${list}.length > 1 ? ${list}.length + 1 : 2;` +
        ` } else { ${other} }`
      );
    }
    case 'string':
      return (
        `if (typeof ${value} === "string" && ${value}.length > 0) { st.lower += ${value}.length + 2; st.upper += ${value}.length * 6 + 2; }` +
        ` else { ${other} }`
      );
    default:
      return `{ ${other} }`;
  }
}

function generate(schema: JsonObject): ScanBody {
  const gen: Generator = { functions: [], objects: new Map(), maps: new Map(), counter: 0 };
  const root = objectKind(schema) === 'object' ? objectFunction(gen, schema) : undefined;
  const entry = root
    ? `if (typeof r === "object" && r !== null && !Array.isArray(r)) { if (st.maxDepth < 1) deep(st, undefined); ${root}(st, r, 1); } else if (typeof r === "object" && r !== null) walk(st, r, "", 1, true);`
    : 'if (typeof r === "object" && r !== null) walk(st, r, "", 1, true);';
  const source = `${gen.functions.join('\n')}\nreturn function scan(st, r) { ${entry} };`;
  const deep = (state: ScanState, key: string | number | undefined): never => {
    const pointer = pathPointer(state);
    throw new GuardrailHit(tooDeep(key === undefined ? pointer : childPointer(pointer, key), state.maxDepth));
  };
  const big = (state: ScanState): never => {
    throw new GuardrailHit(tooLarge(state.lower, state.maxBytes, false));
  };
  const extra = (state: ScanState, value: unknown, key: string, depth: number, isClosed: boolean): void =>
    scanExtraKey(state, value, pathPointer(state), key, depth, isClosed);
  // Same trust model as ajv, which compiles validators with `new Function` too.
  const factory = new Function('other', 'extra', 'walk', 'nlen', 'deep', 'big', source) as (
    ...args: unknown[]
  ) => ScanBody;
  return factory(scanOther, extra, walk, numberLength, deep, big);
}
