/**
 * `--jobs N`: a pool of worker threads, each running dist/cli/worker.js (compiled JS; a worker
 * cannot load TypeScript) and importing the library once.
 *
 * A task is a text to process (JSONL records, stdin) or a file to read, process and, under
 * `--out-dir`, write (file-task.ts): for a folder of files the main thread only hands out
 * paths, and the workers do all the work, writes included.
 *
 * Tasks are queued and sent in small chunks, at most two chunks per worker at a time, so a
 * worker never waits for a round trip and no worker hoards the queue. Results come back one per
 * task and may finish in any order; the caller puts them back in input order.
 *
 * Failure: an exception inside the pipeline is an outcome like any other (the worker catches it).
 * If a worker thread dies (out of memory, a native crash, `process.exit` in a dependency), the
 * task it was processing fails alone — a worker processes its chunks in order, so that is the
 * oldest task it had not answered — and the tasks queued behind it go back to the front
 * of the queue for a fresh worker. Each death fails exactly one task, so this cannot loop.
 * A worker that dies before it is ready (dist/ missing, a broken build) breaks the pool: every
 * task fails with that reason instead of restarting workers forever.
 *
 * Stopping: {@link WorkerPool.haltWrites} (called by a signal handler, before it removes the
 * temporary files) stops the workers from starting to write another output file and waits for
 * the writes in progress, through a counter in shared memory: so no temporary file can appear
 * after the handler has removed them.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { firstLine, type ExtractRequest, type Extractor, type Outcome } from './extractor.js';
import type { FileOutcome, FileTask } from './file-task.js';

/** One task as sent to a worker: a text request, or a file. */
export type WorkerTask = { readonly id: number; readonly request: ExtractRequest } | { readonly id: number; readonly file: FileTask };

/** Main thread → worker: a chunk of tasks, processed in order. */
export interface ToWorker {
  readonly tasks: readonly WorkerTask[];
}

/** Worker → main thread. */
export type FromWorker = { readonly type: 'ready' } | { readonly type: 'done'; readonly id: number; readonly outcome: Outcome | FileOutcome };

/** What the worker receives as `workerData`. */
export interface WorkerData {
  /** The write gate: see {@link GATE_STOP} and {@link GATE_WRITING}. */
  readonly gate: Int32Array;
}
/** Index in the gate of the stop flag (1: start no more writes). */
export const GATE_STOP = 0;
/** Index in the gate of the number of output files being written right now. */
export const GATE_WRITING = 1;

/** Options for {@link createWorkerPool}. */
export interface WorkerPoolOptions {
  /** Number of worker threads (≥ 1). */
  readonly size: number;
  /** The worker script; by default the compiled dist/cli/worker.js (tests give their own). */
  readonly workerUrl?: URL;
  /** Tasks per message (default 4). */
  readonly chunkSize?: number;
  /** Anything a worker writes to its stdout goes here, never to the data on our stdout. */
  readonly onWorkerOutput?: (text: string) => void;
}

/** The pool: an {@link Extractor} that can also be stopped from a signal handler. */
export interface WorkerPool extends Extractor {
  /**
   * Synchronously: let no worker start writing another output file, and wait (a few seconds at
   * most) until none is writing one. Safe to call from a signal handler, and more than once.
   */
  haltWrites(): void;
}

interface Task {
  readonly id: number;
  readonly work: { readonly request: ExtractRequest } | { readonly file: FileTask };
  readonly resolve: (outcome: Outcome | FileOutcome) => void;
}

interface Slot {
  readonly worker: Worker;
  /** Tasks sent and not yet answered, in the order the worker will process them. */
  readonly inflight: Task[];
  ready: boolean;
  error?: unknown;
}

/** The longest {@link WorkerPool.haltWrites} waits for a write in progress (a stuck file system). */
const HALT_WAIT_MS = 5000;

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
export function createWorkerPool(options: WorkerPoolOptions): WorkerPool {
  const size = Math.max(1, Math.floor(options.size));
  const chunkSize = Math.max(1, options.chunkSize ?? 4);
  const url = options.workerUrl ?? defaultWorkerUrl();
  const queue: Task[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;
  let broken: string | undefined;
  const gate = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const workerData: WorkerData = { gate };

  function start(): Slot {
    // stdout: true keeps a worker's stray console.log off our data stream.
    const worker = new Worker(url, { stdout: true, workerData });
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
    if (culprit !== undefined) fail(culprit, `the worker processing it crashed (${reason})`);
    queue.unshift(...rest);
    slots[index] = start();
    dispatch();
  }

  function fail(task: Task, reason: string): void {
    task.resolve('file' in task.work ? { kind: 'processed', notes: [], outcome: { ok: false, reason } } : { ok: false, reason });
  }

  function failAll(tasks: Task[]): void {
    for (const task of tasks) fail(task, broken ?? 'the worker pool stopped');
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
      const message: ToWorker = { tasks: tasks.map(({ id, work }) => ({ id, ...work })) };
      slot.worker.postMessage(message);
    }
  }

  for (let i = 0; i < size; i++) slots.push(start());

  function submit(work: Task['work']): Promise<Outcome | FileOutcome> {
    return new Promise((resolve) => {
      const task: Task = { id: nextId++, work, resolve };
      if (closed || broken !== undefined) {
        fail(task, broken ?? 'the worker pool stopped');
        return;
      }
      queue.push(task);
      dispatch();
    });
  }

  function haltWrites(): void {
    Atomics.store(gate, GATE_STOP, 1);
    const deadline = Date.now() + HALT_WAIT_MS;
    for (let writing = Atomics.load(gate, GATE_WRITING); writing > 0; writing = Atomics.load(gate, GATE_WRITING)) {
      const left = deadline - Date.now();
      if (left <= 0) return;
      Atomics.wait(gate, GATE_WRITING, writing, left);
    }
  }

  return {
    extract: (request) => submit({ request }) as Promise<Outcome>,
    processFile: (file) => submit({ file }) as Promise<FileOutcome>,
    haltWrites,
    async close() {
      if (closed) return;
      closed = true;
      // Terminating a worker between its write and its rename would leave a temporary file.
      haltWrites();
      const pending = [...queue.splice(0), ...slots.flatMap((slot) => slot.inflight.splice(0))];
      failAll(pending);
      await Promise.all(slots.map((slot) => slot.worker.terminate().catch(() => undefined)));
    },
  };
}

/**
 * The worker's side of the write gate: enter before creating a temporary file (false: the
 * process is stopping, write nothing), leave once it is renamed or removed.
 */
export function workerWriteGate(gate: Int32Array): { enter(): boolean; leave(): void } {
  return {
    enter() {
      // Count ourselves in first, then look at the flag: haltWrites sets the flag first, then
      // looks at the count. (Sequentially consistent atomics: one of the two sees the other.)
      Atomics.add(gate, GATE_WRITING, 1);
      if (Atomics.load(gate, GATE_STOP) === 0) return true;
      this.leave();
      return false;
    },
    leave() {
      Atomics.sub(gate, GATE_WRITING, 1);
      Atomics.notify(gate, GATE_WRITING);
    },
  };
}
