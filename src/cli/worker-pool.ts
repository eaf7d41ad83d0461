/**
 * `--jobs N`: a pool of worker threads, each running dist/cli/worker.js (compiled JS; a worker
 * cannot load TypeScript) and importing the library once.
 *
 * Requests are queued and sent in small chunks, at most two chunks per worker at a time, so a
 * worker never waits for a round trip and no worker hoards the queue. Results come back one per
 * request and may finish in any order; the caller puts them back in input order.
 *
 * Failure: an exception inside the pipeline is an outcome like any other (the worker catches it).
 * If a worker thread dies (out of memory, a native crash, `process.exit` in a dependency), the
 * request it was processing fails alone — a worker processes its chunks in order, so that is the
 * oldest request it had not answered — and the requests queued behind it go back to the front
 * of the queue for a fresh worker. Each death fails exactly one request, so this cannot loop.
 * A worker that dies before it is ready (dist/ missing, a broken build) breaks the pool: every
 * request fails with that reason instead of restarting workers forever.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { firstLine, type ExtractRequest, type Extractor, type Outcome } from './extractor.js';

/** Main thread → worker: a chunk of requests, processed in order. */
export interface ToWorker {
  readonly tasks: readonly { readonly id: number; readonly request: ExtractRequest }[];
}

/** Worker → main thread. */
export type FromWorker = { readonly type: 'ready' } | { readonly type: 'done'; readonly id: number; readonly outcome: Outcome };

/** Options for {@link createWorkerPool}. */
export interface WorkerPoolOptions {
  /** Number of worker threads (≥ 1). */
  readonly size: number;
  /** The worker script; by default the compiled dist/cli/worker.js (tests give their own). */
  readonly workerUrl?: URL;
  /** Requests per message (default 4). */
  readonly chunkSize?: number;
  /** Anything a worker writes to its stdout goes here, never to the data on our stdout. */
  readonly onWorkerOutput?: (text: string) => void;
}

interface Task {
  readonly id: number;
  readonly request: ExtractRequest;
  readonly resolve: (outcome: Outcome) => void;
}

interface Slot {
  readonly worker: Worker;
  /** Tasks sent and not yet answered, in the order the worker will process them. */
  readonly inflight: Task[];
  ready: boolean;
  error?: unknown;
}

/**
 * The compiled worker script next to this module: dist/cli/worker.js. When this module runs
 * from src/ (tests through vitest), the compiled copy under dist/ is used all the same.
 */
export function defaultWorkerUrl(): URL {
  const here = import.meta.url;
  const url = here.endsWith('.ts') ? new URL('../../dist/cli/worker.js', here) : new URL('./worker.js', here);
  if (!existsSync(fileURLToPath(url))) throw new Error(`${fileURLToPath(url)} is missing: run \`npm run build\` (--jobs needs the compiled worker)`);
  return url;
}

/** Start `size` workers (they begin importing the library at once). */
export function createWorkerPool(options: WorkerPoolOptions): Extractor {
  const size = Math.max(1, Math.floor(options.size));
  const chunkSize = Math.max(1, options.chunkSize ?? 4);
  const url = options.workerUrl ?? defaultWorkerUrl();
  const queue: Task[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;
  let broken: string | undefined;

  function start(): Slot {
    // stdout: true keeps a worker's stray console.log off our data stream.
    const worker = new Worker(url, { stdout: true });
    const slot: Slot = { worker, inflight: [], ready: false };
    worker.stdout.setEncoding('utf8').on('data', (text: string) => options.onWorkerOutput?.(text));
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'ready') {
        slot.ready = true;
        return;
      }
      const index = slot.inflight.findIndex((task) => task.id === message.id);
      if (index < 0) return;
      const [task] = slot.inflight.splice(index, 1);
      task?.resolve(message.outcome);
      dispatch();
    });
    worker.on('error', (error) => {
      slot.error = error;
    });
    worker.on('exit', (code) => {
      if (closed) return;
      const reason = slot.error === undefined ? `exit code ${code}` : firstLine(slot.error);
      replace(slot, reason);
    });
    return slot;
  }

  function replace(slot: Slot, reason: string): void {
    const index = slots.indexOf(slot);
    if (index < 0) return;
    if (!slot.ready) {
      // It never got as far as loading the library: another one would not either.
      broken = `the worker could not start (${reason})`;
      slots.splice(index, 1);
      failAll([...slot.inflight, ...queue.splice(0)]);
      slot.inflight.length = 0;
      return;
    }
    const [culprit, ...rest] = slot.inflight;
    culprit?.resolve({ ok: false, reason: `the worker processing it crashed (${reason})` });
    queue.unshift(...rest);
    slots[index] = start();
    dispatch();
  }

  function failAll(tasks: Task[]): void {
    for (const task of tasks) task.resolve({ ok: false, reason: broken ?? 'the worker pool stopped' });
  }

  function dispatch(): void {
    if (closed || broken !== undefined) return;
    // The least busy worker first, so that requests arriving one by one are spread evenly.
    for (const slot of [...slots].sort((a, b) => a.inflight.length - b.inflight.length)) {
      if (queue.length === 0) return;
      // At most two chunks outstanding: one being processed, one waiting in the worker's port.
      if (slot.inflight.length > chunkSize) continue;
      // Small batches are spread over every worker rather than sent to the first.
      const take = Math.min(chunkSize, Math.max(1, Math.ceil(queue.length / slots.length)));
      const tasks = queue.splice(0, take);
      slot.inflight.push(...tasks);
      const message: ToWorker = { tasks: tasks.map(({ id, request }) => ({ id, request })) };
      slot.worker.postMessage(message);
    }
  }

  for (let i = 0; i < size; i++) slots.push(start());

  return {
    extract(request) {
      return new Promise<Outcome>((resolve) => {
        if (closed || broken !== undefined) {
          resolve({ ok: false, reason: broken ?? 'the worker pool stopped' });
          return;
        }
        queue.push({ id: nextId++, request, resolve });
        dispatch();
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      const pending = [...queue.splice(0), ...slots.flatMap((slot) => slot.inflight.splice(0))];
      failAll(pending);
      await Promise.all(slots.map((slot) => slot.worker.terminate().catch(() => undefined)));
    },
  };
}
