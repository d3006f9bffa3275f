// Streaming CSV reader: charset and dialect from the first 64 KB, then rows page by page.
import { readExactly, type ByteSource } from './byte-source';
import { chooseCharset, createByteCounter, createDecoder, type CharsetChoice } from './charset';
import { CsvRowAssembler } from './csv-rows';
import { sniffCsvDialect, type CsvDialect } from './csv-sniff';
import { emptyFileError, fileError, PageCollector } from './pages';
import { readTextChunks, throwIfAborted } from './text-chunks';
import {
  DEFAULT_CHUNK_SIZE,
  DEFAULT_MAX_ROW_BYTES,
  DEFAULT_PAGE_SIZE,
  SNIFF_BYTES,
  type ReadOptions,
  type RowPage,
} from './types';

const BAD_DELIMITERS = ['\r', '\n', '\ufeff'];

/** Charset and dialect a CSV file will be read with, from the options or sniffed from its start. */
export async function resolveCsvSettings(
  source: ByteSource,
  options: Pick<ReadOptions, 'charset' | 'delimiter' | 'quote' | 'escape'>,
): Promise<{ charset: CharsetChoice; dialect: CsvDialect }> {
  const head = await readExactly(source, 0, Math.min(source.size, SNIFF_BYTES));
  const charset = chooseCharset(head, options.charset);
  const sample = createDecoder(charset.charset).decode(head.subarray(charset.bomLength), true);
  const overrides: Partial<CsvDialect> = {};
  if (options.delimiter !== undefined) overrides.delimiter = options.delimiter;
  if (options.quote !== undefined) overrides.quote = options.quote;
  if (options.escape !== undefined) overrides.escape = options.escape;
  const dialect = sniffCsvDialect(sample, overrides);
  checkDialect(dialect);
  return { charset, dialect };
}

function checkDialect(dialect: CsvDialect): void {
  if (dialect.delimiter.length === 0 || BAD_DELIMITERS.includes(dialect.delimiter)) {
    throw new RangeError(`CSV delimiter ${JSON.stringify(dialect.delimiter)} cannot be used.`);
  }
  if (dialect.delimiter === dialect.quote) throw new RangeError('CSV delimiter and quote must differ.');
  if (dialect.quote.length !== 1) throw new RangeError('CSV quote must be one character.');
  if (dialect.escape.length !== 1) throw new RangeError('CSV escape must be one character.');
}

/**
 * Reads a CSV file with a header row. Values stay strings and empty cells are left out; ragged rows
 * and quote problems become row errors. A 0-byte file gives file error 106, a blank header 118.
 */
export async function* readCsv(
  source: ByteSource,
  options: Omit<ReadOptions, 'format'> = {},
): AsyncGenerator<RowPage> {
  const collector = new PageCollector(options.pageSize ?? DEFAULT_PAGE_SIZE, source.size);
  if (source.size === 0) {
    yield collector.take(0, emptyFileError());
    return;
  }
  throwIfAborted(options.signal);
  const { charset, dialect } = await resolveCsvSettings(source, options);
  const maxRowBytes = options.maxRowBytes ?? DEFAULT_MAX_ROW_BYTES;
  const assembler = new CsvRowAssembler({
    file: source.name,
    dialect,
    counter: createByteCounter(charset.charset),
    collector,
    startByte: charset.bomLength,
    maxRowChars: maxRowBytes,
    isRawKept: options.isRawKept ?? true,
    isCellsOnly: options.isCellsOnly ?? false,
  });
  const chunks = readTextChunks(
    source,
    charset.charset,
    charset.bomLength,
    options.chunkSize ?? DEFAULT_CHUNK_SIZE,
    options.signal,
  );
  let bytesRead = charset.bomLength;
  for await (const chunk of chunks) {
    bytesRead = chunk.bytesRead;
    assembler.feed(chunk.text, chunk.isLast);
    if (assembler.fileError !== null) {
      yield collector.take(bytesRead, assembler.fileError);
      return;
    }
    while (collector.hasFullPage) {
      yield collector.take(bytesRead);
      throwIfAborted(options.signal);
    }
  }
  if (!assembler.hasHeader) {
    yield collector.take(
      bytesRead,
      fileError('118', 'CSV file contains empty header row.', charset.bomLength),
    );
    return;
  }
  yield collector.take(bytesRead);
}
