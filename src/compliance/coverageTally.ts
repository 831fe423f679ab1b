import { daysBetween, type ElderId, type PlainDate } from '../models/index.js';
import type { Occurrence, VisitKind } from '../recurrence/index.js';
import type { CoverageRow, VisitCounts } from './coverageRow.js';
import { type RecordMatch, statesFrom } from './matchRecords.js';
import type { NotDoneReason } from './visitRecord.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const zero = (): Mutable<VisitCounts> => ({
  due: 0,
  completed: 0,
  late: 0,
  notDone: 0,
  overdue: 0,
  expired: 0,
  pending: 0,
  cancelled: 0,
});

/** The visits a tally counts: due in `from`–`to`, of `kinds`, states as known on `asOf`. @internal */
export interface TallyPeriod {
  readonly asOf: PlainDate;
  readonly from: PlainDate;
  readonly to: PlainDate;
  readonly kinds?: readonly VisitKind[] | undefined;
}

type Tally = Mutable<VisitCounts> & {
  reasons: Partial<Record<NotDoneReason, number>>;
  byKind: Partial<Record<VisitKind, Mutable<VisitCounts>>>;
  elders: Set<string>;
};

/**
 * The coverage rows of the elders' visits due in a period, one per group `groupOf` gives
 * (`undefined` leaves a visit out), sorted by group: every state from `occurrenceState` on the
 * match's outcomes, so lists and counts never disagree. One pass over the visits.
 * @internal
 */
export function tallyRows(
  occurrences: readonly Occurrence[],
  match: RecordMatch,
  period: TallyPeriod,
  groupOf: (occurrence: Occurrence) => string | undefined,
): CoverageRow[] {
  const { asOf, from, to, kinds } = period;
  const stateOf = statesFrom(match);
  const tallies = new Map<string, Tally>();
  for (let at = 0; at < occurrences.length; at++) {
    const occurrence = occurrences[at] as Occurrence;
    if (occurrence.subjectKind !== 'elder' || occurrence.due < from || occurrence.due > to)
      continue;
    if (kinds && !kinds.includes(occurrence.kind)) continue;
    const group = groupOf(occurrence);
    if (group === undefined) continue;
    let tally = tallies.get(group);
    if (!tally) {
      tally = { ...zero(), reasons: {}, byKind: {}, elders: new Set() };
      tallies.set(group, tally);
    }
    count(tally, { occurrence, at }, stateOf(occurrence, at, asOf), match, asOf);
  }
  return [...tallies]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([group, tally]) => rowOf(group, tally, match, period));
}

/** A visit and its place in the occurrences the match was made of. */
interface Placed {
  readonly occurrence: Occurrence;
  readonly at: number;
}

function count(
  tally: Tally,
  placed: Placed,
  state: ReturnType<ReturnType<typeof statesFrom>>,
  match: RecordMatch,
  asOf: PlainDate,
): void {
  const { occurrence, at } = placed;
  let kind = tally.byKind[occurrence.kind];
  if (!kind) {
    kind = zero();
    tally.byKind[occurrence.kind] = kind;
  }
  const late = state === 'completed' && completedOn(match, placed, asOf) >= occurrence.overdueFrom;
  for (const counts of [tally, kind]) {
    if (state === 'cancelled') {
      counts.cancelled += 1;
      continue;
    }
    counts.due += 1;
    if (state === 'completed') counts.completed += 1;
    else if (state === 'notDone') counts.notDone += 1;
    else if (state === 'overdue') counts.overdue += 1;
    else if (state === 'expired') counts.expired += 1;
    else counts.pending += 1;
    if (late) counts.late += 1;
  }
  if (state === 'notDone') {
    const reason = lastOnOrBefore(match.notDoneReasons[at], asOf)?.reason ?? 'other';
    tally.reasons[reason] = (tally.reasons[reason] ?? 0) + 1;
  }
  if (state !== 'cancelled') tally.elders.add(occurrence.subject);
}

/** The day of the first completed outcome known by `asOf` (the visit is completed). */
function completedOn(match: RecordMatch, { occurrence, at }: Placed, asOf: PlainDate): PlainDate {
  for (const outcome of match.outcomesOf[at] ?? [])
    if (outcome.outcome === 'completed' && outcome.on <= asOf) return outcome.on;
  return occurrence.due;
}

function rowOf(group: string, tally: Tally, match: RecordMatch, period: TallyPeriod): CoverageRow {
  const { asOf, from, to } = period;
  const { reasons, byKind, elders, ...counts } = tally;
  // Seen in person: a completed visit in the period, known by asOf.
  // biome-ignore lint/complexity/useMathMinMax: civil dates are strings, not numbers
  const lastDay = to < asOf ? to : asOf;
  let visited = 0;
  let never = 0;
  let longest: number | undefined;
  for (const elderId of elders) {
    const days = match.contacts.get(elderId as ElderId);
    const seen = days ? dayAtOrBefore(days.inPerson, lastDay) : undefined;
    if (seen !== undefined && seen >= from) visited += 1;
    const last = days ? dayAtOrBefore(days.any, asOf) : undefined;
    if (last === undefined) never += 1;
    else longest = Math.max(longest ?? 0, daysBetween(last, asOf));
  }
  return {
    group,
    ...counts,
    notDoneByReason: reasons,
    byKind,
    elders: elders.size,
    eldersVisited: visited,
    visitedShare: elders.size > 0 ? visited / elders.size : 0,
    completionRate: counts.due > 0 ? counts.completed / counts.due : 0,
    ...(longest === undefined ? {} : { maxDaysSinceContact: longest }),
    neverContacted: never,
  };
}

/** The last of days in order on or before `day`, by binary search. */
function dayAtOrBefore(days: readonly PlainDate[], day: PlainDate): PlainDate | undefined {
  let [low, high] = [0, days.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] as PlainDate) <= day) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? days[low - 1] : undefined;
}

/** The last of entries in day order dated on or before `day`. */
function lastOnOrBefore<T extends { readonly on: PlainDate }>(
  entries: readonly T[] | undefined,
  day: PlainDate,
): T | undefined {
  let found: T | undefined;
  for (const entry of entries ?? []) if (entry.on <= day) found = entry;
  return found;
}
