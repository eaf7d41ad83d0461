/**
 * A worker thread of the `--jobs` pool (loaded from dist/, compiled). It imports the library
 * once, says `ready`, then processes each chunk of tasks in order, posting one result per
 * task as soon as it is done, so that a crash half-way through a chunk loses only the
 * task being processed (see worker-pool.ts). File tasks are read and written here.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadProcessor } from './extractor.js';
import { createFileProcessor } from './file-task.js';
import { workerWriteGate, type FromWorker, type ToWorker, type WorkerData } from './worker-pool.js';

const port = parentPort;
if (port === null) throw new Error('worker.js runs as a worker thread of the extract-quotes CLI only');

const gate = workerWriteGate((workerData as WorkerData).gate);
// (a worker may render coloured text for a terminal; 15 ms of chalk is nothing in a pool's start)
const processRequest = await loadProcessor({ color: true });
const processFile = createFileProcessor(processRequest);
port.on('message', (message: ToWorker) => {
  for (const task of message.tasks) {
    const outcome = 'file' in task ? processFile.run(task.file, { gate }) : processRequest(task.request);
    port.postMessage({ type: 'done', id: task.id, outcome } satisfies FromWorker);
  }
});
port.postMessage({ type: 'ready' } satisfies FromWorker);
