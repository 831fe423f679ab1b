import * as z from 'zod';
import { afterFieldsPass } from '../_lib/afterFieldsPass.js';
import { CATEGORY_KEYS, type CategoryKey, type Tri } from '../eligibility/index.js';
import {
  GuanaiError,
  type Issue,
  type IssuePath,
  issue,
  prefixIssues,
  reportIssue,
} from '../errors/index.js';
import { Programme, safeParse } from '../models/index.js';
import { ReferralSteps } from './referralSteps.js';

const CategoryKeyName = /* @__PURE__ */ z.enum(CATEGORY_KEYS as [CategoryKey, ...CategoryKey[]]);
const categoryList = () => z.array(CategoryKeyName).max(CATEGORY_KEYS.length);

/**
 * One rule that suggests a referral, as data: the programme, the categories of the eligibility
 * classifier that must all answer `yes` (`all`), of which at least one must (`any`), and that
 * must each answer `no` (`unless`: the elder is already helped some other way), with the
 * citation of the text. A rule only suggests: the programme's own conditions, set outside
 * these texts (spec §8 「符合条件的」), decide the application. `steps` overrides who acts and
 * by when for this rule's referrals (see `DEFAULT_REFERRAL_STEPS`).
 *
 * An `unless` category that is `unknown` holds the suggestion back: whether the elder is
 * already on 低保, say, is a fact to verify (核实) first, not a reason to file a second
 * application.
 *
 * @example
 * ```ts
 * const rule = ReferralRule.parse({
 *   id: 'temporaryAssistance', programme: 'temporaryAssistance',
 *   all: ['leftBehindElder', 'priorityAssistanceTarget'], source: 'spec §8 · S14 L377',
 * });
 * ```
 * @category Referrals
 */
export const ReferralRule = /* @__PURE__ */ z
  .strictObject({
    id: z.string().trim().min(1).max(64),
    programme: Programme,
    all: categoryList(),
    any: categoryList().min(1).optional(),
    unless: categoryList().optional(),
    source: z.string().trim().min(1).max(200),
    steps: ReferralSteps.partial().optional(),
  })
  .superRefine((rule, ctx) => {
    // A rule with no condition would refer every elder of the ledger.
    if (rule.all.length === 0 && rule.any === undefined)
      reportIssue(ctx, rule.all, 'too_small', { origin: 'array', minimum: 1, inclusive: true }, [
        'all',
      ]);
  }, afterFieldsPass);
/** @category Referrals */
export type ReferralRule = z.infer<typeof ReferralRule>;

/**
 * The default referral rules, from spec §8 (the programmes) and §2 (who they are for). Each
 * names the text it comes from:
 * - `minimumLivingAllowance` — a 留守 elder in economic hardship not on 低保 (S14 L377; S18
 *   L501). Not while 特困 or 五保: *Inference* (outside the text), those are supported instead;
 * - `extremeHardshipSupport` — a 三无 or 孤寡 elder not yet supported as 特困 or 五保 (spec §1.5–
 *   §1.7 · S17 L457; §8 · S14 L375 「农村特困人员集中供养」; the enum's programme for 特困
 *   support is centralised support);
 * - `medicalAssistance` — a poor 留守 elder (S14 L377);
 * - `familyDoctorContract` — every 留守 elder (S14 L379);
 * - `advancedAgeAllowance` — a 高龄 elder (S14 L377; S18 L501);
 * - `lowFeeCare` — R8's economically difficult 失能 / 半失能 留守 elder (S14 L375);
 * - `homeCareCentre` — R14's low-income, living alone, empty-nest, 高龄 or 失能 elder (S14
 *   L375);
 * - `dayCareCentre` — the same, when 留守: the village day-care centre is opened in S16's
 *   paragraph on 留守 elders (S14 L375; S16 L431).
 *
 * @example
 * ```ts
 * const rules = DEFAULT_REFERRAL_RULES.filter((rule) => rule.programme !== 'dayCareCentre');
 * ```
 * @category Referrals
 */
export const DEFAULT_REFERRAL_RULES: readonly ReferralRule[] = [
  {
    id: 'minimumLivingAllowance',
    programme: 'minimumLivingAllowance',
    all: ['leftBehindElder', 'economicHardship'],
    unless: ['minimumLivingAllowance', 'extremeHardship', 'fiveGuarantee'],
    source: 'spec §8 · S14 L377; S18 L501',
  },
  {
    id: 'extremeHardshipSupport',
    programme: 'centralisedSupport',
    all: [],
    any: ['threeNo', 'solitaryElder'],
    unless: ['extremeHardship', 'fiveGuarantee'],
    source: 'spec §1.7 · S17 L457; spec §8 · S14 L375',
  },
  {
    id: 'medicalAssistance',
    programme: 'medicalAssistance',
    all: ['leftBehindElder', 'poor'],
    source: 'spec §8 · S14 L377',
  },
  {
    id: 'familyDoctorContract',
    programme: 'familyDoctorContract',
    all: ['leftBehindElder'],
    source: 'spec §8 · S14 L379',
  },
  {
    id: 'advancedAgeAllowance',
    programme: 'advancedAgeAllowance',
    all: ['advancedAge'],
    source: 'spec §8 · S14 L377; S18 L501',
  },
  {
    id: 'lowFeeCare',
    programme: 'lowFeeInstitutionalCare',
    all: ['lowFeeCareEligible'],
    source: 'spec §2 R8 · S14 L375',
  },
  {
    id: 'homeCareCentre',
    programme: 'homeCareCentre',
    all: ['facilityPriority'],
    source: 'spec §2 R14 · S14 L375',
  },
  {
    id: 'dayCareCentre',
    programme: 'dayCareCentre',
    all: ['leftBehindElder', 'facilityPriority'],
    source: 'spec §2 R14 · S14 L375; spec §8 · S16 L431',
  },
];

/**
 * Whether `rule` suggests a referral for an elder with these statuses: every `all` is `yes`,
 * one of `any` is, and every `unless` is `no`.
 * @internal
 */
export function ruleHolds(
  rule: ReferralRule,
  statuses: Readonly<Record<CategoryKey, Tri>>,
): boolean {
  for (const key of rule.all) if (statuses[key] !== 'yes') return false;
  if (rule.any && !rule.any.some((key) => statuses[key] === 'yes')) return false;
  if (rule.unless) for (const key of rule.unless) if (statuses[key] !== 'no') return false;
  return true;
}

/** Rule lists seen, checked once each: later calls with the same list pay a lookup. */
const checkedLists = /* @__PURE__ */ new WeakMap<object, readonly ReferralRule[]>([
  [DEFAULT_REFERRAL_RULES, DEFAULT_REFERRAL_RULES],
]);

/**
 * The `rules` option checked (the default when absent): a list of {@link ReferralRule}s with
 * distinct ids, or a thrown {@link GuanaiError} with every issue under `['rules', i]`.
 * @internal
 */
export function checkedRules(rules: unknown): readonly ReferralRule[] {
  if (rules === undefined) return DEFAULT_REFERRAL_RULES;
  if (!Array.isArray(rules))
    throw new GuanaiError([issue('invalid_argument', ['rules'], { name: 'rules', rule: 'array' })]);
  const known = checkedLists.get(rules);
  if (known) return known;
  const issues: Issue[] = [];
  const parsed: ReferralRule[] = [];
  const firstById = new Map<string, number>();
  rules.forEach((rule, index) => {
    const path: IssuePath = ['rules', index];
    const result = safeParse(ReferralRule, rule);
    if (!result.ok) {
      issues.push(...prefixIssues(result.issues, path));
      return;
    }
    const first = firstById.get(result.value.id);
    if (first !== undefined)
      issues.push(
        issue('duplicate_id', [...path, 'id'], {
          id: result.value.id,
          firstPath: ['rules', first],
        }),
      );
    firstById.set(result.value.id, first ?? index);
    parsed.push(result.value);
  });
  if (issues.length > 0) throw new GuanaiError(issues);
  checkedLists.set(rules, parsed);
  return parsed;
}
