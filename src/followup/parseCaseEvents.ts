import {
  arrayIssue,
  diagnosed,
  elementsIssue,
  objectIssue,
  plainDateIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import { type Issue, issue } from '../errors/index.js';
import { type InvalidRow, type PlainDate, parseRows } from '../models/index.js';
import { CaseEvent } from './caseEvent.js';

/** Options of {@link parseCaseEvents}. @category Cases */
export interface ParseCaseEventsOptions {
  /** No event may be dated after this day (an event cannot be logged before it happens). */
  readonly asOf: PlainDate;
  /** Events accepted before: a new event may not reuse one of their ids. */
  readonly earlier?: readonly Pick<CaseEvent, 'id'>[];
}

/**
 * The events accepted, and every bad row with its index and coded issues.
 * @category Cases
 */
export interface ParsedCaseEvents {
  readonly events: readonly CaseEvent[];
  readonly invalid: readonly InvalidRow[];
}

/**
 * Validate a batch of case events as an app sends them: each against {@link CaseEvent}, ids
 * unique (within the batch and against `earlier`: `duplicate_id`), no event dated after
 * `asOf` (`date_after_as_of`). Good rows are kept; every bad row comes back with its index and
 * coded issues. Whether an event fits its case (open, a step allowed) is for `replayCases`,
 * which sees the whole log. A bad argument is one `GuanaiError`.
 *
 * @example
 * ```ts
 * const { events, invalid } = parseCaseEvents(rows, { asOf: plainDate('2026-06-05') });
 * invalid.map((row) => [row.index, row.issues.map((i) => formatIssue(i))]);
 * ```
 * @category Cases
 */
export function parseCaseEvents(
  rows: readonly unknown[],
  options: ParseCaseEventsOptions,
): ParsedCaseEvents {
  throwIssues([arrayIssue(rows, 'rows'), objectIssue(options, 'options')]);
  throwIssues([
    plainDateIssue(options.asOf, 'asOf'),
    arrayIssue(options.earlier, 'earlier', { optional: true }),
  ]);
  const earlier = options.earlier ?? [];
  return diagnosed(
    'parseCaseEvents',
    () => parseChecked(rows, options.asOf, earlier),
    () => elementsIssue(earlier, 'earlier', { id: 'string' }),
  );
}

function parseChecked(
  rows: readonly unknown[],
  asOf: PlainDate,
  earlier: readonly Pick<CaseEvent, 'id'>[],
): ParsedCaseEvents {
  const parsed = parseRows(CaseEvent, rows, (event) => event.id);
  const invalid: InvalidRow[] = [...parsed.invalid];
  const known = new Map(earlier.map((event, position) => [event.id, position]));
  const events: CaseEvent[] = [];
  parsed.valid.forEach((event, position) => {
    const index = parsed.validIndexes[position] as number;
    const issues: Issue[] = [];
    const first = known.get(event.id);
    if (first !== undefined)
      issues.push(issue('duplicate_id', ['id'], { id: event.id, firstPath: ['earlier', first] }));
    if (event.on > asOf) issues.push(issue('date_after_as_of', ['on'], { date: event.on, asOf }));
    if (issues.length > 0) invalid.push({ index, issues });
    else events.push(event);
  });
  invalid.sort((a, b) => a.index - b.index);
  return { events, invalid };
}
