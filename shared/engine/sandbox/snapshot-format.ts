// The sandbox snapshot file: gzip-compressed JSON Lines with a format version and a SHA-256 checksum.
//
//   {"format":"profile-stager-snapshot","formatVersion":1,"dbVersion":1,"createdAt":"…","sandboxes":["prod"]}
//   {"sandbox":{"name":"prod","title":"Production",…}}
//   {"t":"settings","v":{…}}              one line per row, tables in name order, keys ascending
//   {"end":{"rows":12,"sandboxes":1,"sha256":"…"}}   checksum of every byte before this line
import { Gzip } from 'fflate';
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import type { SandboxType } from '../../contract/sandbox-types';
import { encodeValue } from './json-safe';

export const SNAPSHOT_FORMAT = 'profile-stager-snapshot';
export const SNAPSHOT_FORMAT_VERSION = 1;

export interface SnapshotHeader {
  format: typeof SNAPSHOT_FORMAT;
  formatVersion: number;
  dbVersion: number;
  createdAt: string;
  sandboxes: string[];
}

/** The sandbox fields a snapshot carries (the local database name is not one of them). */
export interface SnapshotSandbox {
  name: string;
  title: string;
  type: SandboxType;
  isDefault: boolean;
  tenantId: string;
  createdAt: string;
  updatedAt: string;
}

export interface SnapshotTrailer {
  rows: number;
  sandboxes: number;
  sha256: string;
}

/** Writes a snapshot line by line, hashing and compressing as it goes. */
export class SnapshotWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly gzip = new Gzip({ level: 6 }, (chunk) => this.chunks.push(chunk));
  private readonly hash = sha256.create();
  private readonly encoder = new TextEncoder();
  private rows = 0;
  private sandboxes = 0;

  constructor(header: Omit<SnapshotHeader, 'format' | 'formatVersion'>) {
    this.line(JSON.stringify({ format: SNAPSHOT_FORMAT, formatVersion: SNAPSHOT_FORMAT_VERSION, ...header }));
  }

  sandbox(meta: SnapshotSandbox): void {
    this.sandboxes++;
    this.line(JSON.stringify({ sandbox: meta }));
  }

  /** One row; `key` only for tables whose key is not inside the value. */
  row(table: string, value: unknown, key?: unknown): void {
    this.rows++;
    const k = key === undefined ? '' : `,"k":${encodeValue(key)}`;
    this.line(`{"t":${JSON.stringify(table)}${k},"v":${encodeValue(value)}}`);
  }

  finish(): Uint8Array {
    const trailer: SnapshotTrailer = {
      rows: this.rows,
      sandboxes: this.sandboxes,
      sha256: bytesToHex(this.hash.digest()),
    };
    this.gzip.push(this.encoder.encode(`${JSON.stringify({ end: trailer })}\n`), true);
    const size = this.chunks.reduce((sum, c) => sum + c.length, 0);
    const out = new Uint8Array(size);
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }

  private line(text: string): void {
    const bytes = this.encoder.encode(`${text}\n`);
    this.hash.update(bytes);
    this.gzip.push(bytes);
  }
}
