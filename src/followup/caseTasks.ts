import {
  arrayIssue,
  diagnosed,
  elementsIssue,
  objectIssue,
  plainDateIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import { type Issue, prefixIssues } from '../errors/index.js';
import { addDays, daysBetween, type PlainDate, type RegionCode } from '../models/index.js';
import type { CaseStepDue, IncidentCase } from './incidentCase.js';
import { bodyOf, type Party } from './party.js';
import type { Task } from './task.js';

/** Options of {@link caseTasks}. @category Cases */
export interface CaseTasksOptions {
  /** The day of the to-do list: a step past its deadline on this day is late. */
  readonly asOf: PlainDate;
}

/**
 * The tasks of open incident cases on `asOf`: a `caseStep` task (priority 0) for each step
 * still to take, owned by that step's owner, from the day it became possible to its deadline;
 * and for a step past its deadline, a `caseStepLate` task (priority 1) for the body one level
 * up — a caregiver's or the 组 cadres' to the village committee, the village committee's to the
 * township, the township's to the county; the county's own late steps stay with the county —
 * with `daysLate` and the `lateOwner`. The late task is due the day it arises (our choice: the
 * body above steps in at once). A closed case yields no task; a step that becomes possible only
 * after `asOf` yields none yet. Ids are stable: `caseStep/<caseId>/<step>`,
 * `caseStepLate/<caseId>/<step>`.
 *
 * Deadlines come from the cases (`replayCases` with its step rules), so the two cannot
 * disagree. A bad argument is one `GuanaiError`.
 *
 * @example
 * ```ts
 * const { cases } = replayCases({ events, elders }, { asOf });
 * const tasks = caseTasks(cases, { asOf }).sort(compareTasks);
 * ```
 * @category Cases
 */
export function caseTasks(
  cases: readonly IncidentCase[],
  options: CaseTasksOptions,
): Task<'caseStep' | 'caseStepLate'>[] {
  throwIssues([arrayIssue(cases, 'cases'), objectIssue(options, 'options')]);
  throwIssues([plainDateIssue(options.asOf, 'asOf')]);
  return diagnosed(
    'caseTasks',
    () => cases.flatMap((one) => tasksOf(one, options.asOf)),
    () => elementsIssue(cases, 'cases', CASE_FIELDS) ?? pendingIssue(cases),
  );
}

const CASE_FIELDS = {
  id: 'string',
  elderId: 'string',
  villageCode: 'string',
  pending: 'array',
} as const;
const STEP_FIELDS = {
  step: 'string',
  owner: 'object',
  since: 'string',
  due: 'string',
  source: 'string',
} as const;

/** The first step due of a case that is not of its shape, at its path inside the cases. */
function pendingIssue(cases: readonly IncidentCase[]): Issue | undefined {
  for (const [index, one] of cases.entries()) {
    const found = elementsIssue(one.pending, 'pending', STEP_FIELDS);
    if (found) return prefixIssues([found], ['cases', index])[0];
  }
  return undefined;
}

function tasksOf(one: IncidentCase, asOf: PlainDate): Task<'caseStep' | 'caseStepLate'>[] {
  const tasks: Task<'caseStep' | 'caseStepLate'>[] = [];
  const rule = one.incident ? 'leftBehindIncidentReport' : 'mutualAidGroupMustReport';
  const about = {
    subject: { kind: 'elder', id: one.elderId },
    villageCode: one.villageCode,
    rule,
  } as const;
  for (const due of one.pending) {
    if (due.since > asOf) continue;
    tasks.push({
      id: `caseStep/${one.id}/${due.step}`,
      kind: 'caseStep',
      priority: 0,
      owner: due.owner,
      ...about,
      since: due.since,
      due: due.due,
      params: { caseId: one.id, step: due.step },
      source: due.source,
    });
    if (asOf > due.due) tasks.push(lateTask(one, due, asOf, about));
  }
  return tasks;
}

function lateTask(
  one: IncidentCase,
  due: CaseStepDue,
  asOf: PlainDate,
  about: Pick<Task, 'subject' | 'villageCode' | 'rule'>,
): Task<'caseStepLate'> {
  const lateFrom = addDays(due.due, 1);
  return {
    id: `caseStepLate/${one.id}/${due.step}`,
    kind: 'caseStepLate',
    priority: 1,
    owner: oneLevelUp(due.owner, one.villageCode),
    ...about,
    since: lateFrom,
    due: lateFrom,
    params: {
      caseId: one.id,
      step: due.step,
      daysLate: daysBetween(due.due, asOf),
      lateOwner: due.owner,
    },
    source: due.source,
  };
}

/** The body above an owner: caregiver and 组 cadres → village → township → county (which stays). */
function oneLevelUp(owner: Party, villageCode: RegionCode): Party {
  if (owner.kind === 'caregiver') return bodyOf('villageCommittee', villageCode);
  switch (owner.body) {
    case 'groupCadre':
      return bodyOf('villageCommittee', villageCode);
    case 'villageCommittee':
      return bodyOf('townshipGovernment', villageCode);
    default:
      return bodyOf('countyCivilAffairs', villageCode);
  }
}
