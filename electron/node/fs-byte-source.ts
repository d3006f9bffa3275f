// A ByteSource over a local file through fs/promises FileHandle.read, for the desktop and CLI hosts.
import { open, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ByteSource } from '../../shared/formats/byte-source';

/** A ByteSource that owns an open file handle; call `close()` when done. */
export interface FileByteSource extends ByteSource {
  readonly path: string;
  close(): Promise<void>;
}

/**
 * Opens `path` read-only and serves byte ranges with positioned reads (no shared file cursor, so
 * concurrent reads are safe). `name` defaults to the file's base name. The size is taken at open.
 */
export async function openFileByteSource(
  path: string,
  name: string = basename(path),
): Promise<FileByteSource> {
  const handle: FileHandle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    return {
      name,
      path,
      size,
      async read(start, end) {
        const from = Math.max(0, Math.min(start, size));
        const length = Math.max(0, Math.min(end, size) - from);
        const buffer = new Uint8Array(length);
        let filled = 0;
        while (filled < length) {
          const { bytesRead } = await handle.read(buffer, filled, length - filled, from + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return filled === length ? buffer : buffer.subarray(0, filled);
      },
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** Opens a file source, runs `use`, and always closes the handle. */
export async function withFileByteSource<T>(
  path: string,
  use: (source: FileByteSource) => Promise<T>,
): Promise<T> {
  const source = await openFileByteSource(path);
  try {
    return await use(source);
  } finally {
    await source.close();
  }
}
