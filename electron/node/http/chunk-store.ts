// Chunks of large-file uploads (INITIALIZE, PATCH with Content-Range, COMPLETE), held in memory per
// sandbox/batch/file with bounded totals; ranges are checked only when the file is completed (SPEC §3.3).
import { HttpProblem } from './errors';

export interface ChunkLimits {
  /** Bytes held across every open upload. */
  maxTotalBytes: number;
  /** Open (initialized, not yet completed) uploads. */
  maxOpenFiles: number;
}

export const DEFAULT_CHUNK_LIMITS: ChunkLimits = { maxTotalBytes: 1024 * 1024 * 1024, maxOpenFiles: 64 };

interface Chunk {
  start: number;
  /** Inclusive, as in Content-Range. */
  end: number;
  bytes: Uint8Array;
}

interface Upload {
  chunks: Chunk[];
  bytes: number;
  declaredTotal?: number;
}

export interface ContentRange {
  start: number;
  end: number;
  total?: number;
}

/** Parses `bytes {start}-{end}` (optionally `/{total}` or `/*`); the end is inclusive. */
export function parseContentRange(header: string | undefined): ContentRange {
  const match = header ? /^\s*bytes\s+(\d+)-(\d+)(?:\/(\d+|\*))?\s*$/i.exec(header) : null;
  if (!match)
    throw new HttpProblem(
      400,
      'A chunk needs a "Content-Range: bytes {start}-{end}" header (end inclusive).',
    );
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end < start) {
    throw new HttpProblem(
      400,
      `Content-Range "${header}" is not a valid byte range: the end must be at or after the start.`,
    );
  }
  const total = match[3] !== undefined && match[3] !== '*' ? Number(match[3]) : undefined;
  return { start, end, ...(total !== undefined ? { total } : {}) };
}

export class ChunkStore {
  private readonly uploads = new Map<string, Upload>();
  private totalBytes = 0;

  constructor(private readonly limits: ChunkLimits = DEFAULT_CHUNK_LIMITS) {}

  private static key(sandbox: string, batchId: string, file: string): string {
    return `${sandbox}\n${batchId}\n${file}`;
  }

  /** Starts (or restarts, dropping earlier chunks) the upload of one file. */
  initialize(sandbox: string, batchId: string, file: string): void {
    const key = ChunkStore.key(sandbox, batchId, file);
    this.drop(key);
    if (this.uploads.size >= this.limits.maxOpenFiles) {
      throw new HttpProblem(
        413,
        `At most ${this.limits.maxOpenFiles} chunked uploads can be open at once; complete or abort some batches first.`,
      );
    }
    this.uploads.set(key, { chunks: [], bytes: 0 });
  }

  /** Keeps one chunk. Overlaps are accepted here and refused at completion, as on the platform. */
  add(sandbox: string, batchId: string, file: string, range: ContentRange, bytes: Uint8Array): void {
    const upload = this.uploads.get(ChunkStore.key(sandbox, batchId, file));
    if (!upload)
      throw new HttpProblem(
        400,
        `No chunked upload of "${file}" in batch ${batchId}: start it with POST …/files/${file}?action=INITIALIZE.`,
      );
    const expected = range.end - range.start + 1;
    if (bytes.length !== expected) {
      throw new HttpProblem(
        400,
        `Content-Range bytes ${range.start}-${range.end} announces ${expected} bytes but the body has ${bytes.length}.`,
      );
    }
    if (this.totalBytes + bytes.length > this.limits.maxTotalBytes) {
      throw new HttpProblem(
        413,
        `Chunked uploads may hold at most ${this.limits.maxTotalBytes} bytes in memory at once; complete the files already uploaded first.`,
      );
    }
    if (range.total !== undefined) upload.declaredTotal = range.total;
    upload.chunks.push({ start: range.start, end: range.end, bytes });
    upload.bytes += bytes.length;
    this.totalBytes += bytes.length;
  }

  /**
   * Stitches the chunks in order. Missing or overlapping chunks → 400 (the chunks stay, so a missing
   * one can still be sent); on success the upload is forgotten and its bytes returned as one Blob.
   */
  complete(sandbox: string, batchId: string, file: string): Blob {
    const key = ChunkStore.key(sandbox, batchId, file);
    const upload = this.uploads.get(key);
    if (!upload)
      throw new HttpProblem(
        400,
        `No chunked upload of "${file}" in batch ${batchId}: start it with POST …/files/${file}?action=INITIALIZE.`,
      );
    if (upload.chunks.length === 0)
      throw new HttpProblem(
        400,
        `No chunks were uploaded for "${file}"; send them with PATCH and a Content-Range header.`,
      );
    const sorted = [...upload.chunks].sort((a, b) => a.start - b.start || a.end - b.end);
    let next = 0;
    for (const chunk of sorted) {
      if (chunk.start < next)
        throw new HttpProblem(
          400,
          `Overlapping chunks in "${file}": bytes ${chunk.start}-${chunk.end} overlap bytes already covered up to ${next - 1}. Restart with ?action=INITIALIZE.`,
        );
      if (chunk.start > next)
        throw new HttpProblem(
          400,
          `Missing chunk in "${file}": bytes ${next}-${chunk.start - 1} were never uploaded.`,
        );
      next = chunk.end + 1;
    }
    if (upload.declaredTotal !== undefined && next !== upload.declaredTotal) {
      throw new HttpProblem(
        400,
        `Missing chunk in "${file}": bytes ${next}-${upload.declaredTotal - 1} of ${upload.declaredTotal} were never uploaded.`,
      );
    }
    this.drop(key);
    return new Blob(sorted.map((c) => c.bytes as Uint8Array<ArrayBuffer>));
  }

  /** Forgets every open upload of a batch (on batch COMPLETE, ABORT, REVERT). */
  dropBatch(sandbox: string, batchId: string): void {
    const prefix = `${sandbox}\n${batchId}\n`;
    for (const key of [...this.uploads.keys()]) if (key.startsWith(prefix)) this.drop(key);
  }

  get heldBytes(): number {
    return this.totalBytes;
  }

  private drop(key: string): void {
    const upload = this.uploads.get(key);
    if (!upload) return;
    this.totalBytes -= upload.bytes;
    this.uploads.delete(key);
  }
}
