// Generates a record scanner specialised to one schema (like ajv does for validation), for speed.
import { isMap, jsonTypeOf } from './fields';
import { isJsonObject, type JsonObject } from './types';
import { childPointer, formatPointerSegment } from './validate-errors';
import {
  buildScanPlan,
  GuardrailHit,
  newScanState,
  finishScan,
  scanExtraKey,
  scanRecord,
  scanValue,
  tooDeep,
  tooLarge,
  walk,
  type RecordScan,
  type ScanState,
} from './validate-scan';

/** Scans one record: guardrails, null/"" values, unknown keys (see `scanRecord`). */
export type RecordScanner = (record: unknown, maxBytes: number, maxDepth: number, byteSize?: number) => RecordScan;

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
  return (record, maxBytes, maxDepth, byteSize) => {
    if (byteSize !== undefined && byteSize > maxBytes) {
      return { guardrail: tooLarge(byteSize, maxBytes, true), nulls: [], empties: [], unknownKeys: [] };
    }
    const state = newScanState(maxBytes, maxDepth, byteSize);
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
  const lines: string[] = [`function ${name}(st, d, p, depth) {`, 'var c = 0;', 'for (var k in d) { c++; var v = d[k];', 'switch (k) {'];
  for (const [property, child] of Object.entries(properties)) {
    const keyLiteral = JSON.stringify(property);
    const keyBytes = encoder.encode(keyLiteral).length + 1;
    const pointer = `p + ${JSON.stringify(formatPointerSegment(property))}`;
    lines.push(
      `case ${keyLiteral}: st.lower += ${keyBytes}; st.upper += ${keyBytes};`,
      valueCode(gen, isJsonObject(child) ? child : {}, 'v', 'p', keyLiteral, pointer, 'depth'),
      'break;',
    );
  }
  const isClosed = node['additionalProperties'] === undefined && node['patternProperties'] === undefined;
  lines.push(
    `default: scanExtraKey(st, v, p, k, depth, ${isClosed});`,
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
      `function ${name}(st, d, p, depth) {`,
      'var c = 0;',
      'for (var k in d) { c++; st.lower += k.length + 3; st.upper += k.length * 6 + 3; var v = d[k];',
      valueCode(gen, values, 'v', 'p', 'k', 'cp(p, k)', 'depth'),
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
 * container at pointer `parent` and depth `depth`; `pointer` is the value's own pointer expression.
 */
function valueCode(gen: Generator, node: JsonObject, value: string, parent: string, key: string, pointer: string, depth: string): string {
  const fallback = `scanValue(st, ${value}, ${parent}, ${key}, ${depth}, true);`;
  switch (objectKind(node)) {
    case 'object':
    case 'map': {
      const fn = objectKind(node) === 'object' ? objectFunction(gen, node) : mapFunction(gen, node);
      return (
        `if (typeof ${value} === "object" && ${value} !== null && !Array.isArray(${value})) {` +
        ` var q = ${pointer}; if (${depth} + 1 > st.maxDepth) deep(st, q); ${fn}(st, ${value}, q, ${depth} + 1); } else ${fallback}`
      );
    }
    case 'array': {
      const id = gen.counter++;
      const [list, at, index, item] = [`a${id}`, `p${id}`, `i${id}`, `x${id}`];
      const inner = valueCode(gen, node['items'] as JsonObject, item, at, index, `${at} + "/" + ${index}`, `${depth} + 1`);
      return (
        `if (Array.isArray(${value})) { var ${list} = ${value}, ${at} = ${pointer}; if (${depth} + 1 > st.maxDepth) deep(st, ${at});` +
        ` for (var ${index} = 0; ${index} < ${list}.length; ${index}++) { var ${item} = ${list}[${index}]; ${inner} }` +
        ` st.lower += ${list}.length > 1 ? ${list}.length + 1 : 2; st.upper += ${list}.length > 1 ? ${list}.length + 1 : 2;` +
        ` } else ${fallback}`
      );
    }
    case 'string':
      return (
        `if (typeof ${value} === "string") { st.lower += ${value}.length + 2; st.upper += ${value}.length * 6 + 2;` +
        ` if (${value}.length === 0) st.empties.push(${pointer}); } else ${fallback}`
      );
    default:
      return fallback;
  }
}

function generate(schema: JsonObject): ScanBody {
  const gen: Generator = { functions: [], objects: new Map(), maps: new Map(), counter: 0 };
  const root = objectKind(schema) === 'object' ? objectFunction(gen, schema) : undefined;
  const entry = root
    ? `if (typeof r === "object" && r !== null && !Array.isArray(r)) { if (st.maxDepth < 1) deep(st, ""); ${root}(st, r, "", 1); } else if (typeof r === "object" && r !== null) walk(st, r, "", 1, true);`
    : 'if (typeof r === "object" && r !== null) walk(st, r, "", 1, true);';
  const source = `${gen.functions.join('\n')}\nreturn function scan(st, r) { ${entry} };`;
  const deep = (state: ScanState, pointer: string): never => {
    throw new GuardrailHit(tooDeep(pointer, state.maxDepth));
  };
  const big = (state: ScanState): never => {
    throw new GuardrailHit(tooLarge(state.lower, state.maxBytes, false));
  };
  // Same trust model as ajv, which compiles validators with `new Function` too.
  const factory = new Function('scanValue', 'scanExtraKey', 'walk', 'cp', 'deep', 'big', source) as (
    ...args: unknown[]
  ) => ScanBody;
  return factory(scanValue, scanExtraKey, walk, childPointer, deep, big);
}
