/**
 * Type tests of the eligibility API: the category keys, reasons narrowed by code, the
 * three-valued status, options and policies.
 */
import { expectTypeOf, test } from 'vitest';
import type { ElderId, PlainDate } from '../models/index.js';
import { CATEGORY_KEYS } from './categoryKeys.js';
import type { RULE_CITATIONS } from './citations.js';
import type { classifyChildUnderDefinitions } from './classifyChild.js';
import {
  type Classification,
  type ClassifyOptions,
  classifyElder,
  classifyStatuses,
  type StatusClassification,
} from './classifyElder.js';
import type { CategoryCounts, LedgerClassification, StatusCounts } from './classifyLedger.js';
import { classifyUnderDefinitions, type DefinitionComparison } from './classifyUnderDefinitions.js';
import { DEFAULT_POLICY } from './defaultPolicy.js';
import type { ChildDefinition, EmptyNestDefinition } from './definitionNames.js';
import { type IncidentKind, REPORT_RECIPIENTS, type ReportRecipient } from './incident.js';
import type { Policy, PolicyInput, PolicyParameters } from './policy.js';
import type {
  CategoryKey,
  CategoryResult,
  Citation,
  Reason,
  ReasonCode,
  ReasonParams,
  RuleKey,
} from './reason.js';
import { type SelectPolicyOptions, selectPolicy } from './selectPolicy.js';
import type { Tri } from './tri.js';

type AllCategories =
  | 'leftBehindElder'
  | 'leftBehindScreeningScope'
  | 'emptyNestElder'
  | 'livesAlone'
  | 'solitaryElder'
  | 'advancedAge'
  | 'disabled'
  | 'semiDisabled'
  | 'minimumLivingAllowance'
  | 'extremeHardship'
  | 'fiveGuarantee'
  | 'threeNo'
  | 'economicHardship'
  | 'poor'
  | 'priorityTarget'
  | 'priorityAssistanceTarget'
  | 'trackContinuously'
  | 'immediateReport'
  | 'keepOneChildHome'
  | 'entrustmentMissing'
  | 'lowFeeCareEligible'
  | 'emptyNestPriority'
  | 'facilityPriority'
  | 'mutualAidReport';

test('Tri is exactly yes | no | unknown', () => {
  expectTypeOf<Tri>().toEqualTypeOf<'yes' | 'no' | 'unknown'>();
  expectTypeOf<CategoryResult['status']>().toEqualTypeOf<Tri>();
  expectTypeOf<StatusCounts>().toEqualTypeOf<Record<Tri, number>>();
  // @ts-expect-error a boolean is not a Tri
  const status: Tri = true;
  // @ts-expect-error 'maybe' is not a Tri
  const maybe: Tri = 'maybe';
  expectTypeOf([status, maybe]).toBeArray();
});

test('a classification has exactly the CategoryKey keys', () => {
  expectTypeOf<CategoryKey>().toEqualTypeOf<AllCategories>();
  expectTypeOf<keyof Classification['categories']>().toEqualTypeOf<CategoryKey>();
  expectTypeOf<Classification['categories'][CategoryKey]>().toEqualTypeOf<CategoryResult>();
  expectTypeOf<keyof CategoryCounts>().toEqualTypeOf<CategoryKey>();
  // Every category is cited (RULE_CITATIONS also cites the 留守儿童 rule).
  expectTypeOf<CategoryKey>().toExtend<keyof typeof RULE_CITATIONS>();
  expectTypeOf<RuleKey>().toEqualTypeOf<CategoryKey | 'leftBehindChild'>();
  expectTypeOf(CATEGORY_KEYS).toEqualTypeOf<readonly CategoryKey[]>();
  expectTypeOf<Classification['elderId']>().toEqualTypeOf<ElderId>();
  expectTypeOf<Classification['asOf']>().toEqualTypeOf<PlainDate>();

  const categories = {} as Classification['categories'];
  // @ts-expect-error not a category
  expectTypeOf(categories.leftBehindChild).toBeUnknown();
  // @ts-expect-error the categories are read-only
  categories.advancedAge = categories.disabled;
});

test('Reason narrows its params by code', () => {
  const reason = {} as Reason;
  if (reason.code === 'age_minimum') {
    expectTypeOf(reason.params).toEqualTypeOf<{ minimum: number; age: number | null }>();
  }
  if (reason.code === 'children_out_of_county') {
    expectTypeOf(reason.params).toEqualTypeOf<{
      counted: number;
      outside: number;
      inside: number;
      unknown: number;
    }>();
  }
  if (reason.code === 'report_trigger') {
    expectTypeOf(reason.params.triggers).toEqualTypeOf<readonly IncidentKind[]>();
    expectTypeOf(reason.params.reportTo).toEqualTypeOf<readonly ReportRecipient[]>();
  }
  if (reason.code === 'risk_and_difficulty') {
    expectTypeOf(reason.params.safetyRisk).toEqualTypeOf<Tri>();
    expectTypeOf(reason.params.join).toEqualTypeOf<'and' | 'or'>();
  }
  if (reason.code === 'category') {
    expectTypeOf(reason.params.category).toEqualTypeOf<RuleKey>();
    // @ts-expect-error a category reason has no `minimum`
    expectTypeOf(reason.params.minimum).toBeNumber();
  }
  expectTypeOf<Reason<'has_children'>>().toEqualTypeOf<{
    readonly code: 'has_children';
    readonly status: Tri;
    readonly params: { count: number };
  }>();
  expectTypeOf<Reason['code']>().toEqualTypeOf<ReasonCode>();
  expectTypeOf<Reason<'away_long_enough'>['params']>().toEqualTypeOf<
    ReasonParams['away_long_enough']
  >();
  expectTypeOf<CategoryResult['reasons']>().toEqualTypeOf<readonly Reason[]>();
  expectTypeOf<CategoryResult['missing']>().toEqualTypeOf<readonly string[]>();
  expectTypeOf<CategoryResult['citation']>().toEqualTypeOf<Citation>();

  // @ts-expect-error params of another code
  const wrong: Reason = { code: 'has_children', status: 'yes', params: { minimum: 60, age: 61 } };
  // @ts-expect-error not a reason code
  const unknownCode: Reason = { code: 'nope', status: 'yes', params: {} };
  expectTypeOf([wrong, unknownCode]).toBeArray();
});

test('classifyElder takes asOf, an optional policy and incidents', () => {
  expectTypeOf(classifyElder).returns.toEqualTypeOf<Classification>();
  expectTypeOf<ClassifyOptions['asOf']>().toEqualTypeOf<PlainDate>();
  expectTypeOf<ClassifyOptions['incidents']>().toEqualTypeOf<readonly IncidentKind[] | undefined>();
  expectTypeOf<IncidentKind>().toEqualTypeOf<
    | 'wanderingOrBegging'
    | 'illegalInfringement'
    | 'criticalIllness'
    | 'severeMentalIllness'
    | 'majorDifficulty'
  >();
  expectTypeOf<ReportRecipient>().toEqualTypeOf<
    'villageCommittee' | 'townshipGovernment' | 'countyCivilAffairs'
  >();
  expectTypeOf(REPORT_RECIPIENTS).toExtend<readonly ReportRecipient[]>();
  // @ts-expect-error asOf is a checked PlainDate, not a string
  const options: ClassifyOptions = { asOf: '2026-06-30' };
  // @ts-expect-error not an incident kind
  const incidents: ClassifyOptions['incidents'] = ['fire'];
  expectTypeOf([options, incidents]).toBeArray();
});

test('policies: parsed parameters are complete, input parameters optional', () => {
  expectTypeOf(DEFAULT_POLICY).toEqualTypeOf<Policy>();
  expectTypeOf<Policy['parameters']>().toEqualTypeOf<PolicyParameters>();
  expectTypeOf<PolicyParameters['advancedAgeThreshold']>().toEqualTypeOf<number>();
  expectTypeOf<PolicyParameters['assessmentValidDays']>().toEqualTypeOf<number | null>();
  expectTypeOf<PolicyParameters['emptyNestDefinition']>().toEqualTypeOf<
    'childrenLeftHomeS18' | 'closedListS17' | 'eitherS18OrS17'
  >();
  // Stored policies may still say the names before 1.0; parsing maps them to the new ones.
  expectTypeOf<'household'>().toExtend<
    NonNullable<NonNullable<PolicyInput['parameters']>['emptyNestDefinition']>
  >();
  expectTypeOf<'validTo'>().toEqualTypeOf<
    Exclude<keyof Policy, 'id' | 'name' | 'jurisdiction' | 'validFrom' | 'parameters' | 'citations'>
  >();
  const input: PolicyInput = {
    id: 'p',
    name: 'p',
    jurisdiction: 'national',
    validFrom: '2026-01-01',
    parameters: { advancedAgeThreshold: 70 },
  };
  expectTypeOf(input).toExtend<PolicyInput>();
  expectTypeOf(selectPolicy).returns.toEqualTypeOf<Policy | undefined>();
  expectTypeOf<LedgerClassification['withoutPolicy']>().toEqualTypeOf<readonly ElderId[]>();
});

test('classifyStatuses: the same options, one Tri per category; the ledger keeps statuses', () => {
  expectTypeOf(classifyStatuses).parameter(1).toEqualTypeOf<ClassifyOptions>();
  expectTypeOf(classifyStatuses).returns.toEqualTypeOf<StatusClassification>();
  expectTypeOf<keyof StatusClassification['statuses']>().toEqualTypeOf<CategoryKey>();
  expectTypeOf<StatusClassification['statuses'][CategoryKey]>().toEqualTypeOf<Tri>();
  expectTypeOf<LedgerClassification['results']>().toEqualTypeOf<readonly StatusClassification[]>();
  const statuses = {} as StatusClassification['statuses'];
  // @ts-expect-error the statuses are read-only
  statuses.advancedAge = 'yes';
});

test('one shape: statuses is Record<CategoryKey, Tri> on every elder result', () => {
  expectTypeOf<Classification['statuses']>().toEqualTypeOf<StatusClassification['statuses']>();
  expectTypeOf<Classification['statuses'][CategoryKey]>().toEqualTypeOf<Tri>();
});

test('both definitions in one call: keyed by parameter, then by its value', () => {
  expectTypeOf(classifyUnderDefinitions).parameter(1).toEqualTypeOf<ClassifyOptions>();
  expectTypeOf(classifyUnderDefinitions).returns.toEqualTypeOf<DefinitionComparison>();
  expectTypeOf<
    keyof DefinitionComparison['emptyNestDefinition']
  >().toEqualTypeOf<EmptyNestDefinition>();
  expectTypeOf<
    DefinitionComparison['emptyNestDefinition']['closedListS17']['statuses']['emptyNestElder']
  >().toEqualTypeOf<Tri>();
  type Child = ReturnType<typeof classifyChildUnderDefinitions>['childDefinition'];
  expectTypeOf<keyof Child>().toEqualTypeOf<ChildDefinition>();
  expectTypeOf<Child['caredByOthersS18']>().toEqualTypeOf<CategoryResult>();
  expectTypeOf(selectPolicy).parameter(1).toEqualTypeOf<SelectPolicyOptions>();
});
