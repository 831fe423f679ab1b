import { jsonTypeOf } from '../_lib/jsonTypeOf.js';
import { GuanaiError, type Issue, issue } from '../errors/index.js';
import type { PlainDate } from '../models/index.js';
import type { FactUpdate, FactUpdateRejection } from './factUpdate.js';

/**
 * Which day places an update on the elder's timeline: the day the fact became true (`fact`,
 * its `on`: the elder's true history), or the day the ledger learnt it (`record`, its
 * `recordedOn`: the 台账's own history, in which a fact reported late changes the ledger the day
 * it is written down).
 * @category Fact updates
 */
export type FactTimeline = 'fact' | 'record';

/** The day an update takes effect on `timeline`. @internal */
export const effectiveDay = (update: FactUpdate, timeline: FactTimeline): PlainDate =>
  timeline === 'fact' ? update.on : update.recordedOn;

const isRegister = (update: FactUpdate) => update.changes[0]?.op === 'register';

/**
 * The order in which updates are applied, whatever order they arrive in: by the day the fact
 * became true (`on`), registrations of new elders first on their day (an elder must be in the
 * ledger before facts about them), then by the day written down, then by id — a total order
 * on ids, so that every host applies the same updates the same way. With `timeline: 'record'`
 * the day written down comes first.
 * A value without the fields the order reads (`on`, `recordedOn`, `id`, `changes`) is
 * `invalid_type` at its path (`['a', 'on']`), a timeline not `fact` or `record` `invalid_value`.
 * @example
 * ```ts
 * const ordered = [...updates].sort((a, b) => compareFactUpdates(a, b));
 * ```
 * @category Fact updates
 */
export function compareFactUpdates(
  a: FactUpdate,
  b: FactUpdate,
  timeline: FactTimeline = 'fact',
): number {
  // A sort comparator runs n log n times: type checks, not a parse.
  const bad =
    sortIssue(a, 'a') ??
    sortIssue(b, 'b') ??
    (timeline === 'fact' || timeline === 'record'
      ? undefined
      : issue('invalid_value', ['timeline'], { allowed: ['fact', 'record'] }));
  if (bad) throw new GuanaiError([bad]);
  return compareChecked(a, b, timeline);
}

/** The order of {@link compareFactUpdates}, for updates already checked. */
function compareChecked(a: FactUpdate, b: FactUpdate, timeline: FactTimeline): number {
  const dayA = effectiveDay(a, timeline);
  const dayB = effectiveDay(b, timeline);
  if (dayA !== dayB) return dayA < dayB ? -1 : 1;
  const registerA = isRegister(a);
  if (registerA !== isRegister(b)) return registerA ? -1 : 1;
  const [otherA, otherB] = timeline === 'fact' ? [a.recordedOn, b.recordedOn] : [a.on, b.on];
  if (otherA !== otherB) return otherA < otherB ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The fields the order reads, and their types. */
const SORT_FIELDS = [
  ['on', 'string'],
  ['recordedOn', 'string'],
  ['id', 'string'],
  ['changes', 'array'],
] as const;

function sortIssue(update: unknown, name: 'a' | 'b'): Issue | undefined {
  if (typeof update !== 'object' || update === null)
    return issue('invalid_type', [name], { expected: 'object', received: jsonTypeOf(update) });
  const fields = update as Record<string, unknown>;
  for (const [field, expected] of SORT_FIELDS) {
    const received = jsonTypeOf(fields[field]);
    if (received !== expected) return issue('invalid_type', [name, field], { expected, received });
  }
  return undefined;
}

/** An update and its position in the input. @internal */
export interface IndexedUpdate {
  readonly update: FactUpdate;
  readonly index: number;
}

/**
 * The updates in the order they apply, and every update whose id an update applied before it
 * already has (`duplicate_id`). Which of two updates with one id is kept does not depend on
 * the order they arrive in: the first in {@link compareFactUpdates}' order, then the one whose
 * content sorts first. Identical copies keep one.
 * @internal
 */
export function orderUpdates(
  updates: readonly FactUpdate[],
  timeline: FactTimeline,
): { ordered: IndexedUpdate[]; duplicates: FactUpdateRejection[] } {
  // One sort key per update, compared as text: the order of compareFactUpdates, at a
  // fraction of the cost of calling it n log n times.
  const keyed = updates.map((update, index) => ({ update, index, key: sortKey(update, timeline) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const sorted: IndexedUpdate[] = keyed;
  if (keyed.some((entry, i) => i > 0 && entry.key === keyed[i - 1]?.key))
    sortTies(sorted, timeline);
  const ordered: IndexedUpdate[] = [];
  const duplicates: FactUpdateRejection[] = [];
  const firstIndex = new Map<string, number>();
  for (const { update, index } of sorted) {
    const first = firstIndex.get(update.id);
    if (first === undefined) {
      firstIndex.set(update.id, index);
      ordered.push({ update, index });
    } else
      duplicates.push({
        update,
        index,
        issues: [issue('duplicate_id', ['id'], { id: update.id, firstPath: [first, 'id'] })],
      });
  }
  duplicates.sort((a, b) => a.index - b.index);
  return { ordered, duplicates };
}

/** {@link compareFactUpdates}' order as text: dates are of one length, the id comes last. */
function sortKey(update: FactUpdate, timeline: FactTimeline): string {
  const [day, other] =
    timeline === 'fact' ? [update.on, update.recordedOn] : [update.recordedOn, update.on];
  return `${day}${isRegister(update) ? '0' : '1'}${other}${update.id}`;
}

/** Updates with one id on one day: by content, so that the one kept is the same on every host. */
function sortTies(sorted: IndexedUpdate[], timeline: FactTimeline): void {
  const content = new Map<FactUpdate, string>();
  const text = (update: FactUpdate) => {
    let found = content.get(update);
    if (found === undefined) {
      found = JSON.stringify(update);
      content.set(update, found);
    }
    return found;
  };
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    const a = sorted[start] as IndexedUpdate;
    const b = sorted[i];
    if (b && compareChecked(a.update, b.update, timeline) === 0) continue;
    if (i - start > 1) {
      const run = sorted.slice(start, i).sort((x, y) => {
        const [tx, ty] = [text(x.update), text(y.update)];
        return tx < ty ? -1 : tx > ty ? 1 : x.index - y.index;
      });
      sorted.splice(start, run.length, ...run);
    }
    start = i;
  }
}
