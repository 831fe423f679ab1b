/**
 * Follow-up (issue 15): a county's day of follow-up from a year of its history — `followUp` once
 * for the county, then `tasksFor` every caregiver's list and the county's from its index, side
 * by side with recomputing each list from scratch, as an app without the index would.
 *
 * Setup (untimed; its time is printed): the county (seed 2026, 20 townships × 25 villages,
 * 20,000 elders — env BENCH_ELDERS); the year's fact updates, two an elder on days of 2026 (a new
 * ability assessment, a child come home, a child gone away to work, the spouse's death) and 1 %
 * more elders registered at the March and September census; `pairElders` as of 2026-01-01 with the default duties (the
 * general pairings, the duty pairings and the responsibility matrix's lines); per village the
 * plans the duties oblige, for their holders' subjects — `townshipCadreWeeklyVisit`
 * (townshipContract), `villageCadreMonthlyChildContact` (villageContract), `volunteerWeeklyVisit`
 * (volunteerVisits), `healthCheck` (villageDoctorCare) — and the `census` of every elder, all
 * for roles, so that each visit is answered for by its holder (`whoAnswers`), expanded over 2026;
 * `simulateVisitRecords` for the year (seed 2026, incidentRate 0.001: some hundreds of
 * incidents), made by the caregiver who answers for each visit; for each incident the case's
 * events (`caseOpenings` opens it): most acknowledged, reported and answered in time, resolved and
 * closed, some late at a step, some still open; referrals suggested on the first of each month
 * on the ledger as the updates made it that day (`applyFactUpdates`, `classifyLedger`,
 * `replayReferrals`, `suggestReferrals`) with their events — applied, approved, refused,
 * withdrawn, some left waiting past their deadline — and a withdrawal for each suggestion that
 * lapsed (a child came home …).
 *
 * The day is 2026-06-30 (env BENCH_FOLLOWUP_DAY) and the app's store on that day is what was
 * written by then: records and fact updates written down, case events, suggestions and referral
 * events dated by then.
 *
 * Timed, medians of 3 rounds (env BENCH_RUNS) running (1)–(3) in turn, each case's first run
 * after a full GC, with its memory and the process's CPU time beside the wall time (an untimed
 * warm-up first: the county's day once, the lists of 50 caregivers from scratch):
 * (0) `applyFactUpdates`: the ledger as of the day, which both ways below read;
 * (1) `followUp` for the county: every task of the day, indexed;
 * (2) from that index, `tasksFor` every caregiver of the ledger, and the county's area list;
 * (3) from scratch: for each caregiver, `followUp` on only the elders the caregiver answers for
 *     (holds a duty for, or is a member of a pairing of, on the day) with their records, cases,
 *     referrals, duty lines and pairings — gathered from maps by elder, as a store would by
 *     query, inside the time — and the caregiver's list of it; for the county, `followUp` again
 *     and its tasks filtered to the county. Every caregiver, or every k-th (env
 *     BENCH_FOLLOWUP_EVERY, default 1) with the total scaled, as the output then says.
 * Checked (a difference throws): each list from scratch equals the index's, task for task.
 *
 * Memory, on each case's first run: the peak heap (the most used before any GC of the run, from
 * `v8.GCProfiler`, or at its end) and the heap the result keeps (after a full GC), both above
 * the heap before the run; the time in GC.
 */

import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { GCProfiler, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { seededUniform } from '../src/_lib/seededUniform.js';
import { type VisitRecord, whoAnswers } from '../src/compliance/index.js';
import { classifyLedger } from '../src/eligibility/index.js';
import {
  type AppliedFactUpdates,
  abilityAssessed,
  applyFactUpdates,
  bodyOf,
  type CaseEvent,
  caseOpenings,
  childCameHome,
  childLeft,
  type FactChange,
  type FactUpdate,
  type FollowUp,
  type FollowUpInput,
  followUp,
  indexTasks,
  type ReferralEvent,
  type ReferralSuggestion,
  replayReferrals,
  spouseDied,
  suggestReferrals,
  type Task,
  type TaskIndex,
  tasksFor,
} from '../src/followup/index.js';
import {
  type AbilityLevel,
  addDays,
  type CaregiverId,
  countyCodeOf,
  type DutyHolding,
  type Elder,
  type ElderId,
  type Pairing,
  type PlainDate,
  pairingMembersOn,
  plainDate,
  townshipCodeOf,
} from '../src/models/index.js';
import {
  expandPlans,
  type Occurrence,
  type PresetKey,
  planFromPreset,
  type VisitPlan,
} from '../src/recurrence/index.js';
import { simulateVisitRecords } from '../src/sample/index.js';
import { pairElders } from '../src/scheduling/index.js';
import { benchCounty, type CaseResult, report } from './harness.js';

const started = performance.now();
const ELDERS = Number(process.env.BENCH_ELDERS ?? 20_000);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const EVERY = Math.max(1, Math.floor(Number(process.env.BENCH_FOLLOWUP_EVERY ?? 1)));
const DAY = plainDate(process.env.BENCH_FOLLOWUP_DAY ?? '2026-06-30');
const YEAR_FROM = plainDate('2026-01-01');
const YEAR_TO = plainDate('2026-12-31');

const n = (value: number) => Math.round(value).toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const ms = (value: number) =>
  value >= 100 ? n(value) : value >= 1 ? value.toFixed(1) : value.toFixed(3);
const us = (milliseconds: number) => `${(milliseconds * 1000).toFixed(1)} µs`;
const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------
// Memory: a full GC (the flag is set at run time: `npm run bench` starts Node without it) and
// the heap before each GC of a run, as the tracking bench measures it.

setFlagsFromString('--expose-gc');
const gc = (globalThis.gc ?? runInNewContext('gc')) as () => void;

interface Memory {
  /** Heap kept by the result: heapUsed after a full GC, minus before the run. */
  readonly keptBytes: number;
  /** The most heap used during the run (before each GC, and at its end), minus before it. */
  readonly peakHeapAddedBytes: number;
  readonly gcMs: number;
}
interface Timed {
  readonly result: CaseResult;
  /** Median CPU time of the process (every thread: the GC's helpers too) over the runs. */
  readonly cpuMs: number;
  readonly memory: Memory;
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
/** CPU time used by the process so far, in ms. */
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Used heap in a GC profile's statistics (camelCase at run time, snake_case in @types/node). */
const usedHeap = (stats: object): number =>
  Number(Reflect.get(stats, 'usedHeapSize') ?? Reflect.get(stats, 'used_heap_size') ?? 0);

/** A timed case: `run` makes a value, which `keep` is handed (untimed) before it is dropped. */
interface Case<T> {
  readonly name: string;
  readonly items: number;
  readonly run: () => T;
  readonly keep: (value: T, index: number) => void;
}

/**
 * `RUNS` rounds of `cases`, each round running every case once in turn, so that every case meets
 * the same state of the JIT and of the heap in each round (run back to back, a case ran after
 * many calls of another found its code better optimised). Each case's first run comes after a
 * full GC, with its memory measured (and, after one more full GC, the heap its result keeps).
 */
// biome-ignore lint/suspicious/noExplicitAny: the cases' values are of any types
function timeCases(cases: readonly Case<any>[]): Timed[] {
  const runsMs = cases.map((): number[] => []);
  const cpuMs = cases.map((): number[] => []);
  const memory: Memory[] = [];
  for (let i = 0; i < RUNS; i++)
    cases.forEach((c, k) => {
      if (i === 0) gc();
      const heapBefore = process.memoryUsage().heapUsed;
      const profiler = i === 0 ? new GCProfiler() : undefined;
      profiler?.start();
      const cpuStart = cpuNow();
      const start = performance.now();
      let value = c.run();
      runsMs[k]?.push(performance.now() - start);
      cpuMs[k]?.push(cpuNow() - cpuStart);
      if (profiler) {
        const heapAfter = process.memoryUsage().heapUsed;
        const gcs = profiler.stop().statistics;
        gc();
        memory[k] = {
          keptBytes: process.memoryUsage().heapUsed - heapBefore,
          peakHeapAddedBytes:
            Math.max(heapAfter, ...gcs.map((g) => usedHeap(g.beforeGC.heapStatistics))) -
            heapBefore,
          gcMs: gcs.reduce((sum, g) => sum + g.cost, 0) / 1000,
        };
      }
      c.keep(value, i);
      value = undefined;
    });
  return cases.map((c, k) => {
    const runs = runsMs[k] ?? [];
    const medianMs = median(runs);
    return {
      result: { name: c.name, medianMs, runsMs: runs, perSecond: (c.items / medianMs) * 1000 },
      cpuMs: median(cpuMs[k] ?? []),
      memory: memory[k] as Memory,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Setup: the county and its duties.

let setupStart = performance.now();
const sample = benchCounty(ELDERS);
const { elders, caregivers } = sample;
const countyCode = sample.county.code;
const countyTime = seconds(setupStart);

// ---------------------------------------------------------------------------------------------
// Setup: the year's fact updates (动态管理), about two an elder, each on a day of 2026 and written
// down within ten days: a new ability assessment, a child come home, a child gone away to work,
// the spouse's death; and the census registering elders nobody had (1 % more, in March and
// September). Drawn from the ledger as it stood on 1 January; an update the ledger has moved past
// by its day (a second child come home …) is rejected by applyFactUpdates, with its reasons.

setupStart = performance.now();
const factRandom = seededUniform(2026, 31);
const draw = (from: number, to: number) => from + Math.floor(factRandom() * (to - from + 1));
const LEVELS: readonly AbilityLevel[] = ['intact', 'mild', 'moderate', 'severe', 'total'];
const yearUpdates: FactUpdate[] = [];
const updateKinds = { assessment: 0, childCameHome: 0, childLeft: 0, spouseDied: 0, census: 0 };
const dayOf2026 = () => addDays(YEAR_FROM, draw(0, 364));
const factUpdate = (
  elderId: ElderId,
  on: PlainDate,
  changes: FactChange[],
  source: FactUpdate['source'],
) =>
  yearUpdates.push({
    id: `FU-${String(yearUpdates.length + 1).padStart(6, '0')}` as FactUpdate['id'],
    elderId,
    on,
    recordedOn: addDays(on, factRandom() < 0.6 ? 0 : draw(1, 10)),
    source,
    changes,
  });
for (const elder of elders) {
  const { household } = elder;
  const children = household.children ?? [];
  for (let k = 0; k < 2; k++) {
    const on = dayOf2026();
    const kind = factRandom();
    const away = children.findIndex((c) => c.alive && c.awaySince !== undefined);
    const home = children.findIndex(
      (c) => c.alive && c.awaySince === undefined && c.whereabouts?.inElderCounty !== false,
    );
    if (kind < 0.25 && away >= 0) {
      updateKinds.childCameHome++;
      factUpdate(elder.id, on, childCameHome(away), factRandom() < 0.5 ? 'visit' : 'familyReport');
    } else if (kind < 0.4 && home >= 0) {
      updateKinds.childLeft++;
      const alone = household.livingArrangement === 'withChildren';
      const spouse = household.spouse?.status === 'married' && household.spouse.livesWithElder;
      factUpdate(
        elder.id,
        on,
        childLeft(home, {
          since: on,
          reason: 'migrantWork',
          ...(alone ? { livingArrangement: spouse ? 'spouseOnly' : 'alone' } : {}),
        }),
        'visit',
      );
    } else if (kind < 0.5 && household.spouse?.status === 'married') {
      updateKinds.spouseDied++;
      const onlySpouse = household.livingArrangement === 'spouseOnly';
      factUpdate(
        elder.id,
        on,
        spouseDied(onlySpouse ? { livingArrangement: 'alone' } : {}),
        'visit',
      );
    } else {
      updateKinds.assessment++;
      const level =
        LEVELS[Math.min(LEVELS.length - 1, Math.floor(factRandom() ** 2 * LEVELS.length))];
      factUpdate(
        elder.id,
        on,
        abilityAssessed({
          level: level ?? 'intact',
          assessedOn: on,
          assessor: '县老年人能力评估中心',
        }),
        'assessment',
      );
    }
  }
}
for (let i = 0; i < Math.round(elders.length / 100); i++) {
  const like = elders[draw(0, elders.length - 1)] as Elder;
  const { residentId: _id, ...rest } = like;
  const id = `E-C${String(i + 1).padStart(5, '0')}` as ElderId;
  const on = plainDate(
    `2026-${factRandom() < 0.5 ? '03' : '09'}-${String(draw(2, 27)).padStart(2, '0')}`,
  );
  updateKinds.census++;
  factUpdate(
    id,
    on,
    [{ op: 'register', elder: { ...rest, id, name: `${like.name}（普查）` } }],
    'census',
  );
}
/** The ledger as the store knew it on `day`: every update written down by then, true by then. */
const ledgerOn = (day: PlainDate) =>
  applyFactUpdates({ elders }, yearUpdates, { asOf: day, knownOn: day });
const factsTime = seconds(setupStart);

setupStart = performance.now();
const paired = pairElders({ elders, caregivers }, { asOf: YEAR_FROM });
const pairings: readonly Pairing[] = paired.pairings;
const holdings: readonly DutyHolding[] = paired.duties?.holdings ?? [];
if (holdings.length === 0) throw new Error('pairElders assigned no duties');
const pairTime = seconds(setupStart);

// The plans the duties oblige, per village, for the subjects their holders hold; the census of
// every elder. Every plan is for a role: whoAnswers gives each visit to the elder's holder.
setupStart = performance.now();
const DUTY_PLANS: Readonly<Record<string, PresetKey>> = {
  townshipContract: 'townshipCadreWeeklyVisit',
  villageContract: 'villageCadreMonthlyChildContact',
  volunteerVisits: 'volunteerWeeklyVisit',
  villageDoctorCare: 'healthCheck',
};
const villageOf = new Map(elders.map((e) => [e.id as string, e.residence.villageCode as string]));
for (const update of yearUpdates)
  for (const change of update.changes)
    if (change.op === 'register')
      villageOf.set(change.elder.id, change.elder.residence.villageCode);
const subjects = new Map<string, Map<string, string[]>>(); // preset → village → elder ids
const addSubject = (preset: string, elderId: string) => {
  const village = villageOf.get(elderId) ?? '';
  const byVillage = subjects.get(preset) ?? new Map<string, string[]>();
  subjects.set(preset, byVillage);
  const list = byVillage.get(village);
  if (list) list.push(elderId);
  else byVillage.set(village, [elderId]);
};
for (const line of paired.duties?.current ?? []) {
  const preset = DUTY_PLANS[line.duty];
  if (preset && line.subject.kind === 'elder') addSubject(preset, line.subject.id);
}
for (const elder of elders) addSubject('census', elder.id);
const plans: VisitPlan[] = [];
for (const [preset, byVillage] of subjects)
  for (const [village, ids] of byVillage)
    plans.push(
      planFromPreset(preset as PresetKey, {
        id: `${village}-${preset}`,
        whom: { elders: ids as Elder['id'][] },
        validFrom: YEAR_FROM,
      }),
    );
const occurrences: Occurrence[] = [...expandPlans(plans, { from: YEAR_FROM, to: YEAR_TO })];
const plansTime = seconds(setupStart);

setupStart = performance.now();
const answerer = whoAnswers({ pairings });
const yearRecords: VisitRecord[] = simulateVisitRecords(occurrences, {
  seed: 2026,
  asOf: YEAR_TO,
  caregiverOf: answerer.caregiverOf,
  incidentRate: 0.001,
}).map((record) =>
  record.kind === 'childContact' ? { ...record, counterpart: 'children' as const } : record,
);
const recordsTime = seconds(setupStart);

// ---------------------------------------------------------------------------------------------
// Setup: the year's incident cases, step by step. The default steps (DEFAULT_CASE_STEPS): the
// village acknowledges and reports to the township within a day, the township reports to the
// county and responds within 2, resolves within 30 of the response, files 7 days after.

setupStart = performance.now();
const random = seededUniform(2026, 15);
const between = (from: number, to: number) => from + Math.floor(random() * (to - from + 1));
const RESPONSES = ['relief', 'medical', 'police', 'guardian'] as const;
/** A case event but for its ids and day (each kind of event keeps its own fields). */
type CaseStepEvent = CaseEvent extends infer E
  ? E extends CaseEvent
    ? Omit<E, 'id' | 'caseId' | 'on'>
    : never
  : never;

const yearCaseEvents: CaseEvent[] = [];
const caseFates = { inTime: 0, late: 0, open: 0, closed: 0 };
for (const opening of caseOpenings({ records: yearRecords })) {
  if (opening.type !== 'opened') continue;
  const village = villageOf.get(opening.elderId) as Elder['residence']['villageCode'];
  const villageCommittee = bodyOf('villageCommittee', village);
  const township = bodyOf('townshipGovernment', village);
  const draw = random();
  // 75 % in time, 15 % late at a step (a few days past its deadline), 10 % stopped early.
  const late = draw >= 0.75 && draw < 0.9;
  const stopsAfter = draw >= 0.9 ? between(1, 3) : 6;
  const lateBy = () => (late && random() < 0.5 ? between(2, 6) : 0);
  let on = opening.on;
  let seq = 0;
  const add = (event: CaseStepEvent, after: number) => {
    on = addDays(on, after);
    yearCaseEvents.push({
      ...event,
      id: `${opening.caseId}/e${++seq}`,
      caseId: opening.caseId,
      on,
    } as CaseEvent);
  };
  const steps: [CaseStepEvent, number][] = [
    [{ type: 'acknowledged', by: villageCommittee }, between(0, 1) + lateBy()],
    [{ type: 'informed', body: 'townshipGovernment', by: villageCommittee }, lateBy()],
    [{ type: 'informed', body: 'countyCivilAffairs', by: township }, between(0, 1) + lateBy()],
    [
      {
        type: 'responded',
        response: RESPONSES[between(0, RESPONSES.length - 1)] ?? 'relief',
        by: township,
      },
      between(0, 1) + lateBy(),
    ],
    [{ type: 'resolved', by: township }, between(3, 25) + lateBy() * 3],
    [{ type: 'closed', by: township }, between(1, 6) + lateBy()],
  ];
  for (const [event, after] of steps.slice(0, stopsAfter)) add(event, after);
  if (late) caseFates.late++;
  else if (stopsAfter < steps.length) caseFates.open++;
  else caseFates.inTime++;
  if (stopsAfter === steps.length) caseFates.closed++;
}
const casesTime = seconds(setupStart);

// ---------------------------------------------------------------------------------------------
// Setup: referrals suggested on the first of each month, with what became of them.

setupStart = performance.now();
const yearSuggestions: ReferralSuggestion[] = [];
const yearReferralEvents: ReferralEvent[] = [];
const planned = new Set<string>(); // referrals with events to come: not withdrawn as lapsed
const referralFates = { waiting: 0, withdrawn: 0, applied: 0, approved: 0, refused: 0, late: 0 };
let referralEventNumber = 0;
const referralEvent = (
  referralId: string,
  type: ReferralEvent['type'],
  on: PlainDate,
  by: ReferralEvent['by'],
  note?: string,
) => {
  if (on > YEAR_TO) return;
  yearReferralEvents.push({
    id: `RE-${String(++referralEventNumber).padStart(6, '0')}`,
    referralId,
    on,
    type,
    by,
    ...(note ? { note } : {}),
  });
};
for (let month = 1; month <= 12; month++) {
  const first = plainDate(`2026-${String(month).padStart(2, '0')}-01`);
  const ledger = ledgerOn(first).elders;
  const { results: statuses } = classifyLedger(ledger, { asOf: first });
  const { referrals } = replayReferrals(
    { suggestions: yearSuggestions, events: yearReferralEvents, elders: ledger },
    { asOf: first },
  );
  const made = suggestReferrals({ elders: ledger, statuses, referrals }, { asOf: first });
  for (const lapsed of made.lapsed)
    if (!planned.has(lapsed.referralId)) {
      const village = villageOf.get(lapsed.elderId) as Elder['residence']['villageCode'];
      referralEvent(
        lapsed.referralId,
        'withdrawn',
        first,
        bodyOf('villageCommittee', village),
        lapsed.why,
      );
    }
  for (const suggestion of made.suggestions) {
    yearSuggestions.push(suggestion);
    const village = villageOf.get(suggestion.elderId) as Elder['residence']['villageCode'];
    const villageCommittee = bodyOf('villageCommittee', village);
    const township = bodyOf('townshipGovernment', village);
    const draw = random();
    // 15 % never filed (past the village's 30 days by the spring), 10 % withdrawn, 75 % filed —
    // one in ten of them late; of those filed, 60 % approved and 15 % refused in time, 10 %
    // decided late, 15 % still waiting on the township.
    if (draw < 0.15) {
      referralFates.waiting++;
      continue;
    }
    planned.add(suggestion.id);
    if (draw < 0.25) {
      referralFates.withdrawn++;
      referralEvent(
        suggestion.id,
        'withdrawn',
        addDays(first, between(3, 20)),
        villageCommittee,
        '老人不愿申请',
      );
      continue;
    }
    referralFates.applied++;
    const lateFiling = random() < 0.1;
    const applied = addDays(first, lateFiling ? between(31, 45) : between(2, 25));
    referralEvent(suggestion.id, 'applied', applied, villageCommittee);
    const decision = random();
    if (decision < 0.85) {
      const lateDecision = decision >= 0.75;
      if (lateFiling || lateDecision) referralFates.late++;
      const type = decision < 0.6 || (lateDecision && random() < 0.7) ? 'approved' : 'refused';
      referralFates[type]++;
      referralEvent(
        suggestion.id,
        type,
        addDays(applied, lateDecision ? between(31, 50) : between(5, 28)),
        township,
      );
    }
  }
}
const referralsTime = seconds(setupStart);

// ---------------------------------------------------------------------------------------------
// The store on the day: what was written by then.

const records = yearRecords.filter((r) => r.recordedOn <= DAY);
const caseEvents = yearCaseEvents.filter((e) => e.on <= DAY);
const referralSuggestions = yearSuggestions.filter((s) => s.on <= DAY);
const referralEvents = yearReferralEvents.filter((e) => e.on <= DAY);
const updates = yearUpdates.filter((u) => u.recordedOn <= DAY);
// Only the store is kept: the year's lists, counted, are emptied, so that the heap the timed runs
// start from (and every full GC marks) is the store's.
const year = {
  records: yearRecords.length,
  incidents: yearRecords.filter((r) => r.incident).length,
  caseEvents: yearCaseEvents.length,
  suggestions: yearSuggestions.length,
  referralEvents: yearReferralEvents.length,
  updates: yearUpdates.length,
};
for (const list of [yearRecords, yearCaseEvents, yearSuggestions, yearReferralEvents, yearUpdates])
  list.length = 0;
const loadBefore = loadavg()[0] ?? Number.NaN;

// ---------------------------------------------------------------------------------------------
// The timed runs. (0) The ledger as of the day, which both ways of making the lists read.

/** Lookups of the county's list per run: one takes microseconds, too little to time alone. */
const LOOKUPS = 100;
const names = {
  ledger: '(0) applyFactUpdates, the ledger as of the day',
  day: '(1) followUp, the county',
  byTownship: '(1b) followUp township by township, then indexTasks of all their tasks',
  lists: '(2) tasksFor, every caregiver, from the index',
  countyList: `(2) tasksFor, the county (area list), from the index, ×${LOOKUPS}`,
  scratch: `(3) from scratch: followUp per caregiver${EVERY > 1 ? `, every ${EVERY}th` : ''}`,
  scratchCounty: '(3) from scratch: followUp + filter, the county',
};

let dayLedger: AppliedFactUpdates | undefined;
const [ledgerRuns] = timeCases([
  {
    name: names.ledger,
    items: updates.length,
    run: () => applyFactUpdates({ elders }, updates, { asOf: DAY }),
    keep: (applied: AppliedFactUpdates) => (dayLedger = applied),
  },
]) as [Timed];
const ledger = (dayLedger as AppliedFactUpdates).elders;

const countyInput: FollowUpInput = {
  elders: ledger,
  caregivers,
  holdings,
  pairings,
  occurrences,
  records,
  caseEvents,
  referralSuggestions,
  referralEvents,
};
const options = { asOf: DAY };

// What each caregiver answers for on the day: the elders of the duty lines they hold and of the
// pairings they are a member of. Every list of the store by elder, as a store finds them by
// query: the ingredients of a list made from scratch.
setupStart = performance.now();
const groupBy = <T>(list: readonly T[], key: (item: T) => string | undefined) => {
  const map = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    if (k === undefined) continue;
    const found = map.get(k);
    if (found) found.push(item);
    else map.set(k, [item]);
  }
  return map;
};
const elderOfCase = new Map<string, string>();
for (const record of records)
  if (record.incident) elderOfCase.set(`case/${record.id}`, record.elderId);
const elderOfReferral = new Map(referralSuggestions.map((s) => [s.id, s.elderId as string]));
const byElder = {
  elders: groupBy(ledger, (e) => e.id),
  holdings: groupBy(holdings, (h) => (h.subject.kind === 'elder' ? h.subject.id : undefined)),
  pairings: groupBy(pairings, (p) => p.elderId),
  occurrences: groupBy(occurrences, (o) => o.subject),
  records: groupBy(records, (r) => r.elderId),
  caseEvents: groupBy(caseEvents, (e) => elderOfCase.get(e.caseId)),
  referralSuggestions: groupBy(referralSuggestions, (s) => s.elderId),
  referralEvents: groupBy(referralEvents, (e) => elderOfReferral.get(e.referralId)),
};
const eldersOf = new Map<string, Set<string>>(caregivers.map((c) => [c.id, new Set<string>()]));
for (const line of holdings)
  if (
    line.subject.kind === 'elder' &&
    line.from <= DAY &&
    (line.to === undefined || DAY <= line.to)
  )
    eldersOf.get(line.caregiverId)?.add(line.subject.id);
for (const pairing of pairings)
  if (
    pairing.status !== 'ended' &&
    pairing.validFrom <= DAY &&
    (pairing.validTo === undefined || DAY <= pairing.validTo)
  )
    for (const member of pairingMembersOn(pairing, DAY))
      eldersOf.get(member.caregiverId)?.add(pairing.elderId);
const groupTime = seconds(setupStart);

/** The store's lists about `ids`, gathered by elder. */
function inputFor(ids: ReadonlySet<string>): FollowUpInput {
  const pick = <T>(map: Map<string, T[]>): T[] => {
    const out: T[] = [];
    for (const id of ids) for (const item of map.get(id) ?? []) out.push(item);
    return out;
  };
  return {
    elders: pick(byElder.elders),
    caregivers,
    holdings: pick(byElder.holdings),
    pairings: pick(byElder.pairings),
    occurrences: pick(byElder.occurrences),
    records: pick(byElder.records),
    caseEvents: pick(byElder.caseEvents),
    referralSuggestions: pick(byElder.referralSuggestions),
    referralEvents: pick(byElder.referralEvents),
  };
}

const caregiverIds: CaregiverId[] = caregivers.map((c) => c.id);
/** The elders of each township, for the county's day township by township. */
const townships = new Map<string, Set<string>>();
for (const elder of ledger) {
  const township = townshipCodeOf(elder.residence.villageCode) ?? '';
  const ids = townships.get(township) ?? new Set<string>();
  ids.add(elder.id);
  townships.set(township, ids);
}
const sampled = caregiverIds.filter((_, i) => i % EVERY === 0);
const inCounty = (task: Task) => countyCodeOf(task.villageCode) === countyCode;

// ---------------------------------------------------------------------------------------------
// (1)–(3): the lists. First, untimed, the county's day once and the lists of the first 50
// caregivers from scratch: the code of every part compiled and optimised for both sizes of input
// before anything is timed, so that no case pays for the JIT alone.

followUp(countyInput, options);
for (const caregiverId of caregiverIds.slice(0, 50))
  followUp(inputFor(eldersOf.get(caregiverId) ?? new Set()), options);

let day: FollowUp | undefined;
let byTownship: TaskIndex | undefined;
let indexedLists: (readonly Task[])[] = [];
let indexedCounty: readonly Task[] = [];
let scratchLists: (readonly Task[])[] = [];
let scratchCounty: readonly Task[] = [];
/** The index of the day's last run of (1). */
const index = () => (day as FollowUp).tasks;
const [dayRuns, townshipRuns, listRuns, countyListRuns, scratchRuns, scratchCountyRuns] = timeCases(
  [
    {
      name: names.day,
      items: ledger.length,
      run: () => followUp(countyInput, options),
      keep: (d: FollowUp) => (day = d),
    },
    {
      name: names.byTownship,
      items: ledger.length,
      run: () => {
        const all: Task[] = [];
        for (const ids of townships.values())
          for (const task of followUp(inputFor(ids), options).tasks.tasks) all.push(task);
        return indexTasks(all);
      },
      keep: (tasks: TaskIndex) => (byTownship = tasks),
    },
    {
      name: names.lists,
      items: caregiverIds.length,
      run: () => {
        const tasks = index();
        return caregiverIds.map((caregiverId) => tasksFor({ caregiverId }, tasks));
      },
      keep: (lists: (readonly Task[])[]) => (indexedLists = lists),
    },
    {
      name: names.countyList,
      items: LOOKUPS,
      run: () => {
        const tasks = index();
        let list: readonly Task[] = [];
        for (let i = 0; i < LOOKUPS; i++) list = tasksFor({ areaCode: countyCode }, tasks);
        return list;
      },
      keep: (list: readonly Task[]) => (indexedCounty = list),
    },
    {
      name: names.scratch,
      items: sampled.length,
      run: () =>
        sampled.map((caregiverId) => {
          const own = followUp(inputFor(eldersOf.get(caregiverId) ?? new Set()), options);
          return tasksFor({ caregiverId }, own.tasks);
        }),
      keep: (lists: (readonly Task[])[]) => (scratchLists = lists),
    },
    {
      name: names.scratchCounty,
      items: 1,
      run: () => followUp(countyInput, options).tasks.tasks.filter(inCounty),
      keep: (list: readonly Task[]) => (scratchCounty = list),
    },
  ],
) as [Timed, Timed, Timed, Timed, Timed, Timed];

// The same lists both ways, task for task; the same day township by township.
const same = (a: readonly Task[], b: readonly Task[]) => JSON.stringify(a) === JSON.stringify(b);
if (!same(byTownship?.tasks ?? [], index().tasks))
  throw new Error(
    `township by township: ${byTownship?.tasks.length} tasks, the county's day ${index().tasks.length}`,
  );
const indexedOf = new Map(caregiverIds.map((id, i) => [id as string, indexedLists[i] ?? []]));
sampled.forEach((caregiverId, i) => {
  const fresh = scratchLists[i] ?? [];
  const indexed = indexedOf.get(caregiverId) ?? [];
  if (!same(fresh, indexed))
    throw new Error(
      `${caregiverId}: from scratch ${fresh.length} tasks, from the index ${indexed.length}; first differing: ${JSON.stringify(fresh.find((t, k) => !same([t], [indexed[k] as Task])))}`,
    );
});
if (!same(scratchCounty, indexedCounty))
  throw new Error(
    `county: from scratch ${scratchCounty.length} tasks, from the index ${indexedCounty.length}`,
  );

// ---------------------------------------------------------------------------------------------
// The report.

const loadAfter = loadavg()[0] ?? Number.NaN;
const d = day as FollowUp;
const dayApplied = dayLedger as AppliedFactUpdates;
/** The codes of the rejected updates, counted. */
const rejectedWhy = () => {
  const codes = new Map<string, number>();
  for (const r of dayApplied.rejected)
    for (const issue of r.issues) codes.set(issue.code, (codes.get(issue.code) ?? 0) + 1);
  return codes.size === 0
    ? ''
    : ` (${[...codes].map(([code, count]) => `${code} ${n(count)}`).join(', ')})`;
};
const tasks = index().tasks;
const byKind = new Map<string, number>();
for (const task of tasks) byKind.set(task.kind, (byKind.get(task.kind) ?? 0) + 1);
const caregiverOwned = tasks.filter((t) => t.owner.kind === 'caregiver').length;
const listSizes = indexedLists.map((l) => l.length).sort((a, b) => a - b);
const withTasks = listSizes.filter((size) => size > 0).length;
const elderCounts = caregiverIds.map((id) => eldersOf.get(id)?.size ?? 0);
const sampledElders = sampled.reduce((sum, id) => sum + (eldersOf.get(id)?.size ?? 0), 0);
const incidents = records.filter((r) => r.incident).length;
const openCases = d.cases.cases.filter((c) => c.step !== 'closed').length;
const referralStates = new Map<string, number>();
for (const r of d.referrals.referrals)
  referralStates.set(r.state, (referralStates.get(r.state) ?? 0) + 1);

console.log(
  `\nCounty: ${n(elders.length)} elders in ${n(new Set(villageOf.values()).size)} villages, ${n(caregivers.length)} caregivers; ${n(pairings.length)} pairings (${n(pairings.filter((p) => p.duty).length)} duties'), ${n(holdings.length)} duty lines; ${n(plans.length)} plans, ${n(occurrences.length)} visits due in 2026. The year: ${n(year.records)} records (${n(year.incidents)} incidents), ${n(year.caseEvents)} case events (cases: ${n(caseFates.inTime)} in time, ${n(caseFates.late)} late at a step, ${n(caseFates.open)} stopped early; ${n(caseFates.closed)} closed), ${n(year.suggestions)} referral suggestions (${n(referralFates.waiting)} never filed, ${n(referralFates.withdrawn)} withdrawn, ${n(referralFates.applied)} filed: ${n(referralFates.approved)} approved, ${n(referralFates.refused)} refused, ${n(referralFates.late)} filed or decided late) and ${n(year.referralEvents)} events; ${n(year.updates)} fact updates (${Object.entries(
    updateKinds,
  )
    .map(([kind, count]) => `${kind} ${n(count)}`)
    .join(', ')}).`,
);
console.log(
  `The store on ${DAY}: ${n(records.length)} records (${n(incidents)} incidents), ${n(caseEvents.length)} case events, ${n(referralSuggestions.length)} suggestions, ${n(referralEvents.length)} referral events, ${n(updates.length)} fact updates — as of the day ${n(dayApplied.applied.length)} applied, ${n(dayApplied.rejected.length)} rejected${rejectedWhy()}, ${n(dayApplied.pending.length)} of later days; the ledger has ${n(ledger.length)} elders.`,
);
console.log(
  `Setup (untimed): county ${countyTime}, pairElders with duties ${pairTime}, plans + expandPlans ${plansTime}, simulateVisitRecords ${recordsTime}, fact updates ${factsTime}, case events ${casesTime}, referrals month by month ${referralsTime}, grouping by elder ${groupTime}.`,
);
console.log(
  `The day: ${n(tasks.length)} tasks — ${[...byKind]
    .map(([kind, count]) => `${kind} ${n(count)}`)
    .join(
      ', ',
    )}; ${n(caregiverOwned)} owned by caregivers, the rest by bodies. Cases: ${n(d.cases.cases.length)} opened by the day, ${n(openCases)} not closed, ${n(d.cases.rejected.length)} events rejected. Referrals: ${[
    ...referralStates,
  ]
    .map(([state, count]) => `${state} ${n(count)}`)
    .join(
      ', ',
    )}; ${n(d.referrals.rejected.length)} rejected; ${n(d.newSuggestions.length)} new suggestions today, ${n(d.lapsed.length)} lapsed.`,
);
console.log(
  `Lists: ${n(caregiverIds.length)} caregivers, ${n(withTasks)} with tasks (largest ${n(listSizes.at(-1) ?? 0)}, median ${n(listSizes[Math.floor(listSizes.length / 2)] ?? 0)}); each answers for ${n(Math.min(...elderCounts))}–${n(Math.max(...elderCounts))} elders. County list: ${n(indexedCounty.length)} tasks. Checked: ${n(sampled.length)} caregivers' lists${EVERY > 1 ? ` (every ${EVERY}th, ${n(sampledElders)} elder-slices)` : ''} and the county's, from scratch and from the index, equal task for task.`,
);

const spread = (r: CaseResult) => {
  const sorted = [...r.runsMs].sort((a, b) => a - b);
  return `${ms(r.medianMs)} (${ms(sorted[0] ?? Number.NaN)}–${ms(sorted.at(-1) ?? Number.NaN)})`;
};
const scale = caregiverIds.length / sampled.length;
const memory = (m: Memory) =>
  `peak +${mb(Math.max(0, m.peakHeapAddedBytes))}, kept ${mb(Math.max(0, m.keptBytes))}, GC ${n(m.gcMs)} ms`;
/** Wall and CPU time of a case, times `factor`. */
const times = (t: Timed, factor = 1) => ({
  wall: t.result.medianMs * factor,
  cpu: t.cpuMs * factor,
});
const plus = (...all: { wall: number; cpu: number }[]) => ({
  wall: all.reduce((sum, x) => sum + x.wall, 0),
  cpu: all.reduce((sum, x) => sum + x.cpu, 0),
});
const day1 = times(dayRuns);
const lookups = times(listRuns);
const countyLookup = times(countyListRuns, 1 / LOOKUPS);
const scratchAll = times(scratchRuns, scale);
const scratchCountyTimes = times(scratchCountyRuns);

console.log(
  `\n## Follow-up, a county's day (${DAY}): ${n(elders.length)} elders, ${n(caregiverIds.length)} caregivers (wall ms: median of ${RUNS} runs (min–max); CPU ms: the process's, median; memory on the first run, after a full GC; load average ${loadBefore.toFixed(1)} before the runs, ${loadAfter.toFixed(1)} after, on ${cpus().length} cores)\n`,
);
console.log('| case | lists | wall ms (min–max) | CPU ms | per list (wall) | memory |');
console.log('| --- | ---: | ---: | ---: | ---: | --- |');
const row = (t: Timed, lists: number, perList: string) =>
  console.log(
    `| ${t.result.name} | ${n(lists)} | ${spread(t.result)} | ${ms(t.cpuMs)} | ${perList} | ${memory(t.memory)} |`,
  );
row(ledgerRuns, 0, '–');
row(dayRuns, 0, '–');
row(townshipRuns, 0, '–');
row(listRuns, caregiverIds.length, us(lookups.wall / caregiverIds.length));
row(countyListRuns, 1, us(countyLookup.wall));
row(scratchRuns, sampled.length, `${ms(scratchRuns.result.medianMs / sampled.length)} ms`);
row(scratchCountyRuns, 1, `${ms(scratchCountyTimes.wall)} ms`);

console.log(
  `\n## Follow-up: every list of the day, indexed against from scratch (ratio = from scratch ÷ indexed, in wall and in CPU time)${EVERY > 1 ? ` — from scratch measured on every ${EVERY}th caregiver (${n(sampled.length)} of ${n(caregiverIds.length)}) and scaled by ${scale.toFixed(2)}` : ''}\n`,
);
console.log('| lists | indexed wall ms | from scratch wall ms | ratio, wall | ratio, CPU |');
console.log('| --- | ---: | ---: | ---: | ---: |');
const ratioRow = (
  what: string,
  indexed: { wall: number; cpu: number },
  fresh: { wall: number; cpu: number },
  how: string,
  format: (value: number) => string = ms,
) =>
  console.log(
    `| ${what} | ${format(indexed.wall)}${how} | ${format(fresh.wall)}${EVERY > 1 && what.startsWith('every') ? ' (scaled)' : ''} | ${(fresh.wall / indexed.wall).toFixed(1)}× | ${(fresh.cpu / indexed.cpu).toFixed(1)}× |`,
  );
ratioRow(
  `every caregiver's (${n(caregiverIds.length)})`,
  plus(day1, lookups),
  scratchAll,
  ' (followUp once + lookups)',
);
ratioRow("the county's", plus(day1, countyLookup), scratchCountyTimes, ' (followUp once + lookup)');
ratioRow(
  "every caregiver's and the county's",
  plus(day1, lookups, countyLookup),
  plus(scratchAll, scratchCountyTimes),
  '',
);
ratioRow(
  "every caregiver's, the day made township by township (1b)",
  plus(times(townshipRuns), lookups),
  scratchAll,
  ' (1b + lookups)',
);
// Per list: the same ratio as for every caregiver's lists, the index's lookups alone.
console.log(
  `| one caregiver's, the day already indexed | ${us(lookups.wall / caregiverIds.length)} | ${ms(scratchAll.wall / caregiverIds.length)} | ${n(scratchAll.wall / lookups.wall)}× | – |`,
);

console.log(
  `\nNotes: the county's list from scratch is followUp again and a filter — the same work as (1), so its ratio is about 1 and strays from it only by noise. (1b) makes the same day (checked: the same tasks in the same order) in ${n(townships.size)} calls of a township each and indexes their tasks: the work per elder is the same, the maps and arrays of each call much smaller. CPU time is the process's, every thread: on a shared machine it moves less than wall time, but a case of microseconds also counts the GC's helper threads finishing earlier work (no CPU ratio per list). Peak heap counts garbage V8 has not collected yet: a loop of many small calls (3) shows the garbage of many calls, not what any one keeps; kept is what the result holds after a full GC (the lists of (3), the whole FollowUp of (1)).`,
);
report(
  'Follow-up, each case (items/s: updates for (0), elders for (1), lists or lookups for the others)',
  [
    ledgerRuns.result,
    dayRuns.result,
    townshipRuns.result,
    listRuns.result,
    countyListRuns.result,
    scratchRuns.result,
    scratchCountyRuns.result,
  ],
);
console.log(
  `\nThis process: peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}, heap used now ${mb(process.memoryUsage().heapUsed)}. Whole bench: ${seconds(started)}.`,
);
