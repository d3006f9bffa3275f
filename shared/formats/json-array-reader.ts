// Streaming multi-line JSON reader (isMultiLineJson: true): one top-level array read element by element.
import { readExactly, type ByteSource } from './byte-source';
import { chooseCharset, createByteCounter } from './charset';
import { JsonArrayScanner } from './json-array-scanner';
import { emptyFileError, PageCollector } from './pages';
import { readTextChunks, throwIfAborted } from './text-chunks';
import {
  DEFAULT_CHUNK_SIZE,
  DEFAULT_MAX_ROW_BYTES,
  DEFAULT_PAGE_SIZE,
  SNIFF_BYTES,
  type ReadOptions,
  type RowPage,
} from './types';

/**
 * Reads a multi-line JSON file: a top-level array of objects (or one object, read as one record).
 * Bad elements are row errors; a truncated file ends with file error JSON-TRUNCATED naming the byte.
 */
export async function* readJsonArray(
  source: ByteSource,
  options: Omit<ReadOptions, 'format'> = {},
): AsyncGenerator<RowPage> {
  const collector = new PageCollector(options.pageSize ?? DEFAULT_PAGE_SIZE, source.size);
  if (source.size === 0) {
    yield collector.take(0, emptyFileError());
    return;
  }
  throwIfAborted(options.signal);
  const head = await readExactly(source, 0, Math.min(source.size, SNIFF_BYTES));
  const { charset, bomLength } = chooseCharset(head, options.charset);
  const scanner = new JsonArrayScanner(
    source.name,
    createByteCounter(charset),
    collector,
    bomLength,
    options.maxRowBytes ?? DEFAULT_MAX_ROW_BYTES,
    options.isRawKept ?? true,
  );
  let bytesRead = bomLength;
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  for await (const chunk of readTextChunks(source, charset, bomLength, chunkSize, options.signal)) {
    bytesRead = chunk.bytesRead;
    scanner.feed(chunk.text, chunk.isLast, source.size);
    if (scanner.fileError !== null) break;
    while (collector.hasFullPage) {
      yield collector.take(bytesRead);
      throwIfAborted(options.signal);
    }
  }
  while (collector.hasFullPage) yield collector.take(bytesRead);
  yield scanner.fileError !== null ? collector.take(bytesRead, scanner.fileError) : collector.take(bytesRead);
}
