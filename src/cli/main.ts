/**
 * `extract-quotes` command line: `main(argv, io)` parses the options, then runs the batch.
 *
 * Exit status: 0 every input processed, 1 an input could not be processed, 2 usage error
 * (including commander's own: unknown option, bad choice, missing value). A signal ends the
 * run with 128 + its number, after removing any half-written file.
 */
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CommanderError } from 'commander';
import { describeError, errorCode } from '../read/fs-errors.js';
import { decideColorLevel } from '../serialize/color.js';
import { getFormat } from '../serialize/formats.js';
import { makeDirectories, TempFiles } from './atomic-file.js';
import type { Io, StopSignal } from './io.js';
import { createStdoutSink } from './output.js';
import { createProgram, readOptions } from './program.js';
import { createProgress, noProgress, progressWanted } from './progress.js';
import { createReporter, PREFIX } from './reporter.js';
import { runBatch } from './run-batch.js';

export type { Io, StopSignal } from './io.js';
export { processIo } from './io.js';

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const SIGNAL_EXIT: Readonly<Record<StopSignal, number>> = { SIGINT: 130, SIGTERM: 143 };

/** Run the CLI with `argv` (without node and the script) and return the exit status. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  // stderr going away (`2>&-` or a closed pipe) must not crash us either.
  io.stderr.on('error', () => undefined);
  const stdout = createStdoutSink(io.stdout);
  const usageError = (message: string): number => {
    io.stderr.write(`${PREFIX}${message}\n`);
    return EXIT_USAGE;
  };

  const program = createProgram(readVersion())
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // commander's "error: unknown option '-x'" becomes "extract-quotes: unknown option '-x'".
      outputError: (text, write) => write(`${PREFIX}${text.replace(/^error: /, '').trimEnd()} (see --help)\n`),
      getOutHelpWidth: () => helpWidth(io),
      getErrHelpWidth: () => 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw error;
  }
  const options = readOptions(program);

  if (options.schema) {
    // zod is loaded only here: extracting never needs it (cold start)
    const { documentJsonSchema } = await import('../schema/document.js');
    await stdout.write(`${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
    return EXIT_OK;
  }

  let args: readonly string[] = program.args;
  if (args.length === 0) {
    // A terminal on stdin means nobody is piping text in: waiting would just look like a hang.
    if (io.stdinIsTTY) return usageError('no input: give files, directories or globs, or pipe text on stdin (see --help)');
    args = ['-'];
  }

  let outDir: string | undefined;
  if (options.outDir !== undefined) {
    outDir = path.resolve(io.cwd, options.outDir);
    try {
      const info = await stat(outDir);
      if (!info.isDirectory()) return usageError(`--out-dir ${options.outDir} is not a directory`);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') return usageError(`cannot use --out-dir ${options.outDir}: ${describeError(error)}`);
      try {
        await makeDirectories(outDir);
      } catch (mkdirError) {
        return usageError(`cannot create --out-dir ${options.outDir}: ${describeError(mkdirError)}`);
      }
    }
  }

  const format = getFormat(options.format);
  const level = format.colored && outDir === undefined ? decideColorLevel({ flag: options.color, isTTY: io.stdoutIsTTY, env: io.env }) : 0;
  const temps = new TempFiles();
  const progress = progressWanted(io, options.quiet)
    ? createProgress({ stream: io.stderr, noun: options.inputFormat === 'jsonl' ? 'records' : 'files', columns: terminalColumns(io.stderr), ...(io.now === undefined ? {} : { now: io.now }) })
    : noProgress;
  const reporter = createReporter(io.stderr, options.quiet, () => progress.hide());

  let stoppedBy: StopSignal | undefined;
  const onSignal = (signal: StopSignal): void => {
    stoppedBy = signal;
    // Synchronously, before anything else can run: no half-written file may survive us.
    temps.removeAllSync();
    progress.finish();
    io.exit?.(SIGNAL_EXIT[signal]);
  };
  let unsubscribe = io.onSignal?.(onSignal);
  // A handler runs only when the event loop is free, and extraction in this thread is
  // synchronous: one pathological input would make Ctrl-C wait for it. So while no temporary
  // file exists, extraction runs with the handlers removed and a signal ends the process at
  // once (default action: killed by the signal, 130/143 in the shell). With a temporary file
  // open (a JSONL input into --out-dir), the handler stays, so the file is always removed.
  const blocking = <T>(work: () => T): T => {
    if (unsubscribe === undefined || temps.size > 0) return work();
    unsubscribe();
    try {
      return work();
    } finally {
      unsubscribe = io.onSignal?.(onSignal);
    }
  };
  try {
    await runBatch(args, {
      io,
      options,
      format,
      colorLevel: level,
      extensions: options.ext ?? [options.inputFormat === 'jsonl' ? 'jsonl' : 'txt'],
      ...(outDir === undefined ? {} : { outDir }),
      stdout,
      reporter,
      temps,
      progress,
      blocking,
      stopped: () => stoppedBy !== undefined,
    });
  } finally {
    unsubscribe?.();
    temps.removeAllSync();
  }
  if (stoppedBy !== undefined) return SIGNAL_EXIT[stoppedBy];
  if (stdout.error !== undefined) {
    // Not a reader that went away (EPIPE) but a real failure, such as a full disk: say so.
    io.stderr.write(`${PREFIX}cannot write to standard output: ${describeError(stdout.error)}\n`);
    return EXIT_FAILED;
  }
  // A reader that went away (`| head`) is not a failure: it got what it wanted.
  return reporter.failed ? EXIT_FAILED : EXIT_OK;
}

/** The package version, read at run time from package.json (two levels up from src/cli and dist/cli). */
function readVersion(): string {
  const require = createRequire(import.meta.url);
  const manifest = require('../../package.json') as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
}

function terminalColumns(stream: NodeJS.WritableStream): number {
  const columns = (stream as { columns?: unknown }).columns;
  return typeof columns === 'number' && columns > 0 ? columns : 80;
}

function helpWidth(io: Io): number {
  const columns = (io.stdout as { columns?: unknown }).columns;
  return io.stdoutIsTTY && typeof columns === 'number' && columns > 0 ? columns : 80;
}
