import { countIssue, objectIssue, throwIssues } from '../_lib/argumentGuards.js';
import type { AbilityLevel, AwayReason, LivingArrangement, PlainDate } from '../models/index.js';
import type { FactChange } from './factUpdate.js';

/**
 * A child's index, checked as a fact path's is: a whole number 0–999. (The values the builders
 * carry are checked with the update they go into.)
 */
const indexIssue = (index: unknown) => countIssue(index, 'index', { maximum: 999 });

/** Options of the changes that may change who the elder lives with. @category Fact updates */
export interface LivingArrangementOption {
  /** Who the elder lives with now (家庭结构), when the fact changes it. */
  readonly livingArrangement?: LivingArrangement;
}

const child = (index: number, ...rest: string[]) => ['household', 'children', index, ...rest];

function arrangement(options: LivingArrangementOption | undefined): FactChange[] {
  const value = options?.livingArrangement;
  return value === undefined
    ? []
    : [{ op: 'set', path: ['household', 'livingArrangement'], value }];
}

/**
 * The changes for a child (by their index in `household.children`) who has come home to live
 * with the elder: no longer away (neither the day nor the span of leaving kept), in the county
 * and township, living with the elder — and the
 * elder living with children (`livingArrangement`, default `withChildren`). Put them in one
 * update: applied one by one, the record would contradict itself on the way.
 * An index that is not a whole number 0–999, or options not an object, is a `GuanaiError`.
 * @example
 * ```ts
 * const update = { id: 'FU-7', elderId: 'E-1', on: '2026-05-20', recordedOn: '2026-05-22',
 *   source: 'visit', changes: childCameHome(0) };
 * ```
 * @category Fact updates
 */
export function childCameHome(index: number, options?: LivingArrangementOption): FactChange[] {
  throwIssues([indexIssue(index), objectIssue(options, 'options', { optional: true })]);
  return [
    { op: 'remove', path: child(index, 'awaySince') },
    // An absence known only to a month or as 常年在外 ends too.
    { op: 'remove', path: child(index, 'awaySinceBetween') },
    { op: 'remove', path: child(index, 'awayReason') },
    {
      op: 'set',
      path: child(index, 'whereabouts'),
      value: { inElderCounty: true, inElderTownship: true },
    },
    { op: 'set', path: child(index, 'livesWithElder'), value: true },
    ...arrangement({ livingArrangement: options?.livingArrangement ?? 'withChildren' }),
  ];
}

/** What {@link childLeft} records. @category Fact updates */
export interface ChildLeftFacts extends LivingArrangementOption {
  /** The day the absence began (for 「半年以上」, spec §1.1 LB5). */
  readonly since: PlainDate;
  readonly reason: AwayReason;
  /** Whether the child stays in the elder's county (default `false`: gone out of it, LB3). */
  readonly inElderCounty?: boolean;
}

/**
 * The changes for a child (by index) who has left home: away since a day for a reason, out of
 * the county unless `inElderCounty`, no longer living with the elder; and who the elder lives
 * with now, when given (needed when the elder lived with this child alone).
 * An index that is not a whole number 0–999, or facts not an object, is a `GuanaiError`.
 * @example
 * ```ts
 * childLeft(1, { since: plainDate('2026-02-20'), reason: 'migrantWork', livingArrangement: 'spouseOnly' });
 * ```
 * @category Fact updates
 */
export function childLeft(index: number, facts: ChildLeftFacts): FactChange[] {
  throwIssues([indexIssue(index), objectIssue(facts, 'facts')]);
  const inElderCounty = facts.inElderCounty ?? false;
  const whereabouts = inElderCounty ? { inElderCounty } : { inElderCounty, inElderTownship: false };
  return [
    { op: 'set', path: child(index, 'livesWithElder'), value: false },
    { op: 'set', path: child(index, 'whereabouts'), value: whereabouts },
    { op: 'set', path: child(index, 'awaySince'), value: facts.since },
    // The day is known now: a span left from an earlier absence no longer says anything.
    { op: 'remove', path: child(index, 'awaySinceBetween') },
    { op: 'set', path: child(index, 'awayReason'), value: facts.reason },
    ...arrangement(facts),
  ];
}

/**
 * The changes for the death of the elder's spouse: widowed, no longer living with or caring
 * for the elder; and who the elder lives with now, when given — an elder who lived with the
 * spouse only needs it (`alone`, say), or the record contradicts itself and is rejected.
 * Options that are not an object are a `GuanaiError`.
 * @example
 * ```ts
 * spouseDied({ livingArrangement: 'alone' });
 * ```
 * @category Fact updates
 */
export function spouseDied(options?: LivingArrangementOption): FactChange[] {
  throwIssues([objectIssue(options, 'options', { optional: true })]);
  return [
    { op: 'set', path: ['household', 'spouse', 'status'], value: 'widowed' },
    { op: 'remove', path: ['household', 'spouse', 'livesWithElder'] },
    { op: 'remove', path: ['household', 'spouse', 'capableOfCare'] },
    ...arrangement(options),
  ];
}

/** A new ability assessment (GB/T 42195-2022), for {@link abilityAssessed}. @category Fact updates */
export interface NewAssessment {
  readonly level: AbilityLevel;
  readonly assessedOn: PlainDate;
  readonly assessor: string;
}

/**
 * The change for a new ability assessment: added to the elder's assessments (the classifier
 * reads the one in force on its day, so the earlier ones stay as history).
 * An assessment that is not an object is a `GuanaiError`.
 * @example
 * ```ts
 * abilityAssessed({ level: 'severe', assessedOn: plainDate('2026-04-02'), assessor: '县评估中心' });
 * ```
 * @category Fact updates
 */
export function abilityAssessed(assessment: NewAssessment): FactChange[] {
  throwIssues([objectIssue(assessment, 'assessment')]);
  const { level, assessedOn, assessor } = assessment;
  return [
    {
      op: 'append',
      path: ['health', 'abilityAssessments'],
      value: { level, assessedOn, assessor },
    },
  ];
}
