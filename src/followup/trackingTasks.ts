import {
  arrayIssue,
  diagnosed,
  elementsIssue,
  objectIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import { currentRecords, type RecordMatch, type VisitRecord } from '../compliance/index.js';
import { addDays, type ElderId, type PlainDate } from '../models/index.js';
import {
  checkRuleTaskArguments,
  diagnoseRuleInput,
  type RuleTaskInput,
  type RuleTaskOptions,
  ruleContext,
} from './ruleTaskInput.js';
import { compareTasks, type Task } from './task.js';

/**
 * What {@link trackingTasks} reads: the input of every task from rules, and the contacts made —
 * a match already made (its `contacts`), else the visit records themselves.
 * @category Follow-up
 */
export interface TrackingTaskInput extends RuleTaskInput {
  /** Visit records (走访日志): every completed contact of any channel counts. */
  readonly records?: readonly VisitRecord[];
  /** A match of the records already made (`matchRecords`): its contacts are read instead. */
  readonly match?: RecordMatch;
}

/**
 * The next contact with each elder to be tracked at all times (随时跟踪, spec §2 R3 · S14 L379
 * 「随时跟踪掌握情况」): one `trackingContact` task per elder whose `trackContinuously` is `yes`
 * on `asOf`, for the owner of the elder's follow-up (the holder of the rules' owner duty, else
 * the village committee), priority 2, id `trackingContact/<elderId>`.
 *
 * The text gives no number: the next contact is due `rules.tracking.cadenceDays` (default 7,
 * our choice) after the last completed contact of any channel known by `asOf` — a visit record
 * in force, or a completion of the task itself — but never before tracking began (see
 * `flaggedSince`), and on that day when there was no contact. `since` is the later of the day
 * tracking began and the last contact. When the flag ends, or turns `unknown`, the task is no
 * longer produced.
 *
 * Checked at entry, as one `GuanaiError`: the input and its lists, `asOf`, the rules and
 * `flaggedSince`; an elder that is not valid is reported with its issues under its index.
 *
 * @example
 * ```ts
 * const tasks = trackingTasks({ elders, holdings, records }, { asOf: plainDate('2026-06-30') });
 * tasks[0]; // { id: 'trackingContact/E-1', kind: 'trackingContact', due: '2026-07-04', … }
 * ```
 * @category Follow-up
 */
export function trackingTasks(
  input: TrackingTaskInput,
  options: RuleTaskOptions,
): Task<'trackingContact'>[] {
  checkRuleTaskArguments(input, options);
  throwIssues([
    arrayIssue(input.records, 'records', { optional: true }),
    objectIssue(input.match, 'match', { optional: true }),
  ]);
  return diagnosed(
    'trackingTasks',
    () => trackingChecked(input, options),
    () => diagnoseRuleInput(input) ?? elementsIssue(input.records ?? [], 'records', RECORD_FIELDS),
  );
}

const RECORD_FIELDS = {
  id: 'string',
  elderId: 'string',
  on: 'string',
  outcome: 'string',
  amends: 'string?',
} as const;

function trackingChecked(
  input: TrackingTaskInput,
  options: RuleTaskOptions,
): Task<'trackingContact'>[] {
  const context = ruleContext(input, options);
  const { asOf, rules, completions } = context;
  const { cadenceDays, source } = rules.tracking;
  const lastContactOf = lastContacts(input, asOf);
  const tasks: Task<'trackingContact'>[] = [];
  input.elders.forEach((elder, index) => {
    if (context.statusesOf(elder, index).trackContinuously !== 'yes') return;
    const id = `trackingContact/${elder.id}`;
    const began = context.sinceOf(elder, ['trackContinuously']);
    const last = later(lastContactOf(elder.id), completions.lastBy(id, asOf));
    const since = last !== undefined && last > began ? last : began;
    const next = last === undefined ? began : addDays(last, cadenceDays);
    tasks.push({
      id,
      kind: 'trackingContact',
      priority: 2,
      owner: context.ownerOf(elder),
      subject: { kind: 'elder', id: elder.id },
      villageCode: elder.residence.villageCode,
      since,
      // biome-ignore lint/complexity/useMathMinMax: civil dates are strings, not numbers
      due: next > began ? next : began,
      params: { lastContact: last ?? null, cadenceDays },
      rule: 'trackContinuously',
      source,
    });
  });
  return tasks.sort(compareTasks);
}

const later = (a: PlainDate | undefined, b: PlainDate | undefined) =>
  a === undefined ? b : b === undefined || a >= b ? a : b;

/** Each elder's last completed contact on or before `asOf`: from the match, else the records. */
function lastContacts(
  input: TrackingTaskInput,
  asOf: PlainDate,
): (elderId: ElderId) => PlainDate | undefined {
  if (input.match) {
    const { contacts } = input.match;
    return (elderId) => lastOnOrBefore(contacts.get(elderId)?.any, asOf);
  }
  const last = new Map<string, PlainDate>();
  for (const record of currentRecords(input.records ?? [])) {
    if (record.outcome !== 'completed' || record.on > asOf) continue;
    const known = last.get(record.elderId);
    if (known === undefined || record.on > known) last.set(record.elderId, record.on);
  }
  return (elderId) => last.get(elderId);
}

/** The last of days in order on or before `day`, by binary search. */
function lastOnOrBefore(
  days: readonly PlainDate[] | undefined,
  day: PlainDate,
): PlainDate | undefined {
  if (!days) return undefined;
  let [low, high] = [0, days.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] as PlainDate) <= day) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? days[low - 1] : undefined;
}
