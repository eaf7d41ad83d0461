/**
 * A worker thread of the `--jobs` pool (loaded from dist/, compiled). It imports the library
 * once, says `ready`, then processes each chunk of requests in order, posting one result per
 * request as soon as it is done, so that a crash half-way through a chunk loses only the
 * request being processed (see worker-pool.ts).
 */
import { parentPort } from 'node:worker_threads';
import { loadProcessor } from './extractor.js';
import type { ToWorker, FromWorker } from './worker-pool.js';

const port = parentPort;
if (port === null) throw new Error('worker.js runs as a worker thread of the extract-quotes CLI only');

const processRequest = await loadProcessor();
port.on('message', (message: ToWorker) => {
  for (const task of message.tasks) {
    const reply: FromWorker = { type: 'done', id: task.id, outcome: processRequest(task.request) };
    port.postMessage(reply);
  }
});
port.postMessage({ type: 'ready' } satisfies FromWorker);
