/**
 * `npm run example:province`: a generated province of 20 counties on BullMQ over Redis —
 * classify each county's ledger, assign its duties, plan its month, and track coverage,
 * escalations and the supervision summary — as one job per county × task on worker processes;
 * progress as it happens, the merged province report, and a check that it equals the same
 * jobs run in this one process, digest for digest.
 *
 *   npm run example:province -- [--counties 20] [--elders 300] [--workers 2] [--month 2026-09]
 *                               [--store path/to/new.db]
 *
 * Without REDIS_URL it starts a throwaway `redis-server` (temporary directory, free port, no
 * persistence); with REDIS_URL (redis://host:port) it uses that one, under a key prefix of its
 * own. It stops everything it started, on success, on error and on Ctrl-C.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Queue, QueueEvents } from 'bullmq';
import { formatIssue } from 'guanai';
import { languageOf } from './language.js';
import { generateProvince, monthOf } from './province/generate.js';
import { mergeProvince, type ProvinceReport, reportDigest } from './province/merge.js';
import {
  runInProcess,
  startWorkerProcess,
  stopWorkerProcesses,
  type WorkerProcess,
} from './province/processes.js';
import {
  closeQuietly,
  connectionFromUrl,
  failureIssues,
  type JobProgress,
  PROVINCE_QUEUE,
  submitProvince,
  waitForJobs,
} from './province/queue.js';
import { startRedis, type ThrowawayRedis } from './province/redis.js';
import { countRows, openStore, readResults } from './province/store.js';

const { values } = parseArgs({
  options: {
    counties: { type: 'string', default: '20' },
    elders: { type: 'string', default: '300' },
    workers: { type: 'string', default: '2' },
    month: { type: 'string', default: '2026-09' },
    store: { type: 'string' },
    // Its account is in English only, as are the job reports; `--lang en` is taken like every
    // example's, another language refused (exit code 2).
    lang: { type: 'string', default: 'en' },
  },
});
languageOf(process.argv.slice(2), 'en', ['en']);
const counties = positiveInteger('counties', values.counties);
const eldersPerCounty = positiveInteger('elders', values.elders);
const workerCount = positiveInteger('workers', values.workers);

const cleanups: Array<() => Promise<void> | void> = [];
const cleanUp = async () => {
  for (const step of cleanups.splice(0).reverse()) await step();
};
process.once('SIGINT', () => {
  console.log('\nInterrupted: stopping the workers and Redis …');
  void cleanUp().finally(() => process.exit(130));
});

try {
  await main();
} finally {
  await cleanUp();
}

async function main() {
  const started = performance.now();
  let redis: ThrowawayRedis | undefined;
  let url = process.env.REDIS_URL;
  // A shared Redis keeps other runs' jobs: a prefix of this run's own keeps the ids apart.
  const prefix = url ? `guanai-example-${process.pid}-${Date.now()}` : 'bull';
  if (!url) {
    redis = await startRedis();
    cleanups.push(() => redis?.dispose());
    url = redis.url;
    console.log(`Redis: a throwaway redis-server on port ${redis.port} (${redis.dir})`);
  } else console.log(`Redis: ${url} (key prefix ${prefix})`);
  const connection = connectionFromUrl(url);

  const dir = values.store ? undefined : mkdtempSync(join(tmpdir(), 'guanai-province-'));
  if (dir) cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const storePath = values.store ?? join(dir as string, 'province.db');
  const db = openStore(storePath);
  cleanups.push(() => {
    db.close();
  });

  const month = monthOf(values.month);
  const inputs = generateProvince({ counties, eldersPerCounty, month: values.month });
  const names = new Map(inputs.map((c) => [c.countyCode, c.countyName]));
  console.log(
    `Province: ${counties} counties × ${eldersPerCounty} elders, ${month.from} … ${month.to} (generated in ${seconds(started)}); results in ${storePath}`,
  );

  const queue = new Queue(PROVINCE_QUEUE, { connection, prefix });
  const events = new QueueEvents(PROVINCE_QUEUE, { connection, prefix });
  cleanups.push(() => closeQuietly(queue, events));
  await events.waitUntilReady();

  const workers: WorkerProcess[] = [];
  cleanups.push(() => stopWorkerProcesses(workers));
  const workersStarted = performance.now();
  for (let i = 0; i < workerCount; i++)
    workers.push(
      await startWorkerProcess({
        REDIS_URL: url,
        PROVINCE_STORE: storePath,
        PROVINCE_PREFIX: prefix,
      }),
    );
  console.log(
    `Workers: ${workers.length} processes (pids ${workers.map((w) => w.pid).join(', ')}), started in ${seconds(workersStarted)}`,
  );

  let done = 0;
  let total = 0;
  events.on('progress', ({ data }) => {
    const p = data as JobProgress;
    if (p.stage === 'running') console.log(`  … ${p.county} ${names.get(p.county)} ${p.task}`);
  });
  events.on('completed', ({ jobId, returnvalue }) => {
    const r = returnvalue as unknown as { digest: string; stored: string; pid: number };
    console.log(
      `  [${String(++done).padStart(3)}/${total}] ${jobId.slice(0, 24)} done by ${r.pid}: ${r.stored}, ${r.digest.slice(0, 12)}`,
    );
  });
  events.on('failed', ({ jobId }) =>
    console.log(`  [${String(++done).padStart(3)}/${total}] ${jobId} FAILED`),
  );

  const submittedAt = performance.now();
  const jobs = await submitProvince(queue, db, inputs, { period: month });
  total = jobs.length;
  console.log(
    `Submitted ${jobs.length} jobs (${counties} counties × ${jobs.length / counties} tasks):`,
  );
  const ends = await waitForJobs(
    queue,
    jobs.map((j) => j.id),
  );
  const queueSeconds = (performance.now() - submittedAt) / 1000;
  const failed = ends.filter((e) => e.state === 'failed');
  for (const f of failed) {
    const issues = failureIssues(f.failedReason);
    console.log(
      `FAILED ${f.id}: ${
        issues
          ? issues
              .slice(0, 3)
              .map((i) => `${i.path.join('.')}: ${formatIssue(i, { locale: 'en' })}`)
              .join('; ')
          : f.failedReason
      }`,
    );
  }
  if (failed.length > 0) throw new Error(`${failed.length} jobs failed`);
  const counts = await queue.getJobCounts();

  const merged = mergeProvince(
    readResults(
      db,
      jobs.map((j) => j.id),
    ),
    names,
  );
  const singleStarted = performance.now();
  const reference = mergeProvince(runInProcess(inputs, jobs), names);
  const singleSeconds = (performance.now() - singleStarted) / 1000;
  printReport(merged);

  const same = reportDigest(merged) === reportDigest(reference);
  console.log(`\nStore: ${JSON.stringify(countRows(db))}; queue: ${JSON.stringify(counts)}`);
  console.log(`Province digest (queue):          ${reportDigest(merged)}`);
  console.log(`Province digest (single process): ${reportDigest(reference)}`);
  if (!same) throw new Error('the queue and the single process gave different provinces');
  console.log('Identical: every job digest and the merged report are the same both ways.');
  console.log(
    `\nOn ${workers.length} worker processes: ${queueSeconds.toFixed(2)} s from submission to the last job; in one process: ${singleSeconds.toFixed(2)} s`,
  );
}

function printReport(report: ProvinceReport) {
  console.log(
    '\nCounty                 elders  留守  空巢  paired  visits  scheduled  duty lines  due  made  alerts',
  );
  for (const c of report.counties)
    console.log(
      `${c.county} ${c.name.padEnd(8, '　')}${[
        c.elders,
        c.leftBehind,
        c.emptyNest,
        c.paired,
        c.visits,
        c.scheduled,
        c.dutyLines,
        c.visitsDue,
        c.visitsCompleted,
        c.escalations,
      ]
        .map((n, i) => String(n).padStart([7, 6, 6, 8, 8, 11, 12, 5, 6, 8][i] as number))
        .join('')}`,
    );
  const t = report.plan.totals;
  console.log(
    `\nProvince: elders ${t.elders}, caregivers ${t.caregivers}, paired ${t.paired}, visits ${t.visits}, scheduled ${t.scheduled}, on time ${t.onTime}, km ${(t.totalKm ?? 0).toFixed(1)}, unplaced ${JSON.stringify(report.plan.unplaced)}`,
  );
  const lb = report.classification.leftBehindElder;
  const en = report.classification.emptyNestElder;
  console.log(
    `Classified: 留守 yes ${lb?.yes} / unknown ${lb?.unknown}; 空巢 yes ${en?.yes} / unknown ${en?.unknown}`,
  );
  console.log(
    `Duty lines: ${report.duties.lines}, unheld ${JSON.stringify(report.duties.unheld)}; escalations ${report.escalations}`,
  );
  const row = report.supervision.at(-1);
  console.log(`Supervision (province row): ${JSON.stringify(row)}`);
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

function positiveInteger(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive integer, not ${text}`);
  return value;
}
