/**
 * Issue 18: a generated province as BullMQ jobs on worker processes against one plain process.
 *
 * BENCH_PROVINCE_COUNTIES (default 50) counties × BENCH_PROVINCE_ELDERS (default 20,000)
 * elders; per county three jobs — classify the ledger, assign the duties, pair and plan the
 * month (2026-09). Inputs are generated county by county into a SQLite store (untimed); each
 * run then reads them from there, as a worker would. Runs, each on a fresh throwaway Redis:
 * the plain process (a child process running the jobs one after another), then BullMQ with
 * BENCH_PROVINCE_WORKERS worker processes (default `1,2`), concurrency 1 each, results written
 * to the store as summaries (no rows: SQLite row writing is not what is measured).
 *
 * Reported: end-to-end time (submission to the last job's end), peak resident set per process
 * (VmHWM), Redis memory (INFO memory: used and peak), and the queue's overhead per job: on one
 * worker, the end-to-end time less the jobs' processing time (finishedOn − processedOn), per job.
 * Every run's digests must equal the plain process's, or it throws.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { generateCounty, monthOf } from '../examples/province/generate.js';
import {
  inputDigestOf,
  jobIdOf,
  type ProvinceJobData,
  type Task,
} from '../examples/province/jobs.js';
import { startWorkerProcess, stopWorkerProcesses } from '../examples/province/processes.js';
import {
  closeQuietly,
  connectionFromUrl,
  PROVINCE_QUEUE,
  type Submitted,
  waitForJobs,
} from '../examples/province/queue.js';
import { startRedis } from '../examples/province/redis.js';
import { openStore, saveInput } from '../examples/province/store.js';

const COUNTIES = Number(process.env.BENCH_PROVINCE_COUNTIES ?? 50);
const ELDERS = Number(process.env.BENCH_PROVINCE_ELDERS ?? 20_000);
const WORKERS = (process.env.BENCH_PROVINCE_WORKERS ?? '1,2').split(',').map(Number);
const TASKS: readonly Task[] = ['classify', 'assign', 'plan'];
const MONTH = monthOf('2026-09');
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

console.log(
  `\n## Province on BullMQ (issue 18): ${COUNTIES} counties × ${ELDERS.toLocaleString('en-US')} elders, ${TASKS.join(' + ')}, ${cpus().length} cores\n`,
);
const dir = mkdtempSync(join(tmpdir(), 'guanai-bench-province-'));
try {
  const storePath = join(dir, 'province.db');
  const db = openStore(storePath);
  let started = performance.now();
  const counties: { countyCode: string; countyName: string; inputDigest: string }[] = [];
  for (let i = 0; i < COUNTIES; i++) {
    // One county at a time: a province's ledgers never sit in one process's memory.
    const own = generateCounty(i, { eldersPerCounty: ELDERS, month: '2026-09' });
    saveInput(db, own);
    counties.push({
      countyCode: own.countyCode,
      countyName: own.countyName,
      inputDigest: inputDigestOf(own),
    });
  }
  console.log(
    `Inputs generated and stored in ${((performance.now() - started) / 1000).toFixed(1)} s (untimed)`,
  );
  const jobs: Submitted[] = counties.flatMap((c) =>
    TASKS.map((task) => {
      const data: ProvinceJobData = {
        county: c.countyCode,
        countyName: c.countyName,
        task,
        period: MONTH,
        inputDigest: c.inputDigest,
      };
      return { id: jobIdOf(data), data };
    }),
  );
  const jobsPath = join(dir, 'jobs.json');
  writeFileSync(jobsPath, JSON.stringify(jobs));
  db.close();

  // The plain process.
  const plain = JSON.parse(
    execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        new URL('./provincePlain.ts', import.meta.url).pathname,
        storePath,
        jobsPath,
      ],
      { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
    ),
  ) as { seconds: number; peakRssMb: number; digests: string[] };
  const rows = [
    `| plain process | ${plain.seconds.toFixed(1)} s | 1.00× | ${plain.peakRssMb.toFixed(0)} MB | — | — |`,
  ];
  console.log(
    `plain process: ${plain.seconds.toFixed(1)} s, peak RSS ${plain.peakRssMb.toFixed(0)} MB`,
  );

  for (const n of WORKERS) {
    const redis = await startRedis();
    const connection = connectionFromUrl(redis.url);
    const queue = new Queue(PROVINCE_QUEUE, { connection });
    const info = new Redis({ host: '127.0.0.1', port: redis.port });
    const store = openStore(storePath);
    store.exec(
      'DELETE FROM writes; DELETE FROM pairings; DELETE FROM scheduled_visits; DELETE FROM job_results;',
    );
    const workers = [];
    try {
      for (let i = 0; i < n; i++)
        workers.push(
          await startWorkerProcess({
            REDIS_URL: redis.url,
            PROVINCE_STORE: storePath,
            PROVINCE_ROWS: '0',
            PROVINCE_LOCK_MS: '600000',
            PROVINCE_STALLED_MS: '60000',
          }),
        );
      started = performance.now();
      await queue.addBulk(
        jobs.map(({ id, data }) => ({
          name: data.task,
          data,
          opts: { jobId: id, attempts: 3, backoff: { type: 'exponential', delay: 1000 } },
        })),
      );
      const ends = await waitForJobs(
        queue,
        jobs.map((j) => j.id),
        { timeoutMs: 4 * 3600_000, intervalMs: 500 },
      );
      const seconds = (performance.now() - started) / 1000;
      const digests = ends.map((e) =>
        e.state === 'completed' ? e.outcome.digest : `failed: ${e.failedReason}`,
      );
      if (JSON.stringify(digests) !== JSON.stringify(plain.digests))
        throw new Error(`${n} workers: digests differ from the plain process`);
      const processing =
        (await Promise.all(jobs.map((j) => queue.getJob(j.id)))).reduce(
          (sum, job) => sum + ((job?.finishedOn ?? 0) - (job?.processedOn ?? 0)),
          0,
        ) / 1000;
      const peaks = workers.map(
        (w) =>
          Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${w.pid}/status`, 'utf8'))?.[1]) /
          1024,
      );
      const memory = await info.info('memory');
      const used = Number(/used_memory:(\d+)/.exec(memory)?.[1]);
      const peak = Number(/used_memory_peak:(\d+)/.exec(memory)?.[1]);
      const overhead =
        n === 1 ? `${(((seconds - processing) / jobs.length) * 1000).toFixed(0)} ms` : '—';
      console.log(
        `${n} worker(s): ${seconds.toFixed(1)} s (jobs' processing ${processing.toFixed(1)} s), peaks ${peaks.map((p) => p.toFixed(0)).join(' / ')} MB, Redis ${mb(used)} (peak ${mb(peak)}), overhead/job ${overhead}`,
      );
      rows.push(
        `| BullMQ, ${n} worker process${n > 1 ? 'es' : ''} | ${seconds.toFixed(1)} s | ${(plain.seconds / seconds).toFixed(2)}× | ${peaks.map((p) => `${p.toFixed(0)} MB`).join(' / ')} | ${mb(used)} (peak ${mb(peak)}) | ${overhead} |`,
      );
    } finally {
      await stopWorkerProcesses(workers);
      await closeQuietly(queue);
      info.disconnect();
      store.close();
      await redis.dispose();
    }
  }
  console.log(
    '\n| run | end to end | speed-up | peak RSS per process | Redis memory used | queue overhead per job |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) console.log(row);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
