/**
 * The file loop: each input is read, decoded, extracted, rendered and written, in input
 * order. An input that fails is reported and skipped; the others go on.
 *
 * A text file is one task (file-task.ts): read, extracted, rendered and, under --out-dir,
 * written, all in one go, in this thread for --jobs 1 or in a worker of the pool for
 * `--jobs N` (N > 1 and more than one input), where this thread only hands out the paths.
 * JSONL records and stdin are read here and their texts handed out. Results are put back in
 * input order by a bounded window of pending entries: the oldest entry is written (to stdout)
 * or reported as soon as it is ready, and no new task is handed out while the window is full.
 * So output (stdout, files and stderr messages alike) is the same, byte for byte, whatever N
 * is, and memory is bounded however long the input (a JSONL stream is not read further ahead
 * than the window).
 */
import { rmSync, type ReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { decodeInput } from '../read/decode.js';
import { describeError } from '../read/fs-errors.js';
import { expandInputs, type Input, type InputProblem } from '../read/inputs.js';
import { readJsonl } from '../read/jsonl.js';
import { readInputBytes } from '../read/read-input.js';
import type { ColorLevel } from '../serialize/color.js';
import { mergeDigests, type DocumentDigest } from '../serialize/digest.js';
import type { OutputFormat } from '../serialize/formats.js';
import { HTML_INDEX_NAME, serializeHtmlIndex, type IndexEntry } from '../serialize/html-index.js';
import { openAtomicFile, tempPathFor, writeFileAtomic, type AtomicFile, type TempFiles } from './atomic-file.js';
import { createLocalExtractor, type Around, type ExtractRequest, type Extractor, type Outcome } from './extractor.js';
import type { FileOutcome, WriteGate } from './file-task.js';
import type { Io } from './io.js';
import { outputPath } from './out-path.js';
import type { StdoutSink } from './output.js';
import type { CliOptions } from './program.js';
import { noProgress, type Progress } from './progress.js';
import type { Reporter } from './reporter.js';

/** The smallest batch of text inputs for which the default --jobs starts worker threads. */
const MIN_DEFAULT_POOL = 48;

/** Everything the loop needs, decided by `main()`. */
export interface Batch {
  readonly io: Io;
  readonly options: CliOptions;
  readonly format: OutputFormat;
  /** Colour level for stdout; files under `--out-dir` are never coloured. */
  readonly colorLevel: ColorLevel;
  /** Extensions taken from directories. */
  readonly extensions: readonly string[];
  /** Absolute `--out-dir`, if given. */
  readonly outDir?: string;
  readonly stdout: StdoutSink;
  readonly reporter: Reporter;
  readonly temps: TempFiles;
  readonly progress?: Progress;
  /** True once a signal asked us to stop. */
  readonly stopped: () => boolean;
  /** Wraps each extraction done in this thread (signal handling while the event loop is blocked). */
  readonly blocking?: Around;
  /** Builds the worker pool for `--jobs` > 1 (tests give their own). */
  readonly createPool?: (size: number) => Extractor;
}

/** Entries per worker in the reorder window: enough that no worker waits for the writer. */
const WINDOW_PER_WORKER = 8;
/** The window also stops growing past this much input text (a few huge inputs). */
const WINDOW_BYTES = 64 * 1024 * 1024;

/** One step of the output, in input order: wait for `outcome`, then `finish` writes or reports. */
interface Entry {
  readonly outcome: Promise<Outcome | undefined>;
  /** Input bytes (or, for a file task, bytes of the document for stdout) held by this entry, for the window's memory bound. */
  bytes: number;
  readonly finish: (outcome: Outcome | undefined) => Promise<void> | void;
}

/** An entry that only reports something when its turn comes. */
const later = (finish: () => Promise<void> | void): Entry => ({ outcome: Promise.resolve(undefined), bytes: 0, finish });

/** Where an input's output goes: the output file under --out-dir, stdout, or refused with a message. */
type Claim = { readonly target?: string } | { readonly refused: string };

/**
 * An output file taken by an input. `kept` settles once that input's outcome is known: an input
 * that cannot be read, or is binary, gives its file up (as if it had never claimed it).
 */
interface Taken {
  readonly by: string;
  readonly kept: Promise<boolean>;
}

/** Process every argument in order. */
export async function runBatch(args: readonly string[], batch: Batch): Promise<void> {
  const { io, reporter, stdout, options } = batch;
  const progress = batch.progress ?? noProgress;
  const halted = (): boolean => stdout.closed || batch.stopped();

  // Expand every argument first: a list of paths is cheap, and its length decides whether
  // workers are worth starting and gives the progress line its total.
  const items: (Input | InputProblem)[] = [];
  for await (const item of expandInputs(args, { cwd: io.cwd, extensions: batch.extensions })) items.push(item);
  const inputs = items.filter((item): item is Input => item.kind !== 'problem');
  const jsonl = options.inputFormat === 'jsonl';

  // A single text input never starts a worker: starting one costs more than it can save. Nor, by
  // default, does a small batch: each worker loads the pipeline and warms up its own JIT, which
  // pays off only from about 50 articles on (measured: 10 files 0.51 s alone vs 0.59 s with two
  // workers; 60 files about even). An explicit --jobs is always honoured.
  const jobs = jsonl ? options.jobs : Math.min(options.jobs, options.jobsGiven || inputs.length >= MIN_DEFAULT_POOL ? inputs.length : 1);
  // Output files written in this thread are listed in `temps` while they are being written
  // (a signal handler removes them); none is started once a signal came.
  const gate: WriteGate = {
    enter(temp) {
      if (batch.stopped()) return false;
      batch.temps.add(temp);
      return true;
    },
    leave(temp) {
      batch.temps.delete(temp);
    },
  };
  // (the pool's module, with node:worker_threads, loads only when workers start: 13 ms of a cold start)
  const extractor =
    jobs > 1
      ? (batch.createPool?.(jobs) ?? (await import('./worker-pool.js')).createWorkerPool({ size: jobs, onWorkerOutput: (text) => io.stderr.write(text) }))
      : createLocalExtractor(batch.blocking, gate, batch.colorLevel > 0);
  // Before a signal handler removes the temporary files, the workers must stop writing new ones.
  const unsettle = extractor.haltWrites === undefined ? undefined : batch.temps.addSettler(() => extractor.haltWrites?.());
  const windowSize = jobs > 1 ? jobs * WINDOW_PER_WORKER : 1;

  // The reorder window. A writer task takes the oldest entry as soon as its outcome is ready and
  // writes it, while this loop reads ahead; the loop waits whenever the window is full.
  const pending: Entry[] = [];
  let pendingBytes = 0;
  let writing = false;
  let writerError: unknown;
  let waiters: (() => void)[] = [];
  const notify = (): void => {
    const wake = waiters;
    waiters = [];
    for (const resolve of wake) resolve();
  };
  const changed = (): Promise<void> => new Promise((resolve) => waiters.push(resolve));
  const pump = (): void => {
    if (writing) return;
    writing = true;
    void (async () => {
      try {
        while (pending.length > 0 && !halted()) {
          const entry = pending[0] as Entry;
          const outcome = await entry.outcome;
          pending.shift();
          pendingBytes -= entry.bytes;
          notify();
          if (!halted()) await entry.finish(outcome);
        }
      } catch (error) {
        writerError ??= error;
      } finally {
        writing = false;
        notify();
      }
    })();
  };
  /** Queue an entry; while the window is full, wait for the writer (this is the backpressure). */
  const push = async (entry: Entry): Promise<void> => {
    pending.push(entry);
    pendingBytes += entry.bytes;
    pump();
    while (!halted() && writerError === undefined && pending.length > 0 && (pending.length >= windowSize || pendingBytes > WINDOW_BYTES)) await changed();
  };
  /** Wait until everything queued is written (or the batch was halted). */
  const drain = async (): Promise<void> => {
    while (writing || (pending.length > 0 && !halted() && writerError === undefined)) {
      pump();
      await changed();
    }
  };

  const claimed = new Map<string, Taken>(); // output file → the input that writes it
  // An HTML batch under --out-dir ends with an index of its reports: its name is taken from the start.
  const indexTarget = batch.outDir !== undefined && batch.format.name === 'html' ? path.join(batch.outDir, HTML_INDEX_NAME) : undefined;
  if (indexTarget !== undefined) claimed.set(indexTarget, { by: 'the index of the reports', kept: Promise.resolve(true) });
  /** The reports written under --out-dir, in input order, for the index. */
  const reports: IndexEntry[] = [];
  const addReport = (input: Input, target: string, digest: DocumentDigest | undefined): void => {
    if (indexTarget === undefined || batch.outDir === undefined || digest === undefined) return;
    reports.push({ href: path.relative(batch.outDir, target).split(path.sep).join('/'), path: input.path, digest });
  };

  // stdout is one stream: the format's header before the first document, separators between, the footer at the end.
  const stdoutTitle = inputs.length === 1 && inputs[0]?.kind === 'file' ? inputs[0].path : undefined;
  let documentsOnStdout = 0;
  const toStdout = async (text: string): Promise<void> => {
    await stdout.write(documentsOnStdout++ > 0 ? batch.format.separator : batch.format.header(stdoutTitle));
    await stdout.write(text);
  };
  /** Claim the output file of `input`; `kept` tells whether it keeps it (see {@link Taken}). */
  const claimFile = async (input: Input, kept: Promise<boolean> = Promise.resolve(true)): Promise<Claim> => {
    if (batch.outDir === undefined) return {};
    const inputExtensions = [...batch.extensions.filter((ext) => ext !== '*'), 'txt', 'jsonl'];
    const target = outputPath(batch.outDir, input.kind === 'stdin' ? 'stdin' : input.relative, batch.format.extension, inputExtensions);
    if (target === undefined) return { refused: `${input.path}: its output would fall outside --out-dir; skipped` };
    const earlier = claimed.get(target);
    // Rare: wait for the earlier input to know whether it really holds the file.
    if (earlier !== undefined && (await earlier.kept)) return { refused: `${input.path}: ${shown(io.cwd, target)} already holds the output of ${earlier.by}; skipped` };
    if (input.kind === 'file' && path.resolve(input.fsPath) === target) return { refused: `${input.path}: the output would overwrite the input; skipped` };
    claimed.set(target, { by: input.path, kept });
    return { target };
  };
  const request = (text: string, fields: Omit<ExtractRequest, 'text' | 'types' | 'keepNonQuotations' | 'format' | 'colorLevel'>, toFile: boolean): ExtractRequest => ({
    text,
    ...fields,
    types: options.types,
    keepNonQuotations: options.keepNonQuotations,
    format: options.format,
    colorLevel: toFile ? 0 : batch.colorLevel,
  });

  /** A text input: a file is one task (file-task.ts); stdin and refused files are read here. */
  async function submitText(input: Input): Promise<void> {
    if (input.kind === 'stdin') return submitRead(input);
    let settle = (_kept: boolean): void => undefined;
    const claim = await claimFile(input, new Promise<boolean>((resolve) => (settle = resolve)));
    if ('refused' in claim) return submitRead(input, claim.refused);
    const { target } = claim;
    const output = target === undefined || batch.outDir === undefined ? undefined : { target, temp: tempPathFor(target), within: batch.outDir };
    // A pool's workers write on their own: the temporary file is listed from now on, so that a
    // signal handler can remove it whenever it comes.
    if (output !== undefined && jobs > 1) batch.temps.add(output.temp);
    let result: FileOutcome | undefined;
    const task = {
      fsPath: input.fsPath,
      request: request('', { path: input.path, whole: output !== undefined }, output !== undefined),
      ...(output === undefined ? {} : { output }),
    };
    const entry: Entry = {
      outcome: extractor.processFile(task).then(
        (outcome) => {
          result = outcome;
          settle(outcome.kind === 'processed');
          if (output !== undefined && jobs > 1) {
            batch.temps.delete(output.temp);
            // Written, or never created, but for a worker that died half-way through.
            if (outcome.kind === 'processed' && outcome.written !== true && outcome.writeError === undefined) rmSync(output.temp, { force: true });
          }
          // A document waiting for its turn on stdout counts against the window's memory bound.
          if (outcome.kind === 'processed' && outcome.outcome.ok) {
            entry.bytes = outcome.outcome.rendered.length * 2;
            pendingBytes += entry.bytes;
          }
          return undefined;
        },
        (error: unknown) => {
          settle(true);
          throw error;
        },
      ),
      bytes: 0,
      finish() {
        reportFile(input, target, result);
        if (target === undefined && result?.kind === 'processed' && result.outcome.ok) return toStdout(result.outcome.rendered);
      },
    };
    return push(entry);
  }

  /** The messages for a file task, in input order. */
  function reportFile(input: Input, target: string | undefined, result: FileOutcome | undefined): void {
    if (result?.kind === 'unreadable') return failed(`cannot read ${input.path}: ${result.reason}`);
    if (result?.kind === 'binary') return failed(`binary file skipped: ${input.path}`);
    for (const note of result?.notes ?? []) reporter.note(`${input.path}: ${note}`);
    progress.advance(1);
    if (result === undefined || !result.outcome.ok) {
      reporter.error(`cannot process ${input.path}: ${result?.outcome.ok === false ? result.outcome.reason : 'no result'}`);
    } else if (result.writeError !== undefined && target !== undefined) {
      reporter.error(`cannot write ${shown(io.cwd, target)}: ${result.writeError}`);
    } else if (target !== undefined && result.written === true) {
      addReport(input, target, result.outcome.digest);
    }
  }

  /** Stdin, or a file whose output is refused: read and decoded here (`refused`: report that instead). */
  async function submitRead(input: Input, refused?: string): Promise<void> {
    let bytes: Uint8Array;
    try {
      bytes = await readInputBytes(input, io.stdin);
    } catch (error) {
      return push(later(() => failed(`cannot read ${input.path}: ${describeError(error)}`)));
    }
    const decoded = decodeInput(bytes);
    if (decoded.kind === 'binary') return push(later(() => failed(`binary file skipped: ${input.path}`)));
    const notes = (): void => {
      for (const warning of decoded.warnings) reporter.note(`${input.path}: ${warning.message}`);
    };
    const claim: Claim = refused === undefined ? await claimFile(input) : { refused };
    if ('refused' in claim) {
      return push(later(() => {
        notes();
        failed(claim.refused);
      }));
    }
    const { target } = claim;
    const outcome = extractor.extract(
      request(decoded.text, { path: input.path, bytes, inputWarnings: decoded.warnings, whole: target !== undefined }, target !== undefined),
    );
    return push({
      outcome,
      bytes: bytes.byteLength,
      async finish(result) {
        notes();
        progress.advance(1);
        if (result === undefined || !result.ok) {
          reporter.error(`cannot process ${input.path}: ${result?.ok === false ? result.reason : 'no result'}`);
          return;
        }
        if (target === undefined) return toStdout(result.rendered);
        let file: AtomicFile | undefined;
        try {
          file = await openAtomicFile(target, batch.temps, batch.outDir);
          await file.write(result.rendered);
          await file.commit();
          addReport(input, target, result.digest);
        } catch (error) {
          await file?.abort();
          reporter.error(`cannot write ${shown(io.cwd, target)}: ${describeError(error)}`);
        }
      },
    });
  }

  // Output files of JSONL inputs still open; whatever is left when the batch ends early is removed.
  const openFiles = new Set<AtomicFile>();

  async function submitJsonl(input: Input): Promise<void> {
    let stream: NodeJS.ReadableStream;
    if (input.kind === 'stdin') {
      stream = io.stdin;
    } else {
      try {
        // Opened first so that a missing file is reported before anything is written.
        stream = (await open(input.fsPath, 'r')).createReadStream();
      } catch (error) {
        return push(later(() => failed(`cannot read ${input.path}: ${describeError(error)}`)));
      }
    }
    const closeInput = (): void => {
      if (input.kind === 'file') (stream as ReadStream).destroy();
    };
    const bytesRead = (): number => (input.kind === 'file' ? (stream as ReadStream).bytesRead : 0);
    let bytesCounted = 0;

    const claim = await claimFile(input);
    if ('refused' in claim) {
      closeInput();
      return push(later(() => failed(claim.refused)));
    }
    const { target } = claim;
    let file: AtomicFile | undefined;
    if (target !== undefined) {
      try {
        file = await openAtomicFile(target, batch.temps, batch.outDir);
        openFiles.add(file);
        // One file holds every record of the input: one header for all of them.
        await file.write(batch.format.header(input.path));
      } catch (error) {
        await file?.abort();
        closeInput();
        return push(later(() => failed(`cannot write ${shown(io.cwd, target)}: ${describeError(error)}`)));
      }
    }
    // Records go to stdout as soon as each is ready; to a file, joined by the format's separator.
    let written = 0;
    const digests: DocumentDigest[] = [];
    let broken = false; // writing the output file failed: the rest of this input is skipped
    const write = async (text: string): Promise<void> => {
      if (file === undefined) return toStdout(text);
      try {
        await file.write(written++ === 0 ? text : batch.format.separator + text);
      } catch (error) {
        broken = true;
        await file.abort();
        failed(`cannot write ${shown(io.cwd, file.target)}: ${describeError(error)}`);
      }
    };

    try {
      for await (const line of readJsonl(stream)) {
        if (halted() || broken) break;
        if (!line.ok) {
          const message = `${input.path}:${line.line}: bad record: ${line.reason}`;
          await push(later(() => failed(message)));
          continue;
        }
        const { id, text } = line.record;
        const where = `${input.path}:${line.line}`;
        await push({
          outcome: extractor.extract(request(text, { path: input.path, id }, file !== undefined)),
          bytes: text.length * 2,
          async finish(result) {
            if (broken) return;
            // JSONL progress counts bytes read from the files against their total size.
            const seen = bytesRead();
            progress.advance(1, seen - bytesCounted);
            bytesCounted = seen;
            if (result === undefined || !result.ok) reporter.error(`cannot process ${where}: ${result?.ok === false ? result.reason : 'no result'}`);
            else {
              await write(result.rendered);
              if (result.digest !== undefined) digests.push(result.digest);
            }
          },
        });
      }
      await push(later(async () => {
        if (broken || file === undefined) return;
        openFiles.delete(file);
        try {
          await file.write(batch.format.footer);
          await file.commit();
          addReport(input, file.target, mergeDigests(digests));
        } catch (error) {
          await file.abort();
          failed(`cannot write ${shown(io.cwd, file.target)}: ${describeError(error)}`);
        }
      }));
    } catch (error) {
      // A file whose input broke off half-way is not written at all, like any other failed input.
      await push(later(async () => {
        await file?.abort();
        failed(`cannot read ${input.path}: ${describeError(error)}`);
      }));
    } finally {
      closeInput();
      // Stopped early: whatever has not been committed is removed.
      if (halted()) await file?.abort();
    }
  }

  function failed(message: string): void {
    reporter.error(message);
  }

  if (jsonl) {
    const sizes = await Promise.all(inputs.map((input) => (input.kind === 'file' ? stat(input.fsPath).then((info) => info.size, () => 0) : undefined)));
    if (sizes.every((size) => size !== undefined)) progress.setTotal(sizes.reduce<number>((sum, size) => sum + (size ?? 0), 0));
  } else {
    progress.setTotal(inputs.length);
  }

  try {
    for (const item of items) {
      if (halted()) break;
      if (item.kind === 'problem') await push(later(() => failed(item.message)));
      else if (jsonl) await submitJsonl(item);
      else await submitText(item);
      if (writerError !== undefined) break;
    }
    await drain();
    if (writerError !== undefined) throw writerError;
    if (documentsOnStdout > 0 && !halted()) await stdout.write(batch.format.footer);
    if (indexTarget !== undefined && !halted()) {
      try {
        await writeFileAtomic(indexTarget, serializeHtmlIndex(reports), batch.temps);
      } catch (error) {
        failed(`cannot write ${shown(io.cwd, indexTarget)}: ${describeError(error)}`);
      }
    }
  } finally {
    progress.finish();
    await extractor.close();
    unsettle?.();
    for (const file of openFiles) await file.abort();
  }
}

/** A path for messages: relative to the working directory when it is below it. */
function shown(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
