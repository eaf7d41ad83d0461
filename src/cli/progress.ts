/**
 * A progress line on stderr for long batches: `extract-quotes: 120/840 files · 42.1/s · 0:16 left`,
 * redrawn in place with `\r` and cleared at the end.
 *
 * Only for a person watching: stderr must be a terminal, not `--quiet`, not CI (CI=true and
 * friends; CI logs keep every `\r` frame), not TERM=dumb. It never goes to stdout. It appears
 * only once a batch has run for a second, so a quick run prints nothing at all.
 */
import type { Io } from './io.js';
import { PREFIX } from './reporter.js';

/** What the batch tells the progress line. */
export interface Progress {
  /** How many units there are, when known (files, or bytes of JSONL input). */
  setTotal(total: number): void;
  /** `count` more items are done (files or records); `units` of the total with them. */
  advance(count: number, units?: number): void;
  /** Remove the line before a message is written to stderr; it comes back at the next redraw. */
  hide(): void;
  /** Remove the line for good (end of the batch, or a signal); synchronous. */
  finish(): void;
}

/** A progress that draws nothing. */
export const noProgress: Progress = { setTotal() {}, advance() {}, hide() {}, finish() {} };

/** Whether a progress line may be drawn for this run. */
export function progressWanted(io: Pick<Io, 'stderrIsTTY' | 'env'>, quiet: boolean): boolean {
  if (!io.stderrIsTTY || quiet) return false;
  const ci = io.env.CI;
  if (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false') return false;
  if (io.env.CONTINUOUS_INTEGRATION !== undefined || io.env.BUILD_NUMBER !== undefined || io.env.GITHUB_ACTIONS !== undefined) return false;
  return io.env.TERM !== 'dumb';
}

/** Options for {@link createProgress}. */
export interface ProgressOptions {
  readonly stream: NodeJS.WritableStream;
  /** What is counted: `files` or `records`. */
  readonly noun: string;
  /** Milliseconds; injectable for tests. */
  readonly now?: () => number;
  /** Draw only once the batch has run this long (default 1000 ms). */
  readonly delay?: number;
  /** Redraw at most this often (default 200 ms); a timer also redraws while nothing finishes. */
  readonly interval?: number;
  /** Terminal width, for truncating the line. */
  readonly columns?: number;
  /** Set false in tests to drive redraws by hand. */
  readonly timer?: boolean;
}

const CLEAR = '\r\u001b[K';

/** A progress line writing to `stream`. */
export function createProgress(options: ProgressOptions): Progress & { draw(): void } {
  const now = options.now ?? (() => performance.now());
  const delay = options.delay ?? 1000;
  const interval = options.interval ?? 200;
  const started = now();
  let total: number | undefined;
  let done = 0;
  let units = 0;
  let shown = false;
  let lastDraw = -Infinity;
  let finished = false;
  const timer = options.timer === false ? undefined : setInterval(() => draw(), interval);
  timer?.unref();

  function line(): string {
    const elapsed = (now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const parts = [total !== undefined && options.noun === 'files' ? `${done}/${total} files` : `${done} ${options.noun}`];
    if (total !== undefined && options.noun !== 'files' && total > 0) parts.push(`${Math.min(100, Math.floor((100 * units) / total))}%`);
    parts.push(`${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)}/s`);
    if (total !== undefined && total > 0 && units > 0 && units < total) {
      const left = ((total - units) * elapsed) / units;
      parts.push(`${clock(left)} left`);
    }
    const text = `${PREFIX}${parts.join(' · ')}`;
    const width = (options.columns ?? 80) - 1;
    return text.length > width ? text.slice(0, Math.max(0, width)) : text;
  }

  function draw(): void {
    if (finished) return;
    const t = now();
    if (t - started < delay) return;
    lastDraw = t;
    shown = true;
    options.stream.write(`${CLEAR}${line()}`);
  }

  return {
    setTotal(value) {
      total = value;
    },
    advance(count, more = count) {
      done += count;
      units += more;
      if (now() - lastDraw >= interval) draw();
    },
    hide() {
      if (!shown) return;
      shown = false;
      lastDraw = -Infinity;
      options.stream.write(CLEAR);
    },
    finish() {
      if (finished) return;
      finished = true;
      if (timer !== undefined) clearInterval(timer);
      if (shown) options.stream.write(CLEAR);
      shown = false;
    },
    draw,
  };
}

/** `m:ss` or `h:mm:ss`. */
function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
