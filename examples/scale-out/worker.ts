/** A worker thread of the pool: runs each county job it is handed and posts the result back. */

import { parentPort } from 'node:worker_threads';
import { type CountyJob, runCountyJob } from './countyJob.js';

const port = parentPort;
if (!port) throw new Error('scale-out/worker.ts runs as a worker thread');
port.on('message', (job: CountyJob) => {
  try {
    port.postMessage({ type: 'result', result: runCountyJob(job) });
  } catch (error) {
    port.postMessage({ type: 'failed', key: job.key, error: String(error) });
  }
});
// Loaded (guanai and all): the pool can time the start-up apart from the work.
port.postMessage({ type: 'ready' });
