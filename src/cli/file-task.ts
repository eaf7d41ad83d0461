/**
 * One text file from start to finish: read, decode, extract, render and, under `--out-dir`,
 * write atomically. All of it is synchronous and runs wherever the extraction runs: in a worker
 * of the `--jobs` pool, or in the main thread for `--jobs 1`. So both take the same path and
 * write the same bytes, and the main thread of a pool only hands out paths and puts the
 * results (messages, or documents for stdout) back in input order.
 *
 * Synchronous file calls are the fast choice here: a batch is hundreds of small files, and each
 * asynchronous call is a round trip through libuv's thread pool (a `--jobs 1` run over 840
 * articles spent more than a second waiting on them).
 */
import { readFileSync } from 'node:fs';
import { decodeInput } from '../read/decode.js';
import { describeError } from '../read/fs-errors.js';
import { writeFileAtomicSync, type AtomicOutput } from './atomic-file.js';
import type { Around, ExtractRequest, Outcome } from './extractor.js';

/** What a worker (or the main thread) needs to process one file. */
export interface FileTask {
  /** Absolute path of the input. */
  readonly fsPath: string;
  /** The request, but for what comes from the file (text, bytes and decoding warnings). */
  readonly request: Omit<ExtractRequest, 'text' | 'bytes' | 'inputWarnings'>;
  /** Under `--out-dir`: where the document goes; without it, it is returned for stdout. */
  readonly output?: AtomicOutput;
}

/** What became of a file task. Messages are made by the caller, in input order. */
export type FileOutcome =
  | { readonly kind: 'unreadable'; readonly reason: string }
  | { readonly kind: 'binary' }
  | {
      readonly kind: 'processed';
      /** Decoding warnings, for `PATH: MESSAGE` notes. */
      readonly notes: readonly string[];
      /** The document for stdout (no `output`), or why there is none. */
      readonly outcome: Outcome;
      /** The output file is in place. */
      readonly written?: true;
      /** Why the output file could not be written. */
      readonly writeError?: string;
    };

/**
 * Brackets every output-file write. `enter` returns false to skip the write (the process is
 * stopping); `leave` is called after the temporary file is renamed or removed.
 */
export interface WriteGate {
  enter(temp: string): boolean;
  leave(temp: string): void;
}

/** How {@link FileProcessor} runs one task. */
export interface FileTaskOptions {
  /** Wraps the extraction (not the reading or writing): see `Batch.blocking`. */
  readonly around?: Around;
  readonly gate?: WriteGate;
}

/**
 * Processes file tasks in two steps: `read` (read and decode; the outcome at once for a file
 * that cannot be read or is binary), then the returned `finish` (extract, render, write).
 * The main thread lets its event loop run between the two, just before the extraction blocks it.
 */
export interface FileProcessor {
  read(task: FileTask): FileOutcome | ((options?: FileTaskOptions) => FileOutcome);
  /** Both steps at once. */
  run(task: FileTask, options?: FileTaskOptions): FileOutcome;
}

/** The outcome of a write that the gate refused (the process is stopping). */
const STOPPED = 'stopped';

/** A file processor around a request processor (directories checked once per processor). */
export function createFileProcessor(processRequest: (request: ExtractRequest) => Outcome): FileProcessor {
  const verified = new Set<string>();
  const read: FileProcessor['read'] = (task) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(task.fsPath);
    } catch (error) {
      return { kind: 'unreadable', reason: describeError(error) };
    }
    const decoded = decodeInput(bytes);
    if (decoded.kind === 'binary') return { kind: 'binary' };
    const notes = decoded.warnings.map((warning) => warning.message);
    const request: ExtractRequest = { ...task.request, text: decoded.text, bytes, inputWarnings: decoded.warnings };
    return (options = {}) => {
      const around = options.around ?? ((work) => work());
      const outcome = around(() => processRequest(request));
      if (task.output === undefined || !outcome.ok) return { kind: 'processed', notes, outcome };
      const { gate } = options;
      const { temp } = task.output;
      if (gate !== undefined && !gate.enter(temp)) return { kind: 'processed', notes, outcome: { ok: false, reason: STOPPED } };
      try {
        writeFileAtomicSync(task.output, outcome.rendered, verified);
      } catch (error) {
        return { kind: 'processed', notes, outcome: { ok: true, rendered: '' }, writeError: describeError(error) };
      } finally {
        gate?.leave(temp);
      }
      // The document is in its file; only its digest (for an index of the reports) goes back.
      return { kind: 'processed', notes, outcome: { ...outcome, rendered: '' }, written: true };
    };
  };
  return {
    read,
    run(task, options) {
      const step = read(task);
      return typeof step === 'function' ? step(options) : step;
    },
  };
}
