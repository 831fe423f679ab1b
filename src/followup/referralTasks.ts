import {
  arrayIssue,
  diagnosed,
  elementsIssue,
  objectIssue,
  plainDateIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import { jsonTypeOf } from '../_lib/jsonTypeOf.js';
import { type Issue, issue } from '../errors/index.js';
import type { PlainDate } from '../models/index.js';
import type { Referral } from './referral.js';
import { compareTasks, type Task } from './task.js';

/** Options of {@link referralTasks}. @category Referrals */
export interface ReferralTasksOptions {
  /** The day of the list: a referral that was not yet waiting on anyone then gives no task. */
  readonly asOf: PlainDate;
}

/**
 * The work referrals wait for, as tasks (`referralAction`, priority 3): one for each referral
 * still open on `asOf` — a suggestion whose application the village committee is to help file,
 * an application the township is to decide — owned by whoever acts next, due on the step's
 * deadline, with id `referralAction/<referralId>/<state>`, so a task closes by itself when the
 * referral moves on. A decided or withdrawn referral gives none. Sorted by {@link compareTasks}.
 *
 * Throws {@link errors!GuanaiError} (`invalid_argument`) when `referrals` is not a list,
 * `options` not an object or `asOf` not a real date; a referral that is not one is
 * `invalid_type` at its path (`['referrals', 3]`).
 *
 * @example
 * ```ts
 * const tasks = referralTasks(referrals, { asOf: plainDate('2026-04-30') });
 * tasks[0].kind;  // 'referralAction'
 * tasks[0].owner; // { kind: 'body', body: 'villageCommittee', areaCode: '530325101203' }
 * ```
 * @category Referrals
 */
export function referralTasks(
  referrals: readonly Referral[],
  options: ReferralTasksOptions,
): Task<'referralAction'>[] {
  throwIssues([arrayIssue(referrals, 'referrals'), objectIssue(options, 'options')]);
  throwIssues([plainDateIssue(options.asOf, 'asOf')]);
  return diagnosed(
    'referralTasks',
    () => tasksOf(referrals, options.asOf),
    () => elementsIssue(referrals, 'referrals', REFERRAL_FIELDS) ?? nextIssue(referrals),
  );
}

const REFERRAL_FIELDS = {
  id: 'string',
  elderId: 'string',
  programme: 'string',
  rule: 'string',
  source: 'string',
  state: 'string',
  villageCode: 'string',
  'next.owner': 'object?',
  'next.since': 'string?',
  'next.due': 'string?',
} as const;

/** The first referral whose `next` is neither `null` nor an object. */
function nextIssue(referrals: readonly Referral[]): Issue | undefined {
  for (const [index, { next }] of referrals.entries())
    if (typeof next !== 'object')
      return issue('invalid_type', ['referrals', index, 'next'], {
        expected: 'object',
        received: jsonTypeOf(next),
      });
  return undefined;
}

function tasksOf(referrals: readonly Referral[], asOf: PlainDate): Task<'referralAction'>[] {
  const tasks: Task<'referralAction'>[] = [];
  for (const referral of referrals) {
    const { next, state } = referral;
    if (next === null || next.since > asOf) continue;
    tasks.push({
      id: `referralAction/${referral.id}/${state}`,
      kind: 'referralAction',
      priority: 3,
      owner: next.owner,
      subject: { kind: 'elder', id: referral.elderId },
      villageCode: referral.villageCode,
      since: next.since,
      due: next.due,
      params: { referralId: referral.id, programme: referral.programme, state },
      rule: referral.rule,
      source: referral.source,
    });
  }
  return tasks.sort(compareTasks);
}
