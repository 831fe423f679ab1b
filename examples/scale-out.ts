/**
 * `npm run example:scale-out`: a province's month planned county by county on a pool of worker
 * threads, then the same jobs on one thread — both timings, the speed-up, and a check that the
 * two give the same plans.
 *
 *   npm run example:scale-out -- --counties 8 --elders 20000 [--workers 2] [--month 2026-09]
 *   (or SCALE_COUNTIES, SCALE_ELDERS, SCALE_WORKERS, SCALE_MONTH)
 *
 * The default, 4 counties × 500 elders, shows the whole round in a few seconds; the timings mean
 * more at a province's size, which takes minutes (docs/scaling-out.md has both).
 */

import { availableParallelism } from 'node:os';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { languageOf } from './language.js';
import { type CountyResult, runCountyJob } from './scale-out/countyJob.js';
import { mergeResults, type ProvinceTotals } from './scale-out/merge.js';
import { runInPool } from './scale-out/pool.js';
import { provinceJobs } from './scale-out/province.js';

const { values } = parseArgs({
  options: {
    counties: { type: 'string', default: process.env.SCALE_COUNTIES ?? '4' },
    elders: { type: 'string', default: process.env.SCALE_ELDERS ?? '500' },
    workers: {
      type: 'string',
      default: process.env.SCALE_WORKERS ?? String(availableParallelism()),
    },
    month: { type: 'string', default: process.env.SCALE_MONTH ?? '2026-09' },
    // Its account is in English only, as are the job reports; `--lang en` is taken like every
    // example's, another language refused (exit code 2).
    lang: { type: 'string', default: 'en' },
  },
});
languageOf(process.argv.slice(2), 'en', ['en']);
const counties = positiveInteger('counties', values.counties);
const eldersPerCounty = positiveInteger('elders', values.elders);
const workers = positiveInteger('workers', values.workers);

let started = performance.now();
const jobs = provinceJobs({ counties, eldersPerCounty, month: values.month });
const firstJob = jobs[0];
console.log(
  `Province: ${counties} counties × ${eldersPerCounty} elders, ${firstJob?.month.from} … ${firstJob?.month.to} (ledgers generated in ${seconds(started)})`,
);

started = performance.now();
const { results: pooled, startupSeconds } = await runInPool(jobs, workers);
const pooledSeconds = (performance.now() - started) / 1000;

started = performance.now();
const single: CountyResult[] = jobs.map(runCountyJob);
const singleSeconds = (performance.now() - started) / 1000;

console.log('\nCounty          elders  paired  visits  scheduled  unplaced  digest');
for (const r of pooled) {
  const unplaced = Object.values(r.unplaced).reduce((a, b) => a + b, 0);
  console.log(
    `${r.countyCode} ${r.countyName.padEnd(4, '　')}${num(r.elders, 7)}${num(r.paired, 8)}${num(r.visits, 8)}${num(r.scheduled, 11)}${num(unplaced, 10)}  ${r.digest.slice(0, 12)}`,
  );
}
const merged = mergeResults(pooled);
const reference = mergeResults(single);
console.log(`\nTotals (${workers} worker threads): ${totalsLine(merged)}`);
console.log(`Totals (one thread):       ${totalsLine(reference)}`);

// The pool must change nothing but the time: same counties, same plans, digest for digest.
if (!isDeepStrictEqual(pooled, single))
  throw new Error('the worker threads and the single thread gave different results');
console.log('Identical: every county result, digest included, is the same both ways.');

console.log(
  `\nWorker threads (${workers}): ${pooledSeconds.toFixed(2)} s (starting the workers: ${startupSeconds.toFixed(2)} s)`,
);
console.log(`One thread:         ${singleSeconds.toFixed(2)} s`);
console.log(`Speed-up:           ${(singleSeconds / pooledSeconds).toFixed(2)}×`);

function totalsLine(t: ProvinceTotals): string {
  const unplaced = Object.entries(t.unplaced)
    .map(([reason, count]) => `${reason} ${count}`)
    .join(', ');
  return `elders ${t.elders}, paired ${t.paired}, visits ${t.visits}, scheduled ${t.scheduled}, on time ${t.onTime}, unplaced {${unplaced}}, km ${t.totalKm.toFixed(1)}`;
}

function num(value: number, width: number): string {
  return String(value).padStart(width);
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
