/**
 * Worker processes on this machine (the example, the tests and the benchmark start them the
 * same way; on many machines each runs `worker.ts` under its own supervisor), and the
 * single-process reference run of the same jobs.
 */

import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type CountyInput, runTask } from './jobs.js';
import type { Submitted } from './queue.js';
import type { StoredResult } from './store.js';

export interface WorkerProcess {
  readonly child: ChildProcess;
  readonly pid: number;
}

/** Fork a worker process (TypeScript under tsx, compiled JavaScript as is) and wait until it listens. */
export async function startWorkerProcess(
  env: Readonly<Record<string, string>>,
): Promise<WorkerProcess> {
  const typescript = import.meta.url.endsWith('.ts');
  const file = fileURLToPath(new URL(typescript ? './worker.ts' : './worker.js', import.meta.url));
  const child = fork(file, [], {
    env: { ...process.env, ...env },
    execArgv: typescript ? ['--import', 'tsx'] : [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('a worker process did not start in 60 s')),
      60_000,
    );
    child.once('message', () => {
      clearTimeout(timer);
      resolve();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`a worker process exited (code ${code}) before it was ready`));
    });
  });
  return { child, pid: child.pid as number };
}

/** Stop worker processes: SIGTERM (the job in hand finishes), SIGKILL after `graceMs`. */
export async function stopWorkerProcesses(workers: readonly WorkerProcess[], graceMs = 10_000) {
  await Promise.all(
    workers.map(async ({ child }) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    }),
  );
}

/**
 * The same jobs in this process, one after another, with no queue and no store: what the
 * queue's results must equal, digest for digest.
 */
export function runInProcess(
  inputs: readonly CountyInput[],
  jobs: readonly Submitted[],
): StoredResult[] {
  const byCounty = new Map(inputs.map((input) => [input.countyCode, input]));
  return jobs.map(({ id, data }) => {
    const input = byCounty.get(data.county);
    if (!input) throw new Error(`no input for county ${data.county}`);
    const result = runTask(data, input);
    // As the store gives it back: through JSON.
    return {
      jobId: id,
      county: data.county,
      task: data.task,
      digest: result.digest,
      summary: JSON.parse(JSON.stringify(result.summary)),
    };
  });
}
