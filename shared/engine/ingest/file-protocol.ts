// Messages between the engine and a file worker: a second thread that reads, parses, maps, validates
// and serialises one file of a batch (processFile) while the engine's thread stores the pages it hands
// back and applies Profile. The worker holds no database: it asks the engine for the file's bytes and
// for each page to be stored, and waits for the answer, so pages keep their order and a slow store
// holds the worker back (at most `WORKER_WRITES_IN_FLIGHT` pages in flight).
import type { EngineErrorCode } from '../../contract/errors';
import type { BlobLike } from '../../formats/blob-byte-source';
import type { XdmValidatorOptions } from '../../xdm/validate';
import type { EventIndexInputs } from '../profile/event-index';
import type { PlanColumn } from './mapping';
import type { PageEventIndex } from './pages';
import type { FileReading, FileResult } from './process-file';

/** One file to ingest, as plain data (structured-cloneable). */
export interface FileWorkSpec extends FileReading {
  batchId: string;
  name: string;
  size: number;
  /**
   * The schema's validator options; the worker compiles (and keeps) the validator. The clock is the
   * engine's time when the file started: the future-timestamp rule compares every row with it.
   */
  validator: Omit<XdmValidatorOptions, 'now'> & { nowMs: number };
  /** Set when the batch's pages carry Profile's event index. */
  index?: EventIndexInputs;
  /**
   * The file itself when the host can hand it to another thread (a browser File or Blob, a node Blob
   * in memory): the worker reads it directly. Otherwise (a node file-backed Blob cannot be cloned) the
   * worker asks the engine for each range of bytes.
   */
  file?: BlobLike;
}

/** A page as the worker hands it over: the record to add to `batchPages` or `batchErrors`. */
export interface PageRecord {
  batchId: string;
  count: number;
  rows: string;
  codes?: Record<string, number>;
  plans?: Record<string, PlanColumn[]>;
  ix?: PageEventIndex;
}

export interface FileProgress {
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
  rowsFailed: number;
}

/** Engine → worker. */
export type ToFileWorker =
  | { type: 'start'; spec: FileWorkSpec }
  | { type: 'bytes'; id: number; bytes: ArrayBuffer }
  | { type: 'bytes-failed'; id: number; message: string }
  | { type: 'stored'; seq: number }
  | { type: 'store-failed'; seq: number; message: string }
  | { type: 'cancel' };

/** Worker → engine. */
export type FromFileWorker =
  | { type: 'read'; id: number; start: number; end: number }
  | { type: 'page'; seq: number; table: 'batchPages' | 'batchErrors'; page: PageRecord }
  | { type: 'progress'; progress: FileProgress }
  | { type: 'done'; result: FileResult }
  | { type: 'failed'; message: string; code?: EngineErrorCode };

/** One side of the channel, whatever the host's threads are (a Web Worker, a `worker_threads` Worker). */
export interface FileChannel<In, Out> {
  post(message: Out, transfer?: ArrayBuffer[]): void;
  /** Sets the one handler of incoming messages (replacing the previous job's). */
  listen(handler: (message: In) => void): void;
}

/** The engine's side of one file worker thread. */
export interface FileThread extends FileChannel<FromFileWorker, ToFileWorker> {
  /** Sets the one handler called if the thread dies (an uncaught error, an exit), with what is known of why. */
  onExit(handler: (reason: string) => void): void;
  /** Whether the thread keeps its process alive (node: while it has a job, not while idle). */
  hold(isHeld: boolean): void;
  terminate(): void;
}

/** How a host starts file workers, and from what file size they are worth it. */
export interface FileWorkerHost {
  /** Files smaller than this are read on the engine's thread (starting a thread costs more). */
  minBytes: number;
  spawn(): FileThread;
}
