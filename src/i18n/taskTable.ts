import { arrayIssue, throwIssues } from '../_lib/argumentGuards.js';
import { GuanaiError, prefixIssues } from '../errors/index.js';
import type { Task } from '../followup/index.js';
import { type DescribeTaskOptions, textOf, wordsFor } from './describeTask.js';
import type { ReportTable } from './reportTable.js';
import type { TaskColumn } from './taskWords.js';

const COLUMNS: readonly TaskColumn[] = [
  'priority',
  'due',
  'daysLate',
  'task',
  'subject',
  'village',
  'owner',
  'reason',
  'source',
  'id',
];

/**
 * A to-do list as a sheet: a header of column labels and one row per task in the list's order
 * (urgency, deadline, days late on `asOf`, task, subject, village, owner, reason, source, id).
 * Join the cells as CSV or hand them to a spreadsheet library.
 *
 * @example
 * ```ts
 * const { header, rows } = taskTable(tasksFor({ areaCode: '530325101203' }, tasks), { asOf, locale: 'en' });
 * ```
 * @category To-do lists
 */
export function taskTable(tasks: readonly Task[], options: DescribeTaskOptions = {}): ReportTable {
  throwIssues([arrayIssue(tasks, 'tasks')]);
  const words = wordsFor(options);
  const rows = tasks.map((task, index) => {
    try {
      const text = textOf(task, words, options);
      return [
        text.priority,
        task.due,
        text.daysLate,
        text.title,
        text.subject,
        task.villageCode,
        text.owner,
        text.reason,
        task.source,
        task.id,
      ];
    } catch (error) {
      if (error instanceof GuanaiError)
        throw new GuanaiError(prefixIssues(error.issues, ['tasks', index]));
      throw error;
    }
  });
  return { header: COLUMNS.map((column) => words.tasks.columns[column]), rows };
}
