// A ByteSource over a web Blob or File, using only Blob.slice().arrayBuffer().
import type { ByteSource } from './byte-source';

/** The part of Blob/File the source uses, typed structurally so shared/ needs no DOM lib. */
export interface BlobLike {
  readonly size: number;
  readonly name?: string;
  slice(start?: number, end?: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

/** A ByteSource reading a Blob or File slice by slice; `name` defaults to the File's name. */
export function blobByteSource(blob: BlobLike, name?: string): ByteSource {
  return {
    name: name ?? blob.name ?? 'blob',
    size: blob.size,
    async read(start, end) {
      const buffer = await blob.slice(start, Math.min(end, blob.size)).arrayBuffer();
      return new Uint8Array(buffer);
    },
  };
}
