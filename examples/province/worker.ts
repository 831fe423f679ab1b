/**
 * A worker process of the province queue: `node --import tsx examples/province/worker.ts`
 * (compiled: `node worker.js`), one or many per machine. Configured by its environment:
 *
 *   REDIS_URL                 redis://host:port (required)
 *   PROVINCE_STORE            the SQLite file of inputs and results (required)
 *   PROVINCE_PREFIX           BullMQ's key prefix (default `bull`)
 *   PROVINCE_CONCURRENCY      jobs at once in this process (default 1: the jobs are CPU-bound)
 *   PROVINCE_LOCK_MS          lockDuration (default 120000: longer than the largest county's task)
 *   PROVINCE_STALLED_MS       stalledInterval (default 30000)
 *   PROVINCE_RESULTS_TO_REDIS 1 to write each result to Redis as well
 *   PROVINCE_ROWS             0 to keep only the summaries (no pairings / visits rows)
 *   PROVINCE_HOLD_MS          wait this long after each task (the fault tests' slow county)
 *
 * It tells a parent that forked it `{ type: 'ready' }` once it listens, and closes cleanly on
 * SIGTERM / SIGINT (the job in hand finishes first).
 */

import { Redis } from 'ioredis';
import { connectionFromUrl, provinceWorker } from './queue.js';
import { openStore } from './store.js';

const env = process.env;
if (!env.REDIS_URL || !env.PROVINCE_STORE)
  throw new Error('a worker needs REDIS_URL and PROVINCE_STORE');
const connection = connectionFromUrl(env.REDIS_URL);
const db = openStore(env.PROVINCE_STORE);
const redisResults =
  env.PROVINCE_RESULTS_TO_REDIS === '1'
    ? new Redis({ ...(connection as object), maxRetriesPerRequest: null })
    : undefined;
const worker = provinceWorker(connection, {
  db,
  ...(redisResults ? { redisResults } : {}),
  rows: env.PROVINCE_ROWS !== '0',
  holdMs: Number(env.PROVINCE_HOLD_MS ?? 0),
  ...(env.PROVINCE_PREFIX ? { prefix: env.PROVINCE_PREFIX } : {}),
  concurrency: Number(env.PROVINCE_CONCURRENCY ?? 1),
  lockDuration: Number(env.PROVINCE_LOCK_MS ?? 120_000),
  stalledInterval: Number(env.PROVINCE_STALLED_MS ?? 30_000),
});
// Errors of the connection (Redis restarting) are logged by BullMQ's client; keep running.
worker.on('error', (error) => {
  if (env.PROVINCE_VERBOSE === '1') console.error(`worker ${process.pid}: ${error.message}`);
});

let closing = false;
const close = async () => {
  if (closing) return;
  closing = true;
  await worker.close();
  await redisResults?.quit().catch(() => undefined);
  db.close();
  process.exit(0);
};
process.on('SIGTERM', close);
process.on('SIGINT', close);
process.on('disconnect', close);

await worker.waitUntilReady();
process.send?.({ type: 'ready', pid: process.pid });
