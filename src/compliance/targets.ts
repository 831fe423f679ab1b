import { arrayIssue, diagnosed, elementsIssue, throwIssues } from '../_lib/argumentGuards.js';
import type { PlainDate } from '../models/index.js';
import { periodOf, type QuotaPeriod, type VisitKind } from '../recurrence/index.js';
import {
  type CoverageGrouping,
  type CoverageInput,
  type CoverageRow,
  coverage,
  matchFor,
} from './coverage.js';
import { dutyTable } from './dutyTable.js';
import { checkDays, checkListsInput, diagnoseInput } from './inputChecks.js';

/**
 * What a target measures on a coverage row: counts (`completed`, `overdue`, `expired`,
 * `eldersVisited`) or percentages (`completionRate`: completed of due; `visitedShare`: elders
 * seen in person of those due a visit).
 * @category Targets
 */
export type TargetMeasure =
  | 'completed'
  | 'overdue'
  | 'expired'
  | 'eldersVisited'
  | 'completionRate'
  | 'visitedShare';

/**
 * A target as data: a measure over some kinds of visit (of one duty, when it is a duty's), a
 * goal, the period it is judged over (the one holding `asOf`), the grouping, and whether it
 * passes at least or at most the goal.
 * @category Targets
 */
export interface Target {
  readonly id: string;
  readonly measure: TargetMeasure;
  readonly kinds?: readonly VisitKind[];
  /**
   * The duty whose visits the target judges (a key of the duty table, e.g. `townshipContract`):
   * the visits of other duties are left out — a volunteer's weekly visit is not the township
   * cadre's. Visits of no duty (planned for a named caregiver or pairing) still count by kind.
   */
  readonly duty?: string;
  /** A count, or a percentage (0–100) for `completionRate` and `visitedShare`. */
  readonly goal: number;
  readonly period: QuotaPeriod;
  readonly by: CoverageGrouping;
  readonly passesIf: 'atLeast' | 'atMost';
  readonly source?: string;
}

/**
 * The seed programme's targets: the township cadre's weekly visit to every elder (乡包保干部要
 * 保证每周走访一次, spec §3.1 · S18 L515: duty `townshipContract`) and the village cadre's monthly
 * contact with the children (村包保干部…每月与空巢老人子女…进行一次电话、短信或网络交流, S18
 * L515: duty `villageContract`), judged per village; the
 * spring and autumn census (spec §5.2 K31 · S10 L207, S18 L493) per township; and no visit left
 * to expire unanswered in the week.
 * @example
 * ```ts
 * SEED_TARGETS.map((t) => t.id); // ['weeklyVisit', 'monthlyChildContact', 'census', 'noneExpired']
 * ```
 * @category Targets
 */
export const SEED_TARGETS: readonly Target[] = [
  {
    id: 'weeklyVisit',
    measure: 'completionRate',
    kinds: ['homeVisit'],
    duty: 'townshipContract',
    goal: 100,
    period: 'week',
    by: 'village',
    passesIf: 'atLeast',
    source: 'spec §3.1 · S18 L515',
  },
  {
    id: 'monthlyChildContact',
    measure: 'completionRate',
    kinds: ['childContact'],
    duty: 'villageContract',
    goal: 100,
    period: 'month',
    by: 'village',
    passesIf: 'atLeast',
    source: 'spec §3.1 · S18 L515',
  },
  {
    id: 'census',
    measure: 'completionRate',
    kinds: ['census'],
    goal: 100,
    period: 'month',
    by: 'township',
    passesIf: 'atLeast',
    source: 'spec §5.2 K31 · S10 L207, S18 L493',
  },
  {
    id: 'noneExpired',
    measure: 'expired',
    goal: 0,
    period: 'week',
    by: 'village',
    passesIf: 'atMost',
  },
];

/**
 * How one group did against one target.
 * @category Targets
 */
export interface TargetResult {
  readonly targetId: string;
  /** The period judged, e.g. `2026-W12`. */
  readonly period: string;
  readonly group: string;
  readonly value: number;
  readonly goal: number;
  readonly passes: boolean;
  /** Visits due that the target counts: a percentage of nothing passes trivially. */
  readonly due: number;
}

const PERCENT: ReadonlySet<TargetMeasure> = new Set(['completionRate', 'visitedShare']);

/**
 * Judge targets on `asOf`: each over its period (the week, month … holding `asOf`), per group,
 * from the same coverage counts as every report. A group with nothing due passes a percentage
 * target (there was nothing to miss) and says `due: 0`.
 *
 * Checked at entry, as one `GuanaiError`: the targets' shape (a `goal` that is a number), the
 * lists, the duty table and `asOf` (a real date); a target's grouping as {@link coverage}
 * checks it. The duty a target names is looked up in `input.duties` (default `DEFAULT_DUTIES`).
 *
 * @example
 * ```ts
 * const results = evaluateTargets(SEED_TARGETS, { occurrences, records, elders }, { asOf });
 * results.filter((r) => !r.passes); // the villages behind on their weekly visits …
 * ```
 * @category Targets
 */
export function evaluateTargets(
  targets: readonly Target[],
  input: CoverageInput,
  options: { readonly asOf: PlainDate },
): TargetResult[] {
  throwIssues([arrayIssue(targets, 'targets')]);
  checkListsInput(input, options);
  checkDays({ asOf: options.asOf });
  throwIssues([elementsIssue(targets, 'targets', TARGET_FIELDS)]);
  dutyTable(input.duties);
  return diagnosed(
    'evaluateTargets',
    () => evaluateChecked(targets, input, options.asOf),
    () => diagnoseInput(input),
  );
}

/** The fields of a target, checked at entry: targets are few. */
const TARGET_FIELDS = {
  id: 'string',
  measure: 'string',
  goal: 'number',
  period: 'string',
  by: 'string',
  passesIf: 'string',
  kinds: 'array?',
  duty: 'string?',
} as const;

function evaluateChecked(
  targets: readonly Target[],
  input: CoverageInput,
  asOf: PlainDate,
): TargetResult[] {
  // One match serves every target.
  const matched = {
    ...input,
    match: matchFor(input),
  };
  const results: TargetResult[] = [];
  for (const target of targets) {
    const period = periodOf(target.period, asOf);
    const rows: CoverageRow[] = coverage(matched, {
      asOf,
      from: period.start,
      to: period.end,
      by: target.by,
      ...(target.kinds ? { kinds: target.kinds } : {}),
      ...(target.duty === undefined ? {} : { dutyKeys: [target.duty, ''] }),
    });
    for (const row of rows) {
      const raw = row[target.measure];
      const value = PERCENT.has(target.measure)
        ? (target.measure === 'completionRate' ? row.due : row.elders) === 0
          ? 100
          : Math.round(raw * 10_000) / 100
        : raw;
      const passes = target.passesIf === 'atLeast' ? value >= target.goal : value <= target.goal;
      results.push({
        targetId: target.id,
        period: period.label,
        group: row.group,
        value,
        goal: target.goal,
        passes,
        due: row.due,
      });
    }
  }
  return results;
}
