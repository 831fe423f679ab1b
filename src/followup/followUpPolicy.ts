import { arrayIssue, countIssue, objectIssue, throwIssues } from '../_lib/argumentGuards.js';
import { jsonTypeOf } from '../_lib/jsonTypeOf.js';
import type { NotDoneReason } from '../compliance/index.js';
import { CATEGORY_KEYS, type CategoryKey } from '../eligibility/index.js';
import { GuanaiError, type Issue, issue } from '../errors/index.js';
import { FACT_CATEGORIES } from './factCategories.js';

/**
 * The parameters of the tasks the rules raise (spec §2 R2, R3, R6; §5.2 K31; §7), as data a
 * county replaces: who owns an elder's follow-up, how often an elder tracked at all times is
 * contacted, how long the village committee has for its acts, which unknown answers are worth
 * verifying and when, and which visits not done are tried again. Each has its `source`.
 *
 * The text gives no deadline in hours or days (spec §2 「及时」 only; §11 #20): every number
 * of {@link DEFAULT_FOLLOW_UP_RULES} is our choice, documented there.
 * @category Follow-up
 */
export interface FollowUpRules {
  /**
   * Whose the follow-up of an elder is: the holder, on the day, of the first of `duties` held
   * for the elder (包保); when none is held, the village committee of the elder's village.
   */
  readonly owner: { readonly duties: readonly string[]; readonly source: string };
  /** 随时跟踪 (R3): the next contact is due `cadenceDays` after the last one. */
  readonly tracking: { readonly cadenceDays: number; readonly source: string };
  /** R2: the village committee notifies the family and reports to the township within `days`. */
  readonly family: { readonly days: number; readonly source: string };
  /** R6: the village committee sees a capable carer entrusted within `days`. */
  readonly entrustment: { readonly days: number; readonly source: string };
  /**
   * 核实: the categories whose `unknown` answers raise verification tasks, due by the end of
   * the next of the census months (1–12).
   */
  readonly verification: {
    readonly categories: readonly CategoryKey[];
    readonly censusMonths: readonly number[];
    readonly source: string;
  };
  /** Visits recorded as not done for these reasons are still to be made while their window is open. */
  readonly visits: { readonly retryNotDone: readonly NotDoneReason[]; readonly source: string };
}

/**
 * The default follow-up rules, each with the text it serves:
 *
 * - owner: the 村包保干部 (`villageContract`, spec §3.1 · S18 L515 「及时掌握……家庭、生活情况」),
 *   else the 村“两委” member in touch with the elder (`villageLiaison`, §3.2 · S16 L431), else the
 *   village committee (S14 L379 「村(居)民委员会要落实专人」);
 * - tracking (R3 · S14 L379 「随时跟踪掌握情况」, no number): a contact every **7 days** — our
 *   choice, the weekly visit of the 包保 scheme (§5.1 K01 · S18 L515);
 * - family (R2 · S14 L369 「及时通知……同时报告乡镇人民政府」): both acts within **3 days** of the
 *   flag — our choice; 「同时」 gives them one deadline;
 * - entrustment (R6 · S14 L367): within **30 days** — our choice, a family needs time to find a
 *   carer;
 * - verification: every category an app's programme reads except the two decided by events
 *   (`immediateReport`, `mutualAidReport`: an incident or major event, not a ledger fact), due by
 *   the end of the next census month, March or September (§5.2 K31 · S18 L493 「每年春季(3月)、
 *   秋季(9月)」);
 * - visits: a visit not done because the elder was out, away for treatment, the call did not
 *   connect or another reason is still to be made; one the elder refused is not pressed again.
 *
 * @example
 * ```ts
 * const rules: FollowUpRules = {
 *   ...DEFAULT_FOLLOW_UP_RULES,
 *   tracking: { ...DEFAULT_FOLLOW_UP_RULES.tracking, cadenceDays: 3 },
 * };
 * ```
 * @category Follow-up
 */
export const DEFAULT_FOLLOW_UP_RULES: FollowUpRules = {
  owner: {
    duties: ['villageContract', 'villageLiaison'],
    source: 'spec §3.1 · S18 L515; spec §3.2 · S14 L379, S16 L431',
  },
  tracking: { cadenceDays: 7, source: 'spec §2 R3 · S14 L379' },
  family: { days: 3, source: 'spec §2 R2 · S14 L369' },
  entrustment: { days: 30, source: 'spec §2 R6 · S14 L367' },
  verification: {
    categories: FACT_CATEGORIES,
    censusMonths: [3, 9],
    source: 'spec §5.2 K31 · S18 L493; spec §7 · S14 L379',
  },
  visits: {
    retryNotDone: ['notAtHome', 'awayForTreatment', 'callNotConnected', 'other'],
    source: 'spec §5.1',
  },
};

/** The longest deadline or cadence a rule may set: a year. */
const MAX_DAYS = 366;
const NOT_DONE_REASONS = [
  'notAtHome',
  'awayForTreatment',
  'refused',
  'movedInWithChildren',
  'deceased',
  'callNotConnected',
  'other',
] as const satisfies readonly NotDoneReason[];

/**
 * The rules checked (default {@link DEFAULT_FOLLOW_UP_RULES}): every part an object, days whole
 * numbers 1–366 (`invalid_argument`, `too_big`), lists of known values (`invalid_value`), census
 * months 1–12 and at least one. Rules are few: O(size of the rules).
 * @internal
 */
export function checkedRules(rules: FollowUpRules | undefined): FollowUpRules {
  if (rules === undefined) return DEFAULT_FOLLOW_UP_RULES;
  throwIssues([objectIssue(rules, 'rules')]);
  const parts = ['owner', 'tracking', 'family', 'entrustment', 'verification', 'visits'] as const;
  throwIssues(parts.map((part) => objectIssue(rules[part], part, { path: ['rules', part] })));
  const days = (value: unknown, part: string, name: string) =>
    countIssue(value, name, { path: ['rules', part, name], positive: true, maximum: MAX_DAYS });
  const { owner, verification, visits } = rules;
  throwIssues([
    arrayIssue(owner.duties, 'duties', { path: ['rules', 'owner', 'duties'] }),
    days(rules.tracking.cadenceDays, 'tracking', 'cadenceDays'),
    days(rules.family.days, 'family', 'days'),
    days(rules.entrustment.days, 'entrustment', 'days'),
    arrayIssue(verification.categories, 'categories', {
      path: ['rules', 'verification', 'categories'],
    }),
    arrayIssue(verification.censusMonths, 'censusMonths', {
      path: ['rules', 'verification', 'censusMonths'],
    }),
    arrayIssue(visits.retryNotDone, 'retryNotDone', { path: ['rules', 'visits', 'retryNotDone'] }),
  ]);
  const issues: Issue[] = [
    ...owner.duties.flatMap((duty, index) =>
      typeof duty === 'string' && duty !== ''
        ? []
        : [
            issue('invalid_type', ['rules', 'owner', 'duties', index], {
              expected: 'string',
              received: jsonTypeOf(duty),
            }),
          ],
    ),
    ...notAllowed(verification.categories, ['verification', 'categories'], CATEGORY_KEYS),
    ...notAllowed(verification.censusMonths, ['verification', 'censusMonths'], MONTHS),
    ...notAllowed(visits.retryNotDone, ['visits', 'retryNotDone'], NOT_DONE_REASONS),
  ];
  if (verification.censusMonths.length === 0)
    issues.push(
      issue('too_small', ['rules', 'verification', 'censusMonths'], {
        origin: 'array',
        minimum: 1,
        inclusive: true,
      }),
    );
  if (issues.length > 0) throw new GuanaiError(issues);
  return rules;
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** `invalid_value` for each element of `list` not in `allowed`. */
function notAllowed(
  list: readonly unknown[],
  path: readonly string[],
  allowed: readonly (string | number)[],
): Issue[] {
  const known: ReadonlySet<unknown> = new Set(allowed);
  return list.flatMap((value, index) =>
    known.has(value) ? [] : [issue('invalid_value', ['rules', ...path, index], { allowed })],
  );
}
