import * as z from 'zod';
import {
  arrayIssue,
  objectIssue,
  plainDateIssue,
  setIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import { type Issue, issue } from '../errors/index.js';
import { type InvalidRow, PlainDate, parseRows } from '../models/index.js';
import { Party } from './party.js';
import type { TaskKind } from './task.js';

/**
 * The kinds of task a {@link TaskCompletion} closes: the village committee's one-off acts (spec
 * §2 R2 notify the family and report to the township, R6 see a carer entrusted) and a contact
 * with an elder tracked at all times (R3) made outside the visit log. Visits are closed by
 * visit records, verification by filling the fact, cases and referrals by their events.
 *
 * @example
 * ```ts
 * COMPLETABLE_KINDS.includes('notifyFamily'); // true
 * ```
 * @category Follow-up
 */
export const COMPLETABLE_KINDS = [
  'notifyFamily',
  'reportToTownship',
  'arrangeEntrustment',
  'trackingContact',
] as const satisfies readonly TaskKind[];

/**
 * A record that a task was done: the task's `id` (`notifyFamily/E-1`), the day, who did it
 * (a caregiver or a body) and a note. Appended, never edited: a task raised again later (the
 * flag ended and came back) needs a completion dated on or after its new `since`.
 *
 * @example
 * ```ts
 * TaskCompletion.parse({
 *   taskId: 'notifyFamily/E-1', on: '2026-06-02',
 *   by: { kind: 'body', body: 'villageCommittee', areaCode: '530325101203' },
 *   note: '已电话通知长子',
 * });
 * ```
 * @category Follow-up
 */
export const TaskCompletion = /* @__PURE__ */ z.strictObject({
  taskId: z.string().trim().min(1).max(300),
  on: PlainDate,
  by: Party,
  note: z.string().max(2000).optional(),
});
/** @category Follow-up */
export type TaskCompletion = z.infer<typeof TaskCompletion>;

/** Options of {@link parseTaskCompletions}. @category Follow-up */
export interface ParseTaskCompletionsOptions {
  /** No completion may be dated after this day (work is recorded once done). */
  readonly asOf: PlainDate;
  /** The ledger's elder ids, when the task must be about a known elder. */
  readonly elderIds?: ReadonlySet<string>;
}

/**
 * The completions accepted, and every bad row with its index and coded issues.
 * @category Follow-up
 */
export interface ParsedTaskCompletions {
  readonly completions: readonly TaskCompletion[];
  readonly invalid: readonly InvalidRow[];
}

const COMPLETABLE: ReadonlySet<string> = new Set(COMPLETABLE_KINDS);

/**
 * Validate a batch of task completions from an app: each against {@link TaskCompletion}, its
 * task of a kind a completion closes (`invalid_value` at `taskId`, see
 * {@link COMPLETABLE_KINDS}), not dated after `asOf` (`date_after_as_of`), and about a known
 * elder when `elderIds` is given (`unknown_reference`). Good rows are kept; every bad row comes
 * back with its index and coded issues — none is dropped silently. Two completions of one task
 * are both kept: a task raised again needs a new one.
 *
 * A bad argument is one `GuanaiError`: `rows` not a list, `asOf` not a real date, `elderIds`
 * without `has`.
 *
 * @example
 * ```ts
 * const { completions, invalid } = parseTaskCompletions(rows, { asOf: plainDate('2026-06-30') });
 * ```
 * @category Follow-up
 */
export function parseTaskCompletions(
  rows: readonly unknown[],
  options: ParseTaskCompletionsOptions,
): ParsedTaskCompletions {
  throwIssues([arrayIssue(rows, 'rows'), objectIssue(options, 'options')]);
  const { asOf, elderIds } = options;
  throwIssues([plainDateIssue(asOf, 'asOf'), setIssue(elderIds, 'elderIds', { optional: true })]);
  const parsed = parseRows(TaskCompletion, rows);
  const invalid: InvalidRow[] = [...parsed.invalid];
  const completions: TaskCompletion[] = [];
  parsed.valid.forEach((completion, position) => {
    const index = parsed.validIndexes[position] as number;
    const issues: Issue[] = [];
    const slash = completion.taskId.indexOf('/');
    const kind = slash < 0 ? completion.taskId : completion.taskId.slice(0, slash);
    const elderId = slash < 0 ? '' : completion.taskId.slice(slash + 1);
    if (!COMPLETABLE.has(kind) || elderId === '')
      issues.push(issue('invalid_value', ['taskId'], { allowed: COMPLETABLE_KINDS }));
    else if (elderIds && !elderIds.has(elderId))
      issues.push(issue('unknown_reference', ['taskId'], { kind: 'elder', id: elderId }));
    if (completion.on > asOf)
      issues.push(issue('date_after_as_of', ['on'], { date: completion.on, asOf }));
    if (issues.length > 0) invalid.push({ index, issues });
    else completions.push(completion);
  });
  invalid.sort((a, b) => a.index - b.index);
  return { completions, invalid };
}

/**
 * The days each task was completed, in order, from completions checked for shape: built once,
 * asked per task. `doneBetween` says whether one falls in `from`–`to`; `lastBy` gives the last on
 * or before a day.
 * @internal
 */
export function completionIndex(completions: readonly TaskCompletion[]) {
  const days = new Map<string, PlainDate[]>();
  for (const completion of completions) {
    const list = days.get(completion.taskId);
    if (list) list.push(completion.on);
    else days.set(completion.taskId, [completion.on]);
  }
  for (const list of days.values()) list.sort();
  return {
    doneBetween(taskId: string, from: PlainDate, to: PlainDate): boolean {
      return (days.get(taskId) ?? []).some((day) => from <= day && day <= to);
    },
    lastBy(taskId: string, day: PlainDate): PlainDate | undefined {
      let last: PlainDate | undefined;
      for (const done of days.get(taskId) ?? []) if (done <= day) last = done;
      return last;
    },
  };
}
