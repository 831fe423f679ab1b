import { jsonTypeOf } from '../_lib/jsonTypeOf.js';
import type { CategoryKey } from '../eligibility/index.js';
import { GuanaiError, type Issue, issue } from '../errors/index.js';
import type { DutyKey, DutySubject, PlainDate, Programme, RegionCode } from '../models/index.js';
import type { VisitKind } from '../recurrence/index.js';
import type { Party } from './party.js';

/**
 * The parameters of each kind of task, by kind. A task is one piece of follow-up work with an
 * owner and a deadline; its kind says what to do and its parameters say about what:
 * - `visitDue` / `visitOverdue` — a planned visit of a duty the owner holds, open or late (spec §5);
 * - `trackingContact` — the next contact with an elder to be tracked at all times (随时跟踪, spec
 *   §2 R3 · S14 L379), `cadenceDays` after the last one;
 * - `notifyFamily` / `reportToTownship` — the village committee's two acts for a 重点帮扶对象
 *   (spec §2 R2 · S14 L369 「及时通知并督促其子女……同时报告乡镇人民政府」);
 * - `arrangeEntrustment` — children away with no capable carer entrusted (spec §2 R6 · S14 L367);
 * - `verifyFact` — a fact to check (核实) that would settle `categories` now `unknown`;
 * - `caseStep` / `caseStepLate` — the next step of an incident case, or a step past its deadline
 *   escalated one level up (spec §2 R4, R10);
 * - `referralAction` — a referral to a programme waiting on its owner (spec §8).
 * @category Follow-up
 */
export interface TaskParams {
  visitDue: {
    occurrenceKey: string;
    visitKind: VisitKind;
    duty: DutyKey | null;
    windowEnd: PlainDate;
  };
  visitOverdue: {
    occurrenceKey: string;
    visitKind: VisitKind;
    duty: DutyKey | null;
    daysOverdue: number;
  };
  trackingContact: { lastContact: PlainDate | null; cadenceDays: number };
  notifyFamily: Record<string, never>;
  reportToTownship: Record<string, never>;
  arrangeEntrustment: Record<string, never>;
  verifyFact: { fact: string; categories: readonly CategoryKey[] };
  caseStep: { caseId: string; step: string };
  caseStepLate: { caseId: string; step: string; daysLate: number; lateOwner: Party };
  referralAction: { referralId: string; programme: Programme; state: string };
}

/**
 * What a task asks for (see {@link TaskParams}).
 * @category Follow-up
 */
export type TaskKind = keyof TaskParams;

/**
 * How urgent a task is, 0 first: 0 an incident case (spec §2 R4, the text's 「及时」), 1 a
 * 重点帮扶对象's family and township (R2) or a late step, 2 tracking at all times (R3) and
 * overdue visits, 3 visits due, entrustment and referrals, 4 verification. The text's own order
 * of tiers (spec §2 「Suggested tiering」), with routine work last.
 * @category Follow-up
 */
export type TaskPriority = 0 | 1 | 2 | 3 | 4;

/**
 * One piece of follow-up work: who owns it, about whom, since when and by when, why (`kind`,
 * `params`, the `rule` that raised it and its `source` in the policy texts), and how urgent it
 * is. Tasks are derived, never stored: the same inputs give the same tasks with the same `id`,
 * and a task whose cause has gone (the fact was filled in, the step was taken, the visit made)
 * is simply no longer produced.
 *
 * @example
 * ```ts
 * const task: Task = {
 *   id: 'trackingContact/E-1', kind: 'trackingContact', priority: 2,
 *   owner: { kind: 'caregiver', caregiverId: CaregiverId.parse('C-7') },
 *   subject: { kind: 'elder', id: ElderId.parse('E-1') }, villageCode: RegionCode.parse('530325101203'),
 *   since: plainDate('2026-06-01'), due: plainDate('2026-06-08'),
 *   params: { lastContact: plainDate('2026-06-01'), cadenceDays: 7 },
 *   rule: 'trackContinuously', source: 'spec §2 R3 · S14 L379',
 * };
 * ```
 * @category Follow-up
 */
export type Task<K extends TaskKind = TaskKind> = {
  [T in K]: {
    readonly id: string;
    readonly kind: T;
    readonly priority: TaskPriority;
    readonly owner: Party;
    readonly subject: DutySubject;
    /** The village of the subject's home: where area lists find the task. */
    readonly villageCode: RegionCode;
    /** The day the work became due to be done (the cause began). */
    readonly since: PlainDate;
    /** The deadline: late after this day. */
    readonly due: PlainDate;
    readonly params: TaskParams[T];
    /** The rule that raised it: a category, a case step, a referral rule or a visit plan. */
    readonly rule: string;
    /** Where the rule comes from, e.g. `spec §2 R3 · S14 L379`. */
    readonly source: string;
    /**
     * Order among tasks of the same priority and deadline, lowest first (default 0): a fact
     * that would settle more answers is asked first.
     */
    readonly rank?: number;
  };
}[K];

/**
 * The order of a to-do list: most urgent first, then the earliest deadline, then the lowest
 * rank, then by id — a total order, so a list sorts the same on every host. A value without the
 * fields it reads (`priority`, `due`, `id`, `rank`) is `invalid_type` at its path (`['a',
 * 'due']`), not a TypeError.
 *
 * @example
 * ```ts
 * tasks.sort(compareTasks);
 * ```
 * @category Follow-up
 */
export function compareTasks(a: Task, b: Task): number {
  // A sort comparator runs n log n times: type checks, not a parse.
  const bad = sortIssue(a, 'a') ?? sortIssue(b, 'b');
  if (bad) throw new GuanaiError([bad]);
  if (a.priority !== b.priority) return a.priority - b.priority;
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  const rank = (a.rank ?? 0) - (b.rank ?? 0);
  if (rank !== 0) return rank;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The fields the order reads, and their types. */
const SORT_FIELDS = [
  ['priority', 'number'],
  ['due', 'string'],
  ['id', 'string'],
] as const;

function sortIssue(task: unknown, name: 'a' | 'b'): Issue | undefined {
  if (typeof task !== 'object' || task === null)
    return issue('invalid_type', [name], { expected: 'object', received: jsonTypeOf(task) });
  const fields = task as Record<string, unknown>;
  for (const [field, expected] of SORT_FIELDS)
    if (typeof fields[field] !== expected)
      return issue('invalid_type', [name, field], {
        expected,
        received: jsonTypeOf(fields[field]),
      });
  if (fields.rank !== undefined && typeof fields.rank !== 'number')
    return issue('invalid_type', [name, 'rank'], {
      expected: 'number',
      received: jsonTypeOf(fields.rank),
    });
  return undefined;
}
