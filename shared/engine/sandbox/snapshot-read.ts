// Reads and fully validates a snapshot before anything is written: gzip, size, UTF-8, JSON, depth,
// structure, row counts and checksum. Every failure is a snapshot-invalid error saying where and why.
// The file is read as a stream of lines (snapshot-lines.ts), never as one string, so its size is not
// bounded by the longest JavaScript string: `readSnapshot` validates in one pass, `snapshotItems`
// reads the sandboxes and rows again for the import.
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import { EngineError } from '../../contract/errors';
import { SANDBOX_DB_VERSION, sandboxTablesAt } from '../../db/schema';
import { jsonDepth } from '../../util/json-depth';
import { decodeValue } from './json-safe';
import { checkSandboxName, checkTenantId } from './names';
import { snapshotLines } from './snapshot-lines';
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
  /** Longest line accepted (one row; it must fit in one JavaScript string). Default 256 MiB. */
  maxLineBytes?: number;
  /** Compressed bytes read at a time (tests use tiny ones). */
  chunkBytes?: number;
}

/**
 * The expanded size a snapshot may have. Reading streams, so this bounds time, not memory; the rows
 * themselves must still fit where they are imported (the node host keeps them in memory).
 */
export const DEFAULT_SNAPSHOT_LIMITS: SnapshotLimits = { maxBytes: 16 * 1024 ** 3, maxDepth: 128 };
export const DEFAULT_MAX_LINE_BYTES = 256 * 1024 ** 2;

export interface SnapshotSection {
  sandbox: SnapshotSandbox;
  /** Rows of this sandbox. */
  rows: number;
}

export interface ParsedSnapshot {
  header: SnapshotHeader;
  sections: SnapshotSection[];
  trailer: SnapshotTrailer;
}

/** What the import reads, in file order: a sandbox begins (index into `sections`), or one of its rows. */
export type SnapshotItem =
  | { kind: 'sandbox'; section: number }
  | { kind: 'row'; table: string; value: unknown; hasKey: boolean; key?: unknown };

const invalid = (message: string) => new EngineError('snapshot-invalid', message);
const NEWLINE = new Uint8Array([0x0a]);

function lineOptions(limits: SnapshotLimits) {
  return {
    maxBytes: limits.maxBytes,
    maxLineBytes: limits.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
    ...(limits.chunkBytes !== undefined ? { chunkBytes: limits.chunkBytes } : {}),
  };
}

function decodeText(decoder: TextDecoder, line: Uint8Array): string {
  try {
    return decoder.decode(line);
  } catch {
    throw invalid('The snapshot is not valid UTF-8 text; it was damaged or is not a snapshot.');
  }
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

/**
 * Parses and validates a whole snapshot in one streaming pass; throws snapshot-invalid naming the first
 * problem found. Problems are reported in the order a reader would check them: the file as a whole
 * (gzip, truncation, end line, checksum) before the first problem of its content (header, lines in
 * order), then the counts the end line promises.
 */
export function readSnapshot(
  bytes: Uint8Array,
  limits: SnapshotLimits = DEFAULT_SNAPSHOT_LIMITS,
): ParsedSnapshot {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const hash = sha256.create();
  let header: SnapshotHeader | undefined;
  let tables = new Set<string>();
  const sections: SnapshotSection[] = [];
  const names = new Set<string>();
  let rows = 0;
  /** The first problem of the content, reported once the checksum has been found to match. */
  let problem: EngineError | undefined;

  const check = (line: Uint8Array, i: number) => {
    const value = parseLine(decodeText(decoder, line), i, limits.maxDepth);
    if (i === 0) {
      header = checkHeader(value);
      tables = new Set(sandboxTablesAt(header.dbVersion));
      return;
    }
    if ('sandbox' in value) {
      const sandbox = checkSandbox(value.sandbox, i + 1);
      if (names.has(sandbox.name)) throw invalid(`Line ${i + 1}: sandbox "${sandbox.name}" appears twice.`);
      names.add(sandbox.name);
      sections.push({ sandbox, rows: 0 });
    } else if (typeof value.t === 'string') {
      const section = sections[sections.length - 1];
      if (!section) throw invalid(`Line ${i + 1}: a row comes before any sandbox.`);
      if (!tables.has(value.t))
        throw invalid(`Line ${i + 1}: unknown table "${value.t}" for database version ${header?.dbVersion}.`);
      if (!('v' in value)) throw invalid(`Line ${i + 1}: row has no value.`);
      section.rows++;
      rows++;
    } else {
      throw invalid(`Line ${i + 1}: expected a sandbox or a row.`);
    }
  };

  // Each line is checked once the next one arrives: the last line is the end line, outside the checksum.
  let last: Uint8Array | undefined;
  let index = -1;
  for (const line of snapshotLines(bytes, lineOptions(limits))) {
    if (last) {
      hash.update(last);
      hash.update(NEWLINE);
      if (!problem) {
        try {
          check(last, index);
        } catch (error) {
          if (!(error instanceof EngineError)) throw error;
          problem = error;
        }
      }
    }
    last = line;
    index++;
  }
  if (!last || index < 1) throw invalid('The snapshot is truncated: it has no end line.');

  const trailerValue = parseLine(decodeText(decoder, last), index, limits.maxDepth).end as
    SnapshotTrailer | undefined;
  if (!trailerValue || typeof trailerValue.sha256 !== 'string') {
    throw invalid('The snapshot is truncated: its last line is not the end line with the checksum.');
  }
  const actual = bytesToHex(hash.digest());
  if (actual !== trailerValue.sha256) {
    throw invalid(
      `The snapshot's checksum does not match (expected ${trailerValue.sha256.slice(0, 12)}…, got ${actual.slice(0, 12)}…): the file was changed or damaged.`,
    );
  }
  if (problem) throw problem;
  if (!header) throw invalid('The snapshot is truncated: it has no end line.');
  if (rows !== trailerValue.rows || sections.length !== trailerValue.sandboxes) {
    throw invalid(
      `The snapshot's end line promises ${trailerValue.rows} rows in ${trailerValue.sandboxes} sandboxes but holds ${rows} in ${sections.length}.`,
    );
  }
  const listed = [...header.sandboxes].sort().join(',');
  if (listed !== [...names].sort().join(','))
    throw invalid('The snapshot header lists different sandboxes than the file holds.');
  return { header, sections, trailer: trailerValue };
}

/**
 * The sandboxes and rows of a snapshot that `readSnapshot` accepted, read again from its bytes, in file
 * order (tagged values restored). One line is decoded at a time.
 */
export function* snapshotItems(
  bytes: Uint8Array,
  limits: SnapshotLimits = DEFAULT_SNAPSHOT_LIMITS,
): Generator<SnapshotItem> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let section = -1;
  let pending: Uint8Array | undefined;
  let index = -1;
  for (const line of snapshotLines(bytes, lineOptions(limits))) {
    // The header (line 0) and the end line (the last one, still pending when the lines run out) carry
    // no rows.
    if (pending && index > 0) {
      const line = decodeValue(decodeText(decoder, pending)) as { t: string; k?: unknown; v: unknown };
      if ('sandbox' in line) yield { kind: 'sandbox', section: ++section };
      else yield { kind: 'row', table: line.t, value: line.v, hasKey: 'k' in line, key: line.k };
    }
    pending = line;
    index++;
  }
}
