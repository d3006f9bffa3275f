// Streaming JSON Lines reader: one object per line, blank lines skipped, bad lines become row errors.
import { readExactly, type ByteSource } from './byte-source';
import { chooseCharset, createByteCounter, type ByteCounter } from './charset';
import { describeJsonKind, exceedsJsonDepth, isJsonObject, jsonErrorText } from './json-values';
import { describePlace, emptyFileError, PageCollector, rowError } from './pages';
import { readTextChunks, throwIfAborted } from './text-chunks';
import {
  DEFAULT_CHUNK_SIZE,
  DEFAULT_MAX_ROW_BYTES,
  DEFAULT_PAGE_SIZE,
  MAX_JSON_DEPTH,
  SNIFF_BYTES,
  type ReadOptions,
  type RowPage,
} from './types';

/** Splits decoded text into lines across chunks and parses each non-blank line as one JSON object. */
class JsonLinesAssembler {
  private pending = '';
  private line = 1;
  private byte: number;
  private row = 0;
  /** True while discarding the rest of an over-long line. */
  private isSkipping = false;

  constructor(
    private readonly file: string,
    private readonly counter: ByteCounter,
    private readonly collector: PageCollector,
    startByte: number,
    private readonly maxRowChars: number,
    private readonly isRawKept: boolean,
  ) {
    this.byte = startByte;
  }

  feed(text: string, isLast: boolean): void {
    const pending = this.pending.length === 0 ? text : this.pending + text;
    this.counter.prepare(pending);
    let start = 0;
    for (;;) {
      const breakAt = pending.indexOf('\n', start);
      if (breakAt === -1) break;
      if (this.isSkipping) this.isSkipping = false;
      else this.handleLine(pending, start, breakAt);
      this.byte += this.counter.count(pending, start, breakAt + 1);
      this.line++;
      start = breakAt + 1;
    }
    if (isLast) {
      if (start < pending.length && !this.isSkipping) this.handleLine(pending, start, pending.length);
      this.pending = '';
      return;
    }
    if (pending.length - start > this.maxRowChars) {
      if (!this.isSkipping) this.tooLarge(pending, start);
      this.byte += this.counter.count(pending, start, pending.length);
      this.isSkipping = true;
      this.pending = '';
      return;
    }
    this.pending = start === 0 ? pending : pending.slice(start);
  }

  private handleLine(text: string, start: number, end: number): void {
    const lineEnd = end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    const lineText = text.slice(start, lineEnd);
    if (isBlank(lineText)) return;
    this.row++;
    if (lineText.length > 2 * MAX_JSON_DEPTH && exceedsJsonDepth(lineText, MAX_JSON_DEPTH)) {
      this.fail(
        'json-too-deep',
        `nests objects or arrays deeper than ${MAX_JSON_DEPTH} levels. Flatten the record and resend`,
        lineText,
      );
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(lineText);
    } catch (error) {
      this.fail(
        'json-syntax',
        `is not valid JSON (${jsonErrorText(error)}). Each line must hold one complete JSON object; fix the line and resend`,
        lineText,
      );
      return;
    }
    if (!isJsonObject(value)) {
      this.fail(
        'json-not-object',
        `is ${describeJsonKind(value)}, not an object. Each line must hold one JSON object ({...}); wrap the value in an object or remove the line`,
        lineText,
      );
      return;
    }
    const { file, row, line, byte: offset } = this;
    if (this.isRawKept) this.collector.push({ file, row, line, offset, value, raw: lineText });
    else this.collector.push({ file, row, line, offset, value });
  }

  private tooLarge(text: string, start: number): void {
    this.row++;
    this.fail(
      'row-too-large',
      `is longer than ${this.maxRowChars} characters without a line break. Split the record or check that lines end with \\n; the line was skipped`,
      text.slice(start, start + 1024),
    );
  }

  private fail(reason: Parameters<typeof rowError>[0], detail: string, raw: string): void {
    const message = `${describePlace(this.row, this.line, this.byte)} ${detail}.`;
    this.collector.push({
      file: this.file,
      row: this.row,
      line: this.line,
      offset: this.byte,
      error: rowError(reason, message, raw),
    });
  }
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d && code !== 0x0a) return false;
  }
  return true;
}

/** Reads a JSON Lines file: each non-blank line one JSON object; a UTF-8 BOM is tolerated. */
export async function* readJsonLines(
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
  const assembler = new JsonLinesAssembler(
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
    assembler.feed(chunk.text, chunk.isLast);
    while (collector.hasFullPage) {
      yield collector.take(bytesRead);
      throwIfAborted(options.signal);
    }
  }
  yield collector.take(bytesRead);
}
