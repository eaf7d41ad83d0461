/**
 * The outside world as the CLI sees it. `main()` touches nothing else of the process,
 * so tests can run it in-process with their own streams, environment and directory.
 */

/** The signals that end a batch early. */
export type StopSignal = 'SIGINT' | 'SIGTERM';

/** Streams, environment and process hooks for {@link main}. */
export interface Io {
  /** Data only. */
  readonly stdout: NodeJS.WritableStream;
  /** Messages for people only. */
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly stdinIsTTY: boolean;
  /** Relative inputs and `--out-dir` are resolved against this directory. */
  readonly cwd: string;
  /**
   * Register a handler for SIGINT/SIGTERM; returns a function that unregisters it.
   * Absent in tests that run in-process, where no signal handler should be installed.
   */
  readonly onSignal?: (handler: (signal: StopSignal) => void) => () => void;
  /** A monotonic clock in milliseconds for the progress line (default `performance.now`). */
  readonly now?: () => number;
  /** End the process now with this status (used only after a signal). */
  readonly exit?: (code: number) => void;
}

/** The real process's streams and hooks, for the `bin/extract-quotes.js` shim. */
export function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
    cwd: process.cwd(),
    onSignal(handler) {
      const signals: StopSignal[] = ['SIGINT', 'SIGTERM'];
      for (const signal of signals) process.on(signal, handler);
      return () => {
        for (const signal of signals) process.removeListener(signal, handler);
      };
    },
    exit(code) {
      process.exit(code);
    },
  };
}
