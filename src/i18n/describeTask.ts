import {
  diagnosed,
  functionIssue,
  objectIssue,
  plainDateIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import { parseCivil, toEpochDay } from '../_lib/civilDate.js';
import { jsonTypeOf } from '../_lib/jsonTypeOf.js';
import { GuanaiError, type Issue, issue } from '../errors/index.js';
import type { Party, Task } from '../followup/index.js';
import type { CaregiverId, DutySubject } from '../models/index.js';
import { enTasks } from './en.tasks.js';
import { type ExplanationOptions, explanationData } from './explanationData.js';
import { localeData } from './format.js';
import { formatFactPath } from './formatFactPath.js';
import { labelOr } from './labelOr.js';
import { messageOf, type TaskLocale } from './taskWords.js';
import type { LocaleData } from './types.js';
import { zhCNTasks } from './zh-CN.tasks.js';

/**
 * Options of {@link describeTask} and `taskTable`: the locale, the day the list is for (a task
 * past its deadline then says how late it is), the task words of a host app's own locale, and
 * the names to show for subjects and caregivers (ids when absent). The list may leave the host's
 * hands: give names at most, never resident ID or phone numbers.
 * @category To-do lists
 */
export interface DescribeTaskOptions extends ExplanationOptions {
  readonly asOf?: string;
  readonly taskWords?: TaskLocale;
  readonly subjectName?: (subject: DutySubject) => string | undefined;
  readonly caregiverName?: (caregiverId: CaregiverId) => string | undefined;
}

/**
 * One task in words: its short title, what to do and why, who owns it, the deadline, how late
 * it is on `asOf` (0 when not late or no `asOf`), the source, and all of it as one line.
 * @category To-do lists
 */
export interface TaskText {
  readonly priority: string;
  readonly title: string;
  readonly subject: string;
  readonly reason: string;
  readonly owner: string;
  readonly due: string;
  readonly daysLate: number;
  readonly source: string;
  readonly line: string;
}

const TASK_WORDS = { 'zh-CN': zhCNTasks, en: enTasks } as const;

/**
 * A task in words, in a locale (zh-CN by default, or en). Options that are not an object, an
 * `asOf` that is not a real date, `taskWords` without the parts it needs, a name callback that
 * is not a function or gives back something other than text, and a value that is not a task
 * are each a `GuanaiError` with the path of the bad value.
 *
 * @example
 * ```ts
 * describeTask(task, { asOf: '2026-06-10' }).line;
 * // '[跟踪] 随时跟踪联系 · E-1 · 随时跟踪掌握情况：上次联系2026-06-01，每7天至少一次 · 帮扶人 C-7 · 已逾期 2 天 · 依据 spec §2 R3 · S14 L379'
 * ```
 * @category To-do lists
 */
export function describeTask(task: Task, options: DescribeTaskOptions = {}): TaskText {
  return textOf(task, wordsFor(options), options);
}

/** The words a description needs, looked up once for a whole list, the options checked. @internal */
export function wordsFor(options: DescribeTaskOptions) {
  throwIssues([objectIssue(options, 'options')]);
  throwIssues([
    plainDateIssue(options.asOf, 'asOf', { optional: true }),
    taskWordsIssue(options.taskWords),
    functionIssue(options.subjectName, 'subjectName', { optional: true }),
    functionIssue(options.caregiverName, 'caregiverName', { optional: true }),
    objectIssue(options.explanations, 'explanations', { optional: true }),
  ]);
  const locale = localeData(options);
  const explanation = explanationData(options);
  const tasks = options.taskWords ?? TASK_WORDS[locale.locale];
  const fact = (path: string) => formatFactPath(path, { explanations: explanation, locale });
  return { locale, tasks, fact };
}

/** A task in words with the words already looked up. @internal */
export function textOf(
  task: Task,
  { locale, tasks, fact }: ReturnType<typeof wordsFor>,
  options: DescribeTaskOptions,
): TaskText {
  const notATask = () => issue('invalid_argument', ['task'], { name: 'task', rule: 'object' });
  if (
    typeof task !== 'object' ||
    task === null ||
    typeof task.kind !== 'string' ||
    !Object.hasOwn(tasks.kinds, task.kind)
  )
    throw new GuanaiError([notATask()]);
  // A task not made by guanai (a field missing) is named, not a TypeError.
  return diagnosed(
    'describeTask',
    () => textChecked(task, { locale, tasks, fact }, options),
    notATask,
  );
}

function textChecked(
  task: Task,
  { locale, tasks, fact }: ReturnType<typeof wordsFor>,
  options: DescribeTaskOptions,
): TaskText {
  const daysLate = options.asOf === undefined ? 0 : lateBy(task.due, options.asOf);
  const text = {
    priority: tasks.priorities[task.priority] ?? String(task.priority),
    title: tasks.kinds[task.kind],
    subject: named(options.subjectName?.(task.subject), 'subjectName') ?? task.subject.id,
    reason: messageOf(task, tasks.messages, {
      labels: locale.labels,
      fact,
      caseActions: tasks.caseActions,
    }),
    owner: ownerText(task.owner, locale, options),
    due: tasks.due(task.due),
    daysLate,
    source: tasks.source(task.source),
  };
  const parts = [text.title, text.subject, text.reason, text.owner];
  parts.push(daysLate > 0 ? tasks.late(daysLate) : text.due, text.source);
  return { ...text, line: `[${text.priority}] ${parts.join(' · ')}` };
}

function ownerText(owner: Party, { labels }: LocaleData, options: DescribeTaskOptions): string {
  if (owner.kind === 'caregiver') {
    const given = named(options.caregiverName?.(owner.caregiverId), 'caregiverName');
    const name = given ?? owner.caregiverId;
    return `${labels.escalationRecipient.caregiver} ${name}`;
  }
  const group = owner.group === undefined ? '' : ` ${owner.group}`;
  return `${labelOr(labels.escalationRecipient, owner.body)} ${owner.areaCode}${group}`;
}

/** The parts of a host app's task words that descriptions read, and what each must be. */
const WORD_PARTS = {
  kinds: 'object',
  messages: 'object',
  caseActions: 'object',
  priorities: 'array',
  due: 'function',
  late: 'function',
  source: 'function',
  columns: 'object',
} as const;

function taskWordsIssue(words: unknown): Issue | undefined {
  if (words === undefined) return undefined;
  const bad = objectIssue(words, 'taskWords');
  if (bad) return bad;
  for (const [part, expected] of Object.entries(WORD_PARTS)) {
    const received = jsonTypeOf((words as Record<string, unknown>)[part]);
    if (received !== expected)
      return issue('invalid_type', ['taskWords', part], { expected, received });
  }
  return undefined;
}

/** A name a host's callback gave: text, or nothing (`undefined` or `null`: the id is shown). */
function named(name: unknown, callback: 'subjectName' | 'caregiverName'): string | undefined {
  if (name === undefined || name === null) return undefined;
  if (typeof name === 'string') return name;
  throw new GuanaiError([
    issue('invalid_type', [callback], { expected: 'string', received: jsonTypeOf(name) }),
  ]);
}

/** Whole days from the deadline to `asOf`, 0 when not past it. */
function lateBy(due: string, asOf: string): number {
  const from = parseCivil(due);
  const to = parseCivil(asOf);
  if (from === undefined || to === undefined) return 0;
  return Math.max(0, toEpochDay(to) - toEpochDay(from));
}
