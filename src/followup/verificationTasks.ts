import { diagnosed } from '../_lib/argumentGuards.js';
import { type CategoryKey, type Classification, classifyElder } from '../eligibility/index.js';
import { GuanaiError, prefixIssues } from '../errors/index.js';
import { addDays, addMonths, type Elder, type PlainDate, plainDate } from '../models/index.js';
import {
  checkRuleTaskArguments,
  diagnoseRuleInput,
  type RuleContext,
  type RuleTaskInput,
  type RuleTaskOptions,
  ruleContext,
} from './ruleTaskInput.js';
import { compareTasks, type Task } from './task.js';

/**
 * The facts to check (核实) that would settle each elder's `unknown` answers: one `verifyFact`
 * task per elder and fact (a path into the elder, e.g. `household.children[1].awaySince`), with
 * the unknown categories that list it (`classifyElder(…).categories[k].missing`), for the owner
 * of the elder's follow-up (the holder of the rules' owner duty — the 村包保干部 by default —
 * else the village committee), priority 4, id `verifyFact/<elderId>/<fact>`. Only the
 * categories of `rules.verification.categories` count (default all but the event-driven two).
 *
 * Ranked so that the fewest questions settle the most answers (a greedy set cover per elder):
 * the fact listed by the most of the elder's unknown answers not yet touched by a fact ranked
 * before it comes first (ties: listed by more answers in all, then by path); its `rank` is minus
 * that number, so across elders a fact that bears on more answers is asked first. One fact may
 * not settle an answer alone (an answer may need two facts): the rank is a guide, not a promise.
 *
 * Due by the end of the census month (default March and September, spec §5.2 K31 · S18 L493
 * 「每年春季(3月)、秋季(9月)」) on or after `asOf`, when the village registers its elders anyway;
 * `since` is the earliest day one of its categories took its present status (`flaggedSince`,
 * else `updatedOn`, else `asOf`). Filling the fact, or anything that settles the answers, removes
 * the task.
 *
 * Checked at entry as `trackingTasks` is.
 *
 * @example
 * ```ts
 * const tasks = verificationTasks({ elders, holdings }, { asOf: plainDate('2026-06-30') });
 * tasks[0].params; // { fact: 'risks.safetyRisk', categories: ['priorityAssistanceTarget', …] }
 * ```
 * @category Verification
 */
export function verificationTasks(
  input: RuleTaskInput,
  options: RuleTaskOptions,
): Task<'verifyFact'>[] {
  checkRuleTaskArguments(input, options);
  return diagnosed(
    'verificationTasks',
    () => verificationChecked(input, options),
    () => diagnoseRuleInput(input),
  );
}

function verificationChecked(input: RuleTaskInput, options: RuleTaskOptions): Task<'verifyFact'>[] {
  const context = ruleContext(input, options);
  const { asOf, rules } = context;
  const { categories, censusMonths, source } = rules.verification;
  const due = censusDeadline(asOf, censusMonths);
  const tasks: Task<'verifyFact'>[] = [];
  input.elders.forEach((elder, index) => {
    // Statuses first (cheap); the explained classification only for elders with an unknown.
    const statuses = context.statusesOf(elder, index);
    if (!categories.some((key) => statuses[key] === 'unknown')) return;
    const classification = explained(context, elder, index);
    const open = categories.filter((key) => classification.categories[key].status === 'unknown');
    for (const { fact, categories: listing, gain } of rankedFacts(classification, open)) {
      tasks.push({
        id: `verifyFact/${elder.id}/${fact}`,
        kind: 'verifyFact',
        priority: 4,
        owner: context.ownerOf(elder),
        subject: { kind: 'elder', id: elder.id },
        villageCode: elder.residence.villageCode,
        since: context.sinceOf(elder, listing),
        due,
        params: { fact, categories: listing },
        rule: 'verification',
        source,
        rank: gain === 0 ? 0 : -gain,
      });
    }
  });
  return tasks.sort(compareTasks);
}

function explained(context: RuleContext, elder: Elder, index: number): Classification {
  const { asOf, policy } = context;
  try {
    return classifyElder(elder, policy ? { asOf, policy } : { asOf });
  } catch (error) {
    if (!(error instanceof GuanaiError)) throw error;
    throw new GuanaiError(prefixIssues(error.issues, ['elders', index]), { cause: error });
  }
}

/** A fact with the unknown categories listing it, and how many it newly bears on when picked. */
interface RankedFact {
  readonly fact: string;
  readonly categories: readonly CategoryKey[];
  readonly gain: number;
}

/**
 * The elder's facts in greedy order: each pick is the fact listed by the most categories not
 * yet listing a picked fact (ties: listed by more categories, then by path). Every pick with a
 * gain touches a new category, so the greedy pass runs at most once per category; the facts
 * left, all of gain 0, follow in the tie order: O(facts × categories²), whatever the number of
 * children or obligors an elder lists.
 */
function rankedFacts(classification: Classification, open: readonly CategoryKey[]): RankedFact[] {
  const listing = new Map<string, CategoryKey[]>();
  for (const key of open)
    for (const fact of classification.categories[key].missing) {
      const list = listing.get(fact);
      if (!list) listing.set(fact, [key]);
      else if (!list.includes(key)) list.push(key);
    }
  const left = [...listing].sort(byTies);
  const touched = new Set<CategoryKey>();
  const ranked: RankedFact[] = [];
  for (;;) {
    let best = -1;
    let bestGain = 0;
    left.forEach(([, list], i) => {
      const gain = list.filter((key) => !touched.has(key)).length;
      // `left` is in tie order: the first of the greatest gain wins.
      if (gain > bestGain) [best, bestGain] = [i, gain];
    });
    if (best < 0) break;
    const [[fact, categories]] = left.splice(best, 1) as [[string, CategoryKey[]]];
    for (const key of categories) touched.add(key);
    ranked.push({ fact, categories, gain: bestGain });
  }
  for (const [fact, categories] of left) ranked.push({ fact, categories, gain: 0 });
  return ranked;
}

/** Listed by more categories first, then by path. */
function byTies([a, listA]: [string, CategoryKey[]], [b, listB]: [string, CategoryKey[]]): number {
  return listB.length - listA.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The last day of the first census month on or after `asOf`'s month (this year's, else the
 * first of next year's).
 * @internal
 */
export function censusDeadline(asOf: PlainDate, months: readonly number[]): PlainDate {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  const sorted = [...months].sort((a, b) => a - b);
  const next = sorted.find((m) => m >= month);
  const [y, m] = next === undefined ? [year + 1, sorted[0] as number] : [year, next];
  const first = plainDate(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`);
  return addDays(addMonths(first, 1), -1);
}
