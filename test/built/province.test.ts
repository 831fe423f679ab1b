/**
 * The province example on BullMQ over Redis, under faults. Each test starts its own
 * redis-server (Debian's package; .ci/run installs it) and its own worker processes, and stops
 * them after. Small counties keep the file under a minute; the assertions are on real digests
 * and row counts, against the same jobs run in this process.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { GuanaiError } from 'guanai';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateProvince, monthOf } from '../../examples/province/generate.js';
import { type CountyInput, checkJobData, type Task } from '../../examples/province/jobs.js';
import { mergeProvince, reportDigest } from '../../examples/province/merge.js';
import {
  runInProcess,
  startWorkerProcess,
  stopWorkerProcesses,
  type WorkerProcess,
} from '../../examples/province/processes.js';
import {
  closeQuietly,
  connectionFromUrl,
  failureIssues,
  PROVINCE_QUEUE,
  type Submitted,
  submitProvince,
  waitForJobs,
} from '../../examples/province/queue.js';
import { startRedis, type ThrowawayRedis } from '../../examples/province/redis.js';
import { countRows, type Db, openStore, readResults } from '../../examples/province/store.js';
import { npmScript, runExample } from './runExample.js';

const MONTH = monthOf('2026-09');
const COUNTIES = 3;
let inputs: CountyInput[];
let names: Map<string, string>;

beforeAll(() => {
  inputs = generateProvince({ counties: COUNTIES, eldersPerCounty: 60, month: '2026-09' });
  names = new Map(inputs.map((c) => [c.countyCode, c.countyName]));
});

/** One test's world: a Redis, a store, a queue, worker processes; all stopped after the test. */
interface World {
  redis: ThrowawayRedis;
  dir: string;
  storePath: string;
  db: Db;
  queue: Queue;
  workers: WorkerProcess[];
  startWorker(env?: Record<string, string>): Promise<WorkerProcess>;
}
let world: World | undefined;

async function makeWorld(options: { appendOnly?: boolean } = {}): Promise<World> {
  const redis = await startRedis(options);
  const dir = mkdtempSync(join(tmpdir(), 'guanai-province-test-'));
  const storePath = join(dir, 'province.db');
  const db = openStore(storePath);
  const queue = new Queue(PROVINCE_QUEUE, { connection: connectionFromUrl(redis.url) });
  const workers: WorkerProcess[] = [];
  world = {
    redis,
    dir,
    storePath,
    db,
    queue,
    workers,
    async startWorker(env = {}) {
      const worker = await startWorkerProcess({
        REDIS_URL: redis.url,
        PROVINCE_STORE: storePath,
        ...env,
      });
      workers.push(worker);
      return worker;
    },
  };
  return world;
}

afterEach(async () => {
  if (!world) return;
  const { redis, dir, db, queue, workers } = world;
  world = undefined;
  await stopWorkerProcesses(workers, 2000);
  await closeQuietly(queue);
  db.close();
  await redis.dispose();
  rmSync(dir, { recursive: true, force: true });
});

/** The province as one process computes it, for the jobs of a submission. */
function reference(jobs: readonly Submitted[], counties = inputs) {
  const results = runInProcess(counties, jobs);
  return { results, digest: reportDigest(mergeProvince(results, names)) };
}

function fromStore(db: Db, jobs: readonly Submitted[]) {
  const results = readResults(
    db,
    jobs.map((j) => j.id),
  );
  return { results, digest: reportDigest(mergeProvince(results, names)) };
}

async function waitUntilActive(queue: Queue, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const active = await queue.getActive();
    if (active.length > 0) return active;
    if (Date.now() > deadline) throw new Error('no job became active');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const ALL: readonly Task[] = ['classify', 'assign', 'plan', 'track'];

describe('examples/province on BullMQ', () => {
  it('has its npm script, and the example merges the queue’s results into the single process’s province', async () => {
    expect(npmScript('example:province')).toContain('examples/province.ts');
    const out = await runExample('examples/province.ts', [
      '--counties',
      '3',
      '--elders',
      '60',
      '--workers',
      '1',
    ]);
    const digest = (who: string) =>
      out.match(new RegExp(`^Province digest \\(${who}\\):\\s+([0-9a-f]{64})$`, 'm'))?.[1];
    expect(digest('queue')).toBeDefined();
    expect(digest('queue')).toBe(digest('single process'));
    expect(out).toContain(
      'Identical: every job digest and the merged report are the same both ways.',
    );
    expect(out).toMatch(/^Store: \{"results":12,"pairings":\d+,"visits":\d+,"writes":12\}/m);
  });

  it('a worker SIGKILLed mid-job: the job is picked up after the stall interval, and the province is the undisturbed one', async () => {
    const w = await makeWorld();
    const stall = { PROVINCE_LOCK_MS: '1500', PROVINCE_STALLED_MS: '500' };
    // The victim holds each job 5 s after computing it: killed before it stores anything.
    const victim = await w.startWorker({ ...stall, PROVINCE_HOLD_MS: '5000' });
    const jobs = await submitProvince(w.queue, w.db, inputs, { period: MONTH, tasks: ['plan'] });
    const [held] = await waitUntilActive(w.queue);
    victim.child.kill('SIGKILL');
    const survivor = await w.startWorker(stall);
    const ends = await waitForJobs(
      w.queue,
      jobs.map((j) => j.id),
      { timeoutMs: 60_000 },
    );
    expect(ends.map((e) => e.state)).toEqual(jobs.map(() => 'completed'));
    const again = ends.find((e) => e.id === held?.id);
    expect(again?.state === 'completed' && again.outcome.pid).toBe(survivor.pid);
    const expected = reference(jobs);
    const stored = fromStore(w.db, jobs);
    expect(stored.results.map((r) => r.digest)).toEqual(expected.results.map((r) => r.digest));
    expect(stored.digest).toBe(expected.digest);
    expect(countRows(w.db)).toMatchObject({ results: COUNTIES, writes: COUNTIES });
  });

  it('Redis restarted mid-run with append-only persistence: the run completes, nothing lost, nothing written twice', async () => {
    const w = await makeWorld({ appendOnly: true });
    const env = { PROVINCE_HOLD_MS: '150', PROVINCE_LOCK_MS: '10000', PROVINCE_STALLED_MS: '2000' };
    await w.startWorker(env);
    await w.startWorker(env);
    const jobs = await submitProvince(w.queue, w.db, inputs, { period: MONTH, tasks: ALL });
    // Crash Redis (SIGKILL) once a few jobs are done, and start it again on its files.
    for (;;) {
      if (countRows(w.db).results >= 3) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const doneBefore = countRows(w.db).results;
    await w.redis.stop({ hard: true });
    await new Promise((resolve) => setTimeout(resolve, 700));
    await w.redis.restart();
    const ends = await waitForJobs(
      w.queue,
      jobs.map((j) => j.id),
      { timeoutMs: 60_000 },
    );
    expect(doneBefore).toBeLessThan(jobs.length);
    expect(ends.map((e) => e.state)).toEqual(jobs.map(() => 'completed'));
    const expected = reference(jobs);
    expect(fromStore(w.db, jobs).digest).toBe(expected.digest);
    const paired = expected.results
      .filter((r) => r.task === 'plan')
      .reduce((sum, r) => sum + Number(r.summary.paired), 0);
    const rows = countRows(w.db);
    expect(rows).toMatchObject({ results: jobs.length, writes: jobs.length });
    expect(rows.pairings).toBeGreaterThanOrEqual(paired);
    expect(rows.pairings).toBe(
      (
        w.db.prepare('SELECT count(DISTINCT job_id || id) AS n FROM pairings').get() as {
          n: number;
        }
      ).n,
    );
  });

  it('a county with a bad ledger fails with its coded issues; the others complete; re-run after the fix completes the province', async () => {
    const w = await makeWorld();
    await w.startWorker();
    const bad = structuredClone(inputs) as CountyInput[];
    const broken = bad[1] as CountyInput;
    const elders = broken.elders as Record<string, unknown>[];
    elders[2] = { ...elders[2], birthDate: '1950-02-30' };
    const first = await submitProvince(w.queue, w.db, bad, { period: MONTH, tasks: ALL });
    const ends = await waitForJobs(
      w.queue,
      first.map((j) => j.id),
      { timeoutMs: 60_000 },
    );
    const failed = ends.filter((e) => e.state === 'failed');
    expect(failed.map((e) => e.id)).toEqual(
      first.filter((j) => j.data.county === broken.countyCode).map((j) => j.id),
    );
    for (const f of failed) {
      const issues = f.state === 'failed' ? failureIssues(f.failedReason) : undefined;
      expect(issues?.[0]).toMatchObject({ path: ['elders', 2, 'birthDate'] });
      expect(issues?.[0]?.code).toMatch(/date/);
      const job = await w.queue.getJob(f.id);
      expect(job?.attemptsMade).toBe(1); // bad data is not retried
    }
    expect(ends.filter((e) => e.state === 'completed')).toHaveLength(first.length - ALL.length);

    // The county fixes its ledger: a new input digest, new ids for that county only.
    const second = await submitProvince(w.queue, w.db, inputs, { period: MONTH, tasks: ALL });
    const newIds = second.map((j) => j.id).filter((id) => !first.some((j) => j.id === id));
    expect(newIds).toHaveLength(ALL.length);
    await waitForJobs(
      w.queue,
      second.map((j) => j.id),
      { timeoutMs: 60_000 },
    );
    expect(fromStore(w.db, second).digest).toBe(reference(second).digest);
    expect(countRows(w.db)).toMatchObject({ results: second.length, writes: second.length });
  });

  it('a duplicate submission of the whole province writes no result twice (BullMQ’s ids, then the store’s key)', async () => {
    const w = await makeWorld();
    await w.startWorker();
    await w.startWorker();
    const [a, b] = await Promise.all([
      submitProvince(w.queue, w.db, inputs, { period: MONTH, tasks: ALL }),
      submitProvince(w.queue, w.db, inputs, { period: MONTH, tasks: ALL }),
    ]);
    expect(b?.map((j) => j.id)).toEqual(a?.map((j) => j.id));
    const jobs = a as Submitted[];
    await waitForJobs(
      w.queue,
      jobs.map((j) => j.id),
      { timeoutMs: 60_000 },
    );
    expect(await w.queue.getJobCountByTypes('completed')).toBe(jobs.length);
    expect(countRows(w.db)).toMatchObject({ results: jobs.length, writes: jobs.length });

    // Completed jobs trimmed (as `removeOnComplete: { age }` would): the same submission runs
    // every job again, and the store finds each result already written, with the same digest.
    await w.queue.clean(0, 1000, 'completed');
    const again = await submitProvince(w.queue, w.db, inputs, { period: MONTH, tasks: ALL });
    const ends = await waitForJobs(
      w.queue,
      again.map((j) => j.id),
      { timeoutMs: 60_000 },
    );
    expect(ends.map((e) => e.state === 'completed' && e.outcome.stored)).toEqual(
      again.map(() => 'duplicate'),
    );
    const rows = countRows(w.db);
    expect(rows).toMatchObject({ results: jobs.length, writes: jobs.length });
    expect(fromStore(w.db, jobs).digest).toBe(reference(jobs).digest);
  });

  it('the adapter rejects bad input with coded errors', () => {
    expect(() => checkJobData(null)).toThrow(GuanaiError);
    try {
      checkJobData({ county: 'x', task: 'fly', period: { from: 'soon' } });
    } catch (error) {
      expect((error as GuanaiError).issues.map((i) => i.path.join('.'))).toEqual([
        'county',
        'countyName',
        'task',
        'inputDigest',
        'period.from',
        'period.to',
      ]);
    }
    expect(() => connectionFromUrl('not a url')).toThrow(GuanaiError);
    expect(() => connectionFromUrl('http://127.0.0.1:6379')).toThrow(GuanaiError);
  });
});
