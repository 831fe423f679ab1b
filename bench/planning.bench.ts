/**
 * W3, planning: four weeks of visits for a generated county (seed 2026, 20 townships × 25
 * villages, 20,000 elders — env BENCH_ELDERS — and its 4,000 caregivers), planned with
 * `planVisits` and planned again with `replan`.
 *
 * Setup (untimed; its time is printed): the county; `pairElders` as of 2026-03-02 (one primary
 * caregiver per elder; no duties, `duties: []` here and in `planVisits`, so that (p1)–(r2)
 * measure what they measured before duties); one plan per village and preset — `volunteerWeeklyVisit`,
 * `villageCadreMonthlyChildContact` (phone), `census` (March, September), `festivalVisits` and
 * `healthCheck` — for all the village's elders, valid from 2026-01-01; expanded with
 * `expandPlans` over 2026-03-02 … 2026-03-29 (Monday of W10 to Sunday of W13; env
 * BENCH_PLANNING_TO moves the last day). `expandPlans` lists the visits *due* in the range: the
 * monthly call, the census and the quarterly health check fall due on 2026-03-31 and no festival
 * falls in March, so these four weeks hold the weekly visits only (the per-preset count is
 * printed; BENCH_PLANNING_TO=2026-03-31 brings the others in).
 *
 * Timed, 1 warm-up + 3 runs (env BENCH_RUNS), medians: (p1) `planVisits(visits, { elders,
 * caregivers, pairings }, { onRestDays: false })` — working days only for everyone (the default
 * lets volunteers visit on rest days too); (p2) the same with `onRestDays:
 * true`; (r1) `replan(p1, visits, input, options)` with nothing changed (must move nothing: a move
 * throws); (r2) `replan` with 1 % of the caregivers (every 100th) on leave for the first week.
 *
 * Beside them, (n1) a naive plan written here, without guanai's planner: every visit with its
 * primary caregiver on its due day or, when that is not a working day, the first working day of
 * its window, with no capacity limit and no regard to the caregiver's weekdays or leave, each
 * caregiver-day's stops in nearest-first order from home (haversine km, as guanai's). Its day
 * loads, km and the visits it puts on days the caregiver does not work are printed against
 * guanai's.
 *
 * Checked (a violation throws): every visit placed once or unplaced, each placed visit inside its
 * window [openFrom, expiresAt], on a day its caregiver works (weekday, leave, activity, and a
 * working day unless `onRestDays`), at most 6 home visits a caregiver-day; the on-time count
 * (placed before `overdueFrom`) recomputed. The aim, at least 99.5 % of visits inside their
 * window where capacity allows, is measured against an upper bound computed here: the most
 * visits that can be placed on time given each caregiver's working days and 6 home visits a
 * day (earliest deadline first per caregiver; exact when every team is one caregiver, as
 * `pairElders` makes them here without priority elders).
 *
 * Duties (包保, spec §3.1 · S18 L515), (c1): `pairElders` again, by default — the general
 * pairing and the default duties' holders (its time printed, untimed) — and, per village, `townshipCadreWeeklyVisit` and
 * `villageCadreMonthlyChildContact` for its 空巢 elders (the subjects of `townshipContract`),
 * expanded over the four weeks 2026-03-09 … 2026-04-05 (env BENCH_DUTY_FROM, BENCH_DUTY_TO; they
 * take in the month's end, when the monthly contact falls due, and 清明), planned with
 * `planVisits(visits, { elders, caregivers, pairings })` (the default duties and rest days:
 * cadres keep to working days), timed like the others. Printed: the share of the due duty
 * visits placed on time, the busiest holder-day against the mean, and how many went to
 * deputies; checked: each placed duty visit made by the elder's holder of that duty, or by a
 * deputy standing in for that holder.
 *
 * Memory: the process's peak resident set (`resourceUsage().maxRSS`) after setup, after the
 * `planVisits` runs and at the end.
 */
import { performance } from 'node:perf_hooks';
import { chinaHolidayCalendar, isWorkingDay } from '../src/calendar/index.js';
import {
  addDays,
  type Caregiver,
  type CaregiverId,
  type Coordinates,
  type DutyHolding,
  type Elder,
  type ElderId,
  isoWeekdayOf,
  type Pairing,
  type PlainDate,
  pairingMembersOn,
  plainDate,
} from '../src/models/index.js';
import {
  expandPlans,
  type Occurrence,
  type PresetKey,
  planFromPreset,
  type VisitPlan,
} from '../src/recurrence/index.js';
import {
  haversineKm,
  type PlanVisitsOptions,
  pairElders,
  planVisits,
  replan,
  type VisitPlanningInput,
  type VisitSchedule,
  type VisitUnplacedReason,
} from '../src/scheduling/index.js';
import { benchCounty, type CaseResult, measure, report } from './harness.js';

const started = performance.now();
const ELDERS = Number(process.env.BENCH_ELDERS ?? 20_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FROM = plainDate('2026-03-02');
const TO = plainDate(process.env.BENCH_PLANNING_TO ?? '2026-03-29');
const AS_OF = FROM;
const VALID_FROM = plainDate('2026-01-01');
/** planVisits' default: most home visits one caregiver makes in a day. */
const PER_DAY = 6;
const PRESETS = [
  'volunteerWeeklyVisit',
  'villageCadreMonthlyChildContact',
  'census',
  'festivalVisits',
  'healthCheck',
] as const satisfies readonly PresetKey[];
const calendar = chinaHolidayCalendar();
const rssMb = () => process.resourceUsage().maxRSS / 1024;

// ---------------------------------------------------------------------------------------------
// Setup: the county, its pairings, its plans and four weeks of visits.

let start = performance.now();
const sample = benchCounty(ELDERS);
const { elders, caregivers } = sample;
const countyMs = performance.now() - start;

start = performance.now();
// The general pairing alone (duties: []), as W3 measured before duties; (c1) adds them.
const pairing = pairElders({ elders, caregivers }, { asOf: AS_OF, duties: [] });
const { pairings } = pairing;
const pairMs = performance.now() - start;

start = performance.now();
const byVillage = new Map<string, ElderId[]>();
for (const elder of elders) {
  const code = elder.residence.villageCode;
  const list = byVillage.get(code);
  if (list) list.push(elder.id);
  else byVillage.set(code, [elder.id]);
}
const plans: VisitPlan[] = [...byVillage].flatMap(([code, ids]) =>
  PRESETS.map((preset) =>
    planFromPreset(preset, {
      id: `${code}-${preset}`,
      whom: { elders: ids },
      validFrom: VALID_FROM,
    }),
  ),
);
const plansMs = performance.now() - start;

start = performance.now();
const visits: Occurrence[] = [...expandPlans(plans, { from: FROM, to: TO })];
const expandMs = performance.now() - start;
const setupRss = rssMb();

const presetOf = (occurrence: Occurrence) =>
  PRESETS.find((preset) => occurrence.planId.endsWith(`-${preset}`)) ?? 'other';
const perPreset = new Map<string, number>(PRESETS.map((preset) => [preset, 0]));
for (const visit of visits)
  perPreset.set(presetOf(visit), (perPreset.get(presetOf(visit)) ?? 0) + 1);

const input: VisitPlanningInput = {
  elders,
  caregivers,
  pairings,
};
const options: PlanVisitsOptions = { onRestDays: false, duties: [] };
const restOptions: PlanVisitsOptions = { ...options, onRestDays: true };

// ---------------------------------------------------------------------------------------------
// Who may make each visit and when, as planVisits' doc says: the pairing's members on the due
// day (primary first), on days they work.

const caregiverById = new Map<string, Caregiver>(caregivers.map((c) => [c.id, c]));
const elderById = new Map<string, Elder>(elders.map((e) => [e.id, e]));
const pairingsOf = new Map<string, Pairing[]>();
for (const p of pairings) {
  const list = pairingsOf.get(p.elderId);
  if (list) list.push(p);
  else pairingsOf.set(p.elderId, [p]);
}

function team(occurrence: Occurrence): CaregiverId[] {
  const { who } = occurrence;
  if ('caregiverId' in who) return caregiverById.has(who.caregiverId) ? [who.caregiverId] : [];
  return (pairingsOf.get(occurrence.subject) ?? [])
    .filter((p) => p.status === 'active' && ('pairingId' in who ? p.id === who.pairingId : true))
    .flatMap((p) => pairingMembersOn(p, occurrence.due))
    .sort((a, b) => (a.role === 'primary' ? 0 : 1) - (b.role === 'primary' ? 0 : 1))
    .map((m) => m.caregiverId)
    .filter((id) => caregiverById.has(id));
}

function works(caregiver: Caregiver, date: PlainDate, onRestDays: boolean): boolean {
  const { availability } = caregiver;
  if (!availability.weekdays.includes(isoWeekdayOf(date))) return false;
  if (availability.leave.some((leave) => leave.from <= date && date <= leave.to)) return false;
  if (caregiver.validFrom && date < caregiver.validFrom) return false;
  if (caregiver.validTo && date > caregiver.validTo) return false;
  return onRestDays || isWorkingDay(date, calendar);
}

// ---------------------------------------------------------------------------------------------
// The bound: the most visits that can be placed on time (a working day of the team's first
// member, before overdueFrom, inside the window, ≤ PER_DAY home visits a caregiver-day).
// Earliest deadline first over each caregiver's days is optimal for windows of days.

interface Bound {
  readonly placeable: number;
  /** Visits with more than one possible caregiver (counted with the first only). */
  readonly wider: number;
  /** Visits whose first caregiver has no working day in the on-time window. */
  readonly noDay: number;
  /** Of those, whose caregiver works on no weekday from Monday to Friday. */
  readonly weekendOnly: number;
}

function bound(onRestDays: boolean): Bound {
  const byCaregiver = new Map<string, { from: PlainDate; to: PlainDate; inPerson: boolean }[]>();
  let wider = 0;
  for (const visit of visits) {
    const members = team(visit);
    const first = members[0];
    if (first === undefined) continue;
    if (members.length > 1) wider++;
    const lastOnTime = addDays(visit.overdueFrom, -1);
    // Plain dates compare as strings: the earlier of the last on-time day and the window's end.
    let to = visit.expiresAt;
    if (lastOnTime < to) to = lastOnTime;
    const list = byCaregiver.get(first) ?? [];
    list.push({ from: visit.openFrom, to, inPerson: visit.channel === 'inPerson' });
    byCaregiver.set(first, list);
  }
  let placeable = 0;
  let noDay = 0;
  let weekendOnly = 0;
  for (const [id, list] of byCaregiver) {
    const caregiver = caregiverById.get(id) as Caregiver;
    const offWeek = !caregiver.availability.weekdays.some((d) => d <= 5);
    const days: PlainDate[] = [];
    let first = list[0]?.from as PlainDate;
    let last = list[0]?.to as PlainDate;
    for (const item of list) {
      if (item.from < first) first = item.from;
      if (item.to > last) last = item.to;
    }
    for (let d = first; d <= last; d = addDays(d, 1))
      if (works(caregiver, d, onRestDays)) days.push(d);
    const hasDay = (item: { from: PlainDate; to: PlainDate }) =>
      days.some((d) => item.from <= d && d <= item.to);
    const home: { from: PlainDate; to: PlainDate }[] = [];
    for (const item of list) {
      if (!hasDay(item)) {
        noDay++;
        if (offWeek) weekendOnly++;
      } else if (item.inPerson) home.push(item);
      else placeable++; // a call takes no place in the day's route
    }
    home.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    let next = 0;
    let pending: { to: PlainDate }[] = [];
    for (const day of days) {
      while (next < home.length && (home[next] as { from: PlainDate }).from <= day)
        pending.push(home[next++] as { to: PlainDate });
      pending = pending.filter((item) => item.to >= day).sort((a, b) => (a.to < b.to ? -1 : 1));
      const taken = Math.min(PER_DAY, pending.length);
      placeable += taken;
      pending = pending.slice(taken);
    }
  }
  return { placeable, wider, noDay, weekendOnly };
}

// ---------------------------------------------------------------------------------------------
// Checks and figures of a schedule.

interface Figures {
  readonly placed: number;
  readonly onTime: number;
  readonly unplaced: Readonly<Record<VisitUnplacedReason, number>>;
  readonly caregiverDays: number;
  readonly maxDayLoad: number;
  readonly meanDayLoad: number;
  readonly homeVisits: number;
  readonly km: number;
  readonly nearestFirstKm: number;
  /** Visits on a day their caregiver does not work (naive plans only). */
  readonly unavailable: number;
  /** Caregiver-days with more than PER_DAY home visits (naive plans only). */
  readonly overFull: number;
}

const occurrenceByKey = new Map(visits.map((v) => [v.key, v]));

function check(
  name: string,
  schedule: VisitSchedule,
  planning: VisitPlanningInput,
  how: PlanVisitsOptions,
): Figures {
  const fail = (what: string) => {
    throw new Error(`${name}: ${what}`);
  };
  const seen = new Set<string>();
  const load = new Map<string, number>();
  let onTime = 0;
  let homeVisits = 0;
  const onRestDays = how.onRestDays === true;
  const byId = new Map(planning.caregivers.map((c) => [c.id as string, c]));
  for (const visit of schedule.visits) {
    if (seen.has(visit.occurrenceKey)) fail(`${visit.occurrenceKey} placed twice`);
    seen.add(visit.occurrenceKey);
    const occurrence = occurrenceByKey.get(visit.occurrenceKey);
    if (!occurrence) return fail(`${visit.occurrenceKey} is no visit`);
    if (visit.date < occurrence.openFrom || visit.date > occurrence.expiresAt)
      fail(`${visit.occurrenceKey} on ${visit.date}, outside its window`);
    const caregiver = byId.get(visit.caregiverId);
    if (!caregiver || !works(caregiver, visit.date, onRestDays))
      fail(`${visit.occurrenceKey}: ${visit.caregiverId} does not work on ${visit.date}`);
    if (visit.date < occurrence.overdueFrom) onTime++;
    if (occurrence.channel === 'inPerson') {
      homeVisits++;
      const key = `${visit.caregiverId}|${visit.date}`;
      const count = (load.get(key) ?? 0) + 1;
      if (count > PER_DAY) fail(`${key} has ${count} home visits`);
      load.set(key, count);
    }
  }
  for (const { occurrenceKey } of schedule.unplaced)
    if (seen.has(occurrenceKey)) fail(`${occurrenceKey} both placed and unplaced`);
  if (seen.size + schedule.unplaced.length !== visits.length)
    fail(`${seen.size} placed + ${schedule.unplaced.length} unplaced ≠ ${visits.length} visits`);
  if (onTime !== schedule.stats.onTime)
    fail(`${onTime} on time, stats say ${schedule.stats.onTime}`);
  const unplaced = { noCaregiver: 0, noHolder: 0, noAvailableDay: 0, noCapacity: 0 };
  for (const { reason } of schedule.unplaced) unplaced[reason]++;
  return {
    placed: schedule.stats.placed,
    onTime,
    unplaced,
    caregiverDays: load.size,
    maxDayLoad: schedule.stats.maxDayLoad,
    meanDayLoad: schedule.stats.meanDayLoad,
    homeVisits,
    km: schedule.stats.totalKm,
    nearestFirstKm: schedule.stats.nearestFirstKm,
    unavailable: 0,
    overFull: 0,
  };
}

// ---------------------------------------------------------------------------------------------
// The naive plan: the primary caregiver, the due day (or the first working day of the window),
// no capacity, nearest-first stops.

function nearestFirstKm(home: Coordinates, stops: readonly Coordinates[]): number {
  const left = [...stops];
  let at = home;
  let km = 0;
  while (left.length > 0) {
    let best = 0;
    let bestKm = Number.POSITIVE_INFINITY;
    left.forEach((stop, i) => {
      const d = haversineKm(at, stop);
      if (d < bestKm) {
        bestKm = d;
        best = i;
      }
    });
    km += bestKm;
    at = left[best] as Coordinates;
    left.splice(best, 1);
  }
  return km + haversineKm(at, home);
}

function naive(): Figures {
  const primaryOf = new Map<string, CaregiverId>();
  const groups = new Map<string, { caregiver: Caregiver; stops: Coordinates[] }>();
  let placed = 0;
  let onTime = 0;
  let noCaregiver = 0;
  let unavailable = 0;
  let homeVisits = 0;
  for (const visit of visits) {
    let primary = primaryOf.get(visit.subject);
    if (primary === undefined) {
      primary = (pairingsOf.get(visit.subject) ?? [])
        .flatMap((p) => pairingMembersOn(p, visit.due))
        .find((m) => m.role === 'primary')?.caregiverId;
      if (primary !== undefined) primaryOf.set(visit.subject, primary);
    }
    const caregiver = primary === undefined ? undefined : caregiverById.get(primary);
    if (!caregiver) {
      noCaregiver++;
      continue;
    }
    let date = visit.due;
    if (!isWorkingDay(date, calendar)) {
      for (let d = visit.openFrom; d <= visit.expiresAt; d = addDays(d, 1)) {
        if (isWorkingDay(d, calendar)) {
          date = d;
          break;
        }
      }
    }
    placed++;
    if (date < visit.overdueFrom) onTime++;
    if (!works(caregiver, date, false)) unavailable++;
    if (visit.channel !== 'inPerson') continue;
    const at = elderById.get(visit.subject)?.residence.coordinates;
    if (!at) continue;
    homeVisits++;
    const key = `${caregiver.id}|${date}`;
    const group = groups.get(key);
    if (group) group.stops.push(at);
    else groups.set(key, { caregiver, stops: [at] });
  }
  let km = 0;
  let maxDayLoad = 0;
  let overFull = 0;
  for (const { caregiver, stops } of groups.values()) {
    const home = caregiver.home.coordinates;
    if (home) km += nearestFirstKm(home, stops);
    maxDayLoad = Math.max(maxDayLoad, stops.length);
    if (stops.length > PER_DAY) overFull++;
  }
  return {
    placed,
    onTime,
    unplaced: { noCaregiver, noHolder: 0, noAvailableDay: 0, noCapacity: 0 },
    caregiverDays: groups.size,
    maxDayLoad,
    meanDayLoad: groups.size > 0 ? homeVisits / groups.size : 0,
    homeVisits,
    km,
    nearestFirstKm: km,
    unavailable,
    overFull,
  };
}

// ---------------------------------------------------------------------------------------------
// The timed runs.

const NAMES = {
  p1: '(p1) planVisits, working days only for everyone (onRestDays: false)',
  p2: '(p2) planVisits, onRestDays: true',
  r1: '(r1) replan(p1), nothing changed',
  r2: '(r2) replan(p1), 1 % of caregivers on leave in week 1',
  n1: '(n1) naive: due day or first working day, primary, no capacity',
};

let working: VisitSchedule | undefined;
let rest: VisitSchedule | undefined;
const timed: CaseResult[] = [
  measure(NAMES.p1, visits.length, () => (working = planVisits(visits, input, options)), RUNS),
  measure(NAMES.p2, visits.length, () => (rest = planVisits(visits, input, restOptions)), RUNS),
];
const planRss = rssMb();
if (!working || !rest) throw new Error('planVisits gave nothing');
const p1 = working;
const p2 = rest;

// 1 % of caregivers, evenly spread (every 100th), on leave for the first week.
const leaveCount = Math.max(1, Math.round(caregivers.length / 100));
const leaveFrom = FROM;
const leaveTo = addDays(FROM, 6);
const onLeave = new Set<string>(
  Array.from(
    { length: leaveCount },
    (_, i) => (caregivers[Math.floor((i * caregivers.length) / leaveCount)] as Caregiver).id,
  ),
);
const leaveInput: VisitPlanningInput = {
  ...input,
  caregivers: caregivers.map((c) =>
    onLeave.has(c.id)
      ? {
          ...c,
          availability: {
            ...c.availability,
            leave: [...c.availability.leave, { from: leaveFrom, to: leaveTo, reason: 'bench' }],
          },
        }
      : c,
  ),
};
let unchanged: ReturnType<typeof replan> | undefined;
let withLeave: ReturnType<typeof replan> | undefined;
timed.push(
  measure(NAMES.r1, visits.length, () => (unchanged = replan(p1, visits, input, options)), RUNS),
  measure(
    NAMES.r2,
    visits.length,
    () => (withLeave = replan(p1, visits, leaveInput, options)),
    RUNS,
  ),
);
if (!unchanged || !withLeave) throw new Error('replan gave nothing');
if (unchanged.moved.length !== 0)
  throw new Error(`replan with nothing changed moved ${unchanged.moved.length} visits`);
if (JSON.stringify(unchanged.schedule.stats) !== JSON.stringify(p1.stats))
  throw new Error('replan with nothing changed gave other stats');

const f1 = check(NAMES.p1, p1, input, options);
const f2 = check(NAMES.p2, p2, input, restOptions);
const fLeave = check(NAMES.r2, withLeave.schedule, leaveInput, options);
check(NAMES.r1, unchanged.schedule, input, options);
start = performance.now();
const n1 = naive();
const naiveMs = performance.now() - start;
const b1 = bound(false);
const b2 = bound(true);

// What the leave displaced: p1's visits of the caregivers on leave, inside the leave.
const affected = new Set(
  p1.visits
    .filter((v) => onLeave.has(v.caregiverId) && leaveFrom <= v.date && v.date <= leaveTo)
    .map((v) => v.occurrenceKey),
);
const leavePlaced = new Set(withLeave.schedule.visits.map((v) => v.occurrenceKey));
const movedKeys = withLeave.moved;
const replaced = movedKeys.filter((key) => leavePlaced.has(key)).length;
const outsideLeave = movedKeys.filter((key) => !affected.has(key)).length;

// ---------------------------------------------------------------------------------------------
// The tables.

const n = (value: number) => Math.round(value).toLocaleString('en-US');
const pct = (part: number, whole: number) =>
  whole > 0 ? `${((100 * part) / whole).toFixed(2)} %` : '–';
const ms = (name: string) => timed.find((r) => r.name === name)?.medianMs ?? Number.NaN;
const homeTotal = visits.filter((v) => v.channel === 'inPerson').length;

console.log(
  `\nW3 planning: ${n(ELDERS)} elders in ${n(byVillage.size)} villages, ${n(caregivers.length)} caregivers; ${FROM} … ${TO}: ${n(visits.length)} visits (${n(homeTotal)} home visits) — ${[...perPreset].map(([preset, count]) => `${preset} ${n(count)}`).join(', ')}. Pairing: ${n(pairing.stats.placed)} elders placed, ${n(pairing.stats.withPartner)} with a partner, mean ${pairing.stats.meanKm.toFixed(2)} km to the primary.`,
);
console.log(
  `Setup (untimed below): county ${n(countyMs)} ms, pairElders ${n(pairMs)} ms, ${n(plans.length)} plans ${n(plansMs)} ms, expandPlans ${n(expandMs)} ms — ${n(countyMs + pairMs + plansMs + expandMs)} ms in all. Naive plan (n1): ${n(naiveMs)} ms.`,
);
report(
  `W3 planning, ${n(visits.length)} visits over four weeks (visits/s; 1 warm-up + ${RUNS} runs, median)`,
  timed,
);

console.log(
  `\n## W3 outcome (on time = placed before overdueFrom; bound = the most visits that can be placed on time given each caregiver's working days and ${PER_DAY} home visits a caregiver-day)\n`,
);
console.log(
  '| plan | placed | placed % | on time, % of placed | on time, % of all | on time, % of bound (bound) | unplaced: noCaregiver · noAvailableDay · noCapacity |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
const outcome = (name: string, f: Figures, b?: Bound) =>
  console.log(
    `| ${name} | ${n(f.placed)} | ${pct(f.placed, visits.length)} | ${pct(f.onTime, f.placed)} | ${pct(f.onTime, visits.length)} | ${b ? `${pct(f.onTime, b.placeable)} (${n(b.placeable)})` : '–'} | ${n(f.unplaced.noCaregiver)} · ${n(f.unplaced.noAvailableDay)} · ${n(f.unplaced.noCapacity)} |`,
  );
outcome(NAMES.p1, f1, b1);
outcome(NAMES.p2, f2, b2);
outcome(NAMES.n1, n1);

console.log(
  `\n## W3 day loads and routes (home visits a caregiver-day, over caregiver-days with any; km of each caregiver-day's round trip from home)\n`,
);
console.log(
  '| plan | caregiver-days | max a day | mean a day | max / mean | total km | km a home visit | km / nearest-first | days over 6 | visits on a day the caregiver does not work |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const loads = (name: string, f: Figures) =>
  console.log(
    `| ${name} | ${n(f.caregiverDays)} | ${f.maxDayLoad} | ${f.meanDayLoad.toFixed(2)} | ${(f.maxDayLoad / f.meanDayLoad).toFixed(2)} | ${n(f.km)} | ${(f.km / f.homeVisits).toFixed(3)} | ${(f.km / f.nearestFirstKm).toFixed(4)} | ${n(f.overFull)} | ${n(f.unavailable)} |`,
  );
loads(NAMES.p1, f1);
loads(NAMES.p2, f2);
loads(NAMES.n1, n1);

console.log('\n## W3 replan\n');
console.log(
  '| case | median ms | vs planVisits (p1) | moved | moved and placed again | moved, lost their place | moved outside the leave | placed after | on time after |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
console.log(
  `| ${NAMES.r1} | ${n(ms(NAMES.r1))} | ${(ms(NAMES.r1) / ms(NAMES.p1)).toFixed(2)}× | ${n(unchanged.moved.length)} | 0 | 0 | 0 | ${n(unchanged.schedule.stats.placed)} | ${n(unchanged.schedule.stats.onTime)} |`,
);
console.log(
  `| ${NAMES.r2} | ${n(ms(NAMES.r2))} | ${(ms(NAMES.r2) / ms(NAMES.p1)).toFixed(2)}× | ${n(movedKeys.length)} | ${n(replaced)} | ${n(movedKeys.length - replaced)} | ${n(outsideLeave)} | ${n(fLeave.placed)} | ${n(fLeave.onTime)} |`,
);
console.log(
  `\n(r2): ${n(onLeave.size)} caregivers on leave ${leaveFrom} … ${leaveTo}; (p1) had ${n(affected.size)} visits with them in those days, so a move-nothing-else replan moves ${n(affected.size)}; it moved ${n(movedKeys.length)}${movedKeys.length === affected.size && outsideLeave === 0 ? ' (exactly those)' : ''}. A visit can go only to its elder's team, here the primary alone: a moved visit is placed again only if its caregiver works another day of its window.`,
);

const aim = f1.onTime / b1.placeable;
const aimRest = f2.onTime / b2.placeable;
const noCapacityForced = (f: Figures, b: Bound) =>
  Math.max(0, visits.length - f.unplaced.noCaregiver - b.noDay - b.placeable);
console.log(
  `\nAim: at least 99.5 % of visits inside their window where capacity allows. (p1) working days: ${pct(f1.onTime, b1.placeable)} of the ${n(b1.placeable)} that can be placed on time (${aim >= 0.995 ? 'met' : 'not met'}); ${pct(f1.onTime, visits.length)} of all visits. What limits it: ${n(b1.noDay)} visits have no working day of their caregiver in the window (${n(b1.weekendOnly)} of them with caregivers who work only at weekends), and ${n(noCapacityForced(f1, b1))} more cannot fit in ${PER_DAY} home visits a caregiver-day (planVisits leaves ${n(f1.unplaced.noCapacity)} for want of capacity). (p2) on rest days too: ${pct(f2.onTime, b2.placeable)} of the bound (${aimRest >= 0.995 ? 'met' : 'not met'}), ${pct(f2.onTime, visits.length)} of all. ${b1.wider === 0 ? 'The bound is exact: every team is one caregiver.' : `${n(b1.wider)} visits have a larger team, counted with its first member only: the bound is then a lower bound.`}`,
);
console.log(
  `Load: (p1) busiest caregiver-day ${f1.maxDayLoad} home visits against a mean of ${f1.meanDayLoad.toFixed(2)}; naive (n1) ${n1.maxDayLoad} against ${n1.meanDayLoad.toFixed(2)} (${n(n1.overFull)} caregiver-days over ${PER_DAY}). Distance: (p1) ${n(f1.km)} km, ${(f1.km / f1.nearestFirstKm).toFixed(4)} of nearest-first order on the same days (${n(f1.nearestFirstKm)} km); naive (n1) ${n(n1.km)} km for ${n(n1.homeVisits)} home visits (${(n1.km / n1.homeVisits).toFixed(3)} km a visit against (p1)'s ${(f1.km / f1.homeVisits).toFixed(3)}).`,
);
dutyCase();

console.log(
  `\nChecks passed: each visit placed once or unplaced; every placed visit inside its window, on a day its caregiver works, ≤ ${PER_DAY} home visits a caregiver-day; on-time counts recomputed; (r1) moved nothing and gave the same stats.`,
);
console.log(
  `Peak RSS (maxRSS): after setup ${n(setupRss)} MB, after the planVisits runs ${n(planRss)} MB, at the end ${n(rssMb())} MB. Whole bench: ${((performance.now() - started) / 1000).toFixed(0)} s.`,
);

// ---------------------------------------------------------------------------------------------
// (c1) Duties: the 包保 cadres' visits to the 空巢 elders, each given to its holder.

function dutyCase(): void {
  const from = plainDate(process.env.BENCH_DUTY_FROM ?? '2026-03-09');
  const to = plainDate(process.env.BENCH_DUTY_TO ?? '2026-04-05');
  const pairStart = performance.now();
  const withDuties = pairElders({ elders, caregivers }, { asOf: AS_OF });
  const pairDutiesMs = performance.now() - pairStart;
  const dutyPairings = withDuties.pairings;
  const duties = withDuties.duties;
  if (!duties) throw new Error('pairElders assigned no duties');
  // The 空巢 elders: the subjects of townshipContract, held or not.
  const emptyNest = new Set<string>();
  const subjectOf = (line: { readonly duty: string; readonly subject: DutyHolding['subject'] }) =>
    line.duty === 'townshipContract' && line.subject.kind === 'elder' ? [line.subject.id] : [];
  for (const line of duties.current) for (const id of subjectOf(line)) emptyNest.add(id);
  for (const unheld of duties.unheld) for (const id of subjectOf(unheld)) emptyNest.add(id);
  const dutyPlans = [...byVillage].flatMap(([code, ids]) => {
    const whom = ids.filter((id) => emptyNest.has(id));
    if (whom.length === 0) return [];
    return (['townshipCadreWeeklyVisit', 'villageCadreMonthlyChildContact'] as const).map(
      (preset) =>
        planFromPreset(preset, {
          id: `${code}-${preset}`,
          whom: { elders: whom },
          validFrom: VALID_FROM,
        }),
    );
  });
  const due: Occurrence[] = [...expandPlans(dutyPlans, { from, to })];
  const dutyInput: VisitPlanningInput = { elders, caregivers, pairings: dutyPairings };
  let planned: VisitSchedule | undefined;
  const timing = measure(
    '(c1) planVisits, the 包保 cadres’ duty visits',
    due.length,
    () => (planned = planVisits(due, dutyInput)),
    RUNS,
  );
  if (!planned) throw new Error('planVisits gave nothing');
  const c1 = planned;

  // The holder of each duty for each elder, as the duty pairings say.
  const holderOf = new Map<string, string>();
  for (const p of dutyPairings) {
    const current = p.members.find((m) => m.role === 'primary' && m.to === undefined);
    if (p.duty && current) holderOf.set(`${p.duty}|${p.elderId}`, current.caregiverId);
  }
  const byKey = new Map(due.map((v) => [v.key, v]));
  const perDuty = new Map<string, { due: number; onTime: number; deputies: number }>();
  const holderDays = new Map<string, number>();
  for (const visit of due) {
    const key = visit.planId.endsWith('-townshipCadreWeeklyVisit')
      ? 'townshipContract'
      : 'villageContract';
    const row = perDuty.get(key) ?? { due: 0, onTime: 0, deputies: 0 };
    row.due++;
    perDuty.set(key, row);
  }
  for (const visit of c1.visits) {
    const occurrence = byKey.get(visit.occurrenceKey) as Occurrence;
    if (!visit.duty) throw new Error(`(c1) ${visit.occurrenceKey} carries no duty`);
    const holder = holderOf.get(`${visit.duty}|${visit.elderId}`);
    if (visit.caregiverId !== holder && visit.deputyFor !== holder)
      throw new Error(`(c1) ${visit.occurrenceKey} went to ${visit.caregiverId}, not the holder`);
    const row = perDuty.get(visit.duty) as { due: number; onTime: number; deputies: number };
    if (visit.onTime) row.onTime++;
    if (visit.deputyFor) row.deputies++;
    if (occurrence.channel === 'inPerson') {
      const day = `${visit.deputyFor ?? visit.caregiverId}|${visit.date}`;
      holderDays.set(day, (holderDays.get(day) ?? 0) + 1);
    }
  }
  const loads = [...holderDays.values()];
  const busiest = Math.max(0, ...loads);
  const mean = loads.length > 0 ? loads.reduce((a, b) => a + b, 0) / loads.length : 0;
  const unplaced = new Map<string, number>();
  for (const { reason } of c1.unplaced) unplaced.set(reason, (unplaced.get(reason) ?? 0) + 1);
  const n = (value: number) => Math.round(value).toLocaleString('en-US');
  const pct = (part: number, whole: number) =>
    whole > 0 ? `${((100 * part) / whole).toFixed(2)} %` : '–';

  console.log(
    `\n## W3 with duties (c1): the 包保 cadres' visits to ${n(emptyNest.size)} 空巢 elders, ${from} … ${to}, each to the elder's holder (pairElders with the default duties, ${n(pairDutiesMs)} ms untimed: townshipContract held for ${n(duties.stats[0]?.held ?? 0)} of ${n(duties.stats[0]?.subjects ?? 0)}, villageContract for ${n(duties.stats[1]?.held ?? 0)} of ${n(duties.stats[1]?.subjects ?? 0)})\n`,
  );
  console.log(`| case | visits | median ms | visits/s | runs (ms) |`);
  console.log('| --- | ---: | ---: | ---: | --- |');
  console.log(
    `| ${timing.name} | ${n(due.length)} | ${n(timing.medianMs)} | ${n(timing.perSecond)} | ${timing.runsMs.map((ms) => ms.toFixed(0)).join(', ')} |`,
  );
  console.log('\n| duty (preset) | due | placed on time | on time, % of due | made by a deputy |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [duty, row] of perDuty)
    console.log(
      `| ${duty} (${duty === 'townshipContract' ? 'townshipCadreWeeklyVisit, home' : 'villageCadreMonthlyChildContact, phone'}) | ${n(row.due)} | ${n(row.onTime)} | ${pct(row.onTime, row.due)} | ${n(row.deputies)} |`,
    );
  const all = [...perDuty.values()].reduce(
    (sum, row) => ({
      due: sum.due + row.due,
      onTime: sum.onTime + row.onTime,
      deputies: sum.deputies + row.deputies,
    }),
    { due: 0, onTime: 0, deputies: 0 },
  );
  console.log(
    `\n(c1): ${pct(all.onTime, all.due)} of the ${n(all.due)} due duty visits placed on time; ${n(c1.stats.placed)} placed, unplaced ${[...unplaced].map(([reason, count]) => `${reason} ${n(count)}`).join(', ') || 'none'}; ${n(all.deputies)} made by a deputy (${pct(all.deputies, c1.stats.placed)} of placed). Busiest holder-day (home visits a holder's duty got that day, deputies' included): ${busiest} against a mean of ${mean.toFixed(2)} over ${n(loads.length)} holder-days (${mean > 0 ? (busiest / mean).toFixed(2) : '–'}×); planVisits' busiest caregiver-day ${c1.stats.maxDayLoad}, mean ${c1.stats.meanDayLoad.toFixed(2)}. Checked: each placed duty visit made by its holder or a deputy standing in for the holder.`,
  );
}
