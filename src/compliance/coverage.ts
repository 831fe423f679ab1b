import { arrayIssue, diagnosed, throwIssues } from '../_lib/argumentGuards.js';
import { GuanaiError, issue } from '../errors/index.js';
import {
  daysBetween,
  type Elder,
  type ElderId,
  type Pairing,
  type PlainDate,
} from '../models/index.js';
import type { Occurrence, VisitKind } from '../recurrence/index.js';
import { areasOfVillage } from './areasOfVillage.js';
import { checkDays, checkListsInput, diagnoseInput } from './inputChecks.js';
import { matchRecords, type RecordMatch, statesFrom } from './matchRecords.js';
import { responsibility } from './responsibleCaregiver.js';
import type { NotDoneReason, VisitRecord } from './visitRecord.js';

/**
 * How {@link coverage} groups its rows: per elder, per area of the elder's home (village →
 * township → county), per caregiver (the plan's caregiver, else the elder's primary on the day
 * the visit is due) or per pairing.
 * @category Coverage
 */
export type CoverageGrouping =
  | 'elder'
  | 'village'
  | 'township'
  | 'county'
  | 'caregiver'
  | 'pairing';

/**
 * Visits due in a period, and what became of them.
 * @category Coverage
 */
export interface VisitCounts {
  /** Visits due in the period that still apply (cancelled ones are not counted). */
  readonly due: number;
  readonly completed: number;
  readonly notDone: number;
  readonly overdue: number;
  readonly expired: number;
  /** Not yet due, open or due, with no outcome yet. */
  readonly pending: number;
  /** Visits that no longer apply (the elder died or moved in with their children). */
  readonly cancelled: number;
}

/**
 * One row of {@link coverage}: the counts of one group in the period. `completed + notDone +
 * overdue + expired + pending = due` always.
 * @category Coverage
 */
export interface CoverageRow extends VisitCounts {
  /** Elder id, division code, caregiver id or pairing id; `''` for visits with no such group. */
  readonly group: string;
  readonly notDoneByReason: Readonly<Partial<Record<NotDoneReason, number>>>;
  /** The counts per kind of visit: `childContact` for the monthly call to the children, `census` … */
  readonly byKind: Readonly<Partial<Record<VisitKind, VisitCounts>>>;
  /** Elders with a visit due in the period, and those of them seen in person in it. */
  readonly elders: number;
  readonly eldersVisited: number;
  /** `eldersVisited / elders` (0 when no elder is due a visit). */
  readonly visitedShare: number;
  /** `completed / due` (0 when nothing is due). */
  readonly completionRate: number;
  /** The longest any of its elders has gone without a completed contact by `asOf`, in days. */
  readonly maxDaysSinceContact?: number;
  /** Elders with no completed contact on record by `asOf`. */
  readonly neverContacted: number;
}

/** What {@link coverage} reads. @category Coverage */
export interface CoverageInput {
  readonly occurrences: readonly Occurrence[];
  readonly records: readonly VisitRecord[];
  /** For grouping by area: each elder's village. */
  readonly elders?: readonly Elder[];
  /** For grouping by caregiver or pairing. */
  readonly pairings?: readonly Pairing[];
  /** A match already made of these occurrences and records (else it is made here). */
  readonly match?: RecordMatch;
}

/** Options of {@link coverage}. @category Coverage */
export interface CoverageOptions {
  readonly asOf: PlainDate;
  /** The period: visits due from `from` to `to`, both included. */
  readonly from: PlainDate;
  readonly to: PlainDate;
  readonly by: CoverageGrouping;
  /** Only these kinds of visit. */
  readonly kinds?: readonly VisitKind[];
}

const zero = (): Mutable<VisitCounts> => ({
  due: 0,
  completed: 0,
  notDone: 0,
  overdue: 0,
  expired: 0,
  pending: 0,
  cancelled: 0,
});
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Coverage of a period, grouped: for each elder, area, caregiver or pairing, the visits due and
 * what became of them — done, not done (by reason), overdue, expired, pending, cancelled — per
 * kind of visit, the share of elders seen in person, and how long elders have gone without
 * contact. Every state comes from `occurrenceState` on `asOf`, in whole civil days, so lists
 * and counts never disagree.
 *
 * Checked at entry, as one `GuanaiError`: the lists, `asOf`, `from` and `to` (real dates:
 * `invalid_argument`, rule `plainDate`; `to` before `from`: `range_reversed`), `by` (one of the
 * groupings: `invalid_value`) and `kinds`. An element of another shape is diagnosed when the
 * work trips on it, with its path.
 *
 * @example
 * ```ts
 * const week = periodOf('week', asOf);
 * const rows = coverage(
 *   { occurrences, records, elders },
 *   { asOf, from: week.start, to: week.end, by: 'village' },
 * );
 * rows.map((r) => [r.group, r.visitedShare, r.byKind.childContact?.completed]);
 * ```
 * @category Coverage
 */
export function coverage(input: CoverageInput, options: CoverageOptions): CoverageRow[] {
  checkListsInput(input, options);
  const { asOf, from, to, by } = options;
  checkDays({ asOf, from, to });
  throwIssues([
    GROUPINGS.includes(by) ? undefined : issue('invalid_value', ['by'], { allowed: GROUPINGS }),
    arrayIssue(options.kinds, 'kinds', { optional: true }),
  ]);
  if (to < from) throw new GuanaiError([issue('range_reversed', ['to'], { from, to })]);
  return diagnosed(
    'coverage',
    () => coverageChecked(input, options),
    () => diagnoseInput(input),
  );
}

const GROUPINGS: readonly CoverageGrouping[] = [
  'elder',
  'village',
  'township',
  'county',
  'caregiver',
  'pairing',
];

function coverageChecked(input: CoverageInput, options: CoverageOptions): CoverageRow[] {
  const { asOf, from, to, by } = options;
  const match = input.match ?? matchRecords(input.occurrences, input.records);
  const stateOf = statesFrom(match);
  const villageOf = new Map(
    (input.elders ?? []).map((e) => [e.id as string, e.residence.villageCode as string]),
  );
  const { pairingOf, caregiverOf } = responsibility(input.pairings);
  const groupOf = (occurrence: Occurrence): string => {
    const elderId = occurrence.subject;
    switch (by) {
      case 'elder':
        return elderId;
      case 'village':
        return villageOf.get(elderId) ?? '';
      case 'township':
      case 'county': {
        const village = villageOf.get(elderId);
        return village ? areasOfVillage(village)[by] : '';
      }
      case 'pairing':
        return pairingOf(occurrence)?.id ?? '';
      case 'caregiver':
        return caregiverOf(occurrence) ?? '';
    }
  };

  type Tally = Mutable<VisitCounts> & {
    reasons: Partial<Record<NotDoneReason, number>>;
    byKind: Partial<Record<VisitKind, Mutable<VisitCounts>>>;
    elders: Set<string>;
  };
  const tallies = new Map<string, Tally>();
  const tallyOf = (group: string): Tally => {
    let tally = tallies.get(group);
    if (!tally) {
      tally = { ...zero(), reasons: {}, byKind: {}, elders: new Set() };
      tallies.set(group, tally);
    }
    return tally;
  };
  for (const occurrence of input.occurrences) {
    if (occurrence.subjectKind !== 'elder' || occurrence.due < from || occurrence.due > to)
      continue;
    if (options.kinds && !options.kinds.includes(occurrence.kind)) continue;
    const state = stateOf(occurrence, asOf);
    const tally = tallyOf(groupOf(occurrence));
    let kind = tally.byKind[occurrence.kind];
    if (!kind) {
      kind = zero();
      tally.byKind[occurrence.kind] = kind;
    }
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
    }
    if (state === 'notDone') {
      const reason =
        lastOnOrBefore(match.notDoneReasons.get(occurrence.key), asOf)?.reason ?? 'other';
      tally.reasons[reason] = (tally.reasons[reason] ?? 0) + 1;
    }
    if (state !== 'cancelled') tally.elders.add(occurrence.subject);
  }

  // Seen in person: a completed visit in the period, known by asOf.
  // biome-ignore lint/complexity/useMathMinMax: civil dates are strings, not numbers
  const lastDay = to < asOf ? to : asOf;
  const rows: CoverageRow[] = [];
  for (const [group, tally] of [...tallies].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const { reasons, byKind, elders, ...counts } = tally;
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
    rows.push({
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
    });
  }
  return rows;
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
