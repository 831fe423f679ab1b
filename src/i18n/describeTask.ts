import { diagnosed, plainDateIssue, throwIssues } from '../_lib/argumentGuards.js';
import { parseCivil, toEpochDay } from '../_lib/civilDate.js';
import { GuanaiError, issue } from '../errors/index.js';
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
 * A task in words, in a locale (zh-CN by default, or en).
 *
 * @example
 * ```ts
 * describeTask(task, { asOf: '2026-06-10' }).line;
 * // '[跟踪] 随时跟踪联系 · E-1 · 随时跟踪掌握情况：上次联系2026-06-01，每7天至少一次 · 帮扶人 C-7 · 已逾期 2 天 · 依据 spec §2 R3 · S14 L379'
 * ```
 * @category To-do lists
 */
export function describeTask(task: Task, options: DescribeTaskOptions = {}): TaskText {
  throwIssues([plainDateIssue(options.asOf, 'asOf', { optional: true })]);
  return textOf(task, wordsFor(options), options);
}

/** The words a description needs, looked up once for a whole list. @internal */
export function wordsFor(options: DescribeTaskOptions) {
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
  if (typeof task !== 'object' || task === null || !Object.hasOwn(tasks.kinds, task.kind))
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
    subject: options.subjectName?.(task.subject) ?? task.subject.id,
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
    const name = options.caregiverName?.(owner.caregiverId) ?? owner.caregiverId;
    return `${labels.escalationRecipient.caregiver} ${name}`;
  }
  const group = owner.group === undefined ? '' : ` ${owner.group}`;
  return `${labelOr(labels.escalationRecipient, owner.body)} ${owner.areaCode}${group}`;
}

/** Whole days from the deadline to `asOf`, 0 when not past it. */
function lateBy(due: string, asOf: string): number {
  const from = parseCivil(due);
  const to = parseCivil(asOf);
  if (from === undefined || to === undefined) return 0;
  return Math.max(0, toEpochDay(to) - toEpochDay(from));
}
