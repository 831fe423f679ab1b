import {
  arrayIssue,
  diagnosed,
  elementsIssue,
  objectIssue,
  plainDateIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import {
  type CoverageInput,
  matchIssue,
  matchRecords,
  type RecordMatch,
  whoAnswers,
} from '../compliance/index.js';
import { GuanaiError, type Issue, issue } from '../errors/index.js';
import {
  addDays,
  type DutyKey,
  daysBetween,
  type ElderId,
  type PlainDate,
  type RegionCode,
} from '../models/index.js';
import { type Occurrence, occurrenceState } from '../recurrence/index.js';
import { checkedRules, type FollowUpRules } from './followUpPolicy.js';
import { bodyOf, type Party } from './party.js';
import { compareTasks, type Task } from './task.js';

/**
 * What {@link visitTasks} reads: the same as coverage — the planned visits, the visit records,
 * the elders (for their villages), the pairings (for each duty's holder), the duty table, the
 * schedule `planVisits` made (a deputy it named), and a match already made.
 * @category To-do lists
 */
export type VisitTaskInput = CoverageInput;

/** Options of {@link visitTasks}. @category To-do lists */
export interface VisitTaskOptions {
  readonly asOf: PlainDate;
  /** The rules (default `DEFAULT_FOLLOW_UP_RULES`): which visits not done are still to be made. */
  readonly rules?: FollowUpRules;
}

/**
 * The planned visits still to be made on `asOf`, as tasks: one per visit of an elder whose
 * window is open on `asOf` and that is not completed — `visitDue` (priority 3) while it is
 * open or due, `visitOverdue` (priority 2, with `daysOverdue` past its deadline) once overdue.
 * States are `occurrenceState`'s on the records matched by `matchRecords` (a duty's visit done
 * only by its holder or the planned deputy), so the to-do list, coverage and escalation agree.
 * A visit recorded as not done is still to be made while its window is open when its reason is
 * one of `rules.visits.retryNotDone` (default: not at home, away for treatment, call not
 * connected, other — not a refusal). Expired, cancelled and completed visits yield nothing:
 * escalation handles expiry.
 *
 * Owned by the caregiver who answers for the visit (`whoAnswers`: the schedule's caregiver —
 * the holder or a deputy — else the plan's, else the duty's holder on the day it is due, else
 * the elder's primary), else the village committee of the elder's village. Id
 * `visit/<occurrenceKey>` (the same while due and overdue); `since` the day its window opened,
 * `due` the day before it falls overdue.
 *
 * Checked at entry, as one `GuanaiError`: the input and its lists, `asOf`, the rules, the duty
 * table; a visit of an elder not in `elders` is `unknown_reference` at its index.
 *
 * @example
 * ```ts
 * const tasks = visitTasks({ occurrences, records, elders, pairings, scheduled: schedule.visits }, { asOf });
 * tasks.filter((t) => t.kind === 'visitOverdue').length;
 * ```
 * @category To-do lists
 */
export function visitTasks(
  input: VisitTaskInput,
  options: VisitTaskOptions,
): Task<'visitDue' | 'visitOverdue'>[] {
  throwIssues([objectIssue(input, 'input'), objectIssue(options, 'options')]);
  throwIssues([
    arrayIssue(input.occurrences, 'occurrences'),
    arrayIssue(input.records, 'records'),
    arrayIssue(input.elders, 'elders', { optional: true }),
    arrayIssue(input.pairings, 'pairings', { optional: true }),
    arrayIssue(input.duties, 'duties', { optional: true }),
    arrayIssue(input.scheduled, 'scheduled', { optional: true }),
    objectIssue(input.match, 'match', { optional: true }),
    plainDateIssue(options.asOf, 'asOf'),
  ]);
  throwIssues([matchIssue(input.match, input.occurrences)]);
  const rules = checkedRules(options.rules);
  const answerer = whoAnswers({
    ...(input.pairings ? { pairings: input.pairings } : {}),
    ...(input.duties ? { duties: input.duties } : {}),
    ...(input.scheduled ? { scheduled: input.scheduled } : {}),
  });
  return diagnosed(
    'visitTasks',
    () => visitsChecked(input, options.asOf, rules, answerer),
    () =>
      elementsIssue(input.occurrences, 'occurrences', OCCURRENCE_FIELDS) ??
      elementsIssue(input.elders ?? [], 'elders', ELDER_FIELDS) ??
      elementsIssue(input.pairings ?? [], 'pairings', PAIRING_FIELDS),
  );
}

const OCCURRENCE_FIELDS = {
  key: 'string',
  subject: 'string',
  subjectKind: 'string',
  planId: 'string',
  kind: 'string',
  channel: 'string',
  who: 'object',
  'who.role': 'string?',
  'who.caregiverId': 'string?',
  openFrom: 'string',
  due: 'string',
  overdueFrom: 'string',
  expiresAt: 'string',
} as const;
/** What the owner of a visit is found by, of each pairing. */
const PAIRING_FIELDS = {
  elderId: 'string',
  status: 'string',
  validFrom: 'string',
  validTo: 'string?',
  duty: 'string?',
  members: 'array',
} as const;
const ELDER_FIELDS = {
  id: 'string',
  residence: 'object',
  'residence.villageCode': 'string',
} as const;

function visitsChecked(
  input: VisitTaskInput,
  asOf: PlainDate,
  rules: FollowUpRules,
  answerer: ReturnType<typeof whoAnswers>,
): Task<'visitDue' | 'visitOverdue'>[] {
  const match = input.match ?? matchOf(input);
  const villageOf = new Map<string, RegionCode>();
  for (const elder of input.elders ?? []) villageOf.set(elder.id, elder.residence.villageCode);
  const retry: ReadonlySet<string> = new Set(rules.visits.retryNotDone);
  const tasks: Task<'visitDue' | 'visitOverdue'>[] = [];
  const unknown: Issue[] = [];
  input.occurrences.forEach((occurrence, index) => {
    // Only a visit whose window is open on asOf can be still to make: skip the rest at once.
    if (occurrence.subjectKind !== 'elder') return;
    if (occurrence.openFrom > asOf || occurrence.expiresAt < asOf) return;
    const state = stateOf({ occurrence, at: index }, asOf, match, retry);
    if (state !== 'open' && state !== 'due' && state !== 'overdue') return;
    const villageCode = villageOf.get(occurrence.subject);
    if (villageCode === undefined) {
      unknown.push(
        issue('unknown_reference', ['occurrences', index, 'subject'], {
          kind: 'elder',
          id: occurrence.subject,
        }),
      );
      return;
    }
    tasks.push(visitTask(occurrence, state, asOf, villageCode, answerer));
  });
  if (unknown.length > 0) throw new GuanaiError(unknown);
  return tasks.sort(compareTasks);
}

function matchOf(input: VisitTaskInput): RecordMatch {
  return matchRecords(input.occurrences, input.records, {
    ...(input.pairings ? { pairings: input.pairings } : {}),
    ...(input.duties ? { duties: input.duties } : {}),
    ...(input.scheduled ? { scheduled: input.scheduled } : {}),
  });
}

/** The visit's state; a visit not done for a reason worth retrying keeps its window's state. */
function stateOf(
  { occurrence, at }: { readonly occurrence: Occurrence; readonly at: number },
  asOf: PlainDate,
  match: RecordMatch,
  retry: ReadonlySet<string>,
) {
  const records = match.outcomesOf[at];
  const state = occurrenceState(occurrence, records ? { asOf, records } : { asOf });
  if (state !== 'notDone') return state;
  let reason: string | undefined;
  for (const entry of match.notDoneReasons[at] ?? []) if (entry.on <= asOf) reason = entry.reason;
  return retry.has(reason ?? 'other') ? occurrenceState(occurrence, { asOf }) : state;
}

function visitTask(
  occurrence: Occurrence,
  state: 'open' | 'due' | 'overdue',
  asOf: PlainDate,
  villageCode: RegionCode,
  answerer: ReturnType<typeof whoAnswers>,
): Task<'visitDue' | 'visitOverdue'> {
  const caregiverId = answerer.caregiverOf(occurrence);
  const owner: Party = caregiverId
    ? { kind: 'caregiver', caregiverId }
    : bodyOf('villageCommittee', villageCode);
  const duty = answerer.dutyOf(occurrence);
  const deadline = addDays(occurrence.overdueFrom, -1);
  const common = {
    id: `visit/${occurrence.key}`,
    owner,
    subject: { kind: 'elder' as const, id: occurrence.subject as ElderId },
    villageCode,
    since: occurrence.openFrom,
    due: deadline,
    rule: occurrence.planId,
    source: duty ? sourceOf(duty.citation) : 'spec §5.1',
  };
  const dutyKey = (duty?.key as DutyKey | undefined) ?? null;
  return state === 'overdue'
    ? {
        ...common,
        kind: 'visitOverdue',
        priority: 2,
        params: {
          occurrenceKey: occurrence.key,
          visitKind: occurrence.kind,
          duty: dutyKey,
          daysOverdue: daysBetween(deadline, asOf),
        },
      }
    : {
        ...common,
        kind: 'visitDue',
        priority: 3,
        params: {
          occurrenceKey: occurrence.key,
          visitKind: occurrence.kind,
          duty: dutyKey,
          windowEnd: occurrence.expiresAt,
        },
      };
}

/** A duty's citation as a task's source: `spec §3.1, §5.1 K01 · S18 L515`. */
function sourceOf(citation: {
  readonly spec: string;
  readonly source?: string | undefined;
}): string {
  const spec = citation.spec.startsWith('spec') ? citation.spec : `spec ${citation.spec}`;
  return citation.source ? `${spec} · ${citation.source}` : spec;
}
