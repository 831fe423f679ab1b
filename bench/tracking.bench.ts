/**
 * W4 (issue 7), tracking: a county-year of visit records — matching, coverage by area and
 * escalations, timed and measured against a straightforward implementation written here.
 *
 * Setup (untimed; its time is printed): the county (seed 2026, 20 townships × 25 villages,
 * 20,000 elders — env BENCH_ELDERS); per village four plans for all its elders, valid from
 * 2026-01-01 — `townshipCadreWeeklyVisit` with `window: { type: 'period', graceDays: 10 }`,
 * `census` and `festivalVisits` (a day window) by the township's first responsible cadre,
 * `villageCadreMonthlyChildContact` (phone) by the village's — expanded with `expandPlans` over
 * 2026; `simulateVisitRecords` (seed 2026, asOf 2026-12-31, incidentRate 0.0005). About 3 % of
 * the elders stop needing visits during the year (2 % die, 1 % move in with their children):
 * their records from that day on are dropped and one unplanned in-person record, not done with
 * that reason, says so. The log is topped up to 1.5 M records (env BENCH_TRACKING_RECORDS) with
 * unplanned (keyless) in-person records — half of kind `homeVisit`, a quarter with no kind, a
 * quarter `activity` (which no plan has: orphans, still contact) — and corrections (`amends`)
 * of 2 % of the simulated records (a not-done visit found done, a wrong time or day; one in
 * twenty corrects a correction). The log is ordered as written (`recordedOn`), numbered in that
 * order and made afresh in it, as records read from a store would be.
 *
 * Timed, in this process, medians of 3 runs (env BENCH_RUNS), no warm-up (a run takes seconds),
 * the first run of each case after a full GC (one takes seconds at this size: the later runs
 * start with the garbage of the earlier ones, as in a long-running process):
 * (1) `matchRecords(occurrences, records)`;
 * (2) `coverage` by village, township and county for one month, asOf its last day, reusing one
 *     match — one run per month of env BENCH_TRACKING_MONTHS (default 4,8,12: a month costs
 *     guanai about the same whichever it is; BENCH_TRACKING_MONTHS=1-12 runs the whole year, 27
 *     calls more, about 5 s each on a quiet 2-core machine);
 * (2b) with BENCH_TRACKING_DAY=1, `coverage` of one day by county: what a call costs whatever
 *     its period;
 * (3) `escalations` on 2026-06-30 with the default rules, reusing the match.
 *
 * Beside each, the straightforward implementation below — what a developer writes without the
 * library. The straightforward match is checked against guanai's (matched, outcomes,
 * cancellations, duplicates, orphans by reason, ends); coverage and escalations are checked on
 * the same match, guanai's, handed to the straightforward code in its own shape: every coverage
 * row of every month and grouping timed (the counts, per kind and per not-done reason, elders,
 * elders visited, never contacted, longest without contact) and every escalation (id, day,
 * area, caregiver, record). A difference in coverage or escalations throws at once; one in
 * matching is printed and thrown after the tables.
 *
 * Memory and GC, on each case's first run: the peak heap (the most used before any GC of the
 * run, from `v8.GCProfiler`, or at its end) and, for the matches, the heap the result keeps
 * (after a full GC), both above the heap before the run; the time in GC; the peak resident set
 * above the resident set before the run (Linux: the peak is reset through /proc/self/clear_refs;
 * elsewhere the process's maxRSS, which only grows). V8 keeps freed pages for a while, so the
 * RSS figure understates what a fresh process would need.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { GCProfiler, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { seededUniform } from '../src/_lib/seededUniform.js';
import {
  type CoverageGrouping,
  type CoverageRow,
  coverage,
  type Escalation,
  escalations,
  matchRecords,
  type NotDoneReason,
  type RecordMatch,
  type VisitRecord,
  type VisitRecordId,
} from '../src/compliance/index.js';
import {
  addDays,
  type CaregiverId,
  daysBetween,
  type ElderId,
  type PlainDate,
  plainDate,
} from '../src/models/index.js';
import {
  expandPlans,
  type Occurrence,
  periodOf,
  planFromPreset,
  type VisitKind,
  type VisitPlan,
} from '../src/recurrence/index.js';
import { simulateVisitRecords } from '../src/sample/index.js';
import { benchCounty, type CaseResult, report } from './harness.js';

const started = performance.now();
const ELDERS = Number(process.env.BENCH_ELDERS ?? 20_000);
const TARGET_RECORDS = Number(process.env.BENCH_TRACKING_RECORDS ?? 1_500_000);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const MONTHS = monthList(process.env.BENCH_TRACKING_MONTHS ?? '4,8,12');
const ESCALATIONS_AS_OF = plainDate(process.env.BENCH_TRACKING_ESCALATIONS_AS_OF ?? '2026-06-30');
const DAY_CASE = process.env.BENCH_TRACKING_DAY === '1';

const YEAR_FROM = plainDate('2026-01-01');
const YEAR_TO = plainDate('2026-12-31');
const GROUPINGS = ['village', 'township', 'county'] as const satisfies readonly CoverageGrouping[];
type AreaGrouping = (typeof GROUPINGS)[number];

const n = (value: number) => Math.round(value).toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** `4,8,12` or `1-12`: months of 2026. */
function monthList(text: string): number[] {
  const months = text.split(',').flatMap((part) => {
    const [a, b] = part.split('-').map((s) => Number(s.trim()));
    if (a === undefined || !Number.isInteger(a)) return [];
    const last = b === undefined ? a : b;
    return Array.from({ length: last - a + 1 }, (_, i) => a + i);
  });
  if (months.length === 0 || months.some((m) => !Number.isInteger(m) || m < 1 || m > 12))
    throw new Error(`BENCH_TRACKING_MONTHS: months 1–12, not ${text}`);
  return months;
}

// ---------------------------------------------------------------------------------------------
// Memory: a full GC (the flag is set at run time: `npm run bench` starts Node without it), the
// resident set and its peak from /proc on Linux.

setFlagsFromString('--expose-gc');
const gc = (globalThis.gc ?? runInNewContext('gc')) as () => void;

function procStatusBytes(field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const line = readFileSync('/proc/self/status', 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${field}:`));
    return line ? Number(line.replace(/\D+/g, '')) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
/** Reset the peak resident set to the current one (Linux ≥ 4.0); false when not possible. */
function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}
const rssNow = () => procStatusBytes('VmRSS') ?? process.memoryUsage().rss;
const peakRss = () => procStatusBytes('VmHWM') ?? process.resourceUsage().maxRSS * 1024;

interface Memory {
  /** Heap kept by the result: heapUsed after a full GC, minus before the run (NaN: not asked). */
  readonly retainedBytes: number;
  /** The most heap used during the run (before each GC, and at its end), minus before it. */
  readonly peakHeapAddedBytes: number;
  /** Time in GC during the run, and the number of mark-compacts. */
  readonly gcMs: number;
  readonly markCompacts: number;
  /** Peak resident set during the run above the resident set before it. */
  readonly peakRssAddedBytes: number;
  /** Whether the peak was reset before the run (else it is the process's maxRSS growth). */
  readonly peakReset: boolean;
}

interface Timed {
  readonly result: CaseResult;
  readonly memory: Memory;
}

/** Used heap in a GC profile's statistics (camelCase at run time, snake_case in @types/node). */
const usedHeap = (stats: object): number =>
  Number(Reflect.get(stats, 'usedHeapSize') ?? Reflect.get(stats, 'used_heap_size') ?? 0);

/**
 * `runs` runs, the first after a full GC, with memory and GC measured on it (and, with `kept`,
 * the heap its result keeps: one more full GC). A full GC takes seconds at this size, so the
 * later runs start with the garbage of the earlier ones, as in a long-running process. Each
 * result is handed to `keep` (untimed) and then dropped: no run is timed beside an earlier
 * one's result.
 */
function timeRuns<T>(
  name: string,
  items: number,
  run: (index: number) => T,
  keep: (value: T, index: number) => void,
  options: { runs?: number; kept?: boolean } = {},
): Timed {
  const runs = options.runs ?? RUNS;
  const runsMs: number[] = [];
  let memory: Memory | undefined;
  for (let i = 0; i < runs; i++) {
    if (i === 0) gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const rssBefore = rssNow();
    const peakReset = resetPeak();
    const profiler = i === 0 ? new GCProfiler() : undefined;
    profiler?.start();
    const start = performance.now();
    const value = run(i);
    const ms = performance.now() - start;
    if (profiler) {
      const heapAfter = process.memoryUsage().heapUsed;
      const peak = peakRss();
      const gcs = profiler.stop().statistics;
      if (options.kept) gc();
      memory = {
        retainedBytes: options.kept ? process.memoryUsage().heapUsed - heapBefore : Number.NaN,
        peakHeapAddedBytes:
          Math.max(heapAfter, ...gcs.map((g) => usedHeap(g.beforeGC.heapStatistics))) - heapBefore,
        gcMs: gcs.reduce((sum, g) => sum + g.cost, 0) / 1000,
        markCompacts: gcs.filter((g) => g.gcType === 'MarkSweepCompact').length,
        peakRssAddedBytes: peak - rssBefore,
        peakReset,
      };
    }
    runsMs.push(ms);
    keep(value, i);
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  const medianMs = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  return {
    result: { name, medianMs, runsMs, perSecond: (items / medianMs) * 1000 },
    memory: memory as Memory,
  };
}

// ---------------------------------------------------------------------------------------------
// Setup: the county, its plans, a year of visits and of records.

let setupStart = performance.now();
const sample = benchCounty(ELDERS);
const elders = sample.elders;
const countyMs = performance.now() - setupStart;

setupStart = performance.now();
const eldersByVillage = new Map<string, ElderId[]>();
for (const elder of elders) {
  const list = eldersByVillage.get(elder.residence.villageCode);
  if (list) list.push(elder.id);
  else eldersByVillage.set(elder.residence.villageCode, [elder.id]);
}
/** The first caregiver (in id order) holding `role` whose home is in each area. */
function firstByArea(role: 'townshipResponsibleCadre' | 'villageResponsibleCadre') {
  const first = new Map<string, CaregiverId>();
  for (const caregiver of sample.caregivers)
    if (caregiver.roles.includes(role) && !first.has(caregiver.home.regionCode))
      first.set(caregiver.home.regionCode, caregiver.id);
  return first;
}
const townshipCadre = firstByArea('townshipResponsibleCadre');
const villageCadre = firstByArea('villageResponsibleCadre');

const plans: VisitPlan[] = [];
for (const [village, ids] of eldersByVillage) {
  const cadre = townshipCadre.get(`${village.slice(0, 9)}000`);
  const local = villageCadre.get(village);
  if (!cadre || !local) throw new Error(`no responsible cadre for village ${village}`);
  const base = { whom: { elders: ids }, validFrom: YEAR_FROM };
  plans.push(
    planFromPreset('townshipCadreWeeklyVisit', {
      ...base,
      id: `${village}-weekly`,
      who: { caregiverId: cadre },
      window: { type: 'period', graceDays: 10 },
    }),
    planFromPreset('villageCadreMonthlyChildContact', {
      ...base,
      id: `${village}-children`,
      who: { caregiverId: local },
    }),
    planFromPreset('census', { ...base, id: `${village}-census`, who: { caregiverId: cadre } }),
    planFromPreset('festivalVisits', {
      ...base,
      id: `${village}-festival`,
      who: { caregiverId: cadre },
    }),
  );
}
const occurrences: Occurrence[] = [...expandPlans(plans, { from: YEAR_FROM, to: YEAR_TO })];
const plansMs = performance.now() - setupStart;

setupStart = performance.now();
// Visits in the order their windows open, so that records are made roughly in the order written.
const byOpening = [...occurrences].sort((a, b) =>
  a.openFrom < b.openFrom ? -1 : a.openFrom > b.openFrom ? 1 : 0,
);
const simulated = simulateVisitRecords(byOpening, {
  seed: 2026,
  asOf: YEAR_TO,
  caregiverOf: (occurrence) =>
    'caregiverId' in occurrence.who ? occurrence.who.caregiverId : undefined,
  incidentRate: 0.0005,
});
const simulateMs = performance.now() - setupStart;

setupStart = performance.now();
const random = seededUniform(2026, 77);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const dayOfYear = (from: PlainDate, to: PlainDate) =>
  addDays(from, Math.floor(random() * (daysBetween(from, to) + 1)));
const timeOfDay = () =>
  `${String(8 + Math.floor(random() * 10)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}` as VisitRecord['time'];
let nextNumber = simulated.length + 1;
const nextId = () => `R-${nextNumber++}` as VisitRecordId;

// Elders who stop needing visits: the log says so once, and has nothing of theirs after.
const endOf = new Map<string, { on: PlainDate; reason: 'deceased' | 'movedInWithChildren' }>();
for (const elder of elders) {
  const draw = random();
  if (draw < 0.03)
    endOf.set(elder.id, {
      on: dayOfYear(plainDate('2026-02-01'), plainDate('2026-12-20')),
      reason: draw < 0.02 ? 'deceased' : 'movedInWithChildren',
    });
}
const villageOfElder = new Map(elders.map((e) => [e.id as string, e.residence.villageCode]));
const keyed = simulated.filter((record) => {
  const end = endOf.get(record.elderId);
  return !end || record.on < end.on;
});
const endRecords: VisitRecord[] = [...endOf].map(([elderId, end]) => ({
  id: nextId(),
  elderId: elderId as ElderId,
  caregiverIds: [villageCadre.get(villageOfElder.get(elderId) ?? '') as CaregiverId],
  on: end.on,
  time: timeOfDay(),
  kind: 'homeVisit',
  channel: 'inPerson',
  outcome: 'notDone',
  notDoneReason: end.reason,
  recordedOn: end.on,
}));

// Corrections of 2 % of the simulated records (distinct ones), one in twenty of a correction.
const correctionCount = Math.round(keyed.length * 0.02);
const corrected = new Set<number>();
while (corrected.size < correctionCount) corrected.add(Math.floor(random() * keyed.length));
const corrections: VisitRecord[] = [];
const correct = (original: VisitRecord): VisitRecord => {
  const { notDoneReason: _reason, time: _time, ...rest } = original;
  const recordedOn = addDays(original.recordedOn, 1 + Math.floor(random() * 5));
  const written = daysBetween(recordedOn, YEAR_TO) >= 0 ? recordedOn : YEAR_TO;
  if (original.outcome === 'notDone')
    // The visit was made after all.
    return {
      ...rest,
      id: nextId(),
      amends: original.id,
      time: timeOfDay(),
      outcome: 'completed',
      durationMinutes: 20 + Math.floor(random() * 40),
      recordedOn: written,
    };
  if (random() < 0.5)
    // The wrong time, or length.
    return {
      ...original,
      id: nextId(),
      amends: original.id,
      time: timeOfDay(),
      durationMinutes: 10 + Math.floor(random() * 50),
      recordedOn: written,
    };
  // The wrong day: a day earlier.
  const on = original.on > YEAR_FROM ? addDays(original.on, -1) : original.on;
  return { ...original, id: nextId(), amends: original.id, on, recordedOn: written };
};
for (const index of corrected) {
  const correction = correct(keyed[index] as VisitRecord);
  corrections.push(correction);
  if (random() < 0.05) corrections.push(correct(correction));
}

// Unplanned in-person records up to the target, on days the elder still needs visits.
const unplannedCount = Math.max(
  0,
  TARGET_RECORDS - keyed.length - endRecords.length - corrections.length,
);
const unplanned: VisitRecord[] = [];
while (unplanned.length < unplannedCount) {
  const elder = pick(elders);
  const end = endOf.get(elder.id);
  const on = dayOfYear(YEAR_FROM, end ? addDays(end.on, -1) : YEAR_TO);
  const draw = random();
  const kind: VisitKind | undefined =
    draw < 0.5 ? 'homeVisit' : draw < 0.75 ? undefined : 'activity';
  const done = random() < 0.97;
  unplanned.push({
    id: nextId(),
    elderId: elder.id,
    caregiverIds: [villageCadre.get(elder.residence.villageCode) as CaregiverId],
    on,
    time: timeOfDay(),
    ...(kind ? { kind } : {}),
    channel: 'inPerson',
    ...(done
      ? { outcome: 'completed' as const, durationMinutes: 15 + Math.floor(random() * 45) }
      : { outcome: 'notDone' as const, notDoneReason: 'notAtHome' as const }),
    tasks: ['chat'],
    recordedOn: on,
  });
}
// The log in the order it was written, numbered in that order (R-2026-0000001 …) and made
// afresh in it, as records read from a store would be: the order of the array is that of memory.
const written = [...keyed, ...endRecords, ...unplanned, ...corrections].sort((a, b) =>
  a.recordedOn < b.recordedOn ? -1 : a.recordedOn > b.recordedOn ? 1 : 0,
);
// Corrections are written after what they correct: their originals are numbered first.
const amended = new Set(corrections.map((r) => r.amends as string));
const renumbered = new Map<string, VisitRecordId>();
const records: VisitRecord[] = written.map((r, i) => {
  const id = `R-2026-${String(i + 1).padStart(7, '0')}` as VisitRecordId;
  if (amended.has(r.id)) renumbered.set(r.id, id);
  return { ...r, id, ...(r.amends ? { amends: renumbered.get(r.amends) as VisitRecordId } : {}) };
});
if (records.some((r) => r.amends === undefined && 'amends' in r))
  throw new Error('a correction was written before what it corrects');
const made = {
  simulated: simulated.length,
  keyed: keyed.length,
  ends: endRecords.length,
  unplanned: unplanned.length,
  corrections: corrections.length,
};
// Only the log is kept.
for (const list of [simulated, keyed, endRecords, unplanned, corrections, written, byOpening])
  list.length = 0;
const topUpMs = performance.now() - setupStart;

// ---------------------------------------------------------------------------------------------
// The straightforward implementation: what a developer writes without the library. Records in
// force through a Set of amended ids; records sorted by day, time and id and taken in turn;
// each matched record filed under its visit's key in an array (the records per visit, searched
// with `some` and `filter`); an unplanned record matched by filtering the elder's visits. A
// visit's state is worked out on each call from its records, with Date objects; days are
// otherwise compared as ISO strings, and added or subtracted with Date objects. Coverage
// filters the visits due in the month and tallies them per area in a Map; escalations scan
// every visit and every record in force, with the default rules written as code. Each call
// starts from the occurrences, the records and the match, as guanai's do.

type NaiveOutcome = 'completed' | 'notDone' | 'cancelled';
interface NaiveEntry {
  readonly recordId: string;
  readonly on: string;
  readonly outcome: NaiveOutcome;
  readonly reason?: NotDoneReason;
  readonly time?: string;
}
interface NaiveMatch {
  /** What happened to each visit: its records, in order, and cancellations. */
  readonly byKey: Map<string, NaiveEntry[]>;
  readonly matched: ReadonlyMap<string, string>;
  readonly duplicates: readonly string[];
  readonly orphans: readonly { recordId: string; reason: string }[];
  readonly ends: ReadonlyMap<string, { from: string; reason: string }>;
}

function naiveInForce(records: readonly VisitRecord[]): VisitRecord[] {
  const amended = new Set(records.filter((r) => r.amends).map((r) => r.amends));
  return records.filter((r) => !amended.has(r.id));
}

function naiveMatch(
  occurrences: readonly Occurrence[],
  records: readonly VisitRecord[],
): NaiveMatch {
  const inForce = naiveInForce(records);
  inForce.sort(
    (a, b) =>
      a.on.localeCompare(b.on) ||
      (a.time ?? '').localeCompare(b.time ?? '') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const occurrenceByKey = new Map<string, Occurrence>();
  const occurrencesOf = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    occurrenceByKey.set(o.key, o);
    if (!occurrencesOf.has(o.subject)) occurrencesOf.set(o.subject, []);
    occurrencesOf.get(o.subject)?.push(o);
  }
  const match = {
    byKey: new Map<string, NaiveEntry[]>(),
    matched: new Map<string, string>(),
    duplicates: [] as string[],
    orphans: [] as { recordId: string; reason: string }[],
    ends: new Map<string, { from: string; reason: string }>(),
  };
  const isCompleted = (key: string) =>
    (match.byKey.get(key) ?? []).some((e) => e.outcome === 'completed');

  for (const record of inForce) {
    let occurrence: Occurrence | undefined;
    if (record.occurrenceKey) {
      occurrence = occurrenceByKey.get(record.occurrenceKey);
      if (!occurrence) match.orphans.push({ recordId: record.id, reason: 'unknownOccurrence' });
      else if (occurrence.subject !== record.elderId) {
        match.orphans.push({ recordId: record.id, reason: 'otherElder' });
        occurrence = undefined;
      }
    } else {
      const fitting = (occurrencesOf.get(record.elderId) ?? [])
        .filter(
          (o) =>
            o.openFrom <= record.on &&
            record.on <= o.expiresAt &&
            (record.kind ? record.kind === o.kind : record.channel === o.channel),
        )
        .sort((a, b) => a.due.localeCompare(b.due) || (a.key < b.key ? -1 : 1));
      occurrence = fitting.find((o) => !isCompleted(o.key)) ?? fitting[0];
      if (!occurrence) match.orphans.push({ recordId: record.id, reason: 'noFittingOccurrence' });
    }
    if (
      record.outcome === 'notDone' &&
      (record.notDoneReason === 'deceased' || record.notDoneReason === 'movedInWithChildren')
    ) {
      const known = match.ends.get(record.elderId);
      if (!known || record.on < known.from)
        match.ends.set(record.elderId, { from: record.on, reason: record.notDoneReason });
    }
    if (!occurrence) continue;
    if (record.outcome === 'completed' && isCompleted(occurrence.key)) {
      match.duplicates.push(record.id);
      continue;
    }
    const entries = match.byKey.get(occurrence.key) ?? [];
    entries.push({
      recordId: record.id,
      on: record.on,
      outcome: record.outcome,
      ...(record.notDoneReason ? { reason: record.notDoneReason } : {}),
    });
    match.byKey.set(occurrence.key, entries);
    match.matched.set(record.id, occurrence.key);
  }
  for (const [elderId, end] of match.ends)
    for (const o of occurrencesOf.get(elderId) ?? [])
      if (o.expiresAt >= end.from && !isCompleted(o.key)) {
        const entries = match.byKey.get(o.key) ?? [];
        entries.push({ recordId: '', on: end.from, outcome: 'cancelled' });
        match.byKey.set(o.key, entries);
      }
  return match;
}

function naiveState(o: Occurrence, entries: readonly NaiveEntry[], asOf: Date) {
  const known = entries.filter((e) => new Date(e.on) <= asOf);
  if (known.some((e) => e.outcome === 'completed')) return 'completed';
  if (known.some((e) => e.outcome === 'cancelled')) return 'cancelled';
  if (known.length > 0) return 'notDone';
  if (asOf < new Date(o.openFrom)) return 'upcoming';
  if (asOf < new Date(o.due)) return 'open';
  if (asOf < new Date(o.overdueFrom)) return 'due';
  if (asOf <= new Date(o.expiresAt)) return 'overdue';
  return 'expired';
}

const DAY_MS = 24 * 60 * 60 * 1000;
const COUNTS = [
  'due',
  'completed',
  'notDone',
  'overdue',
  'expired',
  'pending',
  'cancelled',
] as const;
type Counts = Record<(typeof COUNTS)[number], number>;
/** The fields of a coverage row both implementations give, for the check. */
interface AreaRow extends Counts {
  group: string;
  byKind: Record<string, Counts>;
  notDoneByReason: Record<string, number>;
  elders: number;
  eldersVisited: number;
  neverContacted: number;
  maxDaysSinceContact?: number;
}

/** Coverage per area of the visits due from `from` to `to`, asOf `to`. */
function naiveCoverage(
  occurrences: readonly Occurrence[],
  records: readonly VisitRecord[],
  match: NaiveMatch,
  from: string,
  to: string,
  by: AreaGrouping,
): AreaRow[] {
  const asOf = new Date(to);
  const villageOf = new Map(elders.map((e) => [e.id as string, e.residence.villageCode]));
  const areaOf = (elderId: string) => {
    const village = villageOf.get(elderId) ?? '';
    if (by === 'village' || village === '') return village;
    return by === 'township' ? `${village.slice(0, 9)}000` : village.slice(0, 6);
  };
  const zero = (): Counts => ({
    due: 0,
    completed: 0,
    notDone: 0,
    overdue: 0,
    expired: 0,
    pending: 0,
    cancelled: 0,
  });
  const rows = new Map<string, { row: AreaRow; elders: Set<string> }>();
  const due = occurrences.filter((o) => o.subjectKind === 'elder' && o.due >= from && o.due <= to);
  for (const o of due) {
    const entries = match.byKey.get(o.key) ?? [];
    const state = naiveState(o, entries, asOf);
    const area = areaOf(o.subject);
    let tally = rows.get(area);
    if (!tally) {
      tally = {
        row: {
          group: area,
          ...zero(),
          byKind: {},
          notDoneByReason: {},
          elders: 0,
          eldersVisited: 0,
          neverContacted: 0,
        },
        elders: new Set(),
      };
      rows.set(area, tally);
    }
    const row = tally.row;
    row.byKind[o.kind] ??= zero();
    for (const counts of [row, row.byKind[o.kind] as Counts]) {
      if (state === 'cancelled') counts.cancelled++;
      else {
        counts.due++;
        if (state === 'completed') counts.completed++;
        else if (state === 'notDone') counts.notDone++;
        else if (state === 'overdue') counts.overdue++;
        else if (state === 'expired') counts.expired++;
        else counts.pending++;
      }
    }
    if (state === 'notDone') {
      // The reason of the last visit not done by asOf, in order of day, time and record id.
      const reason =
        entries
          .filter((e) => e.reason && new Date(e.on) <= asOf)
          .sort(
            (a, b) =>
              a.on.localeCompare(b.on) ||
              (a.time ?? '').localeCompare(b.time ?? '') ||
              (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0),
          )
          .at(-1)?.reason ?? 'other';
      row.notDoneByReason[reason] = (row.notDoneByReason[reason] ?? 0) + 1;
    }
    if (state !== 'cancelled') tally.elders.add(o.subject);
  }

  const lastContact = new Map<string, string>();
  const visited = new Set<string>();
  for (const r of naiveInForce(records)) {
    if (r.outcome !== 'completed' || r.on > to) continue;
    const last = lastContact.get(r.elderId);
    if (!last || r.on > last) lastContact.set(r.elderId, r.on);
    if (r.channel === 'inPerson' && r.on >= from && r.on <= to) visited.add(r.elderId);
  }
  for (const { row, elders: ids } of rows.values()) {
    row.elders = ids.size;
    for (const id of ids) {
      if (visited.has(id)) row.eldersVisited++;
      const last = lastContact.get(id);
      if (!last) row.neverContacted++;
      else {
        const days = Math.round((asOf.getTime() - new Date(last).getTime()) / DAY_MS);
        row.maxDaysSinceContact = Math.max(row.maxDaysSinceContact ?? 0, days);
      }
    }
  }
  return [...rows.values()].map((t) => t.row).sort((a, b) => a.group.localeCompare(b.group));
}

interface NaiveEscalation {
  id: string;
  ruleId: string;
  recipient: string;
  caregiverId?: string;
  areaCode?: string;
  elderId: string;
  occurrenceKey?: string;
  recordId?: string;
  since: string;
}

/** The escalations due on `asOf` under the default rules, none delivered before. */
function naiveEscalations(
  occurrences: readonly Occurrence[],
  records: readonly VisitRecord[],
  match: NaiveMatch,
  asOfDay: string,
): NaiveEscalation[] {
  const asOf = new Date(asOfDay);
  const villageOf = new Map(elders.map((e) => [e.id as string, e.residence.villageCode]));
  const isoDay = (date: Date) => date.toISOString().slice(0, 10);
  const plusDays = (day: string, days: number) => {
    const date = new Date(day);
    date.setUTCDate(date.getUTCDate() + days);
    return date;
  };
  const out: NaiveEscalation[] = [];
  const tell = (
    ruleId: string,
    about: string,
    recipient: string,
    facts: Omit<NaiveEscalation, 'id' | 'ruleId' | 'recipient' | 'areaCode'>,
  ) => {
    const village = villageOf.get(facts.elderId);
    const areaCode =
      !village || recipient === 'caregiver'
        ? undefined
        : recipient === 'villageCommittee'
          ? village
          : recipient === 'townshipGovernment'
            ? `${village.slice(0, 9)}000`
            : village.slice(0, 6);
    out.push({
      id: `${ruleId}/${about}/${recipient}`,
      ruleId,
      recipient,
      ...facts,
      ...(areaCode ? { areaCode } : {}),
    });
  };

  for (const o of occurrences) {
    if (o.subjectKind !== 'elder') continue;
    const state = naiveState(o, match.byKey.get(o.key) ?? [], asOf);
    if (state !== 'overdue' && state !== 'expired') continue;
    const caregiverId = 'caregiverId' in o.who ? o.who.caregiverId : undefined;
    const facts = { elderId: o.subject, occurrenceKey: o.key };
    const expiresAt = new Date(o.expiresAt);
    // Overdue 3 days: remind the caregiver; 7 days: tell the village committee.
    for (const [ruleId, days, recipient] of [
      ['overdueReminder', 3, 'caregiver'],
      ['overdueVillage', 7, 'villageCommittee'],
    ] as const) {
      const since = plusDays(o.overdueFrom, days);
      if (since <= asOf && since <= expiresAt)
        tell(ruleId, o.key, recipient, {
          ...facts,
          ...(recipient === 'caregiver' && caregiverId ? { caregiverId } : {}),
          since: isoDay(since),
        });
    }
    // Closed with no outcome: the township's weekly digest.
    if (state === 'expired')
      tell('expiredDigest', o.key, 'townshipGovernment', {
        ...facts,
        since: isoDay(plusDays(o.expiresAt, 1)),
      });
  }
  // An incident: at once to the village committee, the township and the county.
  for (const r of naiveInForce(records)) {
    if (!r.incident || r.on > asOfDay) continue;
    for (const recipient of ['villageCommittee', 'townshipGovernment', 'countyCivilAffairs'])
      tell('incident', r.id, recipient, {
        elderId: r.elderId,
        recordId: r.id,
        since: r.on,
        ...(r.occurrenceKey ? { occurrenceKey: r.occurrenceKey } : {}),
      });
  }
  return out.sort((a, b) => a.since.localeCompare(b.since) || (a.id < b.id ? -1 : 1));
}

// ---------------------------------------------------------------------------------------------
// The checks: the same numbers from both.

function fail(what: string, guanai: unknown, naive: unknown): never {
  throw new Error(
    `${what} differs: guanai ${JSON.stringify(guanai)}, straightforward ${JSON.stringify(naive)}`,
  );
}

function matchSummary(match: RecordMatch) {
  const orphans: Record<string, number> = {};
  for (const o of match.orphans) orphans[o.reason] = (orphans[o.reason] ?? 0) + 1;
  return {
    matched: match.matched.reduce((sum, at) => (at >= 0 ? sum + 1 : sum), 0),
    outcomes: match.outcomes.length,
    cancelled: match.outcomes.filter((o) => o.outcome === 'cancelled').length,
    duplicates: match.duplicates.length,
    orphans,
    ends: match.ends.size,
  };
}
function naiveMatchSummary(match: NaiveMatch): ReturnType<typeof matchSummary> {
  const orphans: Record<string, number> = {};
  for (const o of match.orphans) orphans[o.reason] = (orphans[o.reason] ?? 0) + 1;
  let outcomes = 0;
  let cancelled = 0;
  for (const entries of match.byKey.values()) {
    outcomes += entries.length;
    cancelled += entries.filter((e) => e.outcome === 'cancelled').length;
  }
  return {
    matched: match.matched.size,
    outcomes,
    cancelled,
    duplicates: match.duplicates.length,
    orphans,
    ends: match.ends.size,
  };
}

/** guanai's match in the straightforward's shape (untimed: for the checks of what follows). */
function naiveMatchOf(match: RecordMatch, records: readonly VisitRecord[]): NaiveMatch {
  const byKey = new Map<string, NaiveEntry[]>();
  const file = (key: string, entry: NaiveEntry) => {
    const entries = byKey.get(key);
    if (entries) entries.push(entry);
    else byKey.set(key, [entry]);
  };
  const matched = new Map<string, string>();
  for (const [r, record] of records.entries()) {
    const key = occurrences[match.matched[r] ?? -1]?.key;
    if (key === undefined) continue;
    matched.set(record.id, key);
    file(key, {
      recordId: record.id,
      on: record.on,
      outcome: record.outcome,
      ...(record.notDoneReason ? { reason: record.notDoneReason } : {}),
      ...(record.time ? { time: record.time } : {}),
    });
  }
  for (const o of match.outcomes)
    if (o.outcome === 'cancelled')
      file(o.occurrenceKey, { recordId: '', on: o.on, outcome: 'cancelled' });
  return {
    byKey,
    matched,
    duplicates: match.duplicates.map((d) => d.recordId),
    orphans: match.orphans,
    ends: match.ends,
  };
}

/** A row as plain, key-sorted JSON. */
function canonical(row: AreaRow | CoverageRow): string {
  const counts = (c: Counts) => COUNTS.map((k) => c[k]).join(',');
  const kinds = Object.entries(row.byKind as Record<string, Counts>)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([kind, c]) => `${kind}:${counts(c)}`);
  const reasons = Object.entries(row.notDoneByReason as Record<string, number>)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([reason, count]) => `${reason}:${count}`);
  return [
    row.group,
    counts(row),
    kinds.join(' '),
    reasons.join(' '),
    row.elders,
    row.eldersVisited,
    row.neverContacted,
    row.maxDaysSinceContact ?? '-',
  ].join(' | ');
}

function checkRows(what: string, guanai: readonly CoverageRow[], naive: readonly AreaRow[]): void {
  if (guanai.length !== naive.length) fail(`${what}: row count`, guanai.length, naive.length);
  guanai.forEach((row, i) => {
    const a = canonical(row);
    const b = canonical(naive[i] as AreaRow);
    if (a !== b) fail(`${what}: row ${i}`, a, b);
  });
}

function checkEscalations(guanai: readonly Escalation[], naive: readonly NaiveEscalation[]): void {
  const line = (e: Escalation | NaiveEscalation) =>
    `${e.id} ${e.since} ${e.areaCode ?? ''} ${e.caregiverId ?? ''} ${e.recordId ?? ''}`;
  if (guanai.length !== naive.length) fail('escalation count', guanai.length, naive.length);
  guanai.forEach((e, i) => {
    const a = line(e);
    const b = line(naive[i] as NaiveEscalation);
    if (a !== b) fail(`escalation ${i}`, a, b);
  });
}

// ---------------------------------------------------------------------------------------------
// The timed runs.

const monthEnd = (month: number) =>
  periodOf('month', plainDate(`2026-${String(month).padStart(2, '0')}-01`));

type MonthRows<R> = Record<AreaGrouping, R[]>;
function guanaiMonth(match: RecordMatch, month: number): MonthRows<CoverageRow> {
  const { start, end } = monthEnd(month);
  const run = (by: AreaGrouping) =>
    coverage({ occurrences, records, elders, match }, { asOf: end, from: start, to: end, by });
  return { village: run('village'), township: run('township'), county: run('county') };
}
function naiveMonth(match: NaiveMatch, month: number): MonthRows<AreaRow> {
  const first = new Date(Date.UTC(2026, month - 1, 1)).toISOString().slice(0, 10);
  const last = new Date(Date.UTC(2026, month, 0)).toISOString().slice(0, 10);
  const run = (by: AreaGrouping) => naiveCoverage(occurrences, records, match, first, last, by);
  return { village: run('village'), township: run('township'), county: run('county') };
}

const names = {
  match: '(1) match the year',
  coverage: '(2) coverage, one month: village + township + county',
  day: `(2b) coverage, one day (${ESCALATIONS_AS_OF}), by county`,
  escalations: `(3) escalations on ${ESCALATIONS_AS_OF}, default rules`,
};

// Matching. The straightforward runs first, then guanai, whose last match is kept for what
// follows: neither is timed beside the other's result. A disagreement is reported at the end,
// after the tables.
const disagreements: string[] = [];
let naiveSummary: ReturnType<typeof matchSummary> | undefined;
const naiveMatchRuns = timeRuns(
  `${names.match}, straightforward`,
  records.length,
  () => naiveMatch(occurrences, records),
  (result) => (naiveSummary = naiveMatchSummary(result)),
  { kept: true },
);
let kept: RecordMatch | undefined;
const guanaiMatchRuns = timeRuns(
  `${names.match}, guanai`,
  records.length,
  () => matchRecords(occurrences, records),
  (result, i) => (kept = i === RUNS - 1 ? result : undefined),
  { kept: true },
);
const match = kept as RecordMatch;
const summary = matchSummary(match);
const matchAgrees = JSON.stringify(summary) === JSON.stringify(naiveSummary);
if (!matchAgrees)
  disagreements.push(
    `match: guanai ${JSON.stringify(summary)}, straightforward ${JSON.stringify(naiveSummary)}`,
  );
// Coverage and escalations are compared on the same match: guanai's, in the straightforward's
// shape (its records per visit, in the order of the log, then the cancellations).
const simple = naiveMatchOf(match, records);

// Coverage: one month a run, the same months for both.
const guanaiMonths = new Map<number, MonthRows<CoverageRow>>();
const naiveMonths = new Map<number, MonthRows<AreaRow>>();
const coverageItems = (month: number) =>
  occurrences.filter((o) => o.due.slice(0, 7) === `2026-${String(month).padStart(2, '0')}`).length *
  GROUPINGS.length;
const meanItems = MONTHS.reduce((sum, m) => sum + coverageItems(m), 0) / MONTHS.length;
const guanaiCoverageRuns = timeRuns(
  `${names.coverage}, guanai`,
  meanItems,
  (i) => guanaiMonth(match, MONTHS[i] as number),
  (rows, i) => guanaiMonths.set(MONTHS[i] as number, rows),
  { runs: MONTHS.length },
);
const naiveCoverageRuns = timeRuns(
  `${names.coverage}, straightforward`,
  meanItems,
  (i) => naiveMonth(simple, MONTHS[i] as number),
  (rows, i) => naiveMonths.set(MONTHS[i] as number, rows),
  { runs: MONTHS.length },
);
for (const month of MONTHS)
  for (const by of GROUPINGS)
    checkRows(
      `coverage 2026-${month} by ${by}`,
      guanaiMonths.get(month)?.[by] ?? [],
      naiveMonths.get(month)?.[by] ?? [],
    );

// With BENCH_TRACKING_DAY=1: a single day's coverage, by county — what a call costs whatever
// its period.
let dayCases: readonly [Timed, Timed] | undefined;
if (DAY_CASE) {
  let dayRows: CoverageRow[] = [];
  let naiveDayRows: AreaRow[] = [];
  const day = ESCALATIONS_AS_OF;
  dayCases = [
    timeRuns(
      `${names.day}, guanai`,
      occurrences.length,
      () =>
        coverage(
          { occurrences, records, elders, match },
          { asOf: day, from: day, to: day, by: 'county' },
        ),
      (rows) => (dayRows = rows),
    ),
    timeRuns(
      `${names.day}, straightforward`,
      occurrences.length,
      () => naiveCoverage(occurrences, records, simple, day, day, 'county'),
      (rows) => (naiveDayRows = rows),
    ),
  ];
  checkRows(`coverage of ${day} by county`, dayRows, naiveDayRows);
}

// Escalations.
let raised: Escalation[] = [];
let naiveRaised: NaiveEscalation[] = [];
const guanaiEscalationRuns = timeRuns(
  `${names.escalations}, guanai`,
  occurrences.length,
  () => escalations({ occurrences, records, elders, match }, { asOf: ESCALATIONS_AS_OF }),
  (result, i) => {
    if (i === RUNS - 1) raised = result;
  },
);
const naiveEscalationRuns = timeRuns(
  `${names.escalations}, straightforward`,
  occurrences.length,
  () => naiveEscalations(occurrences, records, simple, ESCALATIONS_AS_OF),
  (result, i) => {
    if (i === RUNS - 1) naiveRaised = result;
  },
);
checkEscalations(raised, naiveRaised);

// ---------------------------------------------------------------------------------------------
// The report.

const unplannedIn = records.filter((r) => r.occurrenceKey === undefined).length;
const incidents = records.filter((r) => r.incident).length;
console.log(
  `\nCounty: ${n(elders.length)} elders in ${n(eldersByVillage.size)} villages, ${n(plans.length)} plans, ${n(occurrences.length)} visits due in 2026. Records: ${n(records.length)} in the log — ${n(made.keyed)} simulated (keyed; ${n(made.simulated - made.keyed)} after an elder's end dropped), ${n(made.unplanned)} unplanned (keyless), ${n(made.ends)} ends (keyless, not done: died or moved in with children), ${n(made.corrections)} corrections (amends); ${n(unplannedIn)} keyless in all, ${n(incidents)} with an incident. Setup (untimed): county ${(countyMs / 1000).toFixed(1)} s, plans + expandPlans ${(plansMs / 1000).toFixed(1)} s, simulateVisitRecords ${(simulateMs / 1000).toFixed(1)} s, top-up ${(topUpMs / 1000).toFixed(1)} s.`,
);
console.log(
  `Match (guanai${matchAgrees ? ' and the straightforward' : '; the straightforward differs, see the end'}): ${n(summary.matched)} matched, ${n(summary.outcomes)} outcomes (${n(summary.cancelled)} cancellations), ${n(summary.duplicates)} duplicates, orphans ${Object.entries(
    summary.orphans,
  )
    .map(([reason, count]) => `${reason} ${n(count)}`)
    .join(', ')}, ${n(summary.ends)} elders' visits ended.`,
);
const county = (month: number) => guanaiMonths.get(month)?.county[0];
console.log(
  `Coverage, county row (both): ${MONTHS.map((m) => {
    const row = county(m);
    return row
      ? `2026-${String(m).padStart(2, '0')} due ${n(row.due)}, completed ${n(row.completed)}, not done ${n(row.notDone)}, overdue ${n(row.overdue)}, expired ${n(row.expired)}, pending ${n(row.pending)}, cancelled ${n(row.cancelled)}, elders visited ${n(row.eldersVisited)}/${n(row.elders)}`
      : '';
  }).join('; ')}. Rows checked: ${MONTHS.length} month(s) × (village, township, county).`,
);
const byRule: Record<string, number> = {};
for (const e of raised) byRule[e.ruleId] = (byRule[e.ruleId] ?? 0) + 1;
console.log(
  `Escalations on ${ESCALATIONS_AS_OF} (both): ${n(raised.length)} — ${Object.entries(byRule)
    .map(([rule, count]) => `${rule} ${n(count)}`)
    .join(', ')}.`,
);

const spread = (r: CaseResult) => {
  const sorted = [...r.runsMs].sort((a, b) => a - b);
  const lo = sorted[0] ?? Number.NaN;
  const hi = sorted.at(-1) ?? Number.NaN;
  return `${n(r.medianMs)} (${n(lo)}–${n(hi)})`;
};
const memory = (m: Memory) =>
  `peak heap +${mb(Math.max(0, m.peakHeapAddedBytes))}${Number.isNaN(m.retainedBytes) ? '' : `, kept ${mb(Math.max(0, m.retainedBytes))}`}`;
const rows: (readonly [string, Timed, Timed])[] = [
  [names.match, guanaiMatchRuns, naiveMatchRuns],
  [names.coverage, guanaiCoverageRuns, naiveCoverageRuns],
  ...(dayCases ? [[names.day, ...dayCases] as const] : []),
  [names.escalations, guanaiEscalationRuns, naiveEscalationRuns],
];
console.log(
  `\n## Tracking, a county-year: ${n(records.length)} records, ${n(occurrences.length)} visits (ms: median of ${RUNS} runs — (2): one run per month ${MONTHS.join(', ')} — and (min–max); ratio = straightforward / guanai, above 1 = guanai faster; memory on the first run)\n`,
);
console.log(
  '| workload | guanai ms | straightforward ms | ratio | guanai memory | straightforward memory |',
);
console.log('| --- | ---: | ---: | ---: | --- | --- |');
for (const [name, g, s] of rows)
  console.log(
    `| ${name} | ${spread(g.result)} | ${spread(s.result)} | ${(s.result.medianMs / g.result.medianMs).toFixed(2)}× | ${memory(g.memory)} | ${memory(s.memory)} |`,
  );
const all = rows.flatMap(([, g, s]) => [g, s]);
console.log(
  `\n## Memory and GC, first run of each case (peak heap: the most used before any GC of the run, or at its end, minus before the run; kept: after a full GC; peak RSS: resident set's peak during the run above its level before — ${all.every((t) => t.memory.peakReset) ? 'peak reset through /proc/self/clear_refs' : 'maxRSS, which only grows'}; freed pages V8 keeps make it understate)\n`,
);
console.log(
  '| case | peak heap added | kept | GC ms (share of the run) | mark-compacts | peak RSS added |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const t of all) {
  const m = t.memory;
  const first = t.result.runsMs[0] ?? Number.NaN;
  console.log(
    `| ${t.result.name} | ${mb(Math.max(0, m.peakHeapAddedBytes))} | ${Number.isNaN(m.retainedBytes) ? '–' : mb(Math.max(0, m.retainedBytes))} | ${n(m.gcMs)} (${((100 * m.gcMs) / first).toFixed(0)} %) | ${m.markCompacts} | ${mb(Math.max(0, m.peakRssAddedBytes))} |`,
  );
}
const yearOf = (t: Timed) =>
  MONTHS.length === 12 ? t.result.runsMs.reduce((x, y) => x + y, 0) : 12 * t.result.medianMs;
const perCall = guanaiCoverageRuns.result.medianMs / GROUPINGS.length;
console.log(
  `\nCoverage of the whole year, 12 months × 3 groupings = 36 calls reusing one match (${MONTHS.length === 12 ? 'measured' : '12 × the monthly median'}): guanai ${(yearOf(guanaiCoverageRuns) / 1000).toFixed(0)} s (${n(perCall)} ms a call), straightforward ${(yearOf(naiveCoverageRuns) / 1000).toFixed(0)} s.${dayCases ? ` One guanai call for a single day (2b) takes ${((100 * dayCases[0].result.medianMs) / perCall).toFixed(0)} % of one for a month.` : ''}`,
);
report(
  'Tracking, each case (items/s: records matched; visits due in the month × 3 groupings; visits scanned)',
  [
    guanaiMatchRuns.result,
    naiveMatchRuns.result,
    guanaiCoverageRuns.result,
    naiveCoverageRuns.result,
    ...(dayCases ? dayCases.map((t) => t.result) : []),
    guanaiEscalationRuns.result,
    naiveEscalationRuns.result,
  ],
);
console.log(
  `\nThis process: peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} (since the last reset), heap used now ${mb(process.memoryUsage().heapUsed)}. Whole bench: ${((performance.now() - started) / 1000).toFixed(0)} s.`,
);
if (disagreements.length > 0)
  throw new Error(
    `guanai and the straightforward implementation disagree:\n${disagreements.join('\n')}`,
  );
