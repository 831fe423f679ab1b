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
