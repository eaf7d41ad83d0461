/**
 * Messages for people, on stderr, one line each, prefixed `extract-quotes: `.
 */

/** Where failures and notes go; remembers whether any input failed (exit status 1). */
export interface Reporter {
  /** An input could not be processed: always printed, and the exit status becomes 1. */
  error(message: string): void;
  /** Something worth knowing that is not a failure; silenced by `--quiet`. */
  note(message: string): void;
  readonly failed: boolean;
}

/** The prefix of every message, as grep and cat do. */
export const PREFIX = 'extract-quotes: ';

/**
 * A reporter writing to `stderr`. `beforeWrite` runs before each line (the progress line
 * removes itself there, so messages never land in the middle of it).
 */
export function createReporter(stderr: NodeJS.WritableStream, quiet: boolean, beforeWrite?: () => void): Reporter {
  let failed = false;
  return {
    error(message) {
      failed = true;
      beforeWrite?.();
      stderr.write(`${PREFIX}${message}\n`);
    },
    note(message) {
      if (quiet) return;
      beforeWrite?.();
      stderr.write(`${PREFIX}${message}\n`);
    },
    get failed() {
      return failed;
    },
  };
}
