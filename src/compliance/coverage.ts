import { arrayIssue, diagnosed, throwIssues } from '../_lib/argumentGuards.js';
import { GuanaiError, issue } from '../errors/index.js';
import type { Elder, Pairing, PlainDate } from '../models/index.js';
import type { Occurrence, VisitKind } from '../recurrence/index.js';
import type { DutyInput } from '../scheduling/index.js';
import { areasOfVillage } from './areasOfVillage.js';
import type { CoverageRow } from './coverageRow.js';
import { tallyRows } from './coverageTally.js';
import type { ScheduledCaregiver } from './creditRule.js';
import { type DutyTable, dutyKeyOf, dutyTable } from './dutyTable.js';
import { checkDays, checkListsInput, diagnoseInput } from './inputChecks.js';
import { matchRecords, type RecordMatch } from './matchRecords.js';
import { responsibility } from './responsibleCaregiver.js';
import type { VisitRecord } from './visitRecord.js';

/**
 * How {@link coverage} groups its rows: per elder, per area of the elder's home (village →
 * township → county), per caregiver (the plan's caregiver; for a duty's visit the duty's holder
 * on the day it is due; else the primary of the elder's general pairing that day), per pairing
 * (the duty's pairing for a duty's visit) or per duty (包保 and the like: the key of the duty a
 * visit belongs to, `''` for a visit of no duty).
 * @category Coverage
 */
export type CoverageGrouping =
  | 'elder'
  | 'village'
  | 'township'
  | 'county'
  | 'caregiver'
  | 'pairing'
  | 'duty';

/** What {@link coverage} reads. @category Coverage */
export interface CoverageInput {
  readonly occurrences: readonly Occurrence[];
  readonly records: readonly VisitRecord[];
  /** For grouping by area: each elder's village. */
  readonly elders?: readonly Elder[];
  /** For grouping by caregiver or pairing, and for crediting a duty's visit to its holder. */
  readonly pairings?: readonly Pairing[];
  /** The duty table (default `DEFAULT_DUTIES`): which visits are a duty's. */
  readonly duties?: readonly DutyInput[];
  /** The schedule `planVisits` made: a duty's visit it gave a deputy is credited to the deputy's record. */
  readonly scheduled?: readonly ScheduledCaregiver[];
  /**
   * A match already made of these occurrences and records (else it is made here by
   * `matchRecords` with the pairings, duties and schedule above and its default rules: make it
   * yourself for `credit: 'anyone'`).
   */
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
  /** Only the visits of these duties (keys of the duty table; `''` for visits of no duty). */
  readonly dutyKeys?: readonly string[];
}

/**
 * Coverage of a period, grouped: for each elder, area, caregiver, pairing or duty, the visits
 * due and what became of them — done (and of those, late), not done (by reason), overdue,
 * expired, pending, cancelled — per kind of visit, the share of elders seen in person, and how
 * long elders have gone without contact. Every state comes from `occurrenceState` on `asOf`, in
 * whole civil days, so lists and counts never disagree. A duty's visit is done only when its
 * holder (or the planned deputy) did it (see {@link matchRecords}), and counts for the holder
 * when grouped by caregiver: per duty and holder, per village and township, the tracking of
 * spec §3.1 · S18 L515.
 *
 * Checked at entry, as one `GuanaiError`: the lists, `asOf`, `from` and `to` (real dates:
 * `invalid_argument`, rule `plainDate`; `to` before `from`: `range_reversed`), `by` (one of the
 * groupings: `invalid_value`), `kinds`, `dutyKeys` and the duty table (as `parseDuties`, under
 * `duties`). An element of another shape is diagnosed when the
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
 * const byDuty = coverage(
 *   { occurrences, records, elders, pairings },
 *   { asOf, from: week.start, to: week.end, by: 'duty' },
 * ); // one row per duty: 'townshipContract', 'villageContract' … and '' for other visits
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
    arrayIssue(options.dutyKeys, 'dutyKeys', { optional: true }),
  ]);
  if (to < from) throw new GuanaiError([issue('range_reversed', ['to'], { from, to })]);
  const table = dutyTable(input.duties);
  return diagnosed(
    'coverage',
    () => coverageChecked(input, options, table),
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
  'duty',
];

function coverageChecked(
  input: CoverageInput,
  options: CoverageOptions,
  table: DutyTable,
): CoverageRow[] {
  const { by } = options;
  const match = matchFor(input);
  const villageOf = new Map(
    (input.elders ?? []).map((e) => [e.id as string, e.residence.villageCode as string]),
  );
  const { pairingOf, caregiverOf } = responsibility(input.pairings, table);
  const wanted = options.dutyKeys ? new Set<string>(options.dutyKeys) : undefined;
  const groupOf = (occurrence: Occurrence): string | undefined => {
    if (wanted && !wanted.has(dutyKeyOf(table, occurrence))) return undefined;
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
      case 'duty':
        return dutyKeyOf(table, occurrence);
    }
  };
  return tallyRows(input.occurrences, match, options, groupOf);
}

/**
 * The match a report reads: the one given, else `matchRecords` over the input's occurrences
 * and records with its pairings, duty table and schedule, and the default crediting rules.
 * @internal
 */
export function matchFor(input: CoverageInput): RecordMatch {
  if (input.match) return input.match;
  return matchRecords(input.occurrences, input.records, {
    ...(input.pairings ? { pairings: input.pairings } : {}),
    ...(input.duties ? { duties: input.duties } : {}),
    ...(input.scheduled ? { scheduled: input.scheduled } : {}),
  });
}

export type { CoverageRow, VisitCounts } from './coverageRow.js';
