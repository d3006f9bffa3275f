// Public surface of the streaming file readers (CSV, JSON Lines, multi-line JSON, Parquet).
export type { ByteSource } from './byte-source';
export { memoryByteSource, limitReadSize, readExactly } from './byte-source';
export type { BlobLike } from './blob-byte-source';
export { blobByteSource } from './blob-byte-source';
export type { CharsetChoice, CharsetReason } from './charset';
export { chooseCharset, normalizeCharset } from './charset';
export type { CsvDialect, CsvNewline } from './csv-sniff';
export { sniffCsvDialect, CSV_DELIMITER_CANDIDATES } from './csv-sniff';
export { readCsv, resolveCsvSettings } from './csv-reader';
export { readJsonLines } from './json-lines-reader';
export { readJsonArray } from './json-array-reader';
export { readParquet, asyncBufferFromSource } from './parquet-reader';
export type { DetectedFormat } from './detect-format';
export { detectFormat } from './detect-format';
export { readRows } from './read-rows';
export * from './types';
