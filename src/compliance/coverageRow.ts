import type { VisitKind } from '../recurrence/index.js';
import type { NotDoneReason } from './visitRecord.js';

/**
 * Visits due in a period, and what became of them.
 * @category Coverage
 */
export interface VisitCounts {
  /** Visits due in the period that still apply (cancelled ones are not counted). */
  readonly due: number;
  readonly completed: number;
  /** Of those completed, the ones completed only once overdue (late, 逾期完成). */
  readonly late: number;
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
 * @example
 * ```ts
 * const rows: CoverageRow[] = coverage({ occurrences, records }, { asOf, from, to, by: 'village' });
 * for (const row of rows) console.log(row.group, row.completed, 'of', row.due);
 * ```
 * @category Coverage
 */
export interface CoverageRow extends VisitCounts {
  /** Elder id, division code, caregiver id, pairing id or duty key; `''` for visits with no such group. */
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
