/**
 * Writing data to stdout so that `extract-quotes … | head` ends quietly.
 *
 * When the reader goes away, writes fail with EPIPE (Node ignores SIGPIPE). We catch the
 * stream's error, stop writing, and let the batch end early: nothing more can be delivered.
 * Writes also wait for 'drain', so a slow reader does not make us buffer every document.
 */

/** A place documents are written to: stdout or a file under `--out-dir`. */
export interface Sink {
  write(text: string): Promise<void>;
}

/** stdout as a {@link Sink}; `closed` turns true once the reader has gone away. */
export interface StdoutSink extends Sink {
  readonly closed: boolean;
  /** The write error that closed it, unless the reader just went away (EPIPE): e.g. ENOSPC. */
  readonly error: unknown;
}

/** Wrap a writable stream; errors on it (EPIPE or other) mark it closed instead of throwing. */
export function createStdoutSink(stream: NodeJS.WritableStream): StdoutSink {
  let closed = false;
  let failure: unknown;
  const waiters = new Set<() => void>();
  const close = (): void => {
    closed = true;
    for (const wake of waiters) wake();
    waiters.clear();
  };
  // Kept for the life of the stream: late EPIPE errors after the last write land here too.
  stream.on('error', (error: unknown) => {
    const code = (error as { code?: unknown } | null)?.code;
    if (failure === undefined && code !== 'EPIPE' && code !== 'ERR_STREAM_DESTROYED') failure = error;
    close();
  });
  stream.on('close', close);
  return {
    get closed() {
      return closed;
    },
    get error() {
      return failure;
    },
    async write(text) {
      if (closed || text === '') return;
      if (stream.write(text)) return;
      await new Promise<void>((resolve) => {
        const wake = (): void => {
          stream.removeListener('drain', wake);
          waiters.delete(wake);
          resolve();
        };
        waiters.add(wake);
        stream.once('drain', wake);
      });
    },
  };
}
