import { diagnosed } from '../_lib/argumentGuards.js';
import type { CategoryKey } from '../eligibility/index.js';
import { addDays, type Elder } from '../models/index.js';
import { bodyOf } from './party.js';
import {
  checkRuleTaskArguments,
  diagnoseRuleInput,
  type RuleContext,
  type RuleTaskInput,
  type RuleTaskOptions,
  ruleContext,
} from './ruleTaskInput.js';
import { compareTasks, type Task, type TaskPriority } from './task.js';

/** The kinds of task {@link familyTasks} raises. @category Follow-up */
export type FamilyTaskKind = 'notifyFamily' | 'reportToTownship' | 'arrangeEntrustment';

/**
 * The village committee's acts for the family (spec §2 R2, R6), one task each:
 *
 * - a 重点帮扶对象 (`priorityAssistanceTarget` `yes`, S14 L369 「村民委员会要及时通知并督促其子女和
 *   其他家庭成员予以照顾,同时报告乡镇人民政府」): `notifyFamily` and `reportToTownship`, priority 1,
 *   both due `rules.family.days` (default 3, our choice) after the flag began — 「同时」, one
 *   deadline;
 * - children away with no capable carer entrusted (`entrustmentMissing` `yes`, S14 L367
 *   「应委托亲属等其他有能力的人代为照顾」): `arrangeEntrustment`, priority 3, due
 *   `rules.entrustment.days` (default 30, our choice) after.
 *
 * Owned by the village committee of the elder's village; ids `<kind>/<elderId>`. The flag began
 * on the day `flaggedSince` gives, else the elder's `updatedOn`, else `asOf`. A
 * {@link TaskCompletion} of the task's id dated from that day to `asOf` closes it; when the
 * flag ends the task is no longer produced, and when it comes back it needs a new completion.
 *
 * Checked at entry as `trackingTasks` is.
 *
 * @example
 * ```ts
 * const tasks = familyTasks({ elders, completions }, { asOf: plainDate('2026-06-30') });
 * tasks.map((t) => t.id); // ['notifyFamily/E-7', 'reportToTownship/E-7', 'arrangeEntrustment/E-2']
 * ```
 * @category Follow-up
 */
export function familyTasks(
  input: RuleTaskInput,
  options: RuleTaskOptions,
): Task<FamilyTaskKind>[] {
  checkRuleTaskArguments(input, options);
  return diagnosed(
    'familyTasks',
    () => familyChecked(input, options),
    () => diagnoseRuleInput(input),
  );
}

/** One kind of act: the flag that raises it, its priority, and its rule's days and source. */
interface Act {
  readonly kind: FamilyTaskKind;
  readonly flag: CategoryKey;
  readonly priority: TaskPriority;
  readonly rule: 'family' | 'entrustment';
}

const ACTS: readonly Act[] = [
  { kind: 'notifyFamily', flag: 'priorityAssistanceTarget', priority: 1, rule: 'family' },
  { kind: 'reportToTownship', flag: 'priorityAssistanceTarget', priority: 1, rule: 'family' },
  { kind: 'arrangeEntrustment', flag: 'entrustmentMissing', priority: 3, rule: 'entrustment' },
];

function familyChecked(input: RuleTaskInput, options: RuleTaskOptions): Task<FamilyTaskKind>[] {
  const context = ruleContext(input, options);
  const tasks: Task<FamilyTaskKind>[] = [];
  input.elders.forEach((elder, index) => {
    const statuses = context.statusesOf(elder, index);
    for (const act of ACTS) {
      if (statuses[act.flag] !== 'yes') continue;
      const task = actTask(context, elder, act);
      if (task) tasks.push(task);
    }
  });
  return tasks.sort(compareTasks);
}

function actTask(context: RuleContext, elder: Elder, act: Act): Task<FamilyTaskKind> | undefined {
  const { asOf, rules, completions } = context;
  const id = `${act.kind}/${elder.id}`;
  const since = context.sinceOf(elder, [act.flag]);
  if (completions.doneBetween(id, since, asOf)) return undefined;
  const { days, source } = rules[act.rule];
  return {
    id,
    kind: act.kind,
    priority: act.priority,
    owner: bodyOf('villageCommittee', elder.residence.villageCode),
    subject: { kind: 'elder', id: elder.id },
    villageCode: elder.residence.villageCode,
    since,
    due: addDays(since, days),
    params: {},
    rule: act.flag,
    source,
  } as Task<FamilyTaskKind>;
}
