/**
 * The thin BullMQ adapter: the queue's name, the connection, submitting a province (one job per
 * county × task, idempotent ids), the processor a worker runs, and waiting for a submission.
 * Everything guanai-specific is in `jobs.ts`; everything engine-specific is here.
 */

import {
  type ConnectionOptions,
  type Job,
  type JobsOptions,
  type Queue,
  UnrecoverableError,
  Worker,
  type WorkerOptions,
} from 'bullmq';
import { GuanaiError, type Issue, issue } from 'guanai';
import type { Redis } from 'ioredis';
import {
  type CountyInput,
  checkJobData,
  jobIdOf,
  type ProvinceJobData,
  runTask,
  TASKS,
  type Task,
} from './jobs.js';
import {
  type Db,
  readInput,
  saveInput,
  saveResult,
  saveResultToRedis,
  type WriteOutcome,
} from './store.js';

/** The queue every submitter and worker of a province shares. */
export const PROVINCE_QUEUE = 'guanai-province';

/** What a job returns to BullMQ (kept in Redis with the job): small, the result is in the store. */
export interface JobOutcome {
  readonly digest: string;
  readonly stored: WriteOutcome;
  /** The worker process that finished the job. */
  readonly pid: number;
}

/** Progress a job reports through `job.updateProgress` (and QueueEvents' `progress`). */
export interface JobProgress {
  readonly stage: 'reading' | 'running' | 'storing';
  readonly county: string;
  readonly task: Task;
}

/**
 * BullMQ connection options from a `redis://[:password@]host:port[/db]` URL. Workers need
 * `maxRetriesPerRequest: null` (they block on Redis and must wait out a restart, not fail).
 */
export function connectionFromUrl(url: string): ConnectionOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new GuanaiError([
      issue('invalid_argument', ['url'], { name: 'REDIS_URL', rule: 'string' }),
    ]);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:')
    throw new GuanaiError([
      issue('invalid_argument', ['url'], { name: 'REDIS_URL', rule: 'string' }),
    ]);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    db: Number(parsed.pathname.slice(1) || 0),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
  };
}

/** Retries for what may pass (Redis gone, a store busy): three tries, 1 s, 2 s, 4 s apart. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1000 },
  // Completed jobs stay (and keep their ids, so a duplicate submission is a no-op); failed
  // ones stay for their failure records. Trim them by age in production (`removeOnComplete:
  // { age }`): the store's unique key still stops a result being written twice.
  removeOnComplete: false,
  removeOnFail: false,
};

/** One submitted job: its id and data. */
export interface Submitted {
  readonly id: string;
  readonly data: ProvinceJobData;
}

/**
 * Store the counties' inputs and add one job per county × task. Ids are digests of (county,
 * task, period, input digest), so submitting the same province twice adds nothing the second
 * time; a county whose ledger changed gets new ids.
 */
export async function submitProvince(
  queue: Queue,
  db: Db,
  counties: readonly CountyInput[],
  options: {
    readonly tasks?: readonly Task[];
    readonly period: {
      readonly from: ProvinceJobData['period']['from'];
      readonly to: ProvinceJobData['period']['to'];
    };
    readonly jobOptions?: JobsOptions;
  },
): Promise<Submitted[]> {
  if (!Array.isArray(counties))
    throw new GuanaiError([
      issue('invalid_argument', ['counties'], { name: 'counties', rule: 'array' }),
    ]);
  const tasks = options.tasks ?? TASKS;
  const jobs: Submitted[] = [];
  for (const county of counties) {
    const inputDigest = saveInput(db, county);
    for (const task of tasks) {
      const data = checkJobData({
        county: county.countyCode,
        countyName: county.countyName,
        task,
        period: options.period,
        inputDigest,
      });
      jobs.push({ id: jobIdOf(data), data });
    }
  }
  await queue.addBulk(
    jobs.map(({ id, data }) => ({
      name: data.task,
      data,
      opts: { ...DEFAULT_JOB_OPTIONS, ...options.jobOptions, jobId: id },
    })),
  );
  return jobs;
}

export interface ProcessorOptions {
  readonly db: Db;
  /** Also write each result to Redis (SET NX under `guanai:result:<id>`). */
  readonly redisResults?: Redis;
  /** Keep the plan's rows (pairings, scheduled visits) beside the summary (default true). */
  readonly rows?: boolean;
  /** Wait this long before storing: a slow county, for the fault tests. */
  readonly holdMs?: number;
}

/** The failure record of a job that failed on bad data: the issues, as JSON, in `failedReason`. */
export interface FailureRecord {
  readonly error: 'GuanaiError';
  readonly issues: readonly Issue[];
}

/** The coded issues of a failed job's `failedReason`, or undefined for other failures. */
export function failureIssues(failedReason: string | undefined): readonly Issue[] | undefined {
  if (!failedReason?.startsWith('{')) return undefined;
  try {
    const record = JSON.parse(failedReason) as Partial<FailureRecord>;
    return record.error === 'GuanaiError' && Array.isArray(record.issues)
      ? record.issues
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The worker's processor. Bad data (job data or ledger rows) fails at once, without retries
 * (`UnrecoverableError`), with the coded issues as its failure record; anything else (the store
 * busy, Redis gone) is thrown as is, for BullMQ to retry with backoff.
 */
export function provinceProcessor(options: ProcessorOptions) {
  return async (job: Job<ProvinceJobData, JobOutcome>): Promise<JobOutcome> => {
    try {
      const data = checkJobData(job.data);
      const progress = (stage: JobProgress['stage']) =>
        job.updateProgress({ stage, county: data.county, task: data.task } satisfies JobProgress);
      await progress('reading');
      const input = readInput(options.db, data.inputDigest);
      if (!input)
        throw new UnrecoverableError(`${job.id}: no input stored under ${data.inputDigest}`);
      await progress('running');
      // Synchronous, CPU-bound: the lock is not renewed meanwhile, so lockDuration must exceed
      // the longest county's task (see docs/scaling-out.md).
      const result = runTask(data, input);
      if (options.holdMs) await new Promise((resolve) => setTimeout(resolve, options.holdMs));
      await progress('storing');
      const id = job.id ?? jobIdOf(data);
      const stored = saveResult(options.db, id, data, result, { rows: options.rows ?? true });
      if (options.redisResults) await saveResultToRedis(options.redisResults, id, result);
      return { digest: result.digest, stored, pid: process.pid };
    } catch (error) {
      if (error instanceof GuanaiError)
        throw new UnrecoverableError(
          JSON.stringify({ error: 'GuanaiError', issues: error.issues } satisfies FailureRecord),
        );
      throw error;
    }
  };
}

/** A BullMQ worker of the province queue. */
export function provinceWorker(
  connection: ConnectionOptions,
  options: ProcessorOptions & Omit<WorkerOptions, 'connection'>,
): Worker<ProvinceJobData, JobOutcome> {
  const { db, redisResults, rows, holdMs, ...workerOptions } = options;
  return new Worker<ProvinceJobData, JobOutcome>(
    PROVINCE_QUEUE,
    provinceProcessor({
      db,
      ...(redisResults ? { redisResults } : {}),
      ...(rows === undefined ? {} : { rows }),
      ...(holdMs ? { holdMs } : {}),
    }),
    { connection, ...workerOptions },
  );
}

export type JobEnd =
  | { readonly id: string; readonly state: 'completed'; readonly outcome: JobOutcome }
  | { readonly id: string; readonly state: 'failed'; readonly failedReason: string };

/**
 * Wait until every job of a submission has completed or failed for good, polling the jobs'
 * states (robust across a Redis restart, unlike a stream of events), and return how each ended.
 */
export async function waitForJobs(
  queue: Queue,
  ids: readonly string[],
  options: { readonly timeoutMs?: number; readonly intervalMs?: number } = {},
): Promise<JobEnd[]> {
  const deadline = Date.now() + (options.timeoutMs ?? 600_000);
  for (;;) {
    try {
      const states = await Promise.all(ids.map((id) => queue.getJobState(id)));
      if (states.every((s) => s === 'completed' || s === 'failed')) {
        const jobs = await Promise.all(ids.map((id) => queue.getJob(id)));
        return jobs.map((job, i) => {
          const id = ids[i] as string;
          if (!job) throw new Error(`${id}: job vanished`);
          return states[i] === 'completed'
            ? { id, state: 'completed', outcome: job.returnvalue as JobOutcome }
            : { id, state: 'failed', failedReason: job.failedReason };
        });
      }
    } catch (error) {
      // Redis restarting: keep polling until the deadline.
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`jobs not finished after ${options.timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 200));
  }
}

/** Close a queue (and the like) without throwing while Redis is gone. */
export async function closeQuietly(
  ...closables: ReadonlyArray<{ close(): Promise<unknown> } | undefined>
) {
  await Promise.allSettled(closables.map((c) => c?.close()));
}
