import * as z from 'zod';
import { afterFieldsPass } from '../_lib/afterFieldsPass.js';
import { reportIssue } from '../errors/index.js';
import { AbilityLevel, AwayReason, PlainDate, RegionCode } from '../models/index.js';
import { rememberCheckedPolicy } from './checkedPolicies.js';
import { CitationSchema } from './citationSchema.js';
import { RULE_CITATIONS } from './citations.js';
import { DEFAULT_PARAMETERS } from './defaultParameters.js';
import { choiceWithAliases } from './definitionChoice.js';
import {
  CHILD_DEFINITION_ALIASES,
  CHILD_DEFINITIONS,
  EMPTY_NEST_DEFINITION_ALIASES,
  EMPTY_NEST_DEFINITIONS,
} from './definitionNames.js';
import { ECONOMIC_HARDSHIP_STATUSES } from './economicHardshipStatuses.js';
import { reportPolicyConflicts } from './policyConflicts.js';
import type { RuleKey } from './reason.js';

const join = /* @__PURE__ */ z.enum(['and', 'or']);

/**
 * The recorded statuses a policy may count as 经济困难 (spec §1.11): 低保, 特困, 五保, 三无,
 * 建档立卡, being under poverty monitoring (any category but `none`), or other local hardship.
 *
 * @example
 * ```ts
 * EconomicHardshipStatus.parse('minimumLivingAllowance');
 * ```
 * @category Policies
 */
export const EconomicHardshipStatus = /* @__PURE__ */ z.enum(ECONOMIC_HARDSHIP_STATUSES);
/** @category Policies */
export type EconomicHardshipStatus = z.infer<typeof EconomicHardshipStatus>;

/**
 * Every reading of the policy text that the text leaves open (spec §1 ambiguities, §11), as a
 * named parameter with the default guanai recommends. A county overrides what its own documents
 * settle differently — e.g. `advancedAgeThreshold: 70`.
 *
 * Parameters that contradict each other are rejected with `policy_conflict` (`parameter`,
 * `other`) at the later one's path: `childAgeRange.minimum` above its `maximum`,
 * `advancedAgeThreshold` below `elderMinimumAge`, a level in both `disabledLevels` and
 * `semiDisabledLevels` or a 半失能 level more severe than a 失能 one; `intact` in either list is
 * `invalid_value`, and a value listed twice in any list `duplicate_value`.
 *
 * @example
 * ```ts
 * PolicyParameters.parse({}).advancedAgeThreshold; // 80
 * PolicyParameters.parse({ advancedAgeThreshold: 70 }).advancedAgeThreshold; // 70
 * ```
 * @category Policies
 */
export const PolicyParameters = /* @__PURE__ */ z
  .strictObject({
    /** 「60周岁以上」 (S14 L359): the minimum age in full years; 以上 is inclusive (spec §1.1 amb. 1). */
    elderMinimumAge: z.int().min(0).max(120).default(DEFAULT_PARAMETERS.elderMinimumAge),
    /**
     * Whether 以上 includes the threshold itself (「60周岁以上」 on the 60th birthday, 「半年以上」 on
     * the day half a year is reached): inclusive by Chinese statutory usage (spec §1.1 amb. 1).
     */
    thresholdsInclusive: z.boolean().default(DEFAULT_PARAMETERS.thresholdsInclusive),
    /** A 29 February birthday falls on 28 February or 1 March in common years. */
    leapDayBirthday: z.enum(['february28', 'march1']).default(DEFAULT_PARAMETERS.leapDayBirthday),
    /** 「留在农村生活」: judged by where the elder lives (default) or by hukou (spec §1.1 amb. 6). */
    ruralTest: z.enum(['residence', 'hukou']).default(DEFAULT_PARAMETERS.ruralTest),
    /** Whether an elder living in a 敬老院 or 幸福院 still counts as living in the countryside. */
    institutionCountsAsRural: z.boolean().default(DEFAULT_PARAMETERS.institutionCountsAsRural),
    /** 「半年以上」: months of absence, in calendar months from `awaySince` (spec §1.1 amb. 2). */
    awayMinimumMonths: z.int().min(0).max(120).default(DEFAULT_PARAMETERS.awayMinimumMonths),
    /** 「外出务工或经商等」: the reasons of absence that count; 等 leaves the list open (spec §1.1 amb. 5). */
    awayReasons: z
      .array(AwayReason)
      .min(1)
      .default((): AwayReason[] => [...DEFAULT_PARAMETERS.awayReasons]),
    /** Which children count for 「子女全部」 (spec §1.1 amb. 4); deceased children never count. */
    childKinships: z
      .array(z.enum(['birth', 'adopted', 'step']))
      .min(1)
      .default((): ('birth' | 'adopted' | 'step')[] => [...DEFAULT_PARAMETERS.childKinships]),
    /** Whether a carer the children entrusted counts as a supporter at the elder's side (spec §1.1 amb. 8: the text leaves it open; the carer is not a 赡养人 in its terms). */
    entrustedCarerIsSupporter: z.boolean().default(DEFAULT_PARAMETERS.entrustedCarerIsSupporter),
    /**
     * 空巢: which text's definition counts (spec §1.2, §11.1) — `childrenLeftHomeS18` (S18 L487
     * = S10 L201: a couple or an elder alone whose children have left home; default),
     * `closedListS17` (S17 L457: 孤寡, 五保户, 三无, or 高龄 with nobody at the side) or
     * `eitherS18OrS17`. `classifyUnderDefinitions` answers under each in one call. The names
     * before 1.0, `household`, `closedList` and `either`, are still read (policies are stored
     * data) and parsed to the new ones; they are deprecated.
     */
    emptyNestDefinition: choiceWithAliases(
      EMPTY_NEST_DEFINITIONS,
      EMPTY_NEST_DEFINITION_ALIASES,
    ).default(DEFAULT_PARAMETERS.emptyNestDefinition),
    /** 空巢 definition A: must all children have left home, or is one enough (spec §1.2 amb. 1)? */
    emptyNestChildrenLeft: z.enum(['all', 'any']).default(DEFAULT_PARAMETERS.emptyNestChildrenLeft),
    /** 空巢 definition A: whether a childless elder living alone is 空巢 (spec §1.2 amb. 3). */
    emptyNestIncludesChildless: z.boolean().default(DEFAULT_PARAMETERS.emptyNestIncludesChildless),
    /**
     * 空巢 definition A, 「独居老人」: the minimum age of an elder living alone. The text gives
     * none; every other threshold in it is 60 (spec §1.2 ambiguity 2, §11.11).
     */
    emptyNestAloneMinimumAge: z
      .int()
      .min(0)
      .max(120)
      .default(DEFAULT_PARAMETERS.emptyNestAloneMinimumAge),
    /**
     * 空巢 definition A, 「中老年夫妇」: the minimum age of a couple living on their own. 中老年 is
     * middle-aged or old and the text gives no number (spec §1.2 ambiguity 2, §11.11); 45 is
     * where 中年 usually begins (*Inference*), so a couple need not be 60.
     */
    emptyNestCoupleMinimumAge: z
      .int()
      .min(0)
      .max(120)
      .default(DEFAULT_PARAMETERS.emptyNestCoupleMinimumAge),
    /**
     * 「中老年夫妇」: one spouse of that age makes the couple one (`eitherSpouse`, default: a
     * ledger seldom records the spouse's birth date, and the elder is usually the older), or
     * both must be (`bothSpouses`, the strict reading; the spouse's age is
     * `household.spouse.birthDate`).
     */
    emptyNestCoupleAge: z
      .enum(['eitherSpouse', 'bothSpouses'])
      .default(DEFAULT_PARAMETERS.emptyNestCoupleAge),
    /**
     * Deprecated: one minimum age for couples and elders alone alike. When given it sets both
     * `emptyNestAloneMinimumAge` and `emptyNestCoupleMinimumAge` (and wins over them).
     * @deprecated Set `emptyNestAloneMinimumAge` and `emptyNestCoupleMinimumAge`.
     */
    emptyNestMinimumAge: z.int().min(0).max(120).optional(),
    /**
     * 空巢 definition B (4), 「身边无人照顾」: whether a spouse living with the elder is someone
     * caring at the side — `never`, `ifCapable` (default: a spouse recorded as able to care,
     * `household.spouse.capableOfCare`) or `always` (spec §1.2 ambiguity 7, §11.1). An entrusted
     * carer (受委托照料人, R6) or anyone else living with the elder always is.
     */
    emptyNestSpouseIsCarer: z
      .enum(['never', 'ifCapable', 'always'])
      .default(DEFAULT_PARAMETERS.emptyNestSpouseIsCarer),
    /** 高龄: the age threshold; the text gives none (80 in most provinces, 70 in some). */
    advancedAgeThreshold: z.int().min(60).max(120).default(DEFAULT_PARAMETERS.advancedAgeThreshold),
    /** GB/T 42195-2022 levels that count as 失能. */
    disabledLevels: z
      .array(AbilityLevel)
      .default((): AbilityLevel[] => [...DEFAULT_PARAMETERS.disabledLevels]),
    /** GB/T 42195-2022 levels that count as 半失能. */
    semiDisabledLevels: z
      .array(AbilityLevel)
      .default((): AbilityLevel[] => [...DEFAULT_PARAMETERS.semiDisabledLevels]),
    /** Days an ability assessment stays valid; `null` keeps it until the next one. */
    assessmentValidDays: z.int().min(1).nullable().default(DEFAULT_PARAMETERS.assessmentValidDays),
    /** Whether 半失能 counts where the text writes only 失能 (R1, R3; spec §2 open points). */
    semiDisabledCountsAsDisabled: z
      .boolean()
      .default(DEFAULT_PARAMETERS.semiDisabledCountsAsDisabled),
    /** The recorded statuses that make a household 经济困难 (spec §1.11: link by configuration). */
    economicHardshipStatuses: z
      .array(EconomicHardshipStatus)
      .min(1)
      .default((): EconomicHardshipStatus[] => [...DEFAULT_PARAMETERS.economicHardshipStatuses]),
    /**
     * The recorded statuses that make an elder 贫困 (R3 · S14 L379 「独居、失能、贫困、高龄」),
     * a different word from R1's and R8's 经济困难 that no text defines (spec §1.11, §11.12).
     * `null` (default) reads the same statuses as `economicHardshipStatuses`; a county that
     * tells them apart lists its own (e.g. only 建档立卡 and poverty monitoring).
     */
    povertyStatuses: z
      .array(EconomicHardshipStatus)
      .min(1)
      .nullable()
      .default(DEFAULT_PARAMETERS.povertyStatuses),
    /** R2 「存在安全风险和生活困难」: both (`and`) or either (`or`, default: the protective reading). */
    riskJoin: join.default(DEFAULT_PARAMETERS.riskJoin),
    /** R5 「患有严重疾病、已经丧失自理能力」: both or either (default). */
    illnessJoin: join.default(DEFAULT_PARAMETERS.illnessJoin),
    /**
     * 留守儿童: which text's definition counts (spec §1.3, §11.5) — `caredByOthersS18` (S18 L489
     * = S10 L203: parents away, the child at home cared for by others; default),
     * `ageRangeOrGroupS17` (S17 L457: aged 6–14 with parents away all year or three months,
     * plus orphans, abandoned and single-parent children) or `eitherS18OrS17`.
     * `classifyChildUnderDefinitions` answers under each in one call. The names before 1.0,
     * `familyCare`, `townScope` and `either`, are still read (policies are stored data) and
     * parsed to the new ones; they are deprecated.
     */
    childDefinition: choiceWithAliases(CHILD_DEFINITIONS, CHILD_DEFINITION_ALIASES).default(
      DEFAULT_PARAMETERS.childDefinition,
    ),
    /** 「父母在外打工」: both parents (default) or either parent (spec §1.3 ambiguities). */
    childParentsAway: z.enum(['both', 'either']).default(DEFAULT_PARAMETERS.childParentsAway),
    /** Definition A: the oldest age (full years) of a 儿童; the text gives none (under 18 in law). */
    childMaximumAge: z.int().min(0).max(17).default(DEFAULT_PARAMETERS.childMaximumAge),
    /** Definition B: 「六到十四周岁」, both ends inclusive in full years. */
    childAgeRange: z
      .strictObject({ minimum: z.int().min(0).max(17), maximum: z.int().min(0).max(17) })
      .default(() => ({ ...DEFAULT_PARAMETERS.childAgeRange })),
    /** Definition B: 「连续三个月」, in calendar months. */
    childAwayMinimumMonths: z
      .int()
      .min(1)
      .max(24)
      .default(DEFAULT_PARAMETERS.childAwayMinimumMonths),
    /** Definition B: whether the age range binds orphans, abandoned and single-parent children too. */
    childSpecialGroupsAgeBound: z.boolean().default(DEFAULT_PARAMETERS.childSpecialGroupsAgeBound),
    // Ledger files: facts.
    /**
     * An elder record without `household.otherSupportObligors`: other support obligors not
     * known (`unknown`, default — the 留守 answer stays 待核实 until someone says), or none
     * (`none`: the records were built from a source that lists every 赡养义务人, so none listed
     * means none). Many township 台账 have no column for them (spec §1.1 · S14 L365
     * 「子女或其他赡养义务人」; LB6 · S14 L359 「身边没有赡养人」; §11.3): our choice, made per
     * county. A list recorded, even empty, is read as it is.
     */
    unlistedSupportObligors: z
      .enum(['unknown', 'none'])
      .default(DEFAULT_PARAMETERS.unlistedSupportObligors),
  })
  .superRefine(reportPolicyConflicts, afterFieldsPass);
/** @category Policies */
export type PolicyParameters = z.infer<typeof PolicyParameters>;

/** The fields of a policy as written, the deprecated names of its span included. */
const PolicyFields = /* @__PURE__ */ z.strictObject({
  id: z.string().trim().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  jurisdiction: z.union([z.literal('national'), RegionCode]),
  /** The first day the policy is in force (required; written `effectiveFrom` before 1.0). */
  validFrom: PlainDate.optional(),
  /** The last day it is in force, inclusive; absent while it has no end. */
  validTo: PlainDate.optional(),
  /**
   * The name of `validFrom` before 1.0, still read from stored policy files.
   * @deprecated Write `validFrom`: one name for a record's own span in every module.
   */
  effectiveFrom: PlainDate.optional().meta({ deprecated: true }),
  /**
   * The name of `validTo` before 1.0, still read from stored policy files.
   * @deprecated Write `validTo`: one name for a record's own span in every module.
   */
  effectiveTo: PlainDate.optional().meta({ deprecated: true }),
  parameters: PolicyParameters.default(() => PolicyParameters.parse({})),
  /** Local sources replacing guanai's citations, by category. */
  citations: z
    .partialRecord(z.enum(Object.keys(RULE_CITATIONS) as [RuleKey, ...RuleKey[]]), CitationSchema)
    .optional(),
});
type PolicyFields = z.output<typeof PolicyFields>;

/** A span written under both names, or under neither, is reported at the field to fix. */
function reportSpan(policy: PolicyFields, ctx: z.RefinementCtx): void {
  for (const [current, old] of [
    ['validFrom', 'effectiveFrom'],
    ['validTo', 'effectiveTo'],
  ] as const) {
    if (policy[current] !== undefined && policy[old] !== undefined) {
      reportIssue(ctx, policy[old], 'deprecated_name_with_current', { name: old, current }, [old]);
    }
  }
  const from = policy.validFrom ?? policy.effectiveFrom;
  const to = policy.validTo ?? policy.effectiveTo;
  if (from !== undefined && to !== undefined && to < from) {
    const path = [policy.validTo === undefined ? 'effectiveTo' : 'validTo'];
    reportIssue(ctx, to, 'range_reversed', { from, to }, path);
  }
}

/**
 * The start is required under one name or the other: reported with the fields' own issues, as
 * a missing required field is (the check reads only whether either name is there).
 */
function reportMissingStart(policy: PolicyFields, ctx: z.RefinementCtx): void {
  if (policy.validFrom === undefined && policy.effectiveFrom === undefined) {
    const params = { expected: 'string', received: 'undefined' };
    reportIssue(ctx, undefined, 'invalid_type', params, ['validFrom']);
  }
}

/** Run on any object, whatever its fields' own issues. */
const onAnyObject = {
  when: (payload: { readonly value: unknown }): boolean =>
    typeof payload.value === 'object' && payload.value !== null,
};

/** The policy with its span under the current names. */
function currentNames(fields: PolicyFields): Omit<
  PolicyFields,
  'validFrom' | 'effectiveFrom' | 'effectiveTo'
> & {
  readonly validFrom: PlainDate;
} {
  const { id, name, jurisdiction, parameters, citations } = fields;
  const validFrom = (fields.validFrom ?? fields.effectiveFrom) as PlainDate;
  const validTo = fields.validTo ?? fields.effectiveTo;
  return {
    id,
    name,
    jurisdiction,
    validFrom,
    ...(validTo === undefined ? {} : { validTo }),
    parameters,
    ...(citations === undefined ? {} : { citations }),
  };
}

/**
 * A policy: the parameters in force for a jurisdiction from `validFrom` to `validTo` (both
 * inclusive; no `validTo`, no end), and citations of the local documents that set them.
 * `jurisdiction` is `national` or a division code (a province, city, county or township): the
 * most specific policy in force wins.
 *
 * Policies are stored data, so the names of the span before 1.0, `effectiveFrom` and
 * `effectiveTo`, are still read and parsed to `validFrom` and `validTo` (deprecated: one name
 * for a record's own span in every module); a file that gives both names of one date gets
 * `deprecated_name_with_current` at the old one.
 *
 * @example
 * ```ts
 * const shaoxing = Policy.parse({
 *   id: 'zj-shaoxing-2024', name: '绍兴市高龄津贴（70周岁起）', jurisdiction: '330600',
 *   validFrom: '2024-01-01', parameters: { advancedAgeThreshold: 70 },
 * });
 * ```
 * @category Policies
 */
export const Policy = /* @__PURE__ */ PolicyFields.superRefine(reportMissingStart, onAnyObject)
  .superRefine(reportSpan, afterFieldsPass)
  // Every policy the schema gives out is remembered as checked: the classifiers trust it.
  .transform((fields) => rememberCheckedPolicy(currentNames(fields)));
/**
 * A checked policy: the parameters of one jurisdiction for a span of dates.
 * @example
 * ```ts
 * const policy: Policy | undefined = selectPolicy([DEFAULT_POLICY, ...provincePolicies], {
 *   region: elder.residence.villageCode,
 *   asOf,
 * });
 * if (policy) classifyElder(elder, { asOf, policy });
 * ```
 * @category Policies
 */
export type Policy = z.infer<typeof Policy>;
/** A policy as written in data or JSON, before checking. @category Policies */
export type PolicyInput = z.input<typeof Policy>;
