// Files in the desktop host: the UI gets them from main (open dialog, or the paths of dropped files)
// as DesktopFile objects, and hands the engine plain references that the engine window reads back
// through main's app://bundle/user-files/<token> handler with Range requests.
import type { HandlerLookup } from '../../shared/contract';
import type { DesktopApi, DesktopFileRef } from '../../shared/contract/desktop-api';
import type { BlobLike } from '../../shared/formats/blob-byte-source';
import { byteSourceAsBlob, fetchByteSource, type FetchLike } from '../../shared/formats/fetch-byte-source';

/** What the import wizard holds for a chosen file: a web `File`, or a DesktopFile in the desktop app. */
export interface PickedFile extends BlobLike {
  readonly name: string;
  readonly size: number;
}

const USER_FILE_BASE = 'app://bundle/user-files/';

export function isDesktopFileRef(value: unknown): value is DesktopFileRef {
  if (typeof value !== 'object' || value === null) return false;
  const ref = value as Partial<DesktopFileRef>;
  return (
    ref.kind === 'desktop-file' &&
    typeof ref.url === 'string' &&
    ref.url.startsWith(USER_FILE_BASE) &&
    typeof ref.name === 'string' &&
    typeof ref.size === 'number' &&
    Number.isSafeInteger(ref.size) &&
    ref.size >= 0
  );
}

/** A file registered in main; readable in any app window that knows its reference. */
export class DesktopFile implements PickedFile {
  constructor(
    readonly ref: DesktopFileRef,
    private readonly fetcher: FetchLike = (url, init) => fetch(url, init),
  ) {}

  get name(): string {
    return this.ref.name;
  }

  get size(): number {
    return this.ref.size;
  }

  slice(start?: number, end?: number) {
    return byteSourceAsBlob(
      fetchByteSource(this.ref.url, { name: this.name, size: this.size, fetch: this.fetcher }),
    ).slice(start, end);
  }
}

/** Replaces a DesktopFile in a call's `file` argument with its plain reference (what crosses to the engine). */
export function toWireArgs<T>(args: T): T {
  if (typeof args !== 'object' || args === null || !('file' in args)) return args;
  const file = (args as { file: unknown }).file;
  return file instanceof DesktopFile ? ({ ...args, file: file.ref } as T) : args;
}

/**
 * Engine window side: a `file` argument that is a DesktopFileRef becomes a BlobLike read with Range
 * requests, so the engine's methods (which read a `file` through blobByteSource) run unchanged.
 */
export function withDesktopFiles(handlers: HandlerLookup, fetcher: FetchLike): HandlerLookup {
  return {
    get(method) {
      const handler = handlers.get(method);
      if (!handler) return undefined;
      return (args) => {
        if (typeof args === 'object' && args !== null && 'file' in args) {
          const file = (args as { file: unknown }).file;
          if (isDesktopFileRef(file)) {
            const source = fetchByteSource(file.url, { name: file.name, size: file.size, fetch: fetcher });
            return handler({ ...args, file: byteSourceAsBlob(source) });
          }
        }
        return handler(args);
      };
    },
  };
}

export interface DesktopFilePicker {
  /** The open dialog in main; no files when cancelled. */
  open(): Promise<DesktopFile[]>;
  /** Registers files dropped on the page (their paths are read in the preload). */
  fromDrop(files: File[]): Promise<DesktopFile[]>;
}

/** The desktop host's picker, or undefined in the web host (where the Worker reads `File`s directly). */
export function desktopFilePicker(
  api: Pick<DesktopApi, 'files'> | undefined = globalThis.window?.profileStager,
): DesktopFilePicker | undefined {
  const files = api?.files;
  if (!files) return undefined;
  return {
    open: async () => (await files.open()).map((ref) => new DesktopFile(ref)),
    fromDrop: async (dropped) => (await files.fromDrop(dropped)).map((ref) => new DesktopFile(ref)),
  };
}
