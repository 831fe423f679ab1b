/**
 * A small benchmark harness: runs each case several times after a warm-up and reports the
 * median, so that a noisy 2-core machine still gives comparable ratios.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { generateSampleCounty, type SampleCountyOptions } from '../src/sample/index.js';

export interface CaseResult {
  readonly name: string;
  readonly medianMs: number;
  readonly runsMs: readonly number[];
  readonly perSecond: number;
}

/** Time `run` (which handles `items` items) `runs` times after one warm-up; report the median. */
export function measure(name: string, items: number, run: () => unknown, runs = 5): CaseResult {
  run();
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    runsMs.push(performance.now() - start);
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  const medianMs = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  return { name, medianMs, runsMs, perSecond: (items / medianMs) * 1000 };
}

/** {@link measure} for an asynchronous case: one warm-up, then `runs` timed runs, median. */
export async function measureAsync(
  name: string,
  items: number,
  run: () => Promise<unknown>,
  runs = 5,
): Promise<CaseResult> {
  await run();
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    runsMs.push(performance.now() - start);
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  const medianMs = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  return { name, medianMs, runsMs, perSecond: (items / medianMs) * 1000 };
}

/** A case timed round by round, in wall-clock and in CPU time. */
export interface RoundCaseResult extends CaseResult {
  /** CPU time of each run (user + system, every thread of the process: GC helpers count). */
  readonly cpuRunsMs: readonly number[];
  readonly cpuMedianMs: number;
}

/** A case for {@link measureRounds}: `run` handles `items` items. */
export interface RoundCase {
  readonly name: string;
  readonly items: number;
  readonly run: () => unknown;
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * Time `cases` round by round: each round runs every case once, in the order given (ours, its
 * peer, ours, its peer …), so a swing in the machine's load falls on all of them alike, where
 * timing one case's runs and then the next's lets a busy second hit only one. With `slices`
 * above 1 a round runs the list that many times over and each case's time is the mean of its
 * slices: short runs interleaved finer still. `warmups` untimed rounds first, so that every
 * case is compiled before any is timed.
 */
export function measureRounds(
  cases: readonly RoundCase[],
  rounds = 7,
  warmups = 2,
  slices = 1,
): RoundCaseResult[] {
  for (let round = 0; round < warmups; round++) for (const { run } of cases) run();
  const wall = cases.map((): number[] => []);
  const cpu = cases.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    const roundWall = cases.map(() => 0);
    const roundCpu = cases.map(() => 0);
    for (let slice = 0; slice < slices; slice++) {
      cases.forEach(({ run }, at) => {
        const cpuStart = process.cpuUsage();
        const start = performance.now();
        run();
        roundWall[at] = (roundWall[at] ?? 0) + performance.now() - start;
        const used = process.cpuUsage(cpuStart);
        roundCpu[at] = (roundCpu[at] ?? 0) + (used.user + used.system) / 1000;
      });
    }
    cases.forEach((_, at) => {
      wall[at]?.push((roundWall[at] ?? 0) / slices);
      cpu[at]?.push((roundCpu[at] ?? 0) / slices);
    });
  }
  return cases.map(({ name, items }, at) => {
    const runsMs = wall[at] ?? [];
    const cpuRunsMs = cpu[at] ?? [];
    const medianMs = median(runsMs);
    return {
      name,
      medianMs,
      runsMs,
      perSecond: (items / medianMs) * 1000,
      cpuRunsMs,
      cpuMedianMs: median(cpuRunsMs),
    };
  });
}

/** Each round's ratio of `ours` to `peer` (time over time), in wall-clock and in CPU time. */
export function roundRatios(
  ours: RoundCaseResult,
  peer: RoundCaseResult,
): { readonly wall: number[]; readonly cpu: number[] } {
  const ratios = (a: readonly number[], b: readonly number[]) =>
    a.map((value, round) => value / (b[round] ?? Number.NaN));
  return { wall: ratios(ours.runsMs, peer.runsMs), cpu: ratios(ours.cpuRunsMs, peer.cpuRunsMs) };
}

/**
 * One line per pair: every round's ratio of `ours` to `peer` in wall-clock and CPU time, their
 * median and worst, and the ratio of the medians.
 */
export function reportRatios(
  title: string,
  pairs: readonly (readonly [RoundCaseResult, RoundCaseResult, string])[],
): void {
  console.log(`\n${title}\n`);
  console.log(
    '| pair | ratio of medians, wall / CPU | median round | worst round | every round, wall | every round, CPU |',
  );
  console.log('| --- | ---: | ---: | ---: | --- | --- |');
  const list = (values: readonly number[]) => values.map((v) => v.toFixed(2)).join(', ');
  for (const [ours, peer, label] of pairs) {
    const { wall, cpu } = roundRatios(ours, peer);
    console.log(
      `| ${label} | ${(ours.medianMs / peer.medianMs).toFixed(2)} / ${(ours.cpuMedianMs / peer.cpuMedianMs).toFixed(2)} | ${median(wall).toFixed(2)} / ${median(cpu).toFixed(2)} | ${Math.max(...wall).toFixed(2)} / ${Math.max(...cpu).toFixed(2)} | ${list(wall)} | ${list(cpu)} |`,
    );
  }
}

export function report(title: string, results: readonly CaseResult[], baseline?: string): void {
  console.log(`\n## ${title}\n`);
  console.log(`| case | median ms | items/s | runs (ms) |${baseline ? ' ratio |' : ''}`);
  console.log(`| --- | ---: | ---: | --- |${baseline ? ' ---: |' : ''}`);
  const base = results.find((r) => r.name === baseline);
  for (const r of results) {
    const ratio = base ? ` ${(base.medianMs / r.medianMs).toFixed(2)}× |` : '';
    console.log(
      `| ${r.name} | ${r.medianMs.toFixed(0)} | ${Math.round(r.perSecond).toLocaleString('en-US')} | ${r.runsMs.map((ms) => ms.toFixed(0)).join(', ')} |${ratio}`,
    );
  }
}

/**
 * Run one memory case alone: `script` (an `import.meta.url`) again in a fresh Node process with
 * `--expose-gc` and `variable=name` set; the case prints its result as JSON on its last line.
 */
export function inFreshProcess<T>(script: string, variable: string, name: string): T {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, '--expose-gc', fileURLToPath(script)],
    {
      env: { ...process.env, [variable]: name },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    },
  );
  const last = child.stdout.trim().split('\n').at(-1);
  if (child.status !== 0 || !last) throw new Error(`memory case ${name} failed (${child.status})`);
  return JSON.parse(last) as T;
}

/**
 * The benchmarks' county: seed 2026, 20 townships × 25 villages (500 villages), `elders`
 * elders and whatever else `options` adds — the same county in every workload. No children
 * unless `options.children` asks: their 包保 holders (teachers, more cadres) would join the
 * caregivers and change the workloads measured before they existed.
 */
export function benchCounty(elders: number, options: Omit<SampleCountyOptions, 'elders'> = {}) {
  return generateSampleCounty({
    seed: 2026,
    townships: 20,
    villagesPerTownship: 25,
    elders,
    children: 0,
    ...options,
  });
}
