import {
  arrayIssue,
  countIssue,
  diagnosed,
  elementsIssue,
  objectIssue,
  plainDateIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import { issue } from '../errors/index.js';
import { countyCodeOf, type PlainDate, type RegionCode, townshipCodeOf } from '../models/index.js';
import type { Task } from './task.js';

/** Options of {@link verificationBacklog}. @category Verification */
export interface VerificationBacklogOptions {
  /** Tasks due before this day are past due. */
  readonly asOf: PlainDate;
  /** One row per village, township or county of the elders' homes. */
  readonly by: 'village' | 'township' | 'county';
  /** How many of the most-asked facts each row lists (default 3). */
  readonly top?: number;
}

/**
 * One area's verification backlog (核实): how many elders have unknown answers and how many
 * answers, the facts open, the facts most asked (a child's fact counted for any child:
 * `household.children[].awaySince`), and the tasks past due.
 * @category Verification
 */
export interface VerificationBacklogRow {
  readonly areaCode: RegionCode;
  /** Elders with at least one fact to verify. */
  readonly elders: number;
  /** Their unknown answers (elder × category) the facts bear on. */
  readonly unknownAnswers: number;
  /** Facts to verify: one per task. */
  readonly openFacts: number;
  /** Of those, due before `asOf`. */
  readonly pastDue: number;
  /** The facts asked of the most elders, most first (ties by path). */
  readonly topFacts: readonly { readonly fact: string; readonly elders: number }[];
}

/**
 * The verification backlog per area, from the tasks of `verificationTasks` (other kinds are
 * left out, so a whole to-do list may be passed): the list a township reads before the March
 * and September census (spec §5.2 K31 · S18 L493) to see where the ledger is thin and which
 * question to put to every household. Rows in area-code order.
 *
 * Checked at entry: `tasks` a list, `asOf` a real date, `by` one of the levels
 * (`invalid_value`), `top` a whole number from 0.
 *
 * @example
 * ```ts
 * const tasks = verificationTasks({ elders, holdings }, { asOf });
 * verificationBacklog(tasks, { asOf, by: 'township' });
 * // [{ areaCode: '530325101000', elders: 412, unknownAnswers: 977, openFacts: 1030, pastDue: 0,
 * //    topFacts: [{ fact: 'risks.livingDifficulty', elders: 398 }, …] }, …]
 * ```
 * @category Verification
 */
export function verificationBacklog(
  tasks: readonly Task[],
  options: VerificationBacklogOptions,
): VerificationBacklogRow[] {
  throwIssues([arrayIssue(tasks, 'tasks'), objectIssue(options, 'options')]);
  throwIssues([
    plainDateIssue(options.asOf, 'asOf'),
    LEVELS.includes(options.by) ? undefined : issue('invalid_value', ['by'], { allowed: LEVELS }),
    countIssue(options.top, 'top', { optional: true }),
  ]);
  return diagnosed(
    'verificationBacklog',
    () => backlogChecked(tasks, options),
    () => elementsIssue(tasks, 'tasks', TASK_FIELDS),
  );
}

const LEVELS: readonly VerificationBacklogOptions['by'][] = ['village', 'township', 'county'];
const TASK_FIELDS = {
  kind: 'string',
  villageCode: 'string',
  subject: 'object',
  'subject.id': 'string',
  due: 'string',
  params: 'object',
  'params.fact': 'string',
  'params.categories': 'array',
} as const;

interface Tally {
  readonly elders: Set<string>;
  readonly answers: Set<string>;
  openFacts: number;
  pastDue: number;
  readonly facts: Map<string, Set<string>>;
}

function backlogChecked(
  tasks: readonly Task[],
  options: VerificationBacklogOptions,
): VerificationBacklogRow[] {
  const { asOf, by } = options;
  const top = options.top ?? 3;
  const tallies = new Map<string, Tally>();
  for (const task of tasks) {
    if (task.kind !== 'verifyFact') continue;
    const area = areaOf(task.villageCode, by);
    let tally = tallies.get(area);
    if (!tally) {
      tally = { elders: new Set(), answers: new Set(), openFacts: 0, pastDue: 0, facts: new Map() };
      tallies.set(area, tally);
    }
    const elderId = task.subject.id;
    tally.elders.add(elderId);
    for (const category of task.params.categories) tally.answers.add(`${elderId}\u0000${category}`);
    tally.openFacts += 1;
    if (task.due < asOf) tally.pastDue += 1;
    const fact = task.params.fact.replace(/\[\d+\]/g, '[]');
    const asking = tally.facts.get(fact);
    if (asking) asking.add(elderId);
    else tally.facts.set(fact, new Set([elderId]));
  }
  return [...tallies]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([areaCode, tally]) => ({
      areaCode: areaCode as RegionCode,
      elders: tally.elders.size,
      unknownAnswers: tally.answers.size,
      openFacts: tally.openFacts,
      pastDue: tally.pastDue,
      topFacts: [...tally.facts]
        .map(([fact, elders]) => ({ fact, elders: elders.size }))
        .sort((a, b) => b.elders - a.elders || (a.fact < b.fact ? -1 : a.fact > b.fact ? 1 : 0))
        .slice(0, top),
    }));
}

function areaOf(villageCode: RegionCode, by: VerificationBacklogOptions['by']): string {
  if (by === 'village') return villageCode;
  return (
    (by === 'township' ? townshipCodeOf(villageCode) : countyCodeOf(villageCode)) ?? villageCode
  );
}
