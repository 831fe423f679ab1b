import type { Elder, ElderId, PlainDate } from '../models/index.js';
import { type ClassifyOptions, type ExplainedParts, withExplainedParts } from './classifyElder.js';
import { EMPTY_NEST_DEFINITIONS, type EmptyNestDefinition } from './definitionNames.js';
import type { CategoryKey, CategoryResult } from './reason.js';
import { emptyNestElder } from './rules/emptyNest.js';
import { emptyNestPriority, facilityPriority } from './rules/priority.js';
import type { Tri } from './tri.js';

/**
 * The categories whose answer depends on the 空巢 definition: 空巢 itself and the two rules that
 * read it (R11 空巢重点, R14 facility priority).
 * @category Eligibility
 */
export type EmptyNestDependentKey = 'emptyNestElder' | 'emptyNestPriority' | 'facilityPriority';

/**
 * The answers of some categories under one definition: each status, and each explained.
 * @category Eligibility
 */
export interface DefinitionAnswers<K extends CategoryKey> {
  readonly statuses: Readonly<Record<K, Tri>>;
  readonly categories: Readonly<Record<K, CategoryResult>>;
}

/**
 * One elder's contested categories under every value of each definition parameter, for the
 * same day and policy: `emptyNestDefinition.closedListS17.statuses.emptyNestElder` is what
 * `classifyElder` answers under that policy with `emptyNestDefinition: 'closedListS17'`.
 * @category Eligibility
 */
export interface DefinitionComparison {
  readonly elderId: ElderId;
  readonly asOf: PlainDate;
  readonly policyId: string;
  readonly emptyNestDefinition: Readonly<
    Record<EmptyNestDefinition, DefinitionAnswers<EmptyNestDependentKey>>
  >;
}

/**
 * Classify an elder under every definition the texts give for a contested category, in one
 * call: 空巢 by S18's household definition (`childrenLeftHomeS18`), by S17's closed list
 * (`closedListS17`) and by either (`eitherS18OrS17`), with the rules that read 空巢 (R11, R14),
 * each explained. The facts are derived once; each answer equals `classifyElder` under the
 * same policy with that `emptyNestDefinition` (the policy's own choice is ignored here). For a
 * county deciding which definition to adopt, or an official showing why the texts disagree
 * about one elder (spec §11.1). 留守儿童's two definitions: `classifyChildUnderDefinitions`.
 *
 * Takes the options of `classifyElder` and throws as it does for bad input.
 *
 * @example
 * ```ts
 * const { emptyNestDefinition } = classifyUnderDefinitions(elder, { asOf: plainDate('2026-06-30') });
 * emptyNestDefinition.childrenLeftHomeS18.statuses.emptyNestElder; // 'yes' | 'no' | 'unknown'
 * emptyNestDefinition.closedListS17.categories.emptyNestElder.reasons; // why, by S17
 * ```
 * @category Eligibility
 */
export function classifyUnderDefinitions(
  elder: Elder,
  options: ClassifyOptions,
): DefinitionComparison {
  return withExplainedParts(elder, options, (parts) => compare(elder, options, parts));
}

function compare(
  elder: Elder,
  options: ClassifyOptions,
  { policy, context, shared, base }: ExplainedParts,
): DefinitionComparison {
  const citations = policy.citations;
  const cited = (key: EmptyNestDependentKey, result: CategoryResult): CategoryResult => {
    const citation = citations?.[key];
    return citation ? { ...result, citation } : result;
  };
  const under = (definition: EmptyNestDefinition): DefinitionAnswers<EmptyNestDependentKey> => {
    const varied = {
      ...base,
      emptyNestElder: emptyNestElder(context, base.advancedAge.status, definition),
    };
    const categories = {
      emptyNestElder: cited('emptyNestElder', varied.emptyNestElder),
      emptyNestPriority: cited('emptyNestPriority', emptyNestPriority(varied)),
      facilityPriority: cited('facilityPriority', facilityPriority(context, varied, shared)),
    };
    const statuses = {
      emptyNestElder: categories.emptyNestElder.status,
      emptyNestPriority: categories.emptyNestPriority.status,
      facilityPriority: categories.facilityPriority.status,
    };
    return { statuses, categories };
  };
  const answers = {} as Record<EmptyNestDefinition, DefinitionAnswers<EmptyNestDependentKey>>;
  for (const definition of EMPTY_NEST_DEFINITIONS) answers[definition] = under(definition);
  return {
    elderId: elder.id,
    asOf: options.asOf,
    policyId: policy.id,
    emptyNestDefinition: answers,
  };
}
