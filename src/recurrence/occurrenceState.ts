import { requireOptionsObject } from '../_lib/requireOption.js';
import { GuanaiError, issue } from '../errors/index.js';
import { isPlainDate, type PlainDate } from '../models/index.js';
import type { Occurrence } from './occurrence.js';

/**
 * The state of a planned visit on a day:
 * `upcoming` (its window has not opened), `open` (it may be made, not yet due), `due` (due, not
 * yet overdue), `overdue`, `expired` (its window closed without an outcome), or the outcome a
 * record gave it: `completed`, `notDone` (attempted or prevented, with a reason in the record)
 * or `cancelled` (it no longer applies, e.g. the elder moved in with their children — not a
 * failure).
 * @category Windows
 */
export type OccurrenceState =
  | 'upcoming'
  | 'open'
  | 'due'
  | 'overdue'
  | 'expired'
  | 'completed'
  | 'notDone'
  | 'cancelled';

/**
 * What happened to a planned visit, as far as its state is concerned: the visit's key, the day,
 * and the outcome. A full visit record (who, what was done, observations) carries these too.
 * @category Windows
 */
export interface OccurrenceOutcome {
  readonly occurrenceKey: string;
  readonly on: PlainDate;
  readonly outcome: 'completed' | 'notDone' | 'cancelled';
}

/** Options of {@link occurrenceState}. @category Windows */
export interface OccurrenceStateOptions {
  /** The day the state is for; records after it are not yet known. */
  readonly asOf: PlainDate;
  /** Outcomes recorded for visits (any visits: those of other keys are ignored). */
  readonly records?: readonly OccurrenceOutcome[];
}

const WINDOW_FIELDS = ['openFrom', 'due', 'overdueFrom', 'expiresAt'] as const;

/** Throw `invalid_argument` (rule `plainDate`) at `path` unless `value` is a real date. */
function requireDate(value: unknown, path: (string | number)[]): void {
  if (!isPlainDate(value))
    throw new GuanaiError([
      issue('invalid_argument', path, { name: String(path.at(-1)), rule: 'plainDate' }),
    ]);
}

/**
 * The state of a planned visit on `asOf`, in whole civil days — the one rule every list, count
 * and report uses, so no two screens disagree. An outcome recorded on or before `asOf` decides
 * first: completed wins over everything (the visit happened), then cancelled, then not done;
 * otherwise the window points decide. A date that is not one (`asOf`, the visit's window
 * points, a record's `on`) throws `invalid_argument` (rule `plainDate`) with its path.
 *
 * @example
 * ```ts
 * occurrenceState(visit, { asOf: plainDate('2026-03-02') }); // e.g. 'due'
 * occurrenceState(visit, {
 *   asOf: plainDate('2026-03-02'),
 *   records: [{ occurrenceKey: visit.key, on: plainDate('2026-03-01'), outcome: 'completed' }],
 * }); // 'completed'
 * ```
 * @category Windows
 */
export function occurrenceState(
  occurrence: Occurrence,
  options: OccurrenceStateOptions,
): OccurrenceState {
  requireOptionsObject(occurrence, 'occurrence');
  requireOptionsObject(options);
  const { asOf } = options;
  // O(1) checks: a state compared against `undefined` would be a silent wrong answer.
  requireDate(asOf, ['asOf']);
  for (const field of WINDOW_FIELDS) requireDate(occurrence[field], ['occurrence', field]);
  const records = options.records ?? [];
  if (!Array.isArray(records))
    throw new GuanaiError([
      issue('invalid_argument', ['records'], { name: 'records', rule: 'array' }),
    ]);
  let recorded: OccurrenceOutcome['outcome'] | undefined;
  for (const [index, record] of records.entries()) {
    if (typeof record !== 'object' || record === null)
      throw new GuanaiError([
        issue('invalid_argument', ['records', index], { name: 'records', rule: 'object' }),
      ]);
    requireDate(record.on, ['records', index, 'on']);
    if (record.occurrenceKey !== occurrence.key || record.on > asOf) continue;
    if (record.outcome === 'completed') return 'completed';
    if (record.outcome === 'cancelled' || recorded === undefined) recorded = record.outcome;
  }
  if (recorded) return recorded;
  if (asOf < occurrence.openFrom) return 'upcoming';
  if (asOf < occurrence.due) return 'open';
  if (asOf < occurrence.overdueFrom) return 'due';
  if (asOf <= occurrence.expiresAt) return 'overdue';
  return 'expired';
}
