import { performance } from 'node:perf_hooks';
import {
  addMonths,
  addWeeks,
  endOfDay,
  endOfISOWeek,
  endOfMonth,
  format,
  getISOWeek,
  getISOWeekYear,
  getMonth,
  isAfter,
  isWithinInterval,
  startOfMonth,
} from 'date-fns';
import * as rruleModule from 'rrule';
import { festivalDate } from '../src/calendar/index.js';
import { type ElderId, type PlainDate, plainDate } from '../src/models/index.js';
import {
  expandPlan,
  expandPlans,
  type Occurrence,
  PROGRAMME_PRESETS,
  type PresetKey,
  planFromPreset,
  type VisitPlan,
} from '../src/recurrence/index.js';
import {
  benchCounty,
  type CaseResult,
  inFreshProcess,
  measure,
  measureRounds,
  type RoundCaseResult,
  report,
  reportRatios,
} from './harness.js';

// rrule ships CommonJS without named exports for Node's ESM loader (`import { RRule } from
// 'rrule'` fails under tsx too): take its default export when there is one, as src/ does.
const rrule = (Reflect.get(rruleModule, 'default') ?? rruleModule) as typeof rruleModule;

const started = performance.now();
const ELDERS = Number(process.env.BENCH_ELDERS ?? 20_000);
const PEER_ELDERS = Math.min(ELDERS, Number(process.env.BENCH_PEER_ELDERS ?? 5_000));
const AGREEMENT_ELDERS = Math.min(ELDERS, Number(process.env.BENCH_AGREEMENT_ELDERS ?? 200));
const MEMORY = process.env.BENCH_MEMORY !== '0';
/** Timed rounds of the streamed cases against the plain loop (after two untimed ones). */
const STREAM_ROUNDS = Number(process.env.BENCH_STREAM_ROUNDS ?? 7);
/**
 * Slices of a round: the county's and the first elders' lists run that many times over in
 * each round, guanai and the plain loop in turn, so that a run is never so short that one
 * busy moment of the machine decides a round's ratio (the first 5,000 elders take ~50 ms).
 */
const COUNTY_SLICES = Number(process.env.BENCH_COUNTY_SLICES ?? 2);
const SUBSET_SLICES = Number(process.env.BENCH_SUBSET_SLICES ?? 6);
/** Set in the child processes that measure one case's memory. */
const MEMORY_CASE = process.env.BENCH_RECURRENCE_MEMORY_CASE;

const FROM = plainDate('2026-01-01');
const TO = plainDate('2026-12-31');
const RANGE = { from: FROM, to: TO };
/** The four plans of every elder, in the order the peers run them. */
const PRESETS = [
  'townshipCadreWeeklyVisit',
  'villageCadreMonthlyChildContact',
  'census',
  'festivalVisits',
] as const satisfies readonly PresetKey[];
type Preset = (typeof PRESETS)[number];

// ---------------------------------------------------------------------------------------------
// The county and its plans.

const sample = benchCounty(ELDERS);
const elders = sample.elders;

/** One plan per village and preset, its subjects the village's elders (of the first `count`). */
function villagePlans(count: number): VisitPlan[] {
  const byVillage = new Map<string, ElderId[]>();
  for (const elder of elders.slice(0, count)) {
    const code = elder.residence.villageCode;
    const list = byVillage.get(code);
    if (list) list.push(elder.id);
    else byVillage.set(code, [elder.id]);
  }
  return [...byVillage].flatMap(([code, ids]) =>
    PRESETS.map((preset) =>
      planFromPreset(preset, { id: `${code}-${preset}`, whom: { elders: ids }, validFrom: FROM }),
    ),
  );
}

/** One plan per elder and preset, for the first `count` elders (elder-major, PRESETS order). */
function elderPlans(count: number): VisitPlan[] {
  return elders.slice(0, count).flatMap((elder) =>
    PRESETS.map((preset) =>
      planFromPreset(preset, {
        id: `${elder.id}-${preset}`,
        whom: { elders: [elder.id] },
        validFrom: FROM,
      }),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Consuming the visits: a count and a checksum of the due days (month × 31 + day, read from the
// `YYYY-MM-DD` characters), the same for every case when the due days agree.

interface Tally {
  occurrences: number;
  checksum: number;
}
/** Month × 31 + day of a `YYYY-MM-DD` date, from its character codes ('0' × 11 = 528). */
function dueCode(due: string): number {
  return (
    (due.charCodeAt(5) * 10 + due.charCodeAt(6) - 528) * 31 +
    due.charCodeAt(8) * 10 +
    due.charCodeAt(9) -
    528
  );
}

function streamGuanai(plans: readonly VisitPlan[]): Tally {
  let occurrences = 0;
  let checksum = 0;
  for (const visit of expandPlans(plans, RANGE)) {
    occurrences++;
    checksum += dueCode(visit.due);
  }
  return { occurrences, checksum };
}

function tallyOccurrences(visits: readonly Occurrence[]): Tally {
  let checksum = 0;
  for (const visit of visits) checksum += dueCode(visit.due);
  return { occurrences: visits.length, checksum };
}

/** (g4): each plan on its own, nothing shared between calls. */
function eachPlanAlone(plans: readonly VisitPlan[]): Tally {
  let occurrences = 0;
  let checksum = 0;
  for (const plan of plans) {
    for (const visit of expandPlan(plan, RANGE)) {
      occurrences++;
      checksum += dueCode(visit.due);
    }
  }
  return { occurrences, checksum };
}

// ---------------------------------------------------------------------------------------------
// The peers: each elder's four plans as due days, per elder and plan, nothing shared. The rules,
// from the spec (§5): a weekly quota (「每周走访一次」) is due by the end of its ISO week, its
// Sunday; a monthly quota (「每月……一次」) by the month's last day; the census (「每年春季(3月)、
// 秋季(9月)」) by the last day of March and September; a festival visit on the festival.
//
// Neither rrule nor date-fns knows the Chinese lunar calendar (rrule has no RSCALE), so both take
// the 2026 dates of 春节, 中秋, 国庆 and 重阳 from a table computed once, here, with guanai's
// `festivalDate` — a team would take them from a lunar library the same way. Lunar years are
// counted like guanai's: 除夕 of the lunar year 2025 would fall in civil 2026.

type PeerPlan = () => string[];

const FESTIVAL_DAYS: readonly PlainDate[] = [2025, 2026]
  .flatMap((year) =>
    PROGRAMME_PRESETS.festivalVisits.cadence.festivals.map((key) => festivalDate(key, year)),
  )
  .filter((day) => day >= FROM && day <= TO)
  .sort();
const ymd = (day: string) =>
  [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))] as const;
const CENSUS_MONTHS = [3, 9];

// (a) rrule, floating: Dates whose UTC fields are the civil day (no TZID), as src/ uses it.
const { RRule, RRuleSet } = rrule;
const DTSTART = new Date(Date.UTC(2026, 0, 1));
const UNTIL = new Date(Date.UTC(2026, 11, 31, 23, 59, 59));
const FESTIVALS_UTC = FESTIVAL_DAYS.map((day) => {
  const [y, m, d] = ymd(day);
  return new Date(Date.UTC(y, m - 1, d));
});
const utcDay = (date: Date) => date.toISOString().slice(0, 10);

const RRULE_PLANS: Record<Preset, PeerPlan> = {
  // FREQ=WEEKLY;BYDAY=SU: the quota's due day, the Sunday ending each ISO week.
  townshipCadreWeeklyVisit: () =>
    new RRule({ freq: RRule.WEEKLY, byweekday: [RRule.SU], dtstart: DTSTART, until: UNTIL })
      .all()
      .map(utcDay),
  // FREQ=MONTHLY;BYMONTHDAY=-1
  villageCadreMonthlyChildContact: () =>
    new RRule({ freq: RRule.MONTHLY, bymonthday: [-1], dtstart: DTSTART, until: UNTIL })
      .all()
      .map(utcDay),
  // FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=-1
  census: () =>
    new RRule({
      freq: RRule.YEARLY,
      bymonth: CENSUS_MONTHS,
      bymonthday: [-1],
      dtstart: DTSTART,
      until: UNTIL,
    })
      .all()
      .map(utcDay),
  // RDATE list: rrule cannot express lunar dates.
  festivalVisits: () => {
    const set = new RRuleSet();
    for (const day of FESTIVALS_UTC) set.rdate(day);
    return set.between(DTSTART, UNTIL, true).map(utcDay);
  },
};

// (b) date-fns, in the host's local time like any date-fns code (the result does not depend on
// the host's zone: only whole days are used).
const LOCAL_FROM = new Date(2026, 0, 1);
const LOCAL_TO = endOfDay(new Date(2026, 11, 31));
const FESTIVALS_LOCAL = FESTIVAL_DAYS.map((day) => {
  const [y, m, d] = ymd(day);
  return new Date(y, m - 1, d);
});
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

function dateFnsPlans(formatDay: (date: Date) => string): Record<Preset, PeerPlan> {
  const monthEnds = (months?: readonly number[]) => {
    const dues: string[] = [];
    for (let month = startOfMonth(LOCAL_FROM); !isAfter(month, LOCAL_TO); ) {
      const end = endOfMonth(month);
      if (!isAfter(end, LOCAL_TO) && (!months || months.includes(getMonth(month) + 1)))
        dues.push(formatDay(end));
      month = addMonths(month, 1);
    }
    return dues;
  };
  return {
    townshipCadreWeeklyVisit: () => {
      const dues: string[] = [];
      for (let sunday = endOfISOWeek(LOCAL_FROM); !isAfter(sunday, LOCAL_TO); ) {
        dues.push(formatDay(sunday));
        sunday = addWeeks(sunday, 1);
      }
      return dues;
    },
    villageCadreMonthlyChildContact: () => monthEnds(),
    census: () => monthEnds(CENSUS_MONTHS),
    festivalVisits: () =>
      FESTIVALS_LOCAL.filter((day) =>
        isWithinInterval(day, { start: LOCAL_FROM, end: LOCAL_TO }),
      ).map(formatDay),
  };
}
const DATE_FNS_PLANS = dateFnsPlans((date) => format(date, 'yyyy-MM-dd'));
const BY_HAND_PLANS = dateFnsPlans(
  (date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
);

// (p) The floor of streaming: a plain loop emitting the same Occurrence objects as guanai, for
// the same plans, through a generator to the same consumer. Like guanai it dates each of the
// four rules once per run (by hand, as (b′): no plan here moves off a holiday, as each keeps
// its day) and lays the same windows; then, per plan, visit and subject, one object literal.

/** A dated visit of one preset: what every subject of a plan on it shares. */
interface PlainVisit {
  readonly period: string;
  readonly openFrom: string;
  readonly due: string;
  readonly overdueFrom: string;
  readonly expiresAt: string;
}
const dayText = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
const localDay = (day: string) => {
  const [y, m, d] = ymd(day);
  return new Date(y, m - 1, d);
};
const shiftDay = (day: string, days: number) => {
  const [y, m, d] = ymd(day);
  return dayText(new Date(y, m - 1, d + days));
};
const FESTIVAL_VISITS = [2025, 2026]
  .flatMap((year) =>
    PROGRAMME_PRESETS.festivalVisits.cadence.festivals.map((key) => ({
      period: `${key}-${year}`,
      due: festivalDate(key, year) as string,
    })),
  )
  .filter(({ due }) => due >= FROM && due <= TO)
  .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));

/** The four rules' visits, dated by hand: quotas span their period, festivals ±7 days. */
function plainVisits(): Record<Preset, PlainVisit[]> {
  const inPeriod = (due: string, start: string, period: string): PlainVisit => ({
    period,
    openFrom: start < FROM ? FROM : start,
    due,
    overdueFrom: shiftDay(due, 1),
    expiresAt: due,
  });
  const monthly = (due: string) => inPeriod(due, `${due.slice(0, 8)}01`, due.slice(0, 7));
  return {
    townshipCadreWeeklyVisit: BY_HAND_PLANS.townshipCadreWeeklyVisit().map((sunday) => {
      const date = localDay(sunday);
      const label = `${getISOWeekYear(date)}-W${pad(getISOWeek(date))}`;
      return inPeriod(sunday, shiftDay(sunday, -6), label);
    }),
    villageCadreMonthlyChildContact: BY_HAND_PLANS.villageCadreMonthlyChildContact().map(monthly),
    census: BY_HAND_PLANS.census().map(monthly),
    festivalVisits: FESTIVAL_VISITS.map(({ period, due }) => ({
      period,
      openFrom: shiftDay(due, -7),
      due,
      overdueFrom: shiftDay(due, 1),
      expiresAt: shiftDay(due, 7),
    })),
  };
}
const PRESET_OF_KIND = new Map<string, Preset>(
  PRESETS.map((preset) => [PROGRAMME_PRESETS[preset].kind, preset]),
);

function* plainOccurrences(plans: readonly VisitPlan[]): Generator<Occurrence> {
  const visits = plainVisits();
  for (const plan of plans) {
    const planVisits = visits[PRESET_OF_KIND.get(plan.kind) as Preset];
    const subjects = 'elders' in plan.whom ? plan.whom.elders : plan.whom.children;
    // Indexed loops, as guanai's: in a generator they are faster than for…of.
    for (let v = 0; v < planVisits.length; v++) {
      const visit = planVisits[v] as PlainVisit;
      for (let s = 0; s < subjects.length; s++) {
        const subject = subjects[s] as ElderId;
        const occurrence: { -readonly [K in keyof Occurrence]: Occurrence[K] } = {
          key: `${plan.id}/${subject}/${visit.period}`,
          planId: plan.id,
          subject,
          subjectKind: 'elder',
          period: visit.period,
          kind: plan.kind,
          channel: plan.channel,
          who: plan.who,
          openFrom: visit.openFrom as PlainDate,
          due: visit.due as PlainDate,
          overdueFrom: visit.overdueFrom as PlainDate,
          expiresAt: visit.expiresAt as PlainDate,
        };
        if (plan.services) occurrence.services = plan.services;
        yield occurrence;
      }
    }
  }
}

function streamPlain(plans: readonly VisitPlan[]): Tally {
  let occurrences = 0;
  let checksum = 0;
  for (const visit of plainOccurrences(plans)) {
    occurrences++;
    checksum += dueCode(visit.due);
  }
  return { occurrences, checksum };
}

function streamPeer(peer: Record<Preset, PeerPlan>, count: number): Tally {
  let occurrences = 0;
  let checksum = 0;
  for (let i = 0; i < count; i++) {
    for (const preset of PRESETS) {
      for (const due of peer[preset]()) {
        occurrences++;
        checksum += dueCode(due);
      }
    }
  }
  return { occurrences, checksum };
}

/** Every elder's due days, per plan: what a materialising peer keeps. */
function keepPeer(peer: Record<Preset, PeerPlan>, count: number): string[][][] {
  const kept: string[][][] = [];
  for (let i = 0; i < count; i++) kept.push(PRESETS.map((preset) => peer[preset]()));
  return kept;
}

// ---------------------------------------------------------------------------------------------
// Memory, one case per child process.

const MEMORY_CASES = {
  g1: '(g1) guanai, village plans, streamed',
  g2: '(g2) guanai, one plan per elder, streamed',
  g3: '(g3) guanai, village plans, materialised',
  a: '(a) rrule, due days kept',
  b: '(b) date-fns, due days kept',
} as const;
type MemoryCase = keyof typeof MEMORY_CASES;

interface MemoryResult {
  readonly occurrences: number;
  /** Heap still used after a full GC, beyond what was used before the run. */
  readonly retainedBytes: number;
  /** Process peak RSS after setup (county, plans), and after the run. */
  readonly maxRssBeforeBytes: number;
  readonly maxRssAfterBytes: number;
  /** One cold run, in this fresh process. */
  readonly ms: number;
}

function memoryChild(name: MemoryCase): void {
  const gc = globalThis.gc;
  if (!gc) throw new Error('the memory child needs --expose-gc');
  const plans = name === 'g2' ? elderPlans(ELDERS) : villagePlans(ELDERS);
  const runs: Record<MemoryCase, () => Tally | Occurrence[] | string[][][]> = {
    g1: () => streamGuanai(plans),
    g2: () => streamGuanai(plans),
    g3: () => [...expandPlans(plans, RANGE)],
    a: () => keepPeer(RRULE_PLANS, ELDERS),
    b: () => keepPeer(DATE_FNS_PLANS, ELDERS),
  };
  gc();
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const maxRssBeforeBytes = process.resourceUsage().maxRSS * 1024;
  const start = performance.now();
  const kept = runs[name]();
  const ms = performance.now() - start;
  gc();
  gc();
  const retainedBytes = process.memoryUsage().heapUsed - heapBefore;
  const maxRssAfterBytes = process.resourceUsage().maxRSS * 1024;
  // Counted only now, so that what the run kept is alive through the measurement.
  const occurrences = !Array.isArray(kept)
    ? kept.occurrences
    : name === 'g3'
      ? kept.length
      : (kept as string[][][]).reduce((sum, plans) => sum + plans.flat().length, 0);
  const result: MemoryResult = {
    occurrences,
    retainedBytes,
    maxRssBeforeBytes,
    maxRssAfterBytes,
    ms,
  };
  console.log(JSON.stringify(result));
}

function measureMemory(name: MemoryCase): MemoryResult {
  return inFreshProcess<MemoryResult>(import.meta.url, 'BENCH_RECURRENCE_MEMORY_CASE', name);
}

// ---------------------------------------------------------------------------------------------
// Kept first: streams must stay as fast after a caller kept visits. V8 learns from kept objects
// where to allocate their like: when the first visits a fresh process makes are kept (here ten
// villages' as JSON), an object literal's site learnt to allocate every later visit in the old
// generation, and guanai's streams took 3-6× as long for the rest of the process.

/** Set in the child process that keeps visits before it streams. */
const KEPT_FIRST_CHILD = process.env.BENCH_RECURRENCE_KEPT_FIRST === '1';

interface KeptFirstResult {
  readonly keptBytes: number;
  readonly g1: RoundCaseResult;
  readonly p1: RoundCaseResult;
}

function keptFirstChild(): void {
  const county = villagePlans(ELDERS);
  const keptBytes = JSON.stringify([...expandPlans(county.slice(0, 40), RANGE)]).length;
  const occurrences = streamGuanai(county).occurrences;
  const [g1, p1] = measureRounds(
    [
      { name: 'g1', items: occurrences, run: () => streamGuanai(county) },
      { name: 'p1', items: occurrences, run: () => streamPlain(county) },
    ],
    STREAM_ROUNDS,
    2,
    COUNTY_SLICES,
  );
  console.log(JSON.stringify({ keptBytes, g1, p1 }));
}

// ---------------------------------------------------------------------------------------------
// Agreement: guanai's due days per elder and plan kind, against each peer's and each other
// guanai case's.

type DuesByElder = Map<string, Map<string, string[]>>;

function guanaiDues(visits: Iterable<Occurrence>, subjects: ReadonlySet<string>): DuesByElder {
  const dues: DuesByElder = new Map();
  for (const visit of visits) {
    if (!subjects.has(visit.subject)) continue;
    let byKind = dues.get(visit.subject);
    if (!byKind) {
      byKind = new Map();
      dues.set(visit.subject, byKind);
    }
    const list = byKind.get(visit.kind);
    if (list) list.push(visit.due);
    else byKind.set(visit.kind, [visit.due]);
  }
  return dues;
}

function peerDues(peer: Record<Preset, PeerPlan>, ids: readonly string[]): DuesByElder {
  return new Map(
    ids.map((id) => [
      id,
      new Map(PRESETS.map((preset) => [PROGRAMME_PRESETS[preset].kind, peer[preset]()])),
    ]),
  );
}

function checkAgreement(
  expected: DuesByElder,
  ids: readonly string[],
  cases: Record<string, DuesByElder>,
): void {
  const problems: string[] = [];
  for (const id of ids) {
    for (const preset of PRESETS) {
      const kind = PROGRAMME_PRESETS[preset].kind;
      const want = (expected.get(id)?.get(kind) ?? []).join(' ');
      if (want === '') problems.push(`${id} ${kind}: guanai (g1) gives no visit`);
      for (const [name, dues] of Object.entries(cases)) {
        const got = (dues.get(id)?.get(kind) ?? []).join(' ');
        if (got !== want) problems.push(`${id} ${kind}: ${name} gives ${got}, (g1) ${want}`);
      }
    }
  }
  if (problems.length > 0) throw new Error(`due days differ:\n${problems.slice(0, 20).join('\n')}`);
}

function checkTallies(expected: Tally, tallies: Record<string, Tally | undefined>): void {
  for (const [name, tally] of Object.entries(tallies)) {
    if (tally?.occurrences !== expected.occurrences || tally.checksum !== expected.checksum)
      throw new Error(
        `${name}: ${JSON.stringify(tally)} differs from (g1): ${JSON.stringify(expected)}`,
      );
  }
}

// ---------------------------------------------------------------------------------------------
// The timed runs.

async function main(): Promise<void> {
  let start = performance.now();
  const county = villagePlans(ELDERS);
  const villageMs = performance.now() - start;
  start = performance.now();
  const perElder = elderPlans(ELDERS);
  const perElderMs = performance.now() - start;
  const subsetVillages = villagePlans(PEER_ELDERS);
  const subsetElders = perElder.slice(0, PEER_ELDERS * PRESETS.length);

  const expected = streamGuanai(county);
  const expectedSubset = streamGuanai(subsetVillages);
  const occurrences = expected.occurrences;
  const subsetOccurrences = expectedSubset.occurrences;

  const NAMES = {
    g1: '(g1) guanai expandPlans, one plan per village and preset, streamed',
    g2: '(g2) guanai expandPlans, one plan per elder and preset, streamed',
    g3: '(g3) guanai expandPlans, village plans, materialised [...expandPlans()]',
    g4: '(g4) guanai expandPlan per elder and plan: nothing shared',
    p1: '(p1) plain loop emitting the same objects, village plans, streamed',
    p2: '(p2) plain loop emitting the same objects, one plan per elder, streamed',
    a: '(a) rrule 2.8.1, new RRule(…).all() per elder and plan',
    b: "(b) date-fns 4.4.0 loop per elder and plan, format(d, 'yyyy-MM-dd')",
    bHand: '(b′) the same date-fns loop, formatted by hand',
  };
  const tallies: Record<string, Tally | undefined> = {};
  const subsetTallies: Record<string, Tally | undefined> = {};

  // The side-by-side first: (g3)'s discarded arrays would otherwise burden the peers' GC.
  // Streamed: guanai and the plain loop round by round (g1, p1, g2, p2, again …), so that a
  // swing in the machine's load hits both alike; two untimed rounds first.
  const [sideG1, sideP1, sideG2, sideP2] = measureRounds(
    [
      {
        name: NAMES.g1,
        items: subsetOccurrences,
        run: () => (subsetTallies.g1 = streamGuanai(subsetVillages)),
      },
      {
        name: NAMES.p1,
        items: subsetOccurrences,
        run: () => (subsetTallies.p1 = streamPlain(subsetVillages)),
      },
      {
        name: NAMES.g2,
        items: subsetOccurrences,
        run: () => (subsetTallies.g2 = streamGuanai(subsetElders)),
      },
      {
        name: NAMES.p2,
        items: subsetOccurrences,
        run: () => (subsetTallies.p2 = streamPlain(subsetElders)),
      },
    ],
    STREAM_ROUNDS,
    2,
    SUBSET_SLICES,
  ) as [RoundCaseResult, RoundCaseResult, RoundCaseResult, RoundCaseResult];
  const side: CaseResult[] = [
    sideG1,
    sideG2,
    sideP1,
    sideP2,
    measure(NAMES.g4, subsetOccurrences, () => (subsetTallies.g4 = eachPlanAlone(subsetElders)), 3),
    measure(
      NAMES.a,
      subsetOccurrences,
      () => (subsetTallies.a = streamPeer(RRULE_PLANS, PEER_ELDERS)),
      3,
    ),
    measure(
      NAMES.b,
      subsetOccurrences,
      () => (subsetTallies.b = streamPeer(DATE_FNS_PLANS, PEER_ELDERS)),
      3,
    ),
    measure(
      NAMES.bHand,
      subsetOccurrences,
      () => (subsetTallies.bHand = streamPeer(BY_HAND_PLANS, PEER_ELDERS)),
      3,
    ),
  ];
  const [fullG1, fullP1, fullG2, fullP2] = measureRounds(
    [
      { name: NAMES.g1, items: occurrences, run: () => (tallies.g1 = streamGuanai(county)) },
      { name: NAMES.p1, items: occurrences, run: () => (tallies.p1 = streamPlain(county)) },
      { name: NAMES.g2, items: occurrences, run: () => (tallies.g2 = streamGuanai(perElder)) },
      { name: NAMES.p2, items: occurrences, run: () => (tallies.p2 = streamPlain(perElder)) },
    ],
    STREAM_ROUNDS,
    2,
    COUNTY_SLICES,
  ) as [RoundCaseResult, RoundCaseResult, RoundCaseResult, RoundCaseResult];
  const full: CaseResult[] = [
    fullG1,
    fullG2,
    fullP1,
    fullP2,
    measure(
      NAMES.g3,
      occurrences,
      () => (tallies.g3 = tallyOccurrences([...expandPlans(county, RANGE)])),
      3,
    ),
  ];
  checkTallies(expected, tallies);
  checkTallies(expectedSubset, subsetTallies);
  const keptFirst = inFreshProcess<KeptFirstResult>(
    import.meta.url,
    'BENCH_RECURRENCE_KEPT_FIRST',
    '1',
  );

  // Due days per elder and plan kind, on the first AGREEMENT_ELDERS elders.
  const ids = elders.slice(0, AGREEMENT_ELDERS).map((elder) => elder.id);
  const subjects = new Set<string>(ids);
  const firstPlans = perElder.slice(0, AGREEMENT_ELDERS * PRESETS.length);
  checkAgreement(guanaiDues(expandPlans(county, RANGE), subjects), ids, {
    '(g2)': guanaiDues(expandPlans(firstPlans, RANGE), subjects),
    '(g4)': guanaiDues(
      firstPlans.flatMap((plan) => expandPlan(plan, RANGE)),
      subjects,
    ),
    '(a) rrule': peerDues(RRULE_PLANS, ids),
    '(b) date-fns': peerDues(DATE_FNS_PLANS, ids),
    '(b′) date-fns, by hand': peerDues(BY_HAND_PLANS, ids),
  });

  // The plain loop's objects are guanai's, field for field and in the same order.
  const sameObjects = (plans: readonly VisitPlan[]) =>
    JSON.stringify([...expandPlans(plans, RANGE)]) === JSON.stringify([...plainOccurrences(plans)]);
  if (!sameObjects(villagePlans(AGREEMENT_ELDERS)) || !sameObjects(firstPlans))
    throw new Error('the plain loop (p) emits objects other than guanai’s');

  const memory = MEMORY
    ? (Object.keys(MEMORY_CASES) as MemoryCase[]).map(
        (name) => [name, measureMemory(name)] as const,
      )
    : [];
  for (const [name, result] of memory) {
    if (result.occurrences !== occurrences)
      throw new Error(`memory case ${name} made ${result.occurrences} visits, not ${occurrences}`);
  }

  const n = (value: number) => Math.round(value).toLocaleString('en-US');
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  const perElderVisits = occurrences / ELDERS;
  console.log(
    `\nCounty: ${n(ELDERS)} elders in ${n(county.length / PRESETS.length)} villages, ${perElderVisits} visits an elder (${FESTIVAL_DAYS.length} festivals: ${FESTIVAL_DAYS.join(', ')}), ${n(occurrences)} in all. Building the plans (planFromPreset, untimed below): ${n(county.length)} village plans ${villageMs.toFixed(0)} ms; ${n(perElder.length)} elder plans ${perElderMs.toFixed(0)} ms.`,
  );
  report(
    `Recurrence, a county-year: ${n(ELDERS)} elders × 4 plans, 2026 (occurrences/s; ratio to (g1); (g1), (p1), (g2), (p2) round by round, 2 untimed rounds + ${STREAM_ROUNDS} of ${COUNTY_SLICES} slices, a run's time the mean of its round's; (g3) 1 warm-up + 3)`,
    full,
    NAMES.g1,
  );
  report(
    `guanai / rrule / date-fns on the first ${n(PEER_ELDERS)} of the same elders (${n(subsetOccurrences)} visits; occurrences/s; ratio to (g1) = (g1)'s time / the case's, below 1 = slower than guanai; (g1), (p1), (g2), (p2) round by round, 2 untimed rounds + ${STREAM_ROUNDS} of ${SUBSET_SLICES} slices, a run's time the mean of its round's; the others 1 warm-up + 3)`,
    side,
    NAMES.g1,
  );
  const ms = (name: string) => side.find((r) => r.name === name)?.medianMs ?? Number.NaN;
  const g1 = ms(NAMES.g1);
  const versus = (name: string) => (ms(name) / g1).toFixed(1);
  console.log(
    `\nguanai (g1) is ${versus(NAMES.a)}× as fast as rrule (a) (aim: at least 10×), ${versus(NAMES.b)}× as fast as date-fns (b) (aim: at least 1×), ${versus(NAMES.bHand)}× as fast as date-fns formatted by hand (b′); without sharing, (g4) takes ${(ms(NAMES.g4) / ms(NAMES.b)).toFixed(2)}× the time of (b), ${(ms(NAMES.g4) / ms(NAMES.a)).toFixed(2)}× that of (a). In elders/s: (g1) ${n((PEER_ELDERS / g1) * 1000)}, (a) ${n((PEER_ELDERS / ms(NAMES.a)) * 1000)}, (b) ${n((PEER_ELDERS / ms(NAMES.b)) * 1000)}.`,
  );
  reportRatios(
    `Streamed against the plain loop emitting the same objects, round by round (aim: at most 1.5× its time in every round; time over time, wall-clock / CPU)`,
    [
      [fullG1, fullP1, `(g1) / (p1), county`],
      [fullG2, fullP2, `(g2) / (p2), county`],
      [
        keptFirst.g1,
        keptFirst.p1,
        `(g1) / (p1), county, in a fresh process that first kept ${n(keptFirst.keptBytes / 2 ** 20)} MB of visits as JSON`,
      ],
      [sideG1, sideP1, `(g1) / (p1), first ${n(PEER_ELDERS)}`],
      [sideG2, sideP2, `(g2) / (p2), first ${n(PEER_ELDERS)}`],
    ],
  );
  console.log(
    `Agreement: due days identical per elder and plan for the first ${n(AGREEMENT_ELDERS)} elders across (g1), (g2), (g4), (a), (b), (b′); the objects of (p1) and (p2) identical to guanai's (as JSON) for them; visit count and due-day checksum identical for every elder each case ran on.`,
  );
  if (memory.length > 0) {
    console.log(
      `\n## Memory, ${n(ELDERS)} elders, each case alone in a fresh process (retained: heapUsed after a full GC minus before the run; peak: process maxRSS before the run — county, plans — and after it; one cold run)\n`,
    );
    console.log(
      '| case | retained heap | bytes/visit | peak RSS before → after | added to peak | cold run ms |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const [name, r] of memory) {
      console.log(
        `| ${MEMORY_CASES[name]} | ${(Math.max(0, r.retainedBytes) / 2 ** 20).toFixed(1)} MB | ${n(Math.max(0, r.retainedBytes) / r.occurrences)} | ${mb(r.maxRssBeforeBytes)} → ${mb(r.maxRssAfterBytes)} | ${mb(r.maxRssAfterBytes - r.maxRssBeforeBytes)} | ${n(r.ms)} |`,
      );
    }
  }
  console.log(
    `\nThis process: peak rss (maxRSS) ${mb(process.resourceUsage().maxRSS * 1024)}. Whole bench: ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  );
}

if (KEPT_FIRST_CHILD) {
  keptFirstChild();
} else if (MEMORY_CASE) {
  if (!(MEMORY_CASE in MEMORY_CASES)) throw new Error(`unknown memory case ${MEMORY_CASE}`);
  memoryChild(MEMORY_CASE as MemoryCase);
} else {
  await main();
}
