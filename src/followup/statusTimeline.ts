import type { CategoryKey, Tri } from '../eligibility/index.js';
import {
  type Elder,
  fromDayNumber,
  type PlainDate,
  type RegionCode,
  toDayNumber,
} from '../models/index.js';
import {
  changeDirection,
  type LedgerChangeCause,
  type LedgerChangeDirection,
} from './changeCause.js';
import { effectiveDay, type FactTimeline, type IndexedUpdate } from './compareFactUpdates.js';
import type { FactUpdateRejection } from './factUpdate.js';
import type { LedgerState } from './ledgerState.js';

type Statuses = Readonly<Record<CategoryKey, Tri>>;

/** What an elder's timeline needs besides the elder and its updates. @internal */
export interface TimelineContext {
  readonly from: PlainDate;
  readonly to: PlainDate;
  readonly timeline: FactTimeline;
  readonly categories: readonly CategoryKey[];
  /** The statuses of an elder on a day (`classifyStatuses` under the caller's policy). */
  readonly classify: (elder: Elder, day: PlainDate) => Statuses;
}

/** One move of one category of one elder. @internal */
export interface StatusChange {
  readonly category: CategoryKey;
  /** The elder's village when the status moved. */
  readonly villageCode: RegionCode;
  readonly on: PlainDate;
  readonly from: Tri | null;
  readonly to: Tri;
  readonly direction: LedgerChangeDirection;
  readonly cause: LedgerChangeCause;
}

/** An elder's statuses on `from` and `to` (none while not in the ledger) and every move between. @internal */
export interface ElderTimeline {
  readonly atFrom: Statuses | undefined;
  readonly atTo: Statuses | undefined;
  readonly changes: readonly StatusChange[];
  readonly rejected: readonly FactUpdateRejection[];
}

/**
 * The most moves one category may make in a stretch of days without updates. Age and absence
 * move a status once; the bound keeps a rule that flickers from costing more.
 */
const MAX_MOVES_PER_STRETCH = 8;

/**
 * Walk one elder from `from` to `to`: apply the elder's updates of (from, to] to `state` one by
 * one, classifying after each (a move then has the update as its cause), and between updates
 * find the day each move made by time alone happened by bisection over the days — statuses are
 * monotone in time while the facts stay (age and absences only grow), so each search costs
 * log₂(days) classifications, shared across categories. A move that time makes and unmakes
 * within one stretch is not seen.
 * @internal
 */
export function elderTimeline(
  state: LedgerState,
  elderId: string,
  entries: readonly IndexedUpdate[],
  context: TimelineContext,
): ElderTimeline {
  const changes: StatusChange[] = [];
  const rejected: FactUpdateRejection[] = [];
  let elder = state.get(elderId);
  let day = context.from;
  let statuses = elder ? context.classify(elder, day) : undefined;
  const atFrom = statuses;
  for (const entry of entries) {
    const on = effectiveDay(entry.update, context.timeline);
    if (elder && statuses && on > day)
      statuses = byTime(elder, day, statuses, on, context, changes);
    day = on;
    const issues = state.apply(entry);
    if (issues) {
      rejected.push({ ...entry, issues });
      continue;
    }
    elder = state.get(elderId) as Elder;
    const next = context.classify(elder, on);
    record(elder, statuses, next, on, causeOf(entry, statuses === undefined), context, changes);
    statuses = next;
  }
  if (elder && statuses && context.to > day)
    statuses = byTime(elder, day, statuses, context.to, context, changes);
  return { atFrom, atTo: statuses, changes, rejected };
}

function causeOf({ update }: IndexedUpdate, registered: boolean): LedgerChangeCause {
  if (registered) return { kind: 'registered', updateId: update.id, source: update.source };
  const paths = update.changes.flatMap((change) => (change.op === 'register' ? [] : [change.path]));
  return { kind: 'update', updateId: update.id, source: update.source, paths };
}

/** Record every category that moved from `before` (none: a new elder) to `after` on `on`. */
function record(
  elder: Elder,
  before: Statuses | undefined,
  after: Statuses,
  on: PlainDate,
  cause: LedgerChangeCause,
  context: TimelineContext,
  changes: StatusChange[],
): void {
  for (const category of context.categories) {
    const from = before ? before[category] : null;
    const to = after[category];
    const direction = changeDirection(from, to);
    if (direction)
      changes.push({
        category,
        villageCode: elder.residence.villageCode,
        on,
        from,
        to,
        direction,
        cause,
      });
  }
}

/**
 * The moves time alone makes from `start` to `end` with the facts fixed, found by bisection;
 * returns the statuses on `end`.
 */
function byTime(
  elder: Elder,
  start: PlainDate,
  atStart: Statuses,
  end: PlainDate,
  context: TimelineContext,
  changes: StatusChange[],
): Statuses {
  const first = toDayNumber(start);
  const last = toDayNumber(end);
  const known = new Map<number, Statuses>([[first, atStart]]);
  const on = (dayNumber: number): Statuses => {
    let found = known.get(dayNumber);
    if (!found) {
      found = context.classify(elder, fromDayNumber(dayNumber));
      known.set(dayNumber, found);
    }
    return found;
  };
  const atEnd = on(last);
  const moves: StatusChange[] = [];
  for (const category of context.categories) {
    let lo = first;
    let status = atStart[category];
    // Each round finds the first day after `lo` the status differs: one genuine move.
    for (let round = 0; round < MAX_MOVES_PER_STRETCH && status !== atEnd[category]; round++) {
      let hi = last;
      while (hi - lo > 1) {
        const mid = lo + Math.floor((hi - lo) / 2);
        if (on(mid)[category] === status) lo = mid;
        else hi = mid;
      }
      const to = on(hi)[category];
      const direction = changeDirection(status, to);
      if (direction) moves.push({ ...moveAt(hi, status, to, direction, elder), category });
      lo = hi;
      status = to;
    }
    // Past the bound (a rule that flickers): the rest of the move is put on the stretch's last day.
    const to = atEnd[category];
    const direction = changeDirection(status, to);
    if (direction) moves.push({ ...moveAt(last, status, to, direction, elder), category });
  }
  moves.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  changes.push(...moves);
  return atEnd;
}

function moveAt(
  dayNumber: number,
  from: Tri,
  to: Tri,
  direction: LedgerChangeDirection,
  elder: Elder,
) {
  const cause: LedgerChangeCause = { kind: 'time' };
  return {
    on: fromDayNumber(dayNumber),
    from,
    to,
    direction,
    cause,
    villageCode: elder.residence.villageCode,
  };
}
