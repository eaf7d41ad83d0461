/**
 * The file loop: each input is read, decoded, extracted, rendered and written, in input
 * order. An input that fails is reported and skipped; the others go on.
 */
import type { ReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { extractQuotes } from '../extract.js';
import { decodeInput } from '../read/decode.js';
import { describeError } from '../read/fs-errors.js';
import { expandInputs, type Input } from '../read/inputs.js';
import { readJsonl } from '../read/jsonl.js';
import { readInputBytes } from '../read/read-input.js';
import type { Document } from '../schema/document.js';
import { renderDocument, type OutputFormat } from '../serialize/formats.js';
import { openAtomicFile, type AtomicFile, type TempFiles } from './atomic-file.js';
import type { Io } from './io.js';
import { outputPath } from './out-path.js';
import type { StdoutSink } from './output.js';
import type { CliOptions } from './program.js';
import type { Reporter } from './reporter.js';

/** Everything the loop needs, decided by `main()`. */
export interface Batch {
  readonly io: Io;
  readonly options: CliOptions;
  readonly format: OutputFormat;
  /** Colours for stdout; files under `--out-dir` are never coloured. */
  readonly chalk: ChalkInstance;
  readonly plain: ChalkInstance;
  /** Extensions taken from directories. */
  readonly extensions: readonly string[];
  /** Absolute `--out-dir`, if given. */
  readonly outDir?: string;
  readonly stdout: StdoutSink;
  readonly reporter: Reporter;
  readonly temps: TempFiles;
  /** True once a signal asked us to stop. */
  readonly stopped: () => boolean;
}

/** Process every argument in order. */
export async function runBatch(args: readonly string[], batch: Batch): Promise<void> {
  const { io, reporter, stdout } = batch;
  const claimed = new Map<string, string>(); // output file → the input that wrote it
  let documentsOnStdout = 0;

  const destination: Destination = {
    async toStdout(text) {
      if (documentsOnStdout++ > 0) await stdout.write(batch.format.separator);
      await stdout.write(text);
    },
    claimFile(input) {
      if (batch.outDir === undefined) return undefined;
      const inputExtensions = [...batch.extensions.filter((ext) => ext !== '*'), 'txt', 'jsonl'];
      const target = outputPath(batch.outDir, input.kind === 'stdin' ? 'stdin' : input.relative, batch.format.extension, inputExtensions);
      if (target === undefined) {
        reporter.error(`${input.path}: its output would fall outside --out-dir; skipped`);
        return null;
      }
      const earlier = claimed.get(target);
      if (earlier !== undefined) {
        reporter.error(`${input.path}: ${shown(io.cwd, target)} already holds the output of ${earlier}; skipped`);
        return null;
      }
      if (input.kind === 'file' && path.resolve(input.fsPath) === target) {
        reporter.error(`${input.path}: the output would overwrite the input; skipped`);
        return null;
      }
      claimed.set(target, input.path);
      return target;
    },
  };

  for await (const item of expandInputs(args, { cwd: io.cwd, extensions: batch.extensions })) {
    if (stdout.closed || batch.stopped()) return;
    if (item.kind === 'problem') {
      reporter.error(item.message);
      continue;
    }
    if (batch.options.inputFormat === 'jsonl') await processJsonl(item, batch, destination);
    else await processText(item, batch, destination);
  }
}

interface Destination {
  toStdout(text: string): Promise<void>;
  /** The output file for an input under --out-dir; undefined without --out-dir; null if refused. */
  claimFile(input: Input): string | undefined | null;
}

async function processText(input: Input, batch: Batch, destination: Destination): Promise<void> {
  const { reporter } = batch;
  let bytes: Uint8Array;
  try {
    bytes = await readInputBytes(input, batch.io.stdin);
  } catch (error) {
    reporter.error(`cannot read ${input.path}: ${describeError(error)}`);
    return;
  }
  const decoded = decodeInput(bytes);
  if (decoded.kind === 'binary') {
    reporter.error(`binary file skipped: ${input.path}`);
    return;
  }
  for (const warning of decoded.warnings) reporter.note(`${input.path}: ${warning.message}`);

  const target = destination.claimFile(input);
  if (target === null) return;
  const chalk = target === undefined ? batch.chalk : batch.plain;
  const rendered = render(input.path, () => extractQuotes(decoded.text, {
    path: input.path,
    bytes,
    types: batch.options.types,
    inputWarnings: decoded.warnings,
  }), batch, chalk);
  if (rendered === undefined) return;

  if (target === undefined) {
    await destination.toStdout(rendered);
    return;
  }
  let file: AtomicFile | undefined;
  try {
    file = await openAtomicFile(target, batch.temps);
    await file.write(rendered);
    await file.commit();
  } catch (error) {
    await file?.abort();
    reporter.error(`cannot write ${shown(batch.io.cwd, target)}: ${describeError(error)}`);
  }
}

async function processJsonl(input: Input, batch: Batch, destination: Destination): Promise<void> {
  const { reporter } = batch;
  let stream: NodeJS.ReadableStream;
  if (input.kind === 'stdin') {
    stream = batch.io.stdin;
  } else {
    try {
      // Opened first so that a missing file is reported before anything is written.
      stream = (await open(input.fsPath, 'r')).createReadStream();
    } catch (error) {
      reporter.error(`cannot read ${input.path}: ${describeError(error)}`);
      return;
    }
  }
  const closeInput = (): void => {
    if (input.kind === 'file') (stream as ReadStream).destroy();
  };

  const target = destination.claimFile(input);
  if (target === null) return closeInput();
  let file: AtomicFile | undefined;
  if (target !== undefined) {
    try {
      file = await openAtomicFile(target, batch.temps);
    } catch (error) {
      reporter.error(`cannot write ${shown(batch.io.cwd, target)}: ${describeError(error)}`);
      return closeInput();
    }
  }

  // Records go to stdout as soon as each is ready; to a file, joined by the format's separator.
  let written = 0;
  const write = async (text: string): Promise<void> => {
    if (file === undefined) return destination.toStdout(text);
    try {
      await file.write(written++ === 0 ? text : batch.format.separator + text);
    } catch (error) {
      throw new WriteError(error);
    }
  };

  try {
    for await (const line of readJsonl(stream)) {
      if (batch.stdout.closed || batch.stopped()) break;
      if (!line.ok) {
        reporter.error(`${input.path}:${line.line}: bad record: ${line.reason}`);
        continue;
      }
      const { id, text } = line.record;
      const extract = (): Document => extractQuotes(text, { path: input.path, id, types: batch.options.types });
      const rendered = render(`${input.path}:${line.line}`, extract, batch, file === undefined ? batch.chalk : batch.plain);
      if (rendered !== undefined) await write(rendered);
    }
    if (batch.stopped()) await file?.abort();
    else await file?.commit().catch((error: unknown) => Promise.reject(new WriteError(error)));
  } catch (error) {
    // A file whose input broke off half-way is not written at all, like any other failed input.
    await file?.abort();
    if (error instanceof WriteError && target !== undefined) {
      reporter.error(`cannot write ${shown(batch.io.cwd, target)}: ${describeError(error.cause)}`);
    } else {
      reporter.error(`cannot read ${input.path}: ${describeError(error)}`);
    }
  } finally {
    closeInput();
  }
}

/** An error while writing an output file (as opposed to reading the input). */
class WriteError extends Error {
  constructor(override readonly cause: unknown) {
    super('write failed');
  }
}

/** Run the pipeline and render; a crash in either fails this input only. */
function render(where: string, extract: () => Document, batch: Batch, chalk: ChalkInstance): string | undefined {
  try {
    return renderDocument(extract(), batch.format, chalk);
  } catch (error) {
    batch.reporter.error(`cannot process ${where}: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`);
    return undefined;
  }
}

/** A path for messages: relative to the working directory when it is below it. */
function shown(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
