/**
 * A small worker pool: as many workers as asked, each handed the next job as soon as it posts
 * its last result, so a county that takes longer does not hold the others up.
 */

import { Worker } from 'node:worker_threads';
import type { CountyJob, CountyResult } from './countyJob.js';

type Message =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly result: CountyResult }
  | { readonly type: 'failed'; readonly key: string; readonly error: string };

/** The results, in the order of the jobs, and how long the workers took to start. */
export interface PoolRun {
  readonly results: CountyResult[];
  readonly startupSeconds: number;
}

/** Run every job on `size` worker threads. */
export async function runInPool(jobs: readonly CountyJob[], size: number): Promise<PoolRun> {
  const started = performance.now();
  const results: CountyResult[] = new Array(jobs.length);
  let next = 0;
  let ready = 0;
  let startupSeconds = 0;
  const workers = Array.from({ length: Math.min(size, jobs.length) }, () => startWorker());
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let current = -1;
            const handOut = () => {
              if (next >= jobs.length) return resolve();
              current = next++;
              worker.postMessage(jobs[current]);
            };
            worker.on('message', (message: Message) => {
              if (message.type === 'failed')
                return reject(new Error(`job ${message.key} failed: ${message.error}`));
              if (message.type === 'result') results[current] = message.result;
              else if (++ready === workers.length)
                startupSeconds = (performance.now() - started) / 1000;
              handOut();
            });
            worker.on('error', reject);
            worker.on('exit', (code) =>
              reject(new Error(`a worker stopped (exit code ${code}) before the jobs were done`)),
            );
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return { results, startupSeconds };
}

/**
 * A worker running `worker.ts` (or `worker.js` once compiled). Under tsx, the TypeScript loader
 * the main thread registered does not reach worker threads on Node 20, so a TypeScript worker
 * registers tsx itself before it loads its file.
 */
function startWorker(): Worker {
  const typescript = import.meta.url.endsWith('.ts');
  const file = new URL(typescript ? './worker.ts' : './worker.js', import.meta.url);
  if (!typescript) return new Worker(file);
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}
