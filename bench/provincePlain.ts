/**
 * The plain process of `bench/province.bench.ts`: the same jobs, one after another, in one
 * process with no queue, reading each county from the store as a worker would. Prints JSON:
 * its time and peak resident set.
 */
import { readFileSync } from 'node:fs';
import { runTask } from '../examples/province/jobs.js';
import type { Submitted } from '../examples/province/queue.js';
import { openStore, readInput } from '../examples/province/store.js';

const [storePath, jobsPath] = process.argv.slice(2) as [string, string];
const jobs = JSON.parse(readFileSync(jobsPath, 'utf8')) as Submitted[];
const db = openStore(storePath);
const started = performance.now();
const digests: string[] = [];
for (const { data } of jobs) {
  const input = readInput(db, data.inputDigest);
  if (!input) throw new Error(`no input ${data.inputDigest}`);
  digests.push(runTask(data, input).digest);
}
const seconds = (performance.now() - started) / 1000;
const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
console.log(JSON.stringify({ seconds, peakRssMb: Number(hwm) / 1024, digests }));
