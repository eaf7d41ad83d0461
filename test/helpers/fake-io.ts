/**
 * An in-process {@link Io} for calling `main()` directly: collected stdout/stderr,
 * a given stdin, environment and working directory, and no signal handlers.
 */
import { Readable, Writable } from 'node:stream';
import type { Io } from '../../src/cli/io.js';

/** A fake Io plus what was written to it. */
export interface FakeIo {
  readonly io: Io;
  stdout(): string;
  stderr(): string;
}

/** Options for {@link fakeIo}. */
export interface FakeIoOptions {
  readonly cwd: string;
  readonly stdin?: string | Uint8Array;
  readonly stdinIsTTY?: boolean;
  readonly stdoutIsTTY?: boolean;
  readonly env?: Record<string, string>;
  /** Replace stdout, e.g. with a stream that fails like a closed pipe. */
  readonly stdoutStream?: NodeJS.WritableStream;
}

/** A writable that collects what is written to it. */
export function collector(): { stream: Writable; text(): string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return { stream, text: () => chunks.join('') };
}

/** Build a fake Io. */
export function fakeIo(options: FakeIoOptions): FakeIo {
  const out = collector();
  const err = collector();
  const io: Io = {
    stdout: options.stdoutStream ?? out.stream,
    stderr: err.stream,
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    env: options.env ?? {},
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: false,
    stdinIsTTY: options.stdinIsTTY ?? false,
    cwd: options.cwd,
  };
  return { io, stdout: out.text, stderr: err.text };
}
