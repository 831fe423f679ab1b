import { arrayIssue, diagnosed, objectIssue, throwIssues } from '../_lib/argumentGuards.js';
import type { CategoryKey, Tri } from '../eligibility/index.js';
import { issue } from '../errors/index.js';
import type { Elder, ElderId, PlainDate } from '../models/index.js';
import { addDays } from '../models/index.js';
import { inputIssue } from './applyFactUpdates.js';
import type { LedgerChangeCause } from './changeCause.js';
import { effectiveDay, type IndexedUpdate, orderUpdates } from './compareFactUpdates.js';
import type { FactUpdate, FactUpdateRejection } from './factUpdate.js';
import { checkedOptions, type LedgerChangesOptions, timelineContext } from './ledgerChanges.js';
import { LedgerState } from './ledgerState.js';
import { elderTimeline, type StatusChange } from './statusTimeline.js';

/**
 * A stretch of days with one status, and what began it (`null` for the first: the status the
 * elder had on `from`).
 * @category Fact updates
 */
export interface StatusPeriod {
  readonly from: PlainDate;
  readonly to: PlainDate;
  readonly status: Tri;
  readonly cause: LedgerChangeCause | null;
}

/**
 * One elder's history in each category followed: the periods from `from` to `to`, one after
 * the other, and the updates that were not applied.
 * @category Fact updates
 */
export interface CategoryHistory {
  readonly elderId: ElderId;
  readonly from: PlainDate;
  readonly to: PlainDate;
  readonly periods: Readonly<Partial<Record<CategoryKey, readonly StatusPeriod[]>>>;
  /** Updates up to `to` not applied — among them those of another elder (`unknown_reference`). */
  readonly rejected: readonly FactUpdateRejection[];
}

/**
 * One elder's history in each category between two days: the periods with their status and
 * the cause of each change — a fact update (id, source, paths) or the passage of time — as
 * `ledgerChanges` finds them for a whole ledger. `elder` is the record before any of the
 * updates; updates of other elders are rejected (`unknown_reference` at `['elderId']`), and a
 * status that moves twice on one day keeps only where it ended that day. Options and bad
 * arguments as for `ledgerChanges`.
 * @example
 * ```ts
 * const history = categoryHistory(elder, updates, { from: plainDate('2026-01-01'), to: plainDate('2026-12-31') });
 * history.periods.leftBehindElder;
 * // [{ from: '2026-01-01', to: '2026-05-19', status: 'yes', cause: null },
 * //  { from: '2026-05-20', to: '2026-12-31', status: 'no', cause: { kind: 'update', … } }]
 * ```
 * @category Fact updates
 */
export function categoryHistory(
  elder: Elder,
  updates: readonly FactUpdate[],
  options: LedgerChangesOptions,
): CategoryHistory {
  throwIssues([
    objectIssue(elder, 'elder'),
    arrayIssue(updates, 'updates'),
    objectIssue(options, 'options'),
  ]);
  const categories = checkedOptions(options);
  return diagnosed(
    'categoryHistory',
    () => historyChecked(elder, updates, options, categories),
    () => inputIssue([elder], updates),
  );
}

function historyChecked(
  elder: Elder,
  updates: readonly FactUpdate[],
  options: LedgerChangesOptions,
  categories: readonly CategoryKey[],
): CategoryHistory {
  const context = timelineContext(options, categories);
  const state = new LedgerState([elder]);
  const { ordered, duplicates } = orderUpdates(updates, context.timeline);
  const rejected: FactUpdateRejection[] = [...duplicates];
  const inPeriod: IndexedUpdate[] = [];
  for (const entry of ordered) {
    const day = effectiveDay(entry.update, context.timeline);
    if (day > context.to) continue;
    if (entry.update.elderId !== elder.id) {
      const { elderId } = entry.update;
      rejected.push({
        ...entry,
        issues: [issue('unknown_reference', ['elderId'], { kind: 'elder', id: elderId })],
      });
    } else if (day > context.from) inPeriod.push(entry);
    else {
      const issues = state.apply(entry);
      if (issues) rejected.push({ ...entry, issues });
    }
  }
  const walk = elderTimeline(state, elder.id, inPeriod, context);
  rejected.push(...walk.rejected);
  rejected.sort((a, b) => a.index - b.index);
  const periods: Partial<Record<CategoryKey, readonly StatusPeriod[]>> = {};
  for (const category of categories) {
    const moves = walk.changes.filter((change) => change.category === category);
    periods[category] = periodsOf(walk.atFrom?.[category] ?? 'unknown', moves, options);
  }
  return { elderId: elder.id, from: options.from, to: options.to, periods, rejected };
}

/** The periods a status went through, from its status on `from` and its moves in order. */
function periodsOf(
  first: Tri,
  moves: readonly StatusChange[],
  { from, to }: LedgerChangesOptions,
): StatusPeriod[] {
  const starts: { from: PlainDate; status: Tri; cause: LedgerChangeCause | null }[] = [
    { from, status: first, cause: null },
  ];
  for (const move of moves) {
    const current = starts[starts.length - 1] as (typeof starts)[number];
    if (move.on !== current.from) {
      starts.push({ from: move.on, status: move.to, cause: move.cause });
      continue;
    }
    // A second move on one day: the day ends where the last move left it.
    starts.pop();
    const before = starts[starts.length - 1];
    if (before?.status !== move.to)
      starts.push({ from: move.on, status: move.to, cause: move.cause });
  }
  return starts.map((start, i) => {
    const next = starts[i + 1];
    const end = next ? addDays(next.from, -1) : to;
    return { from: start.from, to: end, status: start.status, cause: start.cause };
  });
}
