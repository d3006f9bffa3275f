// Parquet reader over hyparquet: footer first, then one row group at a time, rows made plain.
import { parquetMetadataAsync, parquetReadObjects, type AsyncBuffer, type FileMetaData } from 'hyparquet';
import { readExactly, type ByteSource } from './byte-source';
import { emptyFileError, fileError, PageCollector } from './pages';
import { ISO_PARSERS, normalizeRecord } from './parquet-values';
import { throwIfAborted } from './text-chunks';
import { DEFAULT_PAGE_SIZE, type FileError, type ReadOptions, type RowPage } from './types';

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"
/** First footer fetch; hyparquet fetches the rest when the metadata is larger. */
const FOOTER_FETCH_BYTES = 64 * 1024;

/** An hyparquet AsyncBuffer over a ByteSource that counts the bytes fetched. */
export function asyncBufferFromSource(
  source: ByteSource,
  onRead: (bytes: number) => void = () => {},
): AsyncBuffer {
  return {
    byteLength: source.size,
    async slice(start: number, end?: number): Promise<ArrayBuffer> {
      const bytes = await readExactly(source, start, end ?? source.size);
      onRead(bytes.byteLength);
      if (
        bytes.byteOffset === 0 &&
        bytes.byteLength === bytes.buffer.byteLength &&
        bytes.buffer instanceof ArrayBuffer
      ) {
        return bytes.buffer;
      }
      return bytes.slice().buffer;
    },
  };
}

function hasMagic(bytes: Uint8Array): boolean {
  return MAGIC.every((byte, i) => bytes[i] === byte);
}

/** Checks both "PAR1" marks, then parses the footer; returns the metadata or a file error. */
async function readFooter(source: ByteSource, file: AsyncBuffer): Promise<FileMetaData | FileError> {
  if (source.size < 12) {
    return fileError(
      'PARQUET-INVALID-MAGIC',
      `${source.name} is ${source.size} bytes, too small to be a Parquet file.`,
      0,
    );
  }
  const head = await readExactly(source, 0, 4);
  const tail = await readExactly(source, source.size - 4, source.size);
  if (!hasMagic(head) || !hasMagic(tail)) {
    const where = !hasMagic(head) ? 'start' : 'end';
    return fileError(
      'PARQUET-INVALID-MAGIC',
      `${source.name} does not ${where} with the Parquet marker "PAR1"${where === 'end' ? ', so it is probably truncated' : ''}. Upload a complete Parquet file, or choose the format that matches it.`,
      where === 'start' ? 0 : source.size - 4,
    );
  }
  try {
    return await parquetMetadataAsync(file, { parsers: ISO_PARSERS, initialFetchSize: FOOTER_FETCH_BYTES });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fileError(
      'PARQUET-CORRUPT-FOOTER',
      `The Parquet footer (file metadata) of ${source.name} cannot be read: ${reason}. The file is corrupt or truncated; write it again and upload it.`,
      source.size - 8,
    );
  }
}

/**
 * Reads a Parquet file row group by row group (never the whole file at once). INT64 becomes a number
 * when safe and a decimal string otherwise; TIMESTAMP and DATE become ISO strings; top-level nulls
 * are left out. A bad magic or footer, or an undecodable row group, ends the file with a file error.
 */
export async function* readParquet(
  source: ByteSource,
  options: Pick<ReadOptions, 'pageSize' | 'signal'> = {},
): AsyncGenerator<RowPage> {
  const collector = new PageCollector(options.pageSize ?? DEFAULT_PAGE_SIZE, source.size);
  if (source.size === 0) {
    yield collector.take(0, emptyFileError());
    return;
  }
  throwIfAborted(options.signal);
  let bytesRead = 0;
  const file = asyncBufferFromSource(source, (bytes) => {
    bytesRead = Math.min(source.size, bytesRead + bytes);
  });
  const metadata = await readFooter(source, file);
  if ('code' in metadata) {
    yield collector.take(bytesRead, metadata);
    return;
  }
  let rowStart = 0;
  for (const [index, group] of metadata.row_groups.entries()) {
    throwIfAborted(options.signal);
    const rowEnd = rowStart + Number(group.num_rows);
    let rows: Record<string, unknown>[];
    try {
      rows = await parquetReadObjects({ file, metadata, rowStart, rowEnd, parsers: ISO_PARSERS });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const problem = fileError(
        'PARQUET-CORRUPT-ROW-GROUP',
        `Row group ${index + 1} of ${metadata.row_groups.length} (rows ${rowStart + 1}–${rowEnd}) of ${source.name} cannot be decoded: ${reason}. The file is corrupt; write it again and upload it.`,
        null,
      );
      while (collector.hasFullPage) yield collector.take(bytesRead);
      yield collector.take(bytesRead, problem);
      return;
    }
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (row === undefined) continue;
      collector.push({
        file: source.name,
        row: rowStart + i + 1,
        line: null,
        offset: null,
        value: normalizeRecord(row),
      });
    }
    rowStart = rowEnd;
    while (collector.hasFullPage) {
      yield collector.take(bytesRead);
      throwIfAborted(options.signal);
    }
  }
  yield collector.take(bytesRead);
}
