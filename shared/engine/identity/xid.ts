// Stable opaque identity ids (XIDs, SPEC §5.2): a base62 digest of namespace + value, 30 characters like the platform's.
import { sha256 } from '@noble/hashes/sha256';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const XID_BYTES = 22;
/** 62^30 > 2^176, so 22 digest bytes always fit in 30 base62 digits. */
export const XID_LENGTH = 30;
const encoder = new TextEncoder();

/**
 * The XID of an identity: deterministic from the namespace code (in any letter case) and the exact
 * value, so the same identity has the same XID in every sandbox, session and host. Not reversible.
 */
export function xidOf(namespace: string, id: string): string {
  const digest = sha256(encoder.encode(`${namespace.toLowerCase()}\u0000${id}`));
  let n = 0n;
  for (let i = 0; i < XID_BYTES; i++) n = (n << 8n) | BigInt(digest[i] ?? 0);
  let out = '';
  for (let i = 0; i < XID_LENGTH; i++) {
    out = BASE62.charAt(Number(n % 62n)) + out;
    n /= 62n;
  }
  return out;
}
