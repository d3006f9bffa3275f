// Request checks of the local HTTP API: loopback Host names (DNS rebinding), loopback peers, the bearer
// token (constant time), and a JSON body parser that bounds nesting depth and refuses prototype keys.
import { createHash, timingSafeEqual } from 'node:crypto';
import { parseJsonWithoutPrototypeKeys, PrototypeKeyError } from '../../../shared/util/prototype-keys';
import { HttpProblem } from './errors';

export const DEFAULT_MAX_JSON_DEPTH = 256;

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * True when a Host header names this machine: `127.0.0.1`, `localhost` or `[::1]`, with or without a
 * port. Anything else (a DNS name that resolves to 127.0.0.1, say) is how DNS rebinding gets in.
 */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const value = host.trim().toLowerCase();
  let name = value;
  let port: string | undefined;
  if (value.startsWith('[')) {
    const close = value.indexOf(']');
    if (close < 0) return false;
    name = value.slice(0, close + 1);
    const rest = value.slice(close + 1);
    if (rest !== '') {
      if (!rest.startsWith(':')) return false;
      port = rest.slice(1);
    }
  } else {
    const colon = value.indexOf(':');
    if (colon >= 0) {
      name = value.slice(0, colon);
      port = value.slice(colon + 1);
    }
  }
  if (port !== undefined && !/^\d{1,5}$/.test(port)) return false;
  return LOOPBACK_NAMES.has(name);
}

/** True for a peer address on this machine (IPv4 127/8, IPv6 ::1, IPv4-mapped 127/8). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  if (address === '::1') return true;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** Compares a presented bearer token with the expected one in constant time (over SHA-256 digests). */
export function tokensMatch(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

/**
 * Fails when JSON text nests arrays/objects deeper than `maxDepth`. A linear scan that skips string
 * contents, so a hostile body is refused before `JSON.parse` recurses into it.
 */
export function checkJsonDepth(text: string, maxDepth: number): void {
  let depth = 0;
  let isInString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isInString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) isInString = false;
      continue;
    }
    if (c === 0x22) isInString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) {
        throw new HttpProblem(
          400,
          `The JSON body nests deeper than ${maxDepth} levels; this server refuses it before parsing.`,
        );
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}

/** Parses a JSON request body: depth first, then JSON.parse refusing prototype keys (shared/util). */
export function parseJsonBody(text: string, maxDepth = DEFAULT_MAX_JSON_DEPTH): unknown {
  if (text.trim() === '') return undefined;
  checkJsonDepth(text, maxDepth);
  try {
    return parseJsonWithoutPrototypeKeys(text);
  } catch (error) {
    if (error instanceof PrototypeKeyError)
      throw new HttpProblem(400, `The JSON body contains a "${error.key}" key, which this server refuses.`);
    throw new HttpProblem(400, `The request body is not valid JSON: ${(error as Error).message}`);
  }
}
