/**
 * Duties (包保责任制): the holders of the default duties for a generated county (seed 2026, 20
 * townships × 25 villages, 20,000 elders — env BENCH_ELDERS — and 5,000 children — env
 * BENCH_CHILDREN — with the sample's caregivers: the elders' and the children's holders), as of
 * 2026-09-01, side by side with today's general pairing alone on the same county.
 *
 * Timed, 1 warm-up + 3 runs (env BENCH_RUNS), medians: (d1) `assignDuties({ elders, children,
 * caregivers }, { asOf })` — every elder classified, each of the seven default duties held by
 * the pairing solver; (g1) `pairElders({ elders, caregivers }, { asOf, duties: [] })` — the
 * general pairing alone, as before duties; (d2) `pairElders({ elders, children, caregivers,
 * asOf })` — both, as an app calls it by default.
 *
 * Memory (env BENCH_MEMORY=0 skips it): each case once, cold, alone in a fresh process: the heap
 * retained with the result kept (after a full GC), and the process's peak RSS before and after.
 *
 * Printed: per duty, its subjects, held, unheld (with the reasons), holders and the largest
 * caseload. Checked (a violation throws): held + unheld = subjects for every duty, one current
 * line per held subject, and (d2)'s duties equal to (d1)'s.
 */
import { performance } from 'node:perf_hooks';
import { plainDate } from '../src/models/index.js';
import { assignDuties, type DutyAssignment, pairElders } from '../src/scheduling/index.js';
import { benchCounty, type CaseResult, inFreshProcess, measure, report } from './harness.js';

const started = performance.now();
const ELDERS = Number(process.env.BENCH_ELDERS ?? 20_000);
const CHILDREN = Number(process.env.BENCH_CHILDREN ?? 5_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MEMORY = process.env.BENCH_MEMORY !== '0';
const MEMORY_CASE = process.env.BENCH_DUTIES_MEMORY_CASE;
const AS_OF = plainDate('2026-09-01');

const NAMES = {
  d1: '(d1) assignDuties, the default duties',
  g1: '(g1) pairElders, duties: [] (general pairing alone)',
  d2: '(d2) pairElders, default (general pairing + duties)',
} as const;
type CaseKey = keyof typeof NAMES;

function county() {
  return benchCounty(ELDERS, { children: CHILDREN, asOf: AS_OF });
}

function runCase(key: CaseKey, sample: ReturnType<typeof county>) {
  const { elders, children, caregivers } = sample;
  if (key === 'd1') return assignDuties({ elders, children, caregivers }, { asOf: AS_OF });
  if (key === 'g1') return pairElders({ elders, caregivers }, { asOf: AS_OF, duties: [] });
  return pairElders({ elders, children, caregivers }, { asOf: AS_OF });
}

interface MemoryResult {
  readonly retainedBytes: number;
  readonly maxRssBeforeBytes: number;
  readonly maxRssAfterBytes: number;
  readonly ms: number;
}

function memoryChild(key: CaseKey): void {
  const gc = globalThis.gc;
  if (!gc) throw new Error('the memory child needs --expose-gc');
  const sample = county();
  gc();
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const maxRssBeforeBytes = process.resourceUsage().maxRSS * 1024;
  const start = performance.now();
  const kept = runCase(key, sample);
  const ms = performance.now() - start;
  gc();
  gc();
  const result: MemoryResult = {
    retainedBytes: process.memoryUsage().heapUsed - heapBefore,
    maxRssBeforeBytes,
    maxRssAfterBytes: process.resourceUsage().maxRSS * 1024,
    ms,
  };
  if (kept === undefined) throw new Error('nothing assigned');
  console.log(JSON.stringify(result));
}

const n = (value: number) => Math.round(value).toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

function check(duties: DutyAssignment): void {
  for (const s of duties.stats) {
    if (s.held + s.unheld !== s.subjects)
      throw new Error(`${s.duty}: ${s.held} held + ${s.unheld} unheld ≠ ${s.subjects}`);
    const lines = duties.current.filter((line) => line.duty === s.duty).length;
    if (lines !== s.held) throw new Error(`${s.duty}: ${lines} current lines, ${s.held} held`);
  }
}

function printDuties(duties: DutyAssignment): void {
  console.log(
    '\n## Duties held (d1): per duty, as of 2026-09-01 (subjects: elders in its categories, 留守儿童 at its stages)\n',
  );
  console.log('| duty | subjects | held | held % | unheld (reasons) | holders | max caseload |');
  console.log('| --- | ---: | ---: | ---: | --- | ---: | ---: |');
  for (const s of duties.stats) {
    const reasons = new Map<string, number>();
    for (const u of duties.unheld)
      if (u.duty === s.duty) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
    const why = [...reasons].map(([reason, count]) => `${reason} ${n(count)}`).join(', ');
    const share = s.subjects > 0 ? `${((100 * s.held) / s.subjects).toFixed(1)} %` : '–';
    console.log(
      `| ${s.duty} | ${n(s.subjects)} | ${n(s.held)} | ${share} | ${n(s.unheld)}${why ? ` (${why})` : ''} | ${n(s.holders)} | ${s.maxCaseload} |`,
    );
  }
}

function main(): void {
  let start = performance.now();
  const sample = county();
  const countyMs = performance.now() - start;
  const { elders, children, caregivers } = sample;
  const teachers = caregivers.filter((c) => c.roles.includes('teacher')).length;
  console.log(
    `\nDuties: ${n(elders.length)} elders, ${n(children.length)} children, ${n(caregivers.length)} caregivers (${n(teachers)} teachers) in ${n(sample.county.townships.length)} townships; county generated in ${n(countyMs)} ms (untimed below).`,
  );
  const results: Partial<Record<CaseKey, unknown>> = {};
  const timed: CaseResult[] = (Object.keys(NAMES) as CaseKey[]).map((key) =>
    measure(NAMES[key], elders.length, () => (results[key] = runCase(key, sample)), RUNS),
  );
  report(
    `Duties against the general pairing, ${n(elders.length)} elders (elders/s; 1 warm-up + ${RUNS} runs, median)`,
    timed,
    NAMES.g1,
  );
  const d1 = results.d1 as DutyAssignment;
  const d2 = (results.d2 as ReturnType<typeof pairElders>).duties;
  check(d1);
  if (JSON.stringify(d2?.stats) !== JSON.stringify(d1.stats))
    throw new Error('pairElders assigned other duties than assignDuties');
  printDuties(d1);
  if (MEMORY) {
    start = performance.now();
    console.log(
      '\n## Memory, each case once, cold, alone in a fresh process (retained: heapUsed after a full GC with the result kept, minus before; peak: process maxRSS before the case — county generated — and after)\n',
    );
    console.log('| case | retained heap | peak RSS before → after | cold ms |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const key of Object.keys(NAMES) as CaseKey[]) {
      const r = inFreshProcess<MemoryResult>(import.meta.url, 'BENCH_DUTIES_MEMORY_CASE', key);
      console.log(
        `| ${NAMES[key]} | ${mb(r.retainedBytes)} | ${mb(r.maxRssBeforeBytes)} → ${mb(r.maxRssAfterBytes)} | ${n(r.ms)} |`,
      );
    }
  }
  console.log(
    `\nChecks passed: held + unheld = subjects and one current line per held subject for every duty; pairElders' duties equal assignDuties'. Whole bench: ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  );
}

if (MEMORY_CASE) {
  if (!(MEMORY_CASE in NAMES)) throw new Error(`unknown memory case ${MEMORY_CASE}`);
  memoryChild(MEMORY_CASE as CaseKey);
} else {
  main();
}
