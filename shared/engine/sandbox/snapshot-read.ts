// Reads and fully validates a snapshot before anything is written: gzip, size, UTF-8, JSON, depth,
// structure, row counts and checksum. Every failure is a snapshot-invalid error saying where and why.
import { Gunzip } from 'fflate';
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import { EngineError } from '../../contract/errors';
import { SANDBOX_DB_VERSION, sandboxTablesAt } from '../../db/schema';
import { jsonDepth } from '../../util/json-depth';
import { checkSandboxName, checkTenantId } from './names';
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_FORMAT_VERSION,
  type SnapshotHeader,
  type SnapshotSandbox,
  type SnapshotTrailer,
} from './snapshot-format';

export interface SnapshotLimits {
  /** Largest decompressed size accepted. */
  maxBytes: number;
  /** Deepest JSON nesting accepted in one line. */
  maxDepth: number;
}

export const DEFAULT_SNAPSHOT_LIMITS: SnapshotLimits = { maxBytes: 1024 * 1024 * 1024, maxDepth: 128 };

export interface SnapshotSection {
  sandbox: SnapshotSandbox;
  /** Index range [first, end) into `lines` of this sandbox's row lines. */
  first: number;
  end: number;
}

export interface ParsedSnapshot {
  header: SnapshotHeader;
  sections: SnapshotSection[];
  lines: string[];
  trailer: SnapshotTrailer;
}

const invalid = (message: string) => new EngineError('snapshot-invalid', message);

/** Decompresses with a size cap so a compression bomb is refused early. */
export function gunzipBounded(bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (bytes.length < 18 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    throw invalid(
      'This is not a Profile Stager snapshot: the file is not gzip-compressed. Export a snapshot with "snapshot export" and import that file.',
    );
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const gunzip = new Gunzip((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) {
      throw invalid(
        `The snapshot expands to more than ${maxBytes} bytes; refusing it (possible compression bomb).`,
      );
    }
    chunks.push(chunk);
    if (final) ended = true;
  });
  const step = 1 << 16;
  try {
    for (let i = 0; i < bytes.length; i += step)
      gunzip.push(bytes.subarray(i, i + step), i + step >= bytes.length);
  } catch (error) {
    if (error instanceof EngineError) throw error;
    throw invalid(
      `The snapshot is damaged or truncated: gzip says "${(error as Error).message}". Export it again.`,
    );
  }
  if (!ended) throw invalid('The snapshot is truncated: the compressed data ends early. Export it again.');
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function parseLine(line: string, index: number, maxDepth: number): Record<string, unknown> {
  if (jsonDepth(line, maxDepth) > maxDepth) {
    throw invalid(`Line ${index + 1} of the snapshot nests deeper than ${maxDepth} levels; refusing it.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw invalid(`Line ${index + 1} of the snapshot is not valid JSON (${(error as Error).message}).`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(`Line ${index + 1} of the snapshot is not a JSON object.`);
  }
  return value as Record<string, unknown>;
}

function checkHeader(value: Record<string, unknown>): SnapshotHeader {
  if (value.format !== SNAPSHOT_FORMAT)
    throw invalid('This is not a Profile Stager snapshot: the first line does not name the snapshot format.');
  const version = value.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version))
    throw invalid('The snapshot header has no format version.');
  if (version > SNAPSHOT_FORMAT_VERSION) {
    throw invalid(
      `The snapshot has format version ${version}, newer than this app reads (${SNAPSHOT_FORMAT_VERSION}). Update Profile Stager.`,
    );
  }
  if (version < 1) throw invalid(`The snapshot has unknown format version ${version}.`);
  const dbVersion = value.dbVersion;
  if (typeof dbVersion !== 'number' || !Number.isInteger(dbVersion) || dbVersion < 1) {
    throw invalid('The snapshot header has no database version.');
  }
  if (dbVersion > SANDBOX_DB_VERSION) {
    throw invalid(
      `The snapshot was written by a newer Profile Stager (database version ${dbVersion}, this app has ${SANDBOX_DB_VERSION}). Update Profile Stager.`,
    );
  }
  if (!Array.isArray(value.sandboxes) || !value.sandboxes.every((s) => typeof s === 'string')) {
    throw invalid('The snapshot header does not list its sandboxes.');
  }
  return value as unknown as SnapshotHeader;
}

function checkSandbox(value: unknown, line: number): SnapshotSandbox {
  if (typeof value !== 'object' || value === null)
    throw invalid(`Line ${line}: a sandbox entry must be an object.`);
  const s = value as Record<string, unknown>;
  try {
    checkSandboxName(s.name);
    checkTenantId(s.tenantId);
  } catch (error) {
    throw invalid(`Line ${line}: ${(error as Error).message}`);
  }
  for (const key of ['title', 'createdAt', 'updatedAt'] as const) {
    if (typeof s[key] !== 'string') throw invalid(`Line ${line}: sandbox "${String(s.name)}" has no ${key}.`);
  }
  if (s.type !== 'production' && s.type !== 'development')
    throw invalid(`Line ${line}: sandbox type must be production or development.`);
  return {
    name: s.name as string,
    title: s.title as string,
    type: s.type,
    isDefault: s.isDefault === true,
    tenantId: s.tenantId as string,
    createdAt: s.createdAt as string,
    updatedAt: s.updatedAt as string,
  };
}

/** Parses and validates a whole snapshot; throws snapshot-invalid naming the first problem found. */
export function readSnapshot(
  bytes: Uint8Array,
  limits: SnapshotLimits = DEFAULT_SNAPSHOT_LIMITS,
): ParsedSnapshot {
  const raw = gunzipBounded(bytes, limits.maxBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw invalid('The snapshot is not valid UTF-8 text; it was damaged or is not a snapshot.');
  }
  if (!text.endsWith('\n')) throw invalid('The snapshot is truncated: its last line is incomplete.');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 2) throw invalid('The snapshot is truncated: it has no end line.');

  const trailerLine = lines[lines.length - 1] ?? '';
  const trailerValue = parseLine(trailerLine, lines.length - 1, limits.maxDepth).end as
    SnapshotTrailer | undefined;
  if (!trailerValue || typeof trailerValue.sha256 !== 'string') {
    throw invalid('The snapshot is truncated: its last line is not the end line with the checksum.');
  }
  const hash = sha256.create();
  const encoder = new TextEncoder();
  const bodyLength = text.length - trailerLine.length - 1;
  hash.update(encoder.encode(text.slice(0, bodyLength)));
  const actual = bytesToHex(hash.digest());
  if (actual !== trailerValue.sha256) {
    throw invalid(
      `The snapshot's checksum does not match (expected ${trailerValue.sha256.slice(0, 12)}…, got ${actual.slice(0, 12)}…): the file was changed or damaged.`,
    );
  }

  const header = checkHeader(parseLine(lines[0] ?? '', 0, limits.maxDepth));
  const tables = new Set(sandboxTablesAt(header.dbVersion));
  const sections: SnapshotSection[] = [];
  const names = new Set<string>();
  let rows = 0;
  for (let i = 1; i < lines.length - 1; i++) {
    const value = parseLine(lines[i] ?? '', i, limits.maxDepth);
    if ('sandbox' in value) {
      const sandbox = checkSandbox(value.sandbox, i + 1);
      if (names.has(sandbox.name)) throw invalid(`Line ${i + 1}: sandbox "${sandbox.name}" appears twice.`);
      names.add(sandbox.name);
      const previous = sections[sections.length - 1];
      if (previous) previous.end = i;
      sections.push({ sandbox, first: i + 1, end: lines.length - 1 });
    } else if (typeof value.t === 'string') {
      if (sections.length === 0) throw invalid(`Line ${i + 1}: a row comes before any sandbox.`);
      if (!tables.has(value.t))
        throw invalid(`Line ${i + 1}: unknown table "${value.t}" for database version ${header.dbVersion}.`);
      if (!('v' in value)) throw invalid(`Line ${i + 1}: row has no value.`);
      rows++;
    } else {
      throw invalid(`Line ${i + 1}: expected a sandbox or a row.`);
    }
  }
  if (rows !== trailerValue.rows || sections.length !== trailerValue.sandboxes) {
    throw invalid(
      `The snapshot's end line promises ${trailerValue.rows} rows in ${trailerValue.sandboxes} sandboxes but holds ${rows} in ${sections.length}.`,
    );
  }
  const listed = [...header.sandboxes].sort().join(',');
  if (listed !== [...names].sort().join(','))
    throw invalid('The snapshot header lists different sandboxes than the file holds.');
  return { header, sections, lines, trailer: trailerValue };
}
