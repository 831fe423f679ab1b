import {
  arrayIssue,
  diagnosed,
  objectIssue,
  plainDateIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import {
  CATEGORY_KEYS,
  type CategoryKey,
  classifyStatuses,
  type Policy,
  type Tri,
} from '../eligibility/index.js';
import { type Issue, issue } from '../errors/index.js';
import type { Elder, ElderId, PlainDate, RegionCode } from '../models/index.js';
import { inputIssue } from './applyFactUpdates.js';
import type { LedgerChangeCause, LedgerChangeDirection } from './changeCause.js';
import {
  effectiveDay,
  type FactTimeline,
  type IndexedUpdate,
  orderUpdates,
} from './compareFactUpdates.js';
import { FACT_CATEGORIES } from './factCategories.js';
import type { FactUpdate, FactUpdateRejection } from './factUpdate.js';
import { LedgerState } from './ledgerState.js';
import { type ElderTimeline, elderTimeline, type TimelineContext } from './statusTimeline.js';

/** What {@link ledgerChanges} reads: the ledger before any of the updates, and the updates. @category Fact updates */
export interface LedgerChangesInput {
  readonly elders: readonly Elder[];
  readonly updates: readonly FactUpdate[];
}

/** Options of {@link ledgerChanges} and `categoryHistory`. @category Fact updates */
export interface LedgerChangesOptions {
  /** The first day: statuses on it are where the changes start from. */
  readonly from: PlainDate;
  /** The last day (included). */
  readonly to: PlainDate;
  /** The policy the categories are decided under (default `DEFAULT_POLICY`). */
  readonly policy?: Policy;
  /** The categories to follow (default {@link FACT_CATEGORIES}). */
  readonly categories?: readonly CategoryKey[];
  /** The day an update takes effect: when the fact became true (default) or when it was written down. */
  readonly timeline?: FactTimeline;
}

/**
 * One move of one elder in one category: a row of the list a village updates its 台账 from.
 * @category Fact updates
 */
export interface LedgerChange {
  readonly elderId: ElderId;
  /** The elder's village on the day. */
  readonly villageCode: RegionCode;
  readonly category: CategoryKey;
  readonly on: PlainDate;
  /** The status before (`null`: the elder was not in the ledger yet). */
  readonly from: Tri | null;
  readonly to: Tri;
  readonly direction: LedgerChangeDirection;
  readonly cause: LedgerChangeCause;
}

/**
 * The moves of one category over the period, and how many elders were in it at each end
 * (`yesOnTo` = `yesOnFrom` + `entered` − `left`).
 * @category Fact updates
 */
export interface CategoryChangeTotals {
  readonly entered: number;
  readonly left: number;
  readonly ruledOut: number;
  readonly inDoubt: number;
  readonly yesOnFrom: number;
  readonly yesOnTo: number;
}

/**
 * Who entered or left each category between two days, why, and the totals.
 * @category Fact updates
 */
export interface LedgerChanges {
  readonly from: PlainDate;
  readonly to: PlainDate;
  /** By day, village, elder; an elder's moves of one day in the order they happened. */
  readonly changes: readonly LedgerChange[];
  readonly totals: Readonly<Partial<Record<CategoryKey, CategoryChangeTotals>>>;
  /** Updates up to `to` that were not applied, by input position (see `applyFactUpdates`). */
  readonly rejected: readonly FactUpdateRejection[];
}

/**
 * Who entered or left each category between `from` and `to` and which fact made the change —
 * the list a village updates its 台账 from (分类动态管理, spec §7 · S14 L365, L379). For every
 * elder whose status in a followed category moves in (from, to]: the day and the cause, either
 * the update after which it moved (its id, source and paths: the updates of the period are
 * applied one by one and the elder classified after each) or the passage of time (an 80th
 * birthday, an absence reaching half a year; the day found by bisection between updates). A
 * new elder registered in the period enters the categories where they are `yes` and is
 * `inDoubt` where `unknown`. Entered = became `yes`; left = was `yes` and is not; `ruledOut` and
 * `inDoubt` are the moves between `no` and `unknown`.
 *
 * `elders` is the ledger before any of the updates; updates up to `from` make the starting
 * ledger (as `applyFactUpdates` does), later ones are ignored. Elders and updates must be
 * validated. A bad argument throws `GuanaiError` as for `applyFactUpdates`, and `to` before
 * `from` (`range_reversed` at `['to']`), a category the classifier does not have
 * (`invalid_value` at `['categories', i]`), a bad policy (issues under `['policy']`).
 * @example
 * ```ts
 * const { changes, totals } = ledgerChanges({ elders, updates }, {
 *   from: plainDate('2026-06-01'), to: plainDate('2026-06-30'),
 * });
 * totals.leftBehindElder; // { entered: 3, left: 5, ruledOut: 1, inDoubt: 2, yesOnFrom: 812, yesOnTo: 810 }
 * ```
 * @category Fact updates
 */
export function ledgerChanges(
  input: LedgerChangesInput,
  options: LedgerChangesOptions,
): LedgerChanges {
  throwIssues([objectIssue(input, 'input'), objectIssue(options, 'options')]);
  const categories = checkedOptions(options);
  throwIssues([
    arrayIssue(input.elders, 'elders', { path: ['input', 'elders'] }),
    arrayIssue(input.updates, 'updates', { path: ['input', 'updates'] }),
  ]);
  return diagnosed(
    'ledgerChanges',
    () => changesChecked(input, options, categories),
    () => inputIssue(input.elders, input.updates),
  );
}

/** The options (an object) checked; the categories to follow, each once. @internal */
export function checkedOptions(options: LedgerChangesOptions): readonly CategoryKey[] {
  throwIssues([
    plainDateIssue(options.from, 'from'),
    plainDateIssue(options.to, 'to'),
    arrayIssue(options.categories, 'categories', { optional: true }),
    options.timeline === undefined || options.timeline === 'fact' || options.timeline === 'record'
      ? undefined
      : issue('invalid_value', ['timeline'], { allowed: ['fact', 'record'] }),
  ]);
  if (options.to < options.from)
    throwIssues([issue('range_reversed', ['to'], { from: options.from, to: options.to })]);
  const categories = options.categories ?? FACT_CATEGORIES;
  const known = new Set<string>(CATEGORY_KEYS);
  throwIssues(
    categories.map((key, i): Issue | undefined =>
      known.has(key)
        ? undefined
        : issue('invalid_value', ['categories', i], { allowed: CATEGORY_KEYS }),
    ),
  );
  return [...new Set(categories)];
}

/** What one walk over the elders needs: the classifier under the policy, and the days. @internal */
export function timelineContext(
  options: LedgerChangesOptions,
  categories: readonly CategoryKey[],
): TimelineContext {
  const { policy } = options;
  const classifyOptions = (asOf: PlainDate) => (policy ? { asOf, policy } : { asOf });
  return {
    from: options.from,
    to: options.to,
    timeline: options.timeline ?? 'fact',
    categories,
    classify: (elder, day) => classifyStatuses(elder, classifyOptions(day)).statuses,
  };
}

function changesChecked(
  input: LedgerChangesInput,
  options: LedgerChangesOptions,
  categories: readonly CategoryKey[],
): LedgerChanges {
  const context = timelineContext(options, categories);
  const state = new LedgerState(input.elders);
  const { ordered, duplicates } = orderUpdates(input.updates, context.timeline);
  const rejected: FactUpdateRejection[] = [...duplicates];
  const inPeriod = new Map<string, IndexedUpdate[]>();
  for (const entry of ordered) {
    const day = effectiveDay(entry.update, context.timeline);
    if (day <= context.from) {
      const issues = state.apply(entry);
      if (issues) rejected.push({ ...entry, issues });
    } else if (day <= context.to) {
      const list = inPeriod.get(entry.update.elderId);
      if (list) list.push(entry);
      else inPeriod.set(entry.update.elderId, [entry]);
    }
  }
  const ids = [...state.elders().map((elder) => elder.id as string), ...inPeriod.keys()];
  const walks: { elderId: string; walk: ElderTimeline }[] = [];
  for (const elderId of new Set(ids)) {
    const walk = elderTimeline(state, elderId, inPeriod.get(elderId) ?? [], context);
    rejected.push(...walk.rejected);
    walks.push({ elderId, walk });
  }
  rejected.sort((a, b) => a.index - b.index);
  return {
    from: options.from,
    to: options.to,
    changes: rowsOf(walks),
    totals: totalsOf(walks, categories),
    rejected,
  };
}

function rowsOf(walks: readonly { elderId: string; walk: ElderTimeline }[]): LedgerChange[] {
  const rows: LedgerChange[] = [];
  for (const { elderId, walk } of walks)
    for (const { category, villageCode, on, from, to, direction, cause } of walk.changes)
      rows.push({
        elderId: elderId as ElderId,
        villageCode,
        category,
        on,
        from,
        to,
        direction,
        cause,
      });
  // Stable: an elder's moves keep their order within a day.
  return rows.sort((a, b) =>
    a.on !== b.on
      ? compare(a.on, b.on)
      : a.villageCode !== b.villageCode
        ? compare(a.villageCode, b.villageCode)
        : compare(a.elderId, b.elderId),
  );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Totals = { -readonly [K in keyof CategoryChangeTotals]: number };

function totalsOf(
  walks: readonly { walk: ElderTimeline }[],
  categories: readonly CategoryKey[],
): Partial<Record<CategoryKey, CategoryChangeTotals>> {
  const totals: Partial<Record<CategoryKey, Totals>> = {};
  for (const category of categories)
    totals[category] = { entered: 0, left: 0, ruledOut: 0, inDoubt: 0, yesOnFrom: 0, yesOnTo: 0 };
  for (const { walk } of walks) {
    for (const category of categories) {
      const total = totals[category] as Totals;
      if (walk.atFrom?.[category] === 'yes') total.yesOnFrom++;
      if (walk.atTo?.[category] === 'yes') total.yesOnTo++;
    }
    for (const change of walk.changes) {
      const total = totals[change.category];
      if (total) total[change.direction]++;
    }
  }
  return totals;
}
