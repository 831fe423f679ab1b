import {
  anyCategoryCondition,
  type Condition,
  categoryCondition,
  categoryList,
  conclude,
  condition,
  NO_PARAMS,
  pathList,
  sharedCondition,
  sharedOrFresh,
} from '../condition.js';
import type { ElderContext } from '../context.js';
import type { IncidentKind } from '../incident.js';
import type { CategoryKey, CategoryResult } from '../reason.js';
import { REPORT_RECIPIENTS } from '../reportRecipients.js';
import { allOf, anyOf, type Tri, triOf } from '../tri.js';
import type { SharedConditions } from './commonConditions.js';

/** Missing-fact paths of single facts, built once (a condition keeps them only while unknown). */
const AT_HEALTH_SEVERE_MENTAL_ILLNESS = pathList('health.severeMentalIllness');
const AT_HOUSEHOLD_ENTRUSTED_CARER = pathList('household.entrustedCarer');
const AT_RISKS_OTHER_SPECIAL_DIFFICULTY = pathList('risks.otherSpecialDifficulty');

/** The categories the priority rules build on: every category but the priority rules'. @internal */
export type BaseResults = Readonly<
  Record<
    Exclude<
      CategoryKey,
      | 'priorityTarget'
      | 'priorityAssistanceTarget'
      | 'trackContinuously'
      | 'immediateReport'
      | 'keepOneChildHome'
      | 'entrustmentMissing'
      | 'lowFeeCareEligible'
      | 'emptyNestPriority'
      | 'facilityPriority'
    >,
    CategoryResult
  >
>;

/**
 * The categories of each 「any of」 condition, built once; `Wide` where 失能 reads as 半失能 too
 * (the policy's `semiDisabledCountsAsDisabled`).
 */
const AGE_OR_DISABLED = categoryList('advancedAge', 'disabled');
const AGE_OR_DISABLED_WIDE = categoryList('advancedAge', 'disabled', 'semiDisabled');
const TRACKED = categoryList('livesAlone', 'disabled', 'poor', 'advancedAge');
const TRACKED_WIDE = categoryList('livesAlone', 'disabled', 'semiDisabled', 'poor', 'advancedAge');
const FACILITY = categoryList(
  'economicHardship',
  'livesAlone',
  'emptyNestElder',
  'advancedAge',
  'disabled',
);
const FACILITY_WIDE = categoryList(
  'economicHardship',
  'livesAlone',
  'emptyNestElder',
  'advancedAge',
  'disabled',
  'semiDisabled',
);
const ANY_DISABILITY = categoryList('disabled', 'semiDisabled');
const AGE_OR_ANY_DISABILITY = categoryList('advancedAge', 'disabled', 'semiDisabled');

/** Whether the policy reads 失能 widely (半失能 too) in the priority rules. */
function wide(context: ElderContext): boolean {
  return context.policy.semiDisabledCountsAsDisabled;
}

/** R1 重点对象 (S14 L363): 留守 ∧ 经济困难 ∧ (高龄 ∨ 失能). @internal */
export function priorityTarget(context: ElderContext, base: BaseResults): CategoryResult {
  return conclude(
    'priorityTarget',
    [
      categoryCondition('leftBehindElder', base.leftBehindElder),
      categoryCondition('economicHardship', base.economicHardship),
      wide(context)
        ? anyCategoryCondition(AGE_OR_DISABLED_WIDE, [
            base.advancedAge,
            base.disabled,
            base.semiDisabled,
          ])
        : anyCategoryCondition(AGE_OR_DISABLED, [base.advancedAge, base.disabled]),
    ],
    'all',
  );
}

/** R2 重点帮扶对象 (S14 L369): 留守 ∧ 安全风险 和 生活困难 (joined as the policy reads 和). @internal */
export function priorityAssistanceTarget(context: ElderContext, base: BaseResults): CategoryResult {
  const { risks } = context.elder;
  const safetyRisk = triOf(risks.safetyRisk);
  const livingDifficulty = triOf(risks.livingDifficulty);
  const join = context.policy.riskJoin;
  // Three answers and a join: one shared condition per combination (18).
  const key =
    TRI_INDEX[safetyRisk] * 6 + TRI_INDEX[livingDifficulty] * 2 + (join === 'and' ? 1 : 0);
  let risk = riskConditions.get(key);
  if (!risk) {
    const status =
      join === 'and'
        ? allOf([safetyRisk, livingDifficulty])
        : anyOf([safetyRisk, livingDifficulty]);
    const missing = [
      ...(safetyRisk === 'unknown' ? ['risks.safetyRisk'] : []),
      ...(livingDifficulty === 'unknown' ? ['risks.livingDifficulty'] : []),
    ];
    const params = { safetyRisk, livingDifficulty, join };
    risk = sharedCondition('risk_and_difficulty', status, params, missing);
    riskConditions.set(key, risk);
  }
  return conclude(
    'priorityAssistanceTarget',
    [categoryCondition('leftBehindElder', base.leftBehindElder), risk],
    'all',
  );
}

/** The shared conditions of R2's risk and difficulty, by their answers and join. */
const riskConditions = new Map<number, Condition>();

/** R3's open 等 not recorded, or recorded as none: shared. */
const NO_OTHER_DIFFICULTY_KNOWN = sharedCondition(
  'other_special_difficulty',
  'unknown',
  { description: null },
  AT_RISKS_OTHER_SPECIAL_DIFFICULTY,
);
const NO_OTHER_DIFFICULTY_SETTLED = sharedCondition('other_special_difficulty', 'unknown', {
  description: null,
});
const NO_OTHER_DIFFICULTY = sharedCondition('other_special_difficulty', 'no', {
  description: null,
});

/** R3's open 等: another special difficulty the ledger records (`risks.otherSpecialDifficulty`). */
function otherSpecialDifficulty(context: ElderContext): Condition {
  const description = context.elder.risks.otherSpecialDifficulty;
  if (description === undefined) return NO_OTHER_DIFFICULTY_KNOWN;
  if (description === null) return NO_OTHER_DIFFICULTY;
  const status: Tri = 'yes';
  return condition(
    'other_special_difficulty',
    status,
    { description: description ?? null },
    AT_RISKS_OTHER_SPECIAL_DIFFICULTY,
  );
}

/** A condition whose missing facts no longer matter once a disjunction is decided. */
function settled(decided: boolean, condition: Condition): Condition {
  if (!decided || condition.missing.length === 0) return condition;
  // The shared "not recorded" difficulty has a shared twin without its path.
  if (condition === NO_OTHER_DIFFICULTY_KNOWN) return NO_OTHER_DIFFICULTY_SETTLED;
  return { ...condition, missing: [], sharedId: 0 };
}

/**
 * R3 随时跟踪 (S14 L379): 留守 ∧ (独居 ∨ 失能 ∨ 贫困 ∨ 高龄 ∨ another special difficulty) — the
 * text's 「等特殊困难」 leaves the list open (spec §2 R3).
 * @internal
 */
export function trackContinuously(context: ElderContext, base: BaseResults): CategoryResult {
  const leftBehind = categoryCondition('leftBehindElder', base.leftBehindElder);
  const { livesAlone, disabled, semiDisabled, poor, advancedAge } = base;
  const named = wide(context)
    ? anyCategoryCondition(TRACKED_WIDE, [livesAlone, disabled, semiDisabled, poor, advancedAge])
    : anyCategoryCondition(TRACKED, [livesAlone, disabled, poor, advancedAge]);
  const other = otherSpecialDifficulty(context);
  const difficulty = anyOf([named.status, other.status]);
  const decided = difficulty === 'yes';
  const status = allOf([leftBehind.status, difficulty]);
  return sharedOrFresh('trackContinuously', status, [
    leftBehind,
    settled(decided, named),
    settled(decided, other),
  ]);
}

/** The incidents, each once, then a severe mental illness on record (if not passed already). */
function triggersOf(incidents: readonly IncidentKind[], mental: boolean): IncidentKind[] {
  const triggers: IncidentKind[] = [];
  for (const incident of incidents) if (!triggers.includes(incident)) triggers.push(incident);
  if (mental && !triggers.includes('severeMentalIllness')) triggers.push('severeMentalIllness');
  return triggers;
}

/**
 * R4 immediate report (S14 L379): a left-behind elder found in one of the listed situations —
 * from the record (a severe mental illness) or from incidents the caller passes (found on a
 * visit). Any one of {@link REPORT_RECIPIENTS} must be told promptly.
 * @internal
 */
export function immediateReport(
  context: ElderContext,
  base: BaseResults,
  incidents: readonly IncidentKind[],
): CategoryResult {
  const mental = context.elder.health.severeMentalIllness;
  const triggers = triggersOf(incidents, Boolean(mental));
  const unknown = triggers.length === 0 && mental === undefined;
  const status: Tri = triggers.length > 0 ? 'yes' : unknown ? 'unknown' : 'no';
  const trigger =
    triggers.length > 0
      ? condition(
          'report_trigger',
          status,
          { triggers, reportTo: REPORT_RECIPIENTS },
          AT_HEALTH_SEVERE_MENTAL_ILLNESS,
        )
      : unknown
        ? NO_TRIGGER_KNOWN
        : NO_TRIGGER;
  return conclude(
    'immediateReport',
    [categoryCondition('leftBehindElder', base.leftBehindElder), trigger],
    'all',
  );
}

/** No incident passed, and no severe mental illness recorded (or none known): shared. */
const NO_TRIGGER_KNOWN = sharedCondition(
  'report_trigger',
  'unknown',
  { triggers: Object.freeze([]), reportTo: REPORT_RECIPIENTS },
  AT_HEALTH_SEVERE_MENTAL_ILLNESS,
);
const NO_TRIGGER = sharedCondition('report_trigger', 'no', {
  triggers: Object.freeze([]),
  reportTo: REPORT_RECIPIENTS,
});

/**
 * R5 (S14 L367): an elder with a serious illness and/or who has lost self-care (read as 失能)
 * needs at least one child agreed to stay home. It names the need, for elders in general; it
 * does not check whether the elder has children or one already lives at home.
 * @internal
 */
export function keepOneChildHome(context: ElderContext, base: BaseResults): CategoryResult {
  const seriousIllness = triOf(context.elder.health.seriousIllness);
  const lostSelfCare = base.disabled.status;
  const join = context.policy.illnessJoin;
  const status =
    join === 'and' ? allOf([seriousIllness, lostSelfCare]) : anyOf([seriousIllness, lostSelfCare]);
  const params = { seriousIllness, lostSelfCare, join };
  // Decided, it names only three answers and a join: one shared condition per combination.
  if (status !== 'unknown') {
    const key =
      TRI_INDEX[seriousIllness] * 6 + TRI_INDEX[lostSelfCare] * 2 + (join === 'and' ? 1 : 0);
    let shared = illnessConditions.get(key);
    if (!shared) {
      shared = sharedCondition('illness_or_lost_self_care', status, params);
      illnessConditions.set(key, shared);
    }
    return conclude('keepOneChildHome', [shared], 'all');
  }
  const missing = [
    ...(seriousIllness === 'unknown' ? ['health.seriousIllness'] : []),
    ...(lostSelfCare === 'unknown' ? base.disabled.missing : []),
  ];
  return conclude(
    'keepOneChildHome',
    [condition('illness_or_lost_self_care', status, params, missing)],
    'all',
  );
}

/** The shared decided conditions of R5, by their answers and join. */
const illnessConditions = new Map<number, Condition>();

/** A number for each answer, for keys of combinations. */
const TRI_INDEX: Readonly<Record<Tri, number>> = { yes: 0, no: 1, unknown: 2 };

/**
 * R6 (S14 L367): children who are all away should entrust a capable person; flags a left-behind
 * elder with no entrusted carer on record.
 * @internal
 */
export function entrustmentMissing(context: ElderContext, base: BaseResults): CategoryResult {
  const carer = context.elder.household.entrustedCarer;
  const status: Tri = carer === undefined ? 'unknown' : carer === null ? 'yes' : 'no';
  return conclude(
    'entrustmentMissing',
    [categoryCondition('leftBehindElder', base.leftBehindElder), NO_ENTRUSTED_CARER[status]],
    'all',
  );
}

/** R6's condition for each answer, shared: it names nothing but the answer. */
const NO_ENTRUSTED_CARER: Readonly<Record<Tri, Condition>> = {
  yes: sharedCondition('no_entrusted_carer', 'yes', NO_PARAMS),
  no: sharedCondition('no_entrusted_carer', 'no', NO_PARAMS),
  unknown: sharedCondition(
    'no_entrusted_carer',
    'unknown',
    NO_PARAMS,
    AT_HOUSEHOLD_ENTRUSTED_CARER,
  ),
};

/** R8 (S14 L375): 留守 ∧ 经济困难 ∧ (失能 ∨ 半失能) → low-fee care in a 敬老院. @internal */
export function lowFeeCareEligible(base: BaseResults): CategoryResult {
  return conclude(
    'lowFeeCareEligible',
    [
      categoryCondition('leftBehindElder', base.leftBehindElder),
      categoryCondition('economicHardship', base.economicHardship),
      anyCategoryCondition(ANY_DISABILITY, [base.disabled, base.semiDisabled]),
    ],
    'all',
  );
}

/** R11 (S12 L283, S08 L175): 空巢 ∧ (高龄 ∨ not fully able to care for oneself). @internal */
export function emptyNestPriority(base: BaseResults): CategoryResult {
  return conclude(
    'emptyNestPriority',
    [
      categoryCondition('emptyNestElder', base.emptyNestElder),
      anyCategoryCondition(AGE_OR_ANY_DISABILITY, [
        base.advancedAge,
        base.disabled,
        base.semiDisabled,
      ]),
    ],
    'all',
  );
}

/** R14's groups: low-income, alone, empty-nest, advanced in age or disabled. */
function facilityGroups(context: ElderContext, base: BaseResults): Condition {
  const { economicHardship, livesAlone, emptyNestElder, advancedAge, disabled } = base;
  return wide(context)
    ? anyCategoryCondition(FACILITY_WIDE, [
        economicHardship,
        livesAlone,
        emptyNestElder,
        advancedAge,
        disabled,
        base.semiDisabled,
      ])
    : anyCategoryCondition(FACILITY, [
        economicHardship,
        livesAlone,
        emptyNestElder,
        advancedAge,
        disabled,
      ]);
}

/** R14 (S14 L375): a rural elder who is low-income, alone, empty-nest, advanced in age or disabled. @internal */
export function facilityPriority(
  context: ElderContext,
  base: BaseResults,
  shared: SharedConditions,
): CategoryResult {
  return conclude(
    'facilityPriority',
    [shared.elderly, shared.rural, facilityGroups(context, base)],
    'all',
  );
}
