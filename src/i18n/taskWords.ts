import type { CaseStep, Task, TaskKind, TaskParams } from '../followup/index.js';
import type { EnumLabels, LabelsOf, Locale } from './types.js';

/**
 * What each kind of task asks, in words, from its parameters: the enum labels of the locale
 * name visits, programmes and steps, and `fact` turns a fact path into words.
 * @category To-do lists
 */
export type TaskMessages = {
  readonly [K in TaskKind]: (params: TaskParams[K], words: MessageWords) => string;
};

/**
 * What a task message may draw on: the enum labels of the locale, fact paths in words, and the
 * act each step of an incident case asks for.
 * @category To-do lists
 */
export interface MessageWords {
  readonly labels: EnumLabels;
  readonly fact: (path: string) => string;
  readonly caseActions: LabelsOf<CaseStep>;
}

/**
 * The columns of a to-do list as a sheet (see `taskTable`).
 * @category To-do lists
 */
export type TaskColumn =
  | 'priority'
  | 'due'
  | 'daysLate'
  | 'task'
  | 'subject'
  | 'village'
  | 'owner'
  | 'reason'
  | 'source'
  | 'id';

/**
 * The words a locale uses for to-do lists. Apart from `LocaleData`, so that only apps that
 * show tasks bundle them.
 * @category To-do lists
 */
export interface TaskLocale {
  readonly locale: Locale;
  /** A short name of each kind of task, e.g. `随时跟踪联系`. */
  readonly kinds: LabelsOf<TaskKind>;
  readonly messages: TaskMessages;
  /** The act each step of an incident case asks for, e.g. `responding` → `组织紧急处置和关爱救助`. */
  readonly caseActions: LabelsOf<CaseStep>;
  /** How urgent, by priority 0–4, e.g. `紧急`. */
  readonly priorities: readonly [string, string, string, string, string];
  /** `due` and, once past it, how late: e.g. `截止 2026-06-08` / `已逾期 3 天`. */
  readonly due: (due: string) => string;
  readonly late: (days: number) => string;
  /** The rule's source, e.g. `依据 spec §2 R3 · S14 L379`. */
  readonly source: (source: string) => string;
  readonly columns: LabelsOf<TaskColumn>;
}

/** A task of one kind with its message, checked against the kind. @internal */
export function messageOf(task: Task, messages: TaskMessages, words: MessageWords): string {
  const message = messages[task.kind] as (params: Task['params'], w: MessageWords) => string;
  return message(task.params, words);
}
