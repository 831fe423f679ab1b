import type { Elder, ElderId, MutualAidGroup, PlainDate } from '../models/index.js';
import { checkedAsOf, checkedPolicy, checkKnownWords, requireOptions } from './checkedInput.js';
import { type ElderContext, elderContext } from './context.js';
import {
  decideStatusCodes,
  type StatusCodes,
  statusCodes,
  statusesOfCodes,
} from './decideStatuses.js';
import type { DEFAULT_POLICY } from './defaultPolicy.js';
import { diagnoseElder } from './diagnoseElder.js';
import type { IncidentKind } from './incident.js';
import { INCIDENT_KINDS } from './incidentKinds.js';
import type { MajorEventKind } from './majorEvent.js';
import { MAJOR_EVENT_KINDS } from './majorEventKinds.js';
import { checkMutualAidGroups } from './mutualAidOptions.js';
import type { Policy } from './policy.js';
import type { CategoryKey, CategoryResult } from './reason.js';
import { type SharedConditions, sharedConditions } from './rules/commonConditions.js';
import { emptyNestElder } from './rules/emptyNest.js';
import { leftBehindElder, leftBehindScreeningScope } from './rules/leftBehind.js';
import { mutualAidReport } from './rules/mutualAid.js';
import type { BaseResults } from './rules/priority.js';
import { priorityBlock } from './rules/priorityBlock.js';
import { statusBlock } from './rules/statusBlock.js';
import { abilityCategory } from './rules/statuses.js';
import type { Tri } from './tri.js';

/**
 * Options of {@link classifyElder}.
 * @category Eligibility
 */
export interface ClassifyOptions {
  /** The day the classification is for: ages and absences are measured to it. */
  readonly asOf: PlainDate;
  /**
   * The policy in force (default {@link DEFAULT_POLICY}): one checked by `parsePolicy` (or
   * `Policy.parse`, `validatePolicies`) or chosen by `selectPolicy`; any other object is
   * `policy_unchecked`.
   */
  readonly policy?: Policy;
  /** Situations found on a visit that call for an immediate report (spec §2 R4). */
  readonly incidents?: readonly IncidentKind[];
  /**
   * Major events of the elder (生病, 天灾人祸) that a mutual-aid group must report to the village
   * and 组 cadres (spec §2 R10); none when absent, as for `incidents`.
   */
  readonly majorEvents?: readonly MajorEventKind[];
  /**
   * The mutual-aid groups (老老互助组织), validated (`parse(MutualAidGroup, …)`), for R10's
   * membership; while absent, membership is unknown. Checked once per list without the schema,
   * for what R10 reads: an id, members, a leader among them and a span of real dates.
   */
  readonly mutualAidGroups?: readonly MutualAidGroup[];
}

/**
 * Every category of one elder as of one day, with the policy it was decided under:
 * `categories` explains each answer, `statuses` is the answer alone — the same map as
 * `classifyStatuses` and `classifyLedger` give, so `.statuses.x` reads alike on every result.
 * The explanations are read-only (typed so) and may be shared: a category result whose reasons
 * depend only on the policy and a few facts (a recorded status absent, a `no` naming only
 * policy parameters, a priority rule over decided answers or an open age or assessment) is
 * one frozen object that every elder with that answer gets, as are such reasons and their
 * parameters. They are plain data all the same (equal to fresh ones, structuredClone-able);
 * copy one before changing it.
 *
 * @example
 * ```ts
 * const result: Classification = classifyElder(elder, { asOf: plainDate('2026-06-30') });
 * result.statuses.emptyNestElder === result.categories.emptyNestElder.status; // true
 * ```
 * @category Eligibility
 */
export interface Classification {
  readonly elderId: ElderId;
  readonly asOf: PlainDate;
  readonly policyId: string;
  /** The status of every category: `categories[x].status`, for reading alike with the ledger. */
  readonly statuses: Readonly<Record<CategoryKey, Tri>>;
  readonly categories: Readonly<Record<CategoryKey, CategoryResult>>;
}

/** Every category of one elder, explained. */
function evaluateCategories(
  elder: Elder,
  options: ClassifyOptions,
  policy: Policy,
): Record<CategoryKey, CategoryResult> {
  try {
    return evaluateTrusted(elder, options, policy);
  } catch (error) {
    // The elder was not run through the schema: say what is wrong with it, with paths.
    throw diagnoseElder(error, elder, 'elder');
  }
}

/** The options checked, in O(1) but for `incidents`: the policy once per policy object. */
function checkedOptions(options: ClassifyOptions): Policy {
  requireOptions(options);
  checkedAsOf(options.asOf);
  checkKnownWords(options.incidents, 'incidents', INCIDENT_KINDS);
  checkKnownWords(options.majorEvents, 'majorEvents', MAJOR_EVENT_KINDS);
  checkMutualAidGroups(options.mutualAidGroups);
  return checkedPolicy(options.policy, ['policy']);
}

function evaluateTrusted(
  elder: Elder,
  options: ClassifyOptions,
  policy: Policy,
): Record<CategoryKey, CategoryResult> {
  const context = elderContext(elder, options.asOf, policy.parameters);
  const shared = sharedConditions(context);
  const base = baseCategories(context, shared, options);
  return withPriorities(context, shared, base, options);
}

/** The categories the priority rules build on, decided from the shared facts. */
function baseCategories(
  context: ElderContext,
  shared: SharedConditions,
  options: ClassifyOptions,
): BaseResults {
  const statuses = statusBlock(context);
  return {
    leftBehindElder: leftBehindElder(context, shared),
    leftBehindScreeningScope: leftBehindScreeningScope(context, shared),
    emptyNestElder: emptyNestElder(context, statuses.advancedAge.status),
    livesAlone: statuses.livesAlone,
    solitaryElder: statuses.solitaryElder,
    advancedAge: statuses.advancedAge,
    disabled: abilityCategory(context, 'disabled'),
    semiDisabled: abilityCategory(context, 'semiDisabled'),
    minimumLivingAllowance: statuses.minimumLivingAllowance,
    extremeHardship: statuses.extremeHardship,
    fiveGuarantee: statuses.fiveGuarantee,
    threeNo: statuses.threeNo,
    economicHardship: statuses.economicHardship,
    poor: statuses.poor,
    mutualAidReport: mutualAidReport(context, options.majorEvents ?? [], options.mutualAidGroups),
  };
}

/** What `classifyUnderDefinitions` varies a definition over: the facts derived once, explained. @internal */
export interface ExplainedParts {
  readonly policy: Policy;
  readonly context: ElderContext;
  readonly shared: SharedConditions;
  readonly base: BaseResults;
}

/**
 * Run `use` on an elder's categories explained, with the options checked as `classifyElder`
 * checks them and a failure on an unvalidated elder diagnosed as it diagnoses one.
 * @internal
 */
export function withExplainedParts<T>(
  elder: Elder,
  options: ClassifyOptions,
  use: (parts: ExplainedParts) => T,
): T {
  const policy = checkedOptions(options);
  try {
    const context = elderContext(elder, options.asOf, policy.parameters);
    const shared = sharedConditions(context);
    return use({ policy, context, shared, base: baseCategories(context, shared, options) });
  } catch (error) {
    throw diagnoseElder(error, elder, 'elder');
  }
}

function withPriorities(
  context: ElderContext,
  shared: SharedConditions,
  base: BaseResults,
  options: ClassifyOptions,
): Record<CategoryKey, CategoryResult> {
  // The priority rules read the base categories and never each other. One literal gives every
  // result object the same shape, which keeps this hot path fast.
  const priorities = priorityBlock(context, base, shared, options.incidents ?? []);
  return {
    leftBehindElder: base.leftBehindElder,
    leftBehindScreeningScope: base.leftBehindScreeningScope,
    emptyNestElder: base.emptyNestElder,
    livesAlone: base.livesAlone,
    solitaryElder: base.solitaryElder,
    advancedAge: base.advancedAge,
    disabled: base.disabled,
    semiDisabled: base.semiDisabled,
    minimumLivingAllowance: base.minimumLivingAllowance,
    extremeHardship: base.extremeHardship,
    fiveGuarantee: base.fiveGuarantee,
    threeNo: base.threeNo,
    economicHardship: base.economicHardship,
    poor: base.poor,
    priorityTarget: priorities.priorityTarget,
    priorityAssistanceTarget: priorities.priorityAssistanceTarget,
    trackContinuously: priorities.trackContinuously,
    immediateReport: priorities.immediateReport,
    keepOneChildHome: priorities.keepOneChildHome,
    entrustmentMissing: priorities.entrustmentMissing,
    lowFeeCareEligible: priorities.lowFeeCareEligible,
    emptyNestPriority: priorities.emptyNestPriority,
    facilityPriority: priorities.facilityPriority,
    mutualAidReport: base.mutualAidReport,
  };
}

/**
 * The status of each category, written out key by key: a loop over the keys is several times slower.
 * @internal
 */
export function statusesOf(
  categories: Readonly<Record<CategoryKey, CategoryResult>>,
): Record<CategoryKey, Tri> {
  return {
    leftBehindElder: categories.leftBehindElder.status,
    leftBehindScreeningScope: categories.leftBehindScreeningScope.status,
    emptyNestElder: categories.emptyNestElder.status,
    livesAlone: categories.livesAlone.status,
    solitaryElder: categories.solitaryElder.status,
    advancedAge: categories.advancedAge.status,
    disabled: categories.disabled.status,
    semiDisabled: categories.semiDisabled.status,
    minimumLivingAllowance: categories.minimumLivingAllowance.status,
    extremeHardship: categories.extremeHardship.status,
    fiveGuarantee: categories.fiveGuarantee.status,
    threeNo: categories.threeNo.status,
    economicHardship: categories.economicHardship.status,
    poor: categories.poor.status,
    priorityTarget: categories.priorityTarget.status,
    priorityAssistanceTarget: categories.priorityAssistanceTarget.status,
    trackContinuously: categories.trackContinuously.status,
    immediateReport: categories.immediateReport.status,
    keepOneChildHome: categories.keepOneChildHome.status,
    entrustmentMissing: categories.entrustmentMissing.status,
    lowFeeCareEligible: categories.lowFeeCareEligible.status,
    emptyNestPriority: categories.emptyNestPriority.status,
    facilityPriority: categories.facilityPriority.status,
    mutualAidReport: categories.mutualAidReport.status,
  };
}

/**
 * Classify an elder as of `asOf`: 留守 (left-behind) and its screening scope, 空巢 (empty-nest),
 * 独居, 孤寡, 高龄, 失能 / 半失能, 低保 / 特困 / 五保 / 三无, 经济困难, 贫困, and the priority and risk
 * rules of spec §2 (重点对象, 重点帮扶对象, 随时跟踪, immediate report, keep a child home,
 * entrustment, low-fee care, 空巢 emphasis, facility priority). Each category answers `yes`,
 * `no` or `unknown`, with every condition evaluated (`reasons`), the facts that would decide an
 * `unknown` (`missing`) and the rule's citation. The answer is advisory (PIPL art. 24): render
 * it for people with `explain` from `guanai/i18n`. To count many elders, {@link classifyStatuses}
 * decides the same statuses without building the explanations.
 *
 * The elder must be validated (`parse(Elder, row)` or `parseLedger`) and the policy checked
 * (`parsePolicy`, `selectPolicy`, or `DEFAULT_POLICY`); the function is pure, reads no clock and
 * runs no schema (it is a hot path, and an app that only classifies ships no zod). When an
 * unvalidated elder makes it fail, it throws {@link errors!GuanaiError} at the first field of
 * the wrong JSON type among those the rules walk into or parse (`invalid_type`,
 * `invalid_plain_date`), else `invalid_argument` at `[]` with the raw error as `cause`. It also
 * throws for options that are not an object (`invalid_argument`), an `asOf` that is not a real
 * date (`invalid_plain_date` at `['asOf']`), an incident or major-event kind not in its list
 * (`invalid_value` at `['incidents', i]`), groups without what R10 reads (the first issue under
 * `['mutualAidGroups']`) and a policy not known to be checked (`policy_unchecked` at
 * `['policy']`: a copy or spread of a checked policy is not one).
 *
 * @example
 * ```ts
 * const result = classifyElder(elder, { asOf: plainDate('2026-06-30') });
 * result.categories.leftBehindElder.status;  // 'yes' | 'no' | 'unknown'
 * result.categories.leftBehindElder.missing; // e.g. ['household.children[1].awaySince']
 * ```
 * @category Eligibility
 */
export function classifyElder(elder: Elder, options: ClassifyOptions): Classification {
  const policy = checkedOptions(options);
  const categories = evaluateCategories(elder, options, policy);
  if (policy.citations) {
    for (const [key, citation] of Object.entries(policy.citations)) {
      const result = categories[key as CategoryKey];
      if (result) categories[key as CategoryKey] = { ...result, citation };
    }
  }
  const statuses = statusesOf(categories);
  return { elderId: elder.id, asOf: options.asOf, policyId: policy.id, statuses, categories };
}

/**
 * The status of every category of one elder, without reasons or missing facts.
 * @category Eligibility
 */
export interface StatusClassification {
  readonly elderId: ElderId;
  readonly asOf: PlainDate;
  readonly policyId: string;
  readonly statuses: Readonly<Record<CategoryKey, Tri>>;
}

/**
 * Decide every category of an elder as {@link classifyElder} does — the same rules, policy and
 * three-valued logic — but keep only the statuses: no reasons, missing facts or citations are
 * built. It is what counting a whole ledger needs (`classifyLedger` uses it); call
 * `classifyElder` for the elder an official opens, to explain the answer. Bad input throws
 * as for `classifyElder`.
 *
 * @example
 * ```ts
 * const { statuses } = classifyStatuses(elder, { asOf: plainDate('2026-06-30') });
 * statuses.leftBehindElder; // 'yes' | 'no' | 'unknown', as classifyElder answers
 * ```
 * @category Eligibility
 */
export function classifyStatuses(elder: Elder, options: ClassifyOptions): StatusClassification {
  return statusesUnderPolicy(elder, options, checkedOptions(options));
}

/** Scratch codes for a single elder's statuses, read out at once. */
const singleCodes = /* @__PURE__ */ statusCodes();

/**
 * {@link classifyStatuses} under a policy already checked, for a batch whose options were
 * checked once.
 * @internal
 */
export function statusesUnderPolicy(
  elder: Elder,
  options: ClassifyOptions,
  policy: Policy,
): StatusClassification {
  decideUnderPolicy(elder, options, policy, singleCodes);
  const statuses = statusesOfCodes(singleCodes);
  return { elderId: elder.id, asOf: options.asOf, policyId: policy.id, statuses };
}

/**
 * The status pass into `codes`, under a policy already checked; an elder that makes it fail is
 * diagnosed without the schema (see `diagnoseElder`).
 * @internal
 */
export function decideUnderPolicy(
  elder: Elder,
  options: ClassifyOptions,
  policy: Policy,
  codes: StatusCodes,
): void {
  // Decided first: it is what diagnoses an elder that is not an object.
  try {
    decideStatusCodes(elder, options, policy.parameters, codes);
  } catch (error) {
    throw diagnoseElder(error, elder, 'elder');
  }
}
