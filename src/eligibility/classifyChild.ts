import { addMonths, ageInFullYears, ChildRecord, type PlainDate } from '../models/index.js';
import { checkedAsOf, checkedPolicy, requireOptions } from './checkedInput.js';
import { RULE_CITATIONS } from './citations.js';
import { type Condition, condition, resultOf } from './condition.js';
import type { DEFAULT_POLICY } from './defaultPolicy.js';
import { CHILD_DEFINITIONS, type ChildDefinition } from './definitionNames.js';
import type { Policy, PolicyParameters } from './policy.js';
import type { CategoryResult } from './reason.js';
import { diagnosed } from './schemaDiagnosis.js';
import { allOf, anyOf, type Tri, triOf } from './tri.js';

/**
 * Options of {@link classifyChild}.
 * @category Eligibility
 */
export interface ClassifyChildOptions {
  /** The day the classification is for. */
  readonly asOf: PlainDate;
  /** The policy in force (default {@link DEFAULT_POLICY}): its `child…` parameters apply. */
  readonly policy?: Policy;
}

const SPECIAL_GROUPS = ['orphan', 'abandoned', 'singleParentFamily'] as const;

function ageWithin(
  child: ChildRecord,
  asOf: PlainDate,
  minimum: number,
  maximum: number,
  policy: PolicyParameters,
): Condition {
  const age = child.birthDate
    ? ageInFullYears(child.birthDate, asOf, { leapDay: policy.leapDayBirthday })
    : undefined;
  const status: Tri =
    age === undefined ? 'unknown' : age >= minimum && age <= maximum ? 'yes' : 'no';
  return condition('child_age_range', status, { age: age ?? null, minimum, maximum }, [
    'birthDate',
  ]);
}

/** 「父母在外打工」: both parents (default) or either. A parent who has died is not working away. */
function parentsAway(child: ChildRecord, policy: PolicyParameters): Condition {
  const rule = policy.childParentsAway;
  const parents = child.parents ?? [];
  const statuses = parents.map(
    (parent): Tri => (parent.alive === false ? 'no' : triOf(parent.awayForWork)),
  );
  const missing = parents.flatMap((_, i) =>
    statuses[i] === 'unknown' ? [`parents[${i}].awayForWork`] : [],
  );
  // Both parents are needed for "both": a parent the record lacks is unknown.
  if (!child.parents || (rule === 'both' && parents.length < 2)) {
    statuses.push('unknown');
    missing.push('parents');
  }
  const status = rule === 'both' ? allOf(statuses) : anyOf(statuses);
  const away = statuses.filter((s) => s === 'yes').length;
  return condition(
    'parents_away',
    status,
    { rule, away, known: statuses.length - missing.length },
    missing,
  );
}

/** 「常年或连续三个月」: every parent away for work, all year or the policy's months by asOf. */
function parentsAwayLongEnough(
  child: ChildRecord,
  asOf: PlainDate,
  policy: PolicyParameters,
): Condition {
  const months = policy.childAwayMinimumMonths;
  const parents = child.parents ?? [];
  const missing: string[] = child.parents ? [] : ['parents'];
  const statuses: Tri[] = [];
  let since: PlainDate | null = null;
  parents.forEach((parent, i) => {
    if (parent.awayForWork === false || parent.alive === false) return;
    if (parent.awayForWork === undefined) {
      statuses.push('unknown');
      missing.push(`parents[${i}].awayForWork`);
    } else if (parent.yearRound) statuses.push('yes');
    else if (!parent.awaySince) {
      statuses.push('unknown');
      missing.push(`parents[${i}].awaySince`);
    } else {
      if (since === null || parent.awaySince > since) since = parent.awaySince;
      const reached = addMonths(parent.awaySince, months);
      statuses.push((policy.thresholdsInclusive ? reached <= asOf : reached < asOf) ? 'yes' : 'no');
    }
  });
  // Nobody known to be away decides "no" only when every parent is known not to be away.
  const status: Tri =
    child.parents === undefined ? 'unknown' : statuses.length === 0 ? 'no' : allOf(statuses);
  return condition('parents_away_long_enough', status, { months, since }, missing);
}

function livesAtHome(child: ChildRecord): Condition {
  return condition('lives_at_home', triOf(child.livesAtHome), {}, ['livesAtHome']);
}

/** Definition A (S10 L203 = S18 L489): parents away, the child at home in others' care. */
function familyCareDefinition(
  child: ChildRecord,
  asOf: PlainDate,
  policy: PolicyParameters,
): CategoryResult {
  const carer = child.dailyCarer;
  const byOthers: Tri = carer === undefined ? 'unknown' : carer === 'parent' ? 'no' : 'yes';
  const conditions = [
    ageWithin(child, asOf, 0, policy.childMaximumAge, policy),
    parentsAway(child, policy),
    livesAtHome(child),
    condition('cared_by_others', byOthers, { carer: carer ?? null }, ['dailyCarer']),
  ];
  return resultOf('leftBehindChild', allOf(conditions.map((c) => c.status)), conditions);
}

/** Definition B (S17 L457): 6–14, parents away all year or three months, at home; or a special group. */
function townScopeDefinition(
  child: ChildRecord,
  asOf: PlainDate,
  policy: PolicyParameters,
): CategoryResult {
  const { minimum, maximum } = policy.childAgeRange;
  const age = ageWithin(child, asOf, minimum, maximum, policy);
  const parents = [
    parentsAway(child, policy),
    parentsAwayLongEnough(child, asOf, policy),
    livesAtHome(child),
  ];
  const groups = SPECIAL_GROUPS.filter((group) => child[group] === true);
  const special = condition(
    'special_child_group',
    anyOf(SPECIAL_GROUPS.map((group) => triOf(child[group]))),
    { groups },
    SPECIAL_GROUPS.filter((group) => child[group] === undefined),
  );
  const parentsBranch = allOf(parents.map((c) => c.status));
  const status = policy.childSpecialGroupsAgeBound
    ? allOf([age.status, anyOf([parentsBranch, special.status])])
    : anyOf([allOf([age.status, parentsBranch]), special.status]);
  return resultOf('leftBehindChild', status, [age, ...parents, special]);
}

/**
 * 留守儿童 (spec §1.3) for the programmes that pair children too (S17 多带一, S18 包保), by the
 * policy's definition: A (default) — parents working away, the child at home in the care of
 * grandparents, relatives or friends; B — aged 6–14 周岁 with parents away for work all year or
 * three consecutive months and living at home, or an orphan, abandoned child or child of a
 * single-parent family; or either. Three-valued like the elder categories.
 *
 * The child must be validated (`parse(ChildRecord, row)`); a record that was not and makes the
 * classification fail throws {@link errors!GuanaiError} with its issues against the schema. Bad
 * options throw as for `classifyElder` (a policy not checked by `parsePolicy` or `selectPolicy`
 * is `policy_unchecked`).
 *
 * @example
 * ```ts
 * const child = parse(ChildRecord, row);
 * classifyChild(child, { asOf: plainDate('2026-06-30') }).status; // 'yes' | 'no' | 'unknown'
 * ```
 * @category Eligibility
 */
export function classifyChild(child: ChildRecord, options: ClassifyChildOptions): CategoryResult {
  return withCheckedChild(child, options, (policy) =>
    classifyTrustedChild(child, options.asOf, policy),
  );
}

/** Check the options, then run `use`, diagnosing a failure on an unvalidated record. */
function withCheckedChild<T>(
  child: ChildRecord,
  options: ClassifyChildOptions,
  use: (policy: Policy) => T,
): T {
  requireOptions(options);
  checkedAsOf(options.asOf);
  const policy = checkedPolicy(options.policy, ['policy']);
  try {
    return use(policy);
  } catch (error) {
    throw diagnosed(error, ChildRecord, child, 'child');
  }
}

/**
 * A child's 留守儿童 answer under every value of `childDefinition`, for the same day and policy.
 * @category Eligibility
 */
export interface ChildDefinitionComparison {
  readonly asOf: PlainDate;
  readonly policyId: string;
  readonly childDefinition: Readonly<Record<ChildDefinition, CategoryResult>>;
}

/**
 * Classify a child as 留守儿童 under each definition the texts give, in one call: S18's
 * (`caredByOthersS18`), S17's (`ageRangeOrGroupS17`) and either (`eitherS18OrS17`), each
 * explained. Each answer equals `classifyChild` under the same policy with that
 * `childDefinition` (the policy's own choice is ignored here); the texts disagree (spec §11.5)
 * and this shows where, for one child. Bad input throws as for `classifyChild`.
 *
 * @example
 * ```ts
 * const { childDefinition } = classifyChildUnderDefinitions(child, { asOf: plainDate('2026-06-30') });
 * childDefinition.caredByOthersS18.status; // 'yes' | 'no' | 'unknown'
 * childDefinition.ageRangeOrGroupS17.missing; // facts S17's definition still needs
 * ```
 * @category Eligibility
 */
export function classifyChildUnderDefinitions(
  child: ChildRecord,
  options: ClassifyChildOptions,
): ChildDefinitionComparison {
  return withCheckedChild(child, options, (policy) => {
    const answers = {} as Record<ChildDefinition, CategoryResult>;
    for (const definition of CHILD_DEFINITIONS) {
      answers[definition] = classifyTrustedChild(child, options.asOf, policy, definition);
    }
    return { asOf: options.asOf, policyId: policy.id, childDefinition: answers };
  });
}

function classifyTrustedChild(
  child: ChildRecord,
  asOf: PlainDate,
  policy: Policy,
  definition: ChildDefinition = policy.parameters.childDefinition,
): CategoryResult {
  const parameters = policy.parameters;
  const citations = policy.citations;
  const a =
    definition === 'ageRangeOrGroupS17' ? undefined : familyCareDefinition(child, asOf, parameters);
  const b =
    definition === 'caredByOthersS18' ? undefined : townScopeDefinition(child, asOf, parameters);
  const results = [a, b].filter((r): r is CategoryResult => r !== undefined);
  const status = anyOf(results.map((r) => r.status));
  // Both definitions may test the same thing (parents away, at home): list an identical reason once.
  const seen = new Set<string>();
  const reasons = results
    .flatMap((r) => r.reasons)
    .filter((reason) => {
      const key = `${reason.code}:${reason.status}:${JSON.stringify(reason.params)}`;
      return !seen.has(key) && Boolean(seen.add(key));
    });
  const missing =
    status === 'unknown'
      ? [...new Set(results.filter((r) => r.status === 'unknown').flatMap((r) => r.missing))]
      : [];
  return {
    status,
    reasons,
    missing,
    citation: citations?.leftBehindChild ?? RULE_CITATIONS.leftBehindChild,
  };
}
