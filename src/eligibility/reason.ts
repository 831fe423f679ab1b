import type { IncidentKind, ReportRecipient } from './incident.js';
import type { MajorEventKind } from './majorEvent.js';
import type { Tri } from './tri.js';

/**
 * Every category guanai classifies an elder into (spec §1 populations, §2 priority and risk
 * rules). Each is decided by one rule with its citation (see {@link RULE_CITATIONS}).
 * @category Eligibility
 */
export type CategoryKey =
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

/**
 * Every rule guanai decides: the elder categories, and 留守儿童 `leftBehindChild` for the
 * programmes that pair children too (spec §1.3).
 * @category Reasons
 */
export type RuleKey = CategoryKey | 'leftBehindChild';

/**
 * Parameters of each reason code. A reason is one condition of a rule, evaluated: the same
 * code reads differently when it holds (`yes`), fails (`no`) or cannot be decided (`unknown`).
 * @category Reasons
 */
export interface ReasonParams {
  /** Aged at least `minimum` full years (周岁) on the as-of date. */
  age_minimum: { minimum: number; age: number | null };
  /** Lives in a rural area (「留在农村生活」). */
  rural_residence: {
    setting: string | null;
    test: 'residence' | 'hukou';
    institution: string | null;
  };
  /** Has children who count (living, of a counted kinship). */
  has_children: { count: number };
  /** Every counted child lives outside the elder's county (「子女全部离开县域范围」). */
  children_out_of_county: { counted: number; outside: number; inside: number; unknown: number };
  /** Every absent child is away for a reason that counts (「外出务工或经商等」). */
  away_reason_counts: { reasons: readonly string[]; notCounting: readonly string[] };
  /**
   * Every absent child has been away at least `minimumMonths` (「半年以上」), since `since`;
   * `spanned` when `since` is a bound of a span (a month, 常年在外): the latest day the last
   * child may have left (yes), or the earliest (no, unknown).
   */
  away_long_enough: {
    since: string | null;
    minimumMonths: number;
    reachedOn: string | null;
    spanned?: true;
  };
  /** No one able to support the elder lives at the elder's side (「身边没有赡养人或者是赡养人没有赡养能力」). */
  no_capable_supporter_at_side: { capable: number; unknownCapacity: number };
  /** Has children or other support obligors (the screening wording counts both). */
  has_obligors: { count: number };
  /** Every child or other support obligor lives outside the county (screening wording). */
  obligors_out_of_county: { counted: number; outside: number; inside: number; unknown: number };
  /** Every child or other obligor has been away at least `minimumMonths`. */
  obligors_away_long_enough: {
    since: string | null;
    minimumMonths: number;
    reachedOn: string | null;
    spanned?: true;
  };
  /** The children have left home (离家), as `rule` (all or any) requires. */
  children_left_home: {
    counted: number;
    leftHome: number;
    atHome: number;
    unknown: number;
    rule: 'all' | 'any';
  };
  /**
   * Old enough for 空巢 definition A: `aloneMinimum` for an elder alone (「独居老人」),
   * `coupleMinimum` for a couple (「中老年夫妇」), reached by either spouse or both (`coupleAge`).
   */
  empty_nest_age: {
    livingArrangement: string | null;
    age: number | null;
    spouseAge: number | null;
    aloneMinimum: number;
    coupleMinimum: number;
    coupleAge: 'eitherSpouse' | 'bothSpouses';
  };
  /** Lives alone or only with the spouse (空巢 definition A: 「中老年夫妇或独居老人」). */
  alone_or_with_spouse_only: { livingArrangement: string | null };
  /**
   * On 空巢 definition B's closed list (S17 L457): 孤寡, 五保户, 三无, or 高龄 with no child working
   * in this township and nobody at the side to look after them (`advancedAgeUncared`).
   */
  closed_list_status: {
    matched: readonly ('solitary' | 'fiveGuarantee' | 'threeNo' | 'advancedAgeUncared')[];
  };
  /** Meets 空巢 definition A as a whole (used when the policy accepts either definition). */
  empty_nest_household: Record<string, never>;
  /** Lives alone (独居). */
  lives_alone: { livingArrangement: string | null };
  /** A status recorded in the ledger (孤寡, 低保, 特困, 五保, 三无). */
  recorded_status: {
    status: 'solitary' | 'minimumLivingAllowance' | 'extremeHardship' | 'fiveGuarantee' | 'threeNo';
  };
  /** Aged at least `threshold` full years (高龄). */
  advanced_age: { age: number | null; threshold: number };
  /** The ability assessment in force is one of `levels` (失能 / 半失能, GB/T 42195-2022). */
  ability_level: { level: string | null; assessedOn: string | null; levels: readonly string[] };
  /**
   * Any recorded status the policy links to 经济困难 applies; `noHardshipAssessedOn` is the day
   * of a check in force that found none applies, if the answer rests on it.
   */
  economic_hardship: {
    matched: readonly string[];
    unknown: readonly string[];
    noHardshipAssessedOn: string | null;
  };
  /** Any recorded status the policy links to 贫困 applies (R3's word; parameters as `economic_hardship`). */
  poverty: {
    matched: readonly string[];
    unknown: readonly string[];
    noHardshipAssessedOn: string | null;
  };
  /** Another special difficulty recorded (R3 「……等特殊困难」), with its description. */
  other_special_difficulty: { description: string | null };
  /** Another category's status, as a condition of this rule. */
  category: { category: RuleKey };
  /** At least one of these categories holds. */
  any_category: { categories: readonly CategoryKey[]; holding: readonly CategoryKey[] };
  /** Safety risk and/or living difficulty (「存在安全风险和生活困难」), joined by `join`. */
  risk_and_difficulty: { safetyRisk: Tri; livingDifficulty: Tri; join: 'and' | 'or' };
  /** Serious illness and/or lost self-care (「患有严重疾病、已经丧失自理能力」), joined by `join`. */
  illness_or_lost_self_care: { seriousIllness: Tri; lostSelfCare: Tri; join: 'and' | 'or' };
  /** An immediate-report situation (spec §2 R4), and the bodies any one of which must be told. */
  report_trigger: { triggers: readonly IncidentKind[]; reportTo: readonly ReportRecipient[] };
  /** A member of a mutual-aid group (老老互助组织) in force on the as-of date: `groupId`. */
  mutual_aid_member: { groupId: string | null };
  /** A major event (重大情况: 生病, 天灾人祸) to report to the village and 组 cadres (spec §2 R10). */
  major_event: { events: readonly MajorEventKind[] };
  /** No carer has been entrusted by the absent children (「应委托亲属等其他有能力的人代为照顾」). */
  no_entrusted_carer: Record<string, never>;
  /** A child's age in full years is within [`minimum`, `maximum`] (留守儿童 definitions). */
  child_age_range: { age: number | null; minimum: number; maximum: number };
  /** The parents work away: both, or either, as the policy reads 父母. */
  parents_away: { rule: 'both' | 'either'; away: number; known: number };
  /** The parents have been away all year (常年) or at least `months` consecutive months. */
  parents_away_long_enough: { months: number; since: string | null };
  /** The child lives at home (在家). */
  lives_at_home: Record<string, never>;
  /** Someone other than a parent looks after the child (grandparents, relatives, friends). */
  cared_by_others: { carer: string | null };
  /** An orphan, an abandoned child or a child of a single-parent family (S17 L457). */
  special_child_group: { groups: readonly ('orphan' | 'abandoned' | 'singleParentFamily')[] };
}

/** A snake_case reason code. @category Reasons */
export type ReasonCode = keyof ReasonParams;

/**
 * One condition of a rule as evaluated for one elder: its code, its own three-valued status and
 * the parameters its sentence needs.
 * @category Reasons
 */
export type Reason<C extends ReasonCode = ReasonCode> = {
  [K in C]: { readonly code: K; readonly status: Tri; readonly params: ReasonParams[K] };
}[C];

/**
 * Where a rule comes from: the section of guanai's domain specification (or a local
 * document), the source item and line (`S14 L359`: an item of `SOURCES` in guanai/models and a
 * line of its compilation, or a local document's article), and the words of the text.
 *
 * @example
 * ```ts
 * const citation: Citation = { spec: '§1.1', source: 'S14 L359', text: '60周岁以上老年人' };
 * ```
 * @category Reasons
 */
export interface Citation {
  readonly spec: string;
  /** `S14 L359`; called `seed` before 1.0 (stored files with `seed` still load). */
  readonly source?: string | undefined;
  readonly text?: string | undefined;
}

/**
 * The answer for one category: its status, every condition evaluated (the explanation), the
 * fact paths that would decide an `unknown`, and the rule's citation.
 * @category Eligibility
 */
export interface CategoryResult {
  readonly status: Tri;
  readonly reasons: readonly Reason[];
  /** Paths into the elder record (e.g. `household.children[1].awaySince`); empty when decided. */
  readonly missing: readonly string[];
  readonly citation: Citation;
}
