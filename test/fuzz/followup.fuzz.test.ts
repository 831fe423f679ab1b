/**
 * Fuzzing guanai/followup and the to-do list formatters: every exported function and schema of
 * follow-up (tasks from rules, cases, referrals, the ledger over time, to-do lists, reports),
 * `describeTask`, `taskTable` and `tasksToICalendar`, fed anything and a real township's inputs
 * with one field changed, return a value or throw one GuanaiError whose issues carry a code the
 * locales translate and a path — within the hang bound, never an undiagnosed failure. The batch
 * parsers keep every good row whatever comes beside it, and the replays place every item.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { VisitRecord } from '../../src/compliance/index.js';
import { classifyLedger } from '../../src/eligibility/index.js';
import type { GuanaiError } from '../../src/errors/index.js';
import * as followup from '../../src/followup/index.js';
import {
  abilityAssessed,
  applyFactUpdates,
  type CaseEvent,
  censusUpdates,
  childCameHome,
  childLeft,
  DEFAULT_CASE_INFORM,
  DEFAULT_CASE_STEPS,
  DEFAULT_FOLLOW_UP_RULES,
  DEFAULT_REFERRAL_RULES,
  DEFAULT_REFERRAL_STEPS,
  FactUpdate,
  familyTasks,
  followUp,
  parseCaseEvents,
  parseCensusRecords,
  parseFactUpdates,
  parseReferralEvents,
  parseTaskCompletions,
  type ReferralEvent,
  type ReferralSuggestion,
  replayCases,
  replayReferrals,
  spouseDied,
  type Task,
  type TaskCompletion,
  trackingTasks,
  verificationTasks,
} from '../../src/followup/index.js';
import { describeTask, issueCodes, taskTable } from '../../src/i18n/index.js';
import { tasksToICalendar } from '../../src/ical/index.js';
import { parse, plainDate, safeParse } from '../../src/models/index.js';
import { ev as caseEvent, fullCase } from '../fixtures/cases.js';
import { asOf, occurrences, pairing, pairings, records, sample } from '../fixtures/dutyTownship.js';
import { atRisk, holding, tracked, unsure } from '../fixtures/followupRules.js';
import { event as referralEvent } from '../fixtures/referrals.js';
import {
  FUZZ_RUNS,
  FUZZ_SEED,
  mutateAt,
  type Outcome,
  outcomeOf,
  reportTallies,
} from './harness.js';
import { hostile as sharedHostile } from './values.js';

const settings = { numRuns: FUZZ_RUNS, seed: FUZZ_SEED };
/** Room for the longer runs: a test's own bound grows with the inputs it is given. */
const TIMEOUT_MS = Math.max(10_000, FUZZ_RUNS * 50);
/** Where to change a value, uniform over its paths (fc.double leans to 0 and 1). */
const pick = fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1_000_000);
/** The shared hostile values, and an object without a prototype (no toString to call). */
const hostile = fc.oneof(
  { weight: 9, arbitrary: sharedHostile },
  fc.constant(Object.create(null) as unknown),
  fc.constant({ kind: Object.create(null), id: Object.create(null) } as unknown),
);

afterAll(() => reportTallies('followup'));

// ---------------------------------------------------------------------------------------------
// A small township on one day: six elders of one village of the duty township, and the
// left-behind elders of the rules' tests (tracked at all times, a 重点帮扶对象, facts unknown),
// with their duty lines, visits, records (one with an incident), a case under way, a
// mutual-aid group's report, a completion, stored referral suggestions and an application.

// Copies throughout: the values are frozen below, and the fixtures are shared with other files.
const village = sample.elders[0]?.residence.villageCode as string;
const elders = structuredClone([
  ...sample.elders.filter((e) => e.residence.villageCode === village).slice(0, 6),
  tracked,
  atRisk,
  unsure,
]);
const elderIds = new Set<string>(elders.map((e) => e.id));
const township = `${village.slice(0, 9)}000`;
const holdings = structuredClone([
  ...(pairing.duties?.holdings ?? []).filter((h) => elderIds.has(h.subject.id)),
  holding('E-1', 'villageContract', 'C-7', '2026-01-01'),
]);
const someOccurrences = structuredClone(occurrences.filter((o) => elderIds.has(o.subject)));
const someRecords = structuredClone([
  ...records.filter((r) => elderIds.has(r.elderId)),
  parse(VisitRecord, {
    id: 'R-incident',
    elderId: 'E-4',
    caregiverIds: ['C-7'],
    on: '2026-09-20',
    channel: 'inPerson',
    outcome: 'completed',
    recordedOn: '2026-09-20',
    incident: { kind: 'criticalIllness', note: '摔倒' },
  }),
]);
const mutualAidGroups = structuredClone(sample.mutualAidGroups.slice(0, 3));
const someRules = structuredClone({
  followUp: DEFAULT_FOLLOW_UP_RULES,
  caseSteps: DEFAULT_CASE_STEPS,
  caseInform: DEFAULT_CASE_INFORM,
  referral: DEFAULT_REFERRAL_RULES,
  referralSteps: DEFAULT_REFERRAL_STEPS,
});
const majorEvents = [
  { id: 'ME-1', elderId: atRisk.id, on: plainDate('2026-09-21'), kind: 'illness' as const },
];
const caseEvents: CaseEvent[] = fullCase('K-1', 'E-1').slice(0, 3);
const completions: TaskCompletion[] = [
  {
    taskId: 'trackingContact/E-1',
    on: plainDate('2026-09-20'),
    by: { kind: 'body', body: 'villageCommittee', areaCode: tracked.residence.villageCode },
  },
];
const firstDay = followUp({ elders }, { asOf });
const referralSuggestions = firstDay.newSuggestions;
const referralEvents: ReferralEvent[] = referralSuggestions
  .slice(0, 2)
  .map((s, i) => referralEvent(`RE-${i}`, s.id, 'applied', asOf));
const input = {
  elders,
  holdings,
  occurrences: someOccurrences,
  records: someRecords,
  pairings: structuredClone(pairings.filter((p) => elderIds.has(p.elderId))),
  caseEvents,
  majorEvents,
  completions,
  referralSuggestions,
  referralEvents,
};
const day = followUp(input, { asOf });
const tasks = day.tasks.tasks;
const cases = day.cases.cases;
const referrals = day.referrals.referrals;
const statuses = classifyLedger(elders, { asOf }).results;
const ruleInput = { elders, holdings, completions };

// The ledger over time: updates of the elders' facts (a child came home, a new assessment, a
// child left, a spouse died), census records (facts found, a newcomer registered).
const factUpdate = (id: string, elderId: string, on: string, changes: unknown) =>
  parse(FactUpdate, {
    id,
    elderId,
    on,
    recordedOn: on,
    source: 'visit',
    recordedBy: 'C-7',
    changes,
  });
const updates: FactUpdate[] = [
  factUpdate('FU-1', 'E-4', '2026-07-01', childCameHome(0)),
  factUpdate(
    'FU-2',
    'E-2',
    '2026-07-15',
    abilityAssessed({
      level: 'moderate',
      assessedOn: plainDate('2026-07-15'),
      assessor: '县评估中心',
    }),
  ),
  factUpdate(
    'FU-3',
    'E-1',
    '2026-08-01',
    childLeft(0, { since: plainDate('2026-08-01'), reason: 'migrantWork' }),
  ),
  factUpdate('FU-4', elders[0]?.id ?? '', '2026-08-20', spouseDied({ livingArrangement: 'alone' })),
  factUpdate('FU-5', 'E-1', '2026-12-01', [
    { op: 'set', path: ['risks', 'safetyRisk'], value: true },
  ]),
];
const censusRows = [
  {
    id: 'CR-1',
    on: '2026-09-15',
    villageCode: tracked.residence.villageCode,
    recordedBy: 'C-7',
    elderId: 'E-1',
    facts: [{ path: ['household', 'children', 0, 'phone'], value: '13800138000' }],
  },
  {
    id: 'CR-2',
    on: '2026-09-16',
    villageCode: tracked.residence.villageCode,
    recordedBy: 'C-7',
    elderId: 'E-10',
    register: { ...structuredClone(tracked), id: 'E-10', name: '李大山' },
  },
];
const censusRecords = parseCensusRecords(censusRows).records;
const factOptions = { from: plainDate('2026-06-01'), to: asOf, timeline: 'fact' };
const stamp = '2026-09-24T07:00';

// ---------------------------------------------------------------------------------------------
// The outcome of a call: a value, or a GuanaiError whose issues are coded, translated and placed.

const CODES: ReadonlySet<string> = new Set(issueCodes());

/** Run one call under the harness, then check the issues of a GuanaiError it threw. */
function call(entryPoint: string, run: () => unknown): Outcome {
  let caught: unknown;
  const outcome = outcomeOf(entryPoint, () => {
    try {
      return run();
    } catch (error) {
      caught = error;
      throw error;
    }
  });
  if (outcome === 'coded') checkIssues(entryPoint, caught as GuanaiError);
  return outcome;
}

function checkIssues(entryPoint: string, error: GuanaiError): void {
  for (const one of error.issues.slice(0, 50)) {
    expect(CODES.has(one.code), `${entryPoint}: issue code ${one.code} has no message`).toBe(true);
    expect(Array.isArray(one.path), `${entryPoint}: issue ${one.code} without a path`).toBe(true);
    for (const step of one.path) expect(['string', 'number']).toContain(typeof step);
    // `unreachable` means the fast path failed and the diagnosis could not say why.
    if (one.code === 'unreachable')
      throw new Error(`${entryPoint}: undiagnosed failure`, { cause: error.cause });
  }
}

// ---------------------------------------------------------------------------------------------
// Every entry point, with real arguments for the day.

interface Entry {
  /** Real arguments: each call changes one of them, or one field inside them. */
  readonly args: readonly unknown[];
  readonly run: (...args: unknown[]) => unknown;
  /** The entry point counted, when the key names a second set of arguments for it. */
  readonly entryPoint?: string;
}

const f = followup as unknown as Record<string, (...args: unknown[]) => unknown>;
const same =
  (name: string) =>
  (...args: unknown[]) =>
    f[name]?.(...args);

const ENTRIES: Readonly<Record<string, Entry>> = {
  bodyOf: { args: ['townshipGovernment', village, 3], run: same('bodyOf') },
  caseOpenings: {
    args: [{ records: someRecords, majorEvents, mutualAidGroups }],
    run: same('caseOpenings'),
  },
  caseReport: { args: [cases, { asOf, by: 'township' }], run: same('caseReport') },
  caseTasks: { args: [cases, { asOf }], run: same('caseTasks') },
  compareTasks: { args: [tasks[0], tasks[1]], run: same('compareTasks') },
  enrolmentsOf: { args: [referrals], run: same('enrolmentsOf') },
  familyTasks: {
    args: [ruleInput, { asOf, rules: someRules.followUp }],
    run: same('familyTasks'),
  },
  followUp: { args: [input, { asOf }], run: same('followUp') },
  indexTasks: { args: [tasks], run: same('indexTasks') },
  parseCaseEvents: {
    args: [caseEvents, { asOf, earlier: caseEvents.slice(0, 1) }],
    run: same('parseCaseEvents'),
  },
  parseReferralEvents: {
    args: [referralEvents, { asOf, referralIds: new Set(referrals.map((r) => r.id)) }],
    run: same('parseReferralEvents'),
  },
  parseTaskCompletions: {
    args: [completions, { asOf, elderIds }],
    run: same('parseTaskCompletions'),
  },
  referralIdOf: { args: ['E-1', 'minimumLivingAllowance', 2], run: same('referralIdOf') },
  referralReport: { args: [referrals, { asOf, by: 'village' }], run: same('referralReport') },
  referralTasks: { args: [referrals, { asOf }], run: same('referralTasks') },
  replayCases: {
    args: [
      { events: caseEvents, elders, caregivers: [{ id: 'C-1' }] },
      { asOf, steps: someRules.caseSteps, inform: someRules.caseInform },
    ],
    run: same('replayCases'),
  },
  replayReferrals: {
    args: [
      { suggestions: referralSuggestions, events: referralEvents, elders },
      { asOf, rules: someRules.referral, steps: someRules.referralSteps },
    ],
    run: same('replayReferrals'),
  },
  suggestReferrals: {
    args: [
      { elders, statuses, referrals },
      { asOf, rules: someRules.referral, resuggestAfterDays: 180 },
    ],
    run: same('suggestReferrals'),
  },
  tasksFor: { args: [{ caregiverId: 'C-00040' }, tasks], run: same('tasksFor') },
  'tasksFor, a body, from an index': {
    args: [{ body: 'villageCommittee', areaCode: tracked.residence.villageCode }, day.tasks],
    run: same('tasksFor'),
    entryPoint: 'tasksFor',
  },
  'tasksFor, an area': {
    args: [{ areaCode: township }, tasks],
    run: same('tasksFor'),
    entryPoint: 'tasksFor',
  },
  trackingTasks: {
    args: [
      { ...ruleInput, records: someRecords },
      { asOf, rules: someRules.followUp },
    ],
    run: same('trackingTasks'),
  },
  verificationBacklog: {
    args: [tasks, { asOf, by: 'township', top: 3 }],
    run: same('verificationBacklog'),
  },
  verificationTasks: {
    args: [ruleInput, { asOf, rules: someRules.followUp }],
    run: same('verificationTasks'),
  },
  visitTasks: {
    args: [
      { occurrences: someOccurrences, records: someRecords, elders, pairings: input.pairings },
      { asOf, rules: someRules.followUp },
    ],
    run: same('visitTasks'),
  },
  // Follow-up: the ledger over time.
  abilityAssessed: {
    args: [{ level: 'moderate', assessedOn: '2026-07-15', assessor: '县评估中心' }],
    run: same('abilityAssessed'),
  },
  applyFactUpdates: {
    args: [{ elders }, updates, { asOf, knownOn: asOf }],
    run: same('applyFactUpdates'),
  },
  categoryHistory: {
    args: [tracked, updates.filter((u) => u.elderId === 'E-1'), factOptions],
    run: same('categoryHistory'),
  },
  censusUpdates: { args: [censusRecords], run: same('censusUpdates') },
  childCameHome: { args: [0, { livingArrangement: 'withChildren' }], run: same('childCameHome') },
  childLeft: {
    args: [1, { since: '2026-02-20', reason: 'migrantWork', livingArrangement: 'spouseOnly' }],
    run: same('childLeft'),
  },
  compareFactUpdates: { args: [updates[0], updates[1], 'record'], run: same('compareFactUpdates') },
  ledgerChanges: {
    args: [
      { elders, updates },
      { ...factOptions, categories: ['leftBehindElder', 'trackContinuously', 'disabled'] },
    ],
    run: same('ledgerChanges'),
  },
  parseCensusRecords: {
    args: [censusRows, { censusMonths: [3, 9] }],
    run: same('parseCensusRecords'),
  },
  parseFactUpdates: { args: [updates, { asOf }], run: same('parseFactUpdates') },
  spouseDied: { args: [{ livingArrangement: 'alone' }], run: same('spouseDied') },
  describeTask: {
    args: [tasks[0], { asOf, locale: 'en' }],
    run: (task, options) => describeTask(task as Task, options as never),
  },
  taskTable: {
    args: [tasks, { asOf }],
    run: (list, options) => taskTable(list as Task[], options as never),
  },
  tasksToICalendar: {
    args: [tasks, { asOf, stamp, calendarName: '待办', locale: 'en' }],
    run: (list, options) => tasksToICalendar(list as Task[], options as never),
  },
};

/** The schemas of follow-up, each with a valid value to change. */
const SCHEMAS: Readonly<Record<string, unknown>> = {
  CaseActor: caseEvents[0]?.by,
  CaseEvent: caseEvents[0],
  CaseOrigin: 'deviceAlert',
  CaseReporterRole: 'neighbour',
  CaseResponse: 'medical',
  FollowUpBody: 'groupCadre',
  Party: { kind: 'body', body: 'groupCadre', areaCode: village, group: 2 },
  ReferralEvent: referralEvents[0],
  ReferralEventType: 'approved',
  ReferralRule: someRules.referral[1],
  ReferralStep: someRules.referralSteps.applied,
  ReferralSteps: someRules.referralSteps,
  ReferralSuggestion: referralSuggestions[0],
  TaskCompletion: completions[0],
  CensusFact: censusRows[0]?.facts?.[0],
  CensusRecord: censusRows[1],
  FactChange: updates[0]?.changes[0],
  FactPath: ['household', 'children', 0, 'awaySince'],
  FactSource: 'census',
  FactUpdate: updates[2],
  FactUpdateId: 'FU-1',
};

/** Freeze a value and everything in it: a function that writes to its input then throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
// Copies, so that the fixtures other files share stay as they are.
for (const entry of Object.values(ENTRIES)) deepFreeze(entry.args);
deepFreeze(SCHEMAS);

describe('follow-up under fuzzing: a value or one coded GuanaiError, never a raw throw or a hang', () => {
  it('the day raises every kind of task, and every export is fuzzed', () => {
    const kinds = new Set(tasks.map((task) => task.kind));
    for (const kind of [
      'visitDue',
      'visitOverdue',
      'trackingContact',
      'notifyFamily',
      'reportToTownship',
      'arrangeEntrustment',
      'verifyFact',
      'caseStep',
      'caseStepLate',
      'referralAction',
    ])
      expect(kinds, kind).toContain(kind);
    for (const [name, value] of Object.entries(followup)) {
      const schema = typeof value === 'object' && value !== null && 'safeParse' in value;
      if (schema) expect(Object.keys(SCHEMAS), name).toContain(name);
      else if (typeof value === 'function') expect(Object.keys(ENTRIES), name).toContain(name);
    }
  });

  for (const [key, entry] of Object.entries(ENTRIES)) {
    const name = entry.entryPoint ?? key;
    it(
      `${key} takes anything, and its real arguments with one field changed`,
      () => {
        const args = fc.tuple(
          ...entry.args.map((arg) => fc.oneof(fc.constant(arg), hostile)),
          fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, hostile),
        );
        fc.assert(
          fc.property(args, pick, hostile, (given, at, value) => {
            call(name, () => entry.run(...given.slice(0, entry.args.length)));
            call(name, () => entry.run(...given));
            const changed = mutateAt(entry.args, at, value);
            call(name, () => entry.run(...(Array.isArray(changed) ? changed : [changed])));
          }),
          name === 'followUp' ? { ...settings, numRuns: Math.max(1, FUZZ_RUNS >> 1) } : settings,
        );
      },
      TIMEOUT_MS,
    );
  }

  it(
    'the schemas take anything, and a valid value with one field changed',
    () => {
      const schemas = Object.entries(SCHEMAS).map(
        ([name, valid]) => [name, (followup as Record<string, unknown>)[name], valid] as const,
      );
      fc.assert(
        fc.property(hostile, pick, hostile, (anything, at, value) => {
          for (const [name, schema, valid] of schemas) {
            call(`safeParse(${name})`, () => safeParse(schema as never, anything));
            call(`safeParse(${name})`, () =>
              safeParse(schema as never, mutateAt(valid, at, value)),
            );
          }
        }),
        settings,
      );
    },
    TIMEOUT_MS,
  );
});

// ---------------------------------------------------------------------------------------------
// Nothing lost: the batch parsers keep every good row, the replays account for every event.

/** A batch: good rows (`good(i)` for row i), anything, and good rows with one field changed. */
const batchOf = <T>(good: (i: number) => T) =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constant({ kind: 'good' as const }) },
        hostile.map((value) => ({ kind: 'hostile' as const, value })),
        fc.tuple(pick, hostile).map(([at, value]) => ({ kind: 'spoiled' as const, at, value })),
      ),
      { maxLength: 14 },
    )
    .map((shape) => ({
      shape,
      rows: shape.map((row, i) =>
        row.kind === 'good'
          ? good(i)
          : row.kind === 'hostile'
            ? row.value
            : mutateAt(good(i), row.at, row.value),
      ),
    }));

interface Parsed {
  readonly invalid: readonly { readonly index: number; readonly issues: readonly unknown[] }[];
}

/** Every row kept or returned bad, once; every good row kept; every bad one with its issues. */
function nothingLost(
  entryPoint: string,
  batch: { shape: readonly { kind: string }[]; rows: unknown[] },
  parse: (rows: unknown[]) => Parsed & { readonly kept: number },
): void {
  let parsed: (Parsed & { readonly kept: number }) | undefined;
  expect(call(entryPoint, () => (parsed = parse(batch.rows)))).toBe('value');
  const { invalid, kept } = parsed as Parsed & { readonly kept: number };
  const bad = new Set(invalid.map((row) => row.index));
  expect(bad.size).toBe(invalid.length);
  expect(kept + invalid.length).toBe(batch.rows.length);
  for (const row of invalid) {
    expect(row.issues.length).toBeGreaterThan(0);
    for (const one of row.issues as { code: string; path: unknown }[]) {
      expect(CODES.has(one.code), one.code).toBe(true);
      expect(Array.isArray(one.path)).toBe(true);
    }
  }
  batch.shape.forEach((row, i) => {
    if (row.kind === 'good') expect(bad.has(i), `good row ${i} lost`).toBe(false);
    if (row.kind === 'hostile') expect(bad.has(i), `hostile row ${i} kept`).toBe(true);
  });
}

const eventTemplates = [...fullCase('K-1', 'E-1'), ...fullCase('K-2', 'E-2')];
const goodCaseEvent = (i: number) => {
  const template = eventTemplates[i % eventTemplates.length] as CaseEvent;
  return { ...structuredClone(template), id: `${template.id}#${i}` };
};
const goodReferralEvent = (i: number) =>
  structuredClone(
    referralEvent(`RE-good-${i}`, `referral/E-${i}/familyDoctorContract`, 'applied', asOf),
  );
const goodCompletion = (i: number) => ({
  taskId: `notifyFamily/E-${i}`,
  on: '2026-09-20',
  by: { kind: 'body', body: 'villageCommittee', areaCode: village },
  note: '已电话通知长子',
});

describe('follow-up under fuzzing: nothing lost', () => {
  it(
    'parseCaseEvents keeps every good row beside any other',
    () => {
      fc.assert(
        fc.property(batchOf(goodCaseEvent), (batch) =>
          nothingLost('parseCaseEvents', batch, (rows) => {
            const parsed = parseCaseEvents(rows, { asOf, earlier: [{ id: 'earlier-1' }] });
            return { ...parsed, kept: parsed.events.length };
          }),
        ),
        settings,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'parseReferralEvents keeps every good row beside any other',
    () => {
      const referralIds = new Set(
        Array.from({ length: 20 }, (_, i) => `referral/E-${i}/familyDoctorContract`),
      );
      fc.assert(
        fc.property(batchOf(goodReferralEvent), (batch) =>
          nothingLost('parseReferralEvents', batch, (rows) => {
            const parsed = parseReferralEvents(rows, { asOf, referralIds });
            return { ...parsed, kept: parsed.events.length };
          }),
        ),
        settings,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'parseTaskCompletions keeps every good row beside any other',
    () => {
      fc.assert(
        fc.property(batchOf(goodCompletion), (batch) =>
          nothingLost('parseTaskCompletions', batch, (rows) => {
            const parsed = parseTaskCompletions(rows, { asOf });
            return { ...parsed, kept: parsed.completions.length };
          }),
        ),
        settings,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'parseFactUpdates and parseCensusRecords keep every good row beside any other',
    () => {
      const goodUpdate = (i: number) => ({
        ...structuredClone(updates[i % 4]),
        id: `FU-good-${i}`,
      });
      const goodCensus = (i: number) => ({
        ...structuredClone(censusRows[i % 2]),
        id: `CR-good-${i}`,
      });
      fc.assert(
        fc.property(batchOf(goodUpdate), batchOf(goodCensus), (facts, census) => {
          nothingLost('parseFactUpdates', facts, (rows) => {
            const parsed = parseFactUpdates(rows, { asOf });
            return { ...parsed, kept: parsed.updates.length };
          });
          nothingLost('parseCensusRecords', census, (rows) => {
            const parsed = parseCensusRecords(rows);
            return { ...parsed, kept: parsed.records.length };
          });
        }),
        settings,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'applyFactUpdates applies, rejects or keeps waiting every update, in any order',
    () => {
      const pool: FactUpdate[] = [
        ...updates,
        ...censusUpdates(censusRecords),
        factUpdate('FU-9', 'E-99', '2026-07-01', spouseDied()), // an elder not in the ledger
        factUpdate('FU-1', 'E-2', '2026-07-02', spouseDied()), // an id used before
        // A record that would no longer be valid: the elder living with a spouse who died.
        factUpdate('FU-10', 'E-1', '2026-07-03', [
          { op: 'set', path: ['household', 'livingArrangement'], value: 'spouseOnly' },
        ]),
      ];
      fc.assert(
        fc.property(fc.shuffledSubarray(pool), (given) => {
          let result: ReturnType<typeof applyFactUpdates> | undefined;
          expect(
            call('applyFactUpdates', () => {
              result = applyFactUpdates({ elders }, given, { asOf });
            }),
          ).toBe('value');
          const { applied, rejected, pending } = result as ReturnType<typeof applyFactUpdates>;
          expect(applied.length + rejected.length + pending.length).toBe(given.length);
          const placed = new Set([...applied, ...pending, ...rejected.map((r) => r.update)]);
          for (const update of given) expect(placed.has(update)).toBe(true);
        }),
        settings,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'replayCases applies, rejects or defers every event, whatever comes beside it',
    () => {
      const pool: CaseEvent[] = [
        ...fullCase('K-1', 'E-1'),
        ...fullCase('K-2', 'E-2'),
        caseEvent('K-3', 'acknowledged', '2026-06-02'), // a case never opened
        caseEvent('K-4', 'opened', '2026-06-02', { elderId: 'E-99' }), // an elder not known
        caseEvent('K-1', 'responded', '2026-05-01', { response: 'police' }), // before the opening
        caseEvent('K-2', 'noted', '2026-12-01'), // after asOf
        ...fullCase('K-1', 'E-1').slice(0, 2), // the same ids again
      ];
      const events = fc
        .tuple(fc.shuffledSubarray(pool), fc.array(fc.tuple(fc.nat(), hostile), { maxLength: 3 }))
        .map(([kept, extra]) => {
          const list: unknown[] = [...kept];
          for (const [at, value] of extra) list.splice(at % (list.length + 1), 0, value);
          return list;
        });
      fc.assert(
        fc.property(events, (list) => {
          let replayed: ReturnType<typeof replayCases> | undefined;
          const outcome = call('replayCases', () => {
            replayed = replayCases({ events: list as CaseEvent[], elders }, { asOf });
          });
          expect(outcome).toBe('value');
          const { cases, rejected, later } = replayed as ReturnType<typeof replayCases>;
          const applied = cases.reduce((sum, one) => sum + one.log.length, 0);
          expect(applied + rejected.length + later.length).toBe(list.length);
          const placed = new Set([...rejected.map((r) => r.index), ...later]);
          expect(placed.size).toBe(rejected.length + later.length);
          for (const one of cases) for (const event of one.log) expect(list).toContain(event);
        }),
        settings,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'replayReferrals applies, rejects or defers every suggestion and event',
    () => {
      const [first, second] = referralSuggestions;
      const later = {
        ...(first as ReferralSuggestion),
        id: 'referral/later',
        on: plainDate('2026-12-01'),
      };
      const unknownElder = {
        ...(first as ReferralSuggestion),
        id: 'referral/E-99/x',
        elderId: 'E-99',
      };
      const suggestions = [first, second, later, unknownElder, first] as ReferralSuggestion[];
      const eventPool = [
        referralEvent('A-1', first?.id ?? '', 'applied', '2026-09-10'),
        referralEvent('A-2', first?.id ?? '', 'approved', '2026-09-20'),
        referralEvent('A-3', second?.id ?? '', 'approved', '2026-09-10'), // before any application
        referralEvent('A-4', 'referral/none', 'applied', '2026-09-10'), // no such referral
        referralEvent('A-5', first?.id ?? '', 'withdrawn', '2026-01-01'), // before the suggestion
        referralEvent('A-6', second?.id ?? '', 'applied', '2026-12-01'), // after asOf
        referralEvent('A-1', second?.id ?? '', 'applied', '2026-09-11'), // an id used again
      ];
      fc.assert(
        fc.property(fc.shuffledSubarray(suggestions), fc.shuffledSubarray(eventPool), (s, e) => {
          let replayed: ReturnType<typeof replayReferrals> | undefined;
          expect(
            call('replayReferrals', () => {
              replayed = replayReferrals({ suggestions: s, events: e, elders }, { asOf });
            }),
          ).toBe('value');
          const { referrals, rejected } = replayed as ReturnType<typeof replayReferrals>;
          const about = (list: string) => rejected.filter((one) => one.path[0] === list).length;
          const applied = referrals.reduce((sum, r) => sum + r.history.length - 1, 0);
          const afterDay = (list: readonly { on: string }[]) =>
            list.filter((x) => x.on > asOf).length;
          expect(applied + about('events') + afterDay(e)).toBe(e.length);
          expect(referrals.length + about('suggestions') + afterDay(s)).toBe(s.length);
        }),
        settings,
      );
    },
    TIMEOUT_MS,
  );
});

// ---------------------------------------------------------------------------------------------
// What a host app passes as functions: callbacks that give back anything.

describe('follow-up under fuzzing: callbacks that give back anything', () => {
  it(
    'flaggedSince, subjectName, caregiverName and uid',
    () => {
      fc.assert(
        fc.property(hostile, fc.nat(tasks.length - 1), (value, at) => {
          const back = () => value as never;
          for (const [name, run] of [
            ['trackingTasks', () => trackingTasks({ ...ruleInput, flaggedSince: back }, { asOf })],
            ['familyTasks', () => familyTasks({ ...ruleInput, flaggedSince: back }, { asOf })],
            [
              'verificationTasks',
              () => verificationTasks({ ...ruleInput, flaggedSince: back }, { asOf }),
            ],
            [
              'describeTask',
              () => describeTask(tasks[at] as Task, { subjectName: back, caregiverName: back }),
            ],
            ['taskTable', () => taskTable(tasks, { asOf, subjectName: back, caregiverName: back })],
            [
              'tasksToICalendar',
              () => tasksToICalendar(tasks, { asOf, stamp, uid: back } as never),
            ],
          ] as const)
            call(name, run);
        }),
        settings,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'describeTask takes every task of the day with one field changed, in both locales',
    () => {
      fc.assert(
        fc.property(
          fc.nat(tasks.length - 1),
          pick,
          hostile,
          fc.constantFrom('zh-CN', 'en'),
          (at, where, value, locale) => {
            const task = mutateAt(tasks[at], where, value);
            call('describeTask', () => describeTask(task as Task, { asOf, locale }));
          },
        ),
        settings,
      );
    },
    TIMEOUT_MS,
  );
});
