/**
 * classifyElder on a generated county of 100,000 elders, as of 2026-06-30: on validated
 * elders (all 22 categories), with zod parsing of raw JSON rows first, the 留守 category alone
 * (explained, and status only as the peer answers), classifyStatuses (the statuses-only pass
 * classifyLedger uses) and classifyLedger itself (that pass and the counts by area). As a floor, the time it
 * takes merely to read every fact the rules read. Beside it, in the same process, the 留守 definition (spec §1.1 · S14 L359) encoded in
 * json-rules-engine — what a team would write with a generic rules engine — timed with the
 * per-elder fact preparation it needs, and checked to agree with guanai on every elder whose
 * guanai answer is decided.
 */
import { performance } from 'node:perf_hooks';
import { Engine, type RuleProperties } from 'json-rules-engine';
import { elderContext } from '../src/eligibility/context.js';
import { decideLeftBehind } from '../src/eligibility/decideStatuses.js';
import {
  classifyElder,
  classifyLedger,
  classifyStatuses,
  DEFAULT_POLICY,
  type Tri,
} from '../src/eligibility/index.js';
import { sharedConditions } from '../src/eligibility/rules/commonConditions.js';
import { leftBehindElder } from '../src/eligibility/rules/leftBehind.js';
import { Elder, parse, plainDate } from '../src/models/index.js';
import { benchCounty, measure, measureAsync, report } from './harness.js';

const started = performance.now();
const ELDERS = Number(process.env.BENCH_ELDERS ?? 100_000);
/**
 * json-rules-engine is timed on the first PEER_ELDERS elders (default 10,000, to keep the bench
 * near three minutes on two cores); one more, untimed pass over the rest checks agreement on all.
 */
const PEER_ELDERS = Math.min(ELDERS, Number(process.env.BENCH_PEER_ELDERS ?? 10_000));
/**
 * Elders per Promise.all batch of json-rules-engine runs; 1 awaits each run in turn. Batches of
 * 50 were the fastest here (about 1.4× faster than one at a time; 200 and more were slower).
 */
const PEER_CHUNK = Number(process.env.BENCH_PEER_CHUNK ?? 50);
const AS_OF = '2026-06-30';
const asOf = plainDate(AS_OF);

const sample = benchCounty(ELDERS);
const elders = sample.elders;
// Rows as they arrive from JSON, a database or a form: plain unknown data.
const rows: unknown[] = JSON.parse(JSON.stringify(elders));

// ---------------------------------------------------------------------------------------------
// The peer: the 留守 definition in json-rules-engine. The engine compares facts with constants
// or other facts (=, <, in, every/some element of an array, JSONPath into an object); it has no
// date arithmetic, no filtering of lists and no three-valued logic. So what it cannot express is
// prepared per elder below — written from the spec, not with guanai's helpers — and an unknown
// fact is null, which fails its condition (the engine answers only yes or no).

/** guanai's default policy, spelt out as the engine's constants (spec §1.1 and its readings). */
const MINIMUM_AGE = 60;
const AWAY_MINIMUM_MONTHS = 6;
const COUNTED_REASONS = ['migrantWork', 'business', 'study', 'military', 'other'];
const COUNTED_KINSHIPS = ['birth', 'adopted', 'step'];

/** The facts one elder is judged on. */
type LeftBehindFacts = {
  /** Age in full years (周岁) on asOf; null without a birth date. */
  readonly age: number | null;
  /** The elder's residence as recorded: the rule reads `$.setting` with a JSONPath. */
  readonly residence: Elder['residence'];
  /** Living children of counted kinships; null when the ledger lists no children. */
  readonly livingChildren: number | null;
  /** Of those, how many are known to live outside the elder's county. */
  readonly childrenOutsideCounty: number;
  /** Why each counted child not living with the elder is away (null: not recorded). */
  readonly absentChildReasons: readonly (string | null)[];
  /** The day (yyyymmdd) the last child to leave has been away six months; 0 if nobody is away; null if a date is missing. */
  readonly latestAwayReachedOn: number | null;
  /** asOf as yyyymmdd. */
  readonly asOf: number;
  /** Capable supporters (赡养人) at the elder's side; null when one's presence or capacity is unknown. */
  readonly capableSupportersAtSide: number | null;
};

const LEFT_BEHIND_RULE: RuleProperties = {
  name: 'leftBehindElder',
  conditions: {
    all: [
      // LB1 「60周岁以上」
      { fact: 'age', operator: 'greaterThanInclusive', value: MINIMUM_AGE },
      // LB2 「留在农村生活」 (by residence; an institution still counts, as in guanai's default)
      { fact: 'residence', path: '$.setting', operator: 'equal', value: 'rural' },
      // 「因子女…」: a childless elder is not 留守
      { fact: 'livingChildren', operator: 'greaterThan', value: 0 },
      // LB3 「子女全部离开县域范围」
      {
        fact: 'childrenOutsideCounty',
        operator: 'equal',
        value: { fact: 'livingChildren' },
      },
      // LB4 「外出务工或经商等」
      { fact: 'absentChildReasons', operator: 'everyFact:in', value: COUNTED_REASONS },
      // LB5 「半年以上」
      {
        fact: 'latestAwayReachedOn',
        operator: 'lessThanInclusive',
        value: { fact: 'asOf' },
      },
      // LB6 「身边没有赡养人或者是赡养人没有赡养能力」
      { fact: 'capableSupportersAtSide', operator: 'equal', value: 0 },
    ],
  },
  event: { type: 'leftBehindElder' },
};

const engine = new Engine([LEFT_BEHIND_RULE]);

function yyyymmdd(date: string): number {
  return (
    Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10))
  );
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `date` plus `months` calendar months, clamped to the month's end, as yyyymmdd. */
function plusMonths(date: string, months: number): number {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return year * 10_000 + month * 100 + day;
}

/** Full years from `birth` to `on`; a 29 February birthday falls on 28 February in common years. */
function fullYears(birth: string, on: string): number {
  const [by, bm, bd] = [
    Number(birth.slice(0, 4)),
    Number(birth.slice(5, 7)),
    Number(birth.slice(8, 10)),
  ];
  const [oy, om, od] = [Number(on.slice(0, 4)), Number(on.slice(5, 7)), Number(on.slice(8, 10))];
  const birthday = bm === 2 && bd === 29 && !isLeapYear(oy) ? 28 : bd;
  return oy - by - (om < bm || (om === bm && od < birthday) ? 1 : 0);
}

type Household = Elder['household'];
type Child = NonNullable<Household['children']>[number];

/**
 * Whether a child lives in the elder's county (six digits); undefined when the record cannot
 * tell. A county, township or village code decides it; a city or province code says "outside"
 * unless the elder's county lies within it.
 */
function childInCounty(child: Child, elderCounty: string): boolean | undefined {
  if (child.livesWithElder) return true;
  const where = child.whereabouts;
  if (where?.inElderCounty !== undefined) return where.inElderCounty;
  if (where?.inElderTownship) return true;
  if (where?.regionCode === undefined) return undefined;
  const six = where.regionCode.slice(0, 6);
  if (!six.endsWith('00')) return six === elderCounty;
  const prefix = six.endsWith('0000') ? six.slice(0, 2) : six.slice(0, 4);
  return elderCounty.startsWith(prefix) ? undefined : false;
}

function leftBehindFacts(elder: Elder): LeftBehindFacts {
  const { household, residence } = elder;
  const id = elder.residentId;
  const birthDate =
    elder.birthDate ??
    (id ? `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}` : undefined);
  const children = household.children?.filter(
    (child) => child.alive !== false && COUNTED_KINSHIPS.includes(child.kinship ?? 'birth'),
  );
  const elderCounty = residence.villageCode.slice(0, 6);
  let outside = 0;
  const reasons: (string | null)[] = [];
  let latestAwaySince = '';
  let awaySinceMissing = false;
  let capable = 0;
  let supporterUnknown = false;
  for (const child of children ?? []) {
    if (childInCounty(child, elderCounty) === false) outside++;
    if (child.livesWithElder) {
      if (child.capableOfSupport === undefined) supporterUnknown = true;
      else if (child.capableOfSupport) capable++;
      continue;
    }
    reasons.push(child.awayReason ?? null);
    if (child.awaySince === undefined) awaySinceMissing = true;
    else if (child.awaySince > latestAwaySince) latestAwaySince = child.awaySince;
  }
  // Other 赡养义务人 (a grandchild, a child-in-law) at the elder's side; a spouse is a 扶养人 and an
  // entrusted carer is not a 赡养人 (spec §1.1 amb. 8): neither counts. 身边 is beside the elder,
  // not only under one roof (amb. 7): without the list of obligors, nobody can tell.
  const others = household.otherSupportObligors;
  if (others === undefined) supporterUnknown = true;
  for (const other of others ?? []) {
    const away = other.atElderSide === false || other.whereabouts?.inElderCounty === false;
    if (other.alive === false || away) continue;
    if (other.atElderSide === undefined || other.capableOfSupport === undefined)
      supporterUnknown = true;
    else if (other.capableOfSupport) capable++;
  }
  return {
    age: birthDate === undefined ? null : fullYears(birthDate, AS_OF),
    residence,
    livingChildren: children ? children.length : null,
    childrenOutsideCounty: outside,
    absentChildReasons: reasons,
    latestAwayReachedOn: awaySinceMissing
      ? null
      : latestAwaySince === ''
        ? 0
        : plusMonths(latestAwaySince, AWAY_MINIMUM_MONTHS),
    asOf: yyyymmdd(AS_OF),
    capableSupportersAtSide: capable > 0 ? capable : supporterUnknown ? null : 0,
  };
}

async function peerLeftBehind(elder: Elder): Promise<boolean> {
  const { events } = await engine.run(leftBehindFacts(elder));
  return events.length > 0;
}

/** The peer's answer for elders[from..to): one run at a time, or Promise.all over chunks. */
async function peerClassify(from: number, to: number, into: boolean[]): Promise<void> {
  if (PEER_CHUNK <= 1) {
    for (let i = from; i < to; i++) into[i] = await peerLeftBehind(elders[i] as Elder);
    return;
  }
  for (let start = from; start < to; start += PEER_CHUNK) {
    const end = Math.min(to, start + PEER_CHUNK);
    const chunk = await Promise.all(elders.slice(start, end).map(peerLeftBehind));
    chunk.forEach((answer, offset) => {
      into[start + offset] = answer;
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The cases. Each stores the 留守 status it found, for the agreement check after the runs.

const options = { asOf };
const all: Tri[] = new Array(ELDERS);
const parsed: Tri[] = new Array(ELDERS);
const alone: Tri[] = new Array(ELDERS);
const counted: Tri[] = new Array(ELDERS);
let prepared = 0;
const peer: boolean[] = new Array(ELDERS);

const parameters = DEFAULT_POLICY.parameters;
const CASES = {
  all: '(a) classifyElder, validated elders (22 categories)',
  parsed: '(b) parse(Elder, row) + classifyElder, raw JSON rows (with zod parsing)',
  alone: '(d) 留守 alone, explained: elderContext + leftBehindElder',
  aloneStatus:
    '(d′) 留守 alone, status only (as the peer answers): the status pass, decideLeftBehind',
  statuses: '(e) classifyStatuses, validated elders (22 categories, statuses only)',
  ledger: '(h) classifyLedger, validated elders (statuses of 22 categories, counted by area)',
  facts: "(f) the peer's fact preparation alone, no engine (reading what 留守 needs)",
  touch: '(g) reading every fact the 22 rules read, and nothing else: the floor on this machine',
};
function classifyAll(count: number): void {
  for (let i = 0; i < count; i++)
    all[i] = classifyElder(elders[i] as Elder, options).categories.leftBehindElder.status;
}
function classifyParsed(count: number): void {
  for (let i = 0; i < count; i++)
    parsed[i] = classifyElder(parse(Elder, rows[i]), options).categories.leftBehindElder.status;
}
function classifyAlone(count: number): void {
  for (let i = 0; i < count; i++) {
    const context = elderContext(elders[i] as Elder, asOf, parameters);
    alone[i] = leftBehindElder(context, sharedConditions(context)).status;
  }
}

const aloneStatus: Tri[] = new Array(ELDERS);
function classifyAloneStatus(count: number): void {
  for (let i = 0; i < count; i++)
    aloneStatus[i] = decideLeftBehind(elders[i] as Elder, asOf, parameters);
}

function classifyCounted(count: number): void {
  for (let i = 0; i < count; i++)
    counted[i] = classifyStatuses(elders[i] as Elder, options).statuses.leftBehindElder;
}
let ledgerYes = 0;
const peerElders = elders.slice(0, PEER_ELDERS);
function classifyWholeLedger(count: number): void {
  const ledger = count === PEER_ELDERS ? peerElders : elders;
  ledgerYes += classifyLedger(ledger, options).totals.leftBehindElder.yes;
}
/** 1 when a fact is recorded: summing these reads each fact once, with no other work. */
const seen = (value: unknown): number => (value === undefined ? 0 : 1);

/** Read every fact any of the 22 rules reads, once, with no logic: what no classifier can skip. */
function touchFacts(elder: Elder): number {
  const { residence, household, economic, health, risks } = elder;
  let count =
    seen(elder.birthDate ?? elder.residentId) +
    seen(residence.setting) +
    seen(residence.hukou) +
    seen(residence.institution) +
    seen(residence.villageCode);
  for (const child of household.children ?? []) {
    const where = child.whereabouts;
    count +=
      seen(child.alive) +
      seen(child.kinship) +
      seen(child.livesWithElder) +
      seen(where?.inElderCounty) +
      seen(where?.inElderTownship) +
      seen(where?.regionCode) +
      seen(where?.worksInElderTownship) +
      seen(child.awayReason) +
      seen(child.awaySince) +
      seen(child.capableOfSupport);
  }
  for (const other of household.otherSupportObligors ?? []) {
    count +=
      seen(other.alive) +
      seen(other.atElderSide) +
      seen(other.whereabouts?.inElderCounty) +
      seen(other.awaySince) +
      seen(other.capableOfSupport);
  }
  for (const assessment of health.abilityAssessments ?? []) count += seen(assessment.level);
  return (
    count +
    seen(household.livingArrangement) +
    seen(household.solitary) +
    seen(household.entrustedCarer) +
    seen(economic.minimumLivingAllowance) +
    seen(economic.extremeHardship) +
    seen(economic.fiveGuarantee) +
    seen(economic.threeNo) +
    seen(economic.povertyRegistered) +
    seen(economic.povertyMonitoring) +
    seen(economic.otherHardship) +
    seen(health.seriousIllness) +
    seen(health.severeMentalIllness) +
    seen(risks.safetyRisk) +
    seen(risks.livingDifficulty)
  );
}
let touched = 0;
function touchAll(count: number): void {
  for (let i = 0; i < count; i++) touched += touchFacts(elders[i] as Elder);
}
function prepareFacts(count: number): void {
  for (let i = 0; i < count; i++) if (leftBehindFacts(elders[i] as Elder).age !== null) prepared++;
}

// All elders: guanai only (the peer would take minutes).
const guanai = [
  measure(CASES.all, ELDERS, () => classifyAll(ELDERS), 3),
  measure(CASES.parsed, ELDERS, () => classifyParsed(ELDERS), 3),
  measure(CASES.alone, ELDERS, () => classifyAlone(ELDERS)),
  measure(CASES.aloneStatus, ELDERS, () => classifyAloneStatus(ELDERS)),
  measure(CASES.statuses, ELDERS, () => classifyCounted(ELDERS)),
  measure(CASES.ledger, ELDERS, () => classifyWholeLedger(ELDERS)),
  measure(CASES.touch, ELDERS, () => touchAll(ELDERS)),
];
// The peer's subset: the peer, and guanai again on the same elders, for like-for-like ratios.
const peerRuns = 5;
const subset = [
  await measureAsync(
    `(c) json-rules-engine 7.3.1, 留守 alone: fact preparation + engine.run, ${
      PEER_CHUNK <= 1 ? 'each run awaited in turn' : `Promise.all over chunks of ${PEER_CHUNK}`
    }`,
    PEER_ELDERS,
    () => peerClassify(0, PEER_ELDERS, peer),
    peerRuns,
  ),
  measure(CASES.all, PEER_ELDERS, () => classifyAll(PEER_ELDERS), 3),
  measure(CASES.parsed, PEER_ELDERS, () => classifyParsed(PEER_ELDERS), 3),
  measure(CASES.alone, PEER_ELDERS, () => classifyAlone(PEER_ELDERS), 3),
  measure(CASES.aloneStatus, PEER_ELDERS, () => classifyAloneStatus(PEER_ELDERS), 3),
  measure(CASES.statuses, PEER_ELDERS, () => classifyCounted(PEER_ELDERS), 3),
  measure(CASES.ledger, PEER_ELDERS, () => classifyWholeLedger(PEER_ELDERS), 3),
  measure(CASES.facts, PEER_ELDERS, () => prepareFacts(PEER_ELDERS), 3),
  measure(CASES.touch, PEER_ELDERS, () => touchAll(PEER_ELDERS), 3),
];
await peerClassify(PEER_ELDERS, ELDERS, peer); // untimed: the rest, for the agreement check

// ---------------------------------------------------------------------------------------------
// Agreement: the three guanai cases give one answer; the peer matches it wherever it is decided.

for (let i = 0; i < ELDERS; i++) {
  if (
    all[i] !== parsed[i] ||
    all[i] !== alone[i] ||
    all[i] !== counted[i] ||
    all[i] !== aloneStatus[i]
  ) {
    throw new Error(
      `guanai disagrees with itself on ${elders[i]?.id}: ${all[i]} / ${parsed[i]} / ${alone[i]} / ${counted[i]} / ${aloneStatus[i]}`,
    );
  }
}
const tally = {
  yes: 0,
  no: 0,
  agree: 0,
  mismatch: [] as string[],
  unknownPeerYes: 0,
  unknownPeerNo: 0,
};
for (let i = 0; i < ELDERS; i++) {
  const status = all[i];
  const answer = peer[i];
  if (status === 'unknown') {
    if (answer) tally.unknownPeerYes++;
    else tally.unknownPeerNo++;
    continue;
  }
  if (status === 'yes') tally.yes++;
  else tally.no++;
  if ((status === 'yes') === answer) tally.agree++;
  else
    tally.mismatch.push(
      `${elders[i]?.id}: guanai ${status}, json-rules-engine ${answer ? 'yes' : 'no'}`,
    );
}
// The reading loops' sums, printed so that no engine can skip the reads.
console.log(
  `\nFacts read by (g): ${touched.toLocaleString('en-US')}; elders aged by (f): ${prepared.toLocaleString('en-US')}; 留守 yes counted by (h): ${ledgerYes.toLocaleString('en-US')}.`,
);
const memory = process.memoryUsage();
const peak = process.resourceUsage().maxRSS * 1024;

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
report(
  `classifyElder, ${ELDERS.toLocaleString('en-US')} elders as of ${AS_OF} (elders/s; ratio to (a); (a), (b) 1 warm-up + 3 runs, (d) 1 + 5)`,
  guanai,
  CASES.all,
);
report(
  `guanai / json-rules-engine on the first ${PEER_ELDERS.toLocaleString('en-US')} of the same elders (elders/s; ratio to (c) = guanai / json-rules-engine; 1 warm-up + ${peerRuns} runs of (c), 1 + 3 of the others; (a), (b), (e), (h) decide 22 categories, (c), (d), (d′) only 留守)`,
  subset,
  subset[0]?.name,
);
console.log(
  `\n留守 agreement, all ${ELDERS.toLocaleString('en-US')} elders: ${tally.agree.toLocaleString('en-US')} of ${(tally.yes + tally.no).toLocaleString('en-US')} decided by guanai agree (${tally.yes.toLocaleString('en-US')} yes, ${tally.no.toLocaleString('en-US')} no), ${tally.mismatch.length} mismatches; ${(tally.unknownPeerYes + tally.unknownPeerNo).toLocaleString('en-US')} unknown to guanai (json-rules-engine said yes to ${tally.unknownPeerYes}, no to ${tally.unknownPeerNo}).`,
);
console.log(
  `Node memory after the runs: rss ${mb(memory.rss)}, heap used ${mb(memory.heapUsed)}; peak rss (maxRSS) ${mb(peak)}. Whole bench: ${((performance.now() - started) / 1000).toFixed(0)} s.`,
);
if (tally.mismatch.length > 0) {
  throw new Error(
    `json-rules-engine disagrees with guanai:\n${tally.mismatch.slice(0, 20).join('\n')}`,
  );
}
