import {
  arrayIssue,
  elementsIssue,
  functionIssue,
  objectIssue,
  plainDateIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import {
  type CategoryKey,
  classifyStatuses,
  type Policy,
  type StatusClassification,
  type Tri,
} from '../eligibility/index.js';
import { GuanaiError, type Issue, issue, prefixIssues } from '../errors/index.js';
import {
  type DutyHolding,
  type Elder,
  type ElderId,
  isPlainDate,
  type PlainDate,
} from '../models/index.js';
import { checkedRules, type FollowUpRules } from './followUpPolicy.js';
import { holdersOn } from './holderOn.js';
import { bodyOf, type Party } from './party.js';
import { completionIndex, type TaskCompletion } from './taskCompletion.js';

/**
 * What the tasks from rules read: the elders (validated), the responsibility matrix for the
 * owner of each elder's follow-up, the elders' statuses when the app has classified already
 * (`classifyLedger(…).results` on the same day; else they are classified here), the
 * completions recorded, and when each flag began.
 * @category Follow-up
 */
export interface RuleTaskInput {
  readonly elders: readonly Elder[];
  /** The duty lines (包保责任表): who holds each duty for each elder, and when. */
  readonly holdings?: readonly DutyHolding[];
  /** The elders' statuses on `asOf`, by `elderId`; an elder not among them is classified here. */
  readonly statuses?: readonly StatusClassification[];
  /** Completions of one-off tasks (see `parseTaskCompletions`). */
  readonly completions?: readonly TaskCompletion[];
  /**
   * The day an elder's category took its present status (the facts part's ledger changes say
   * it). Without it, or when it says nothing, the day is the elder's `updatedOn`, else `asOf`
   * — the most the ledger itself knows. A day after `asOf` counts as `asOf`.
   */
  readonly flaggedSince?: (elderId: ElderId, category: CategoryKey) => PlainDate | undefined;
}

/**
 * Options of the tasks from rules: the day, the rules (default `DEFAULT_FOLLOW_UP_RULES`) and
 * the eligibility policy elders are classified under (default the seed texts').
 * @category Follow-up
 */
export interface RuleTaskOptions {
  readonly asOf: PlainDate;
  readonly rules?: FollowUpRules;
  /** The eligibility policy (default `DEFAULT_POLICY`): one checked by `parsePolicy`. */
  readonly policy?: Policy;
}

/**
 * What every task from rules needs, built once per call: the checked rules, each elder's
 * statuses, the owner of each elder's follow-up, when a flag began, and the completions.
 * @internal
 */
export interface RuleContext {
  readonly asOf: PlainDate;
  readonly rules: FollowUpRules;
  readonly policy: Policy | undefined;
  readonly statusesOf: (elder: Elder, index: number) => Readonly<Record<CategoryKey, Tri>>;
  readonly ownerOf: (elder: Elder) => Party;
  /** The earliest day any of `categories` took its present status, at most `asOf`. */
  readonly sinceOf: (elder: Elder, categories: readonly CategoryKey[]) => PlainDate;
  readonly completions: ReturnType<typeof completionIndex>;
}

/** Entry checks of a rule task call, O(1) but for the statuses' days (O(statuses)). @internal */
export function checkRuleTaskArguments(input: RuleTaskInput, options: RuleTaskOptions): void {
  throwIssues([objectIssue(input, 'input'), objectIssue(options, 'options')]);
  throwIssues([
    arrayIssue(input.elders, 'elders'),
    arrayIssue(input.holdings, 'holdings', { optional: true }),
    arrayIssue(input.statuses, 'statuses', { optional: true }),
    arrayIssue(input.completions, 'completions', { optional: true }),
    functionIssue(input.flaggedSince, 'flaggedSince', { optional: true }),
    plainDateIssue(options.asOf, 'asOf'),
    objectIssue(options.policy, 'policy', { optional: true }),
  ]);
  checkedRules(options.rules);
}

/** The context of a checked call. @internal */
export function ruleContext(input: RuleTaskInput, options: RuleTaskOptions): RuleContext {
  const { asOf, policy } = options;
  const rules = checkedRules(options.rules);
  const given = new Map<string, Readonly<Record<CategoryKey, Tri>>>();
  const stale: Issue[] = [];
  (input.statuses ?? []).forEach((entry, index) => {
    if (entry.asOf !== asOf)
      stale.push(issue('invalid_value', ['statuses', index, 'asOf'], { allowed: [asOf] }));
    given.set(entry.elderId, entry.statuses);
  });
  if (stale.length > 0) throw new GuanaiError(stale);
  const holderOf = holdersOn(input.holdings ?? [], asOf);
  const { flaggedSince } = input;
  const dayOf = (elder: Elder, category: CategoryKey): PlainDate => {
    const said = flaggedSince?.(elder.id, category);
    if (said !== undefined && !isPlainDate(said))
      throw new GuanaiError([plainDateIssue(said, 'flaggedSince') as Issue]);
    const day = said ?? elder.updatedOn ?? asOf;
    // biome-ignore lint/complexity/useMathMinMax: civil dates are strings, not numbers
    return day < asOf ? day : asOf;
  };
  return {
    asOf,
    rules,
    policy,
    statusesOf(elder, index) {
      const known = given.get(elder.id);
      if (known) return known;
      try {
        return classifyStatuses(elder, policy ? { asOf, policy } : { asOf }).statuses;
      } catch (error) {
        if (!(error instanceof GuanaiError)) throw error;
        throw new GuanaiError(prefixIssues(error.issues, ['elders', index]), { cause: error });
      }
    },
    ownerOf(elder) {
      for (const duty of rules.owner.duties) {
        const caregiverId = holderOf(duty, 'elder', elder.id);
        if (caregiverId) return { kind: 'caregiver', caregiverId };
      }
      return bodyOf('villageCommittee', elder.residence.villageCode);
    },
    sinceOf(elder, categories) {
      let earliest = asOf;
      for (const category of categories) {
        const day = dayOf(elder, category);
        if (day < earliest) earliest = day;
      }
      return earliest;
    },
    completions: completionIndex(input.completions ?? []),
  };
}

/** The fields the rule tasks read of each kind of element, for diagnosing one that trips. */
const FIELDS = {
  elders: {
    id: 'string',
    residence: 'object',
    'residence.villageCode': 'string',
    updatedOn: 'string?',
  },
  holdings: {
    duty: 'string',
    subject: 'object',
    'subject.kind': 'string',
    'subject.id': 'string',
    caregiverId: 'string',
    from: 'string',
    to: 'string?',
  },
  statuses: { elderId: 'string', asOf: 'string', statuses: 'object' },
  completions: { taskId: 'string', on: 'string' },
} as const;

/** The first element of the input's lists that is not of its kind's shape. @internal */
export function diagnoseRuleInput(input: RuleTaskInput): Issue | undefined {
  for (const kind of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) {
    const list = input[kind];
    const found = Array.isArray(list) ? elementsIssue(list, kind, FIELDS[kind]) : undefined;
    if (found) return found;
  }
  return undefined;
}
