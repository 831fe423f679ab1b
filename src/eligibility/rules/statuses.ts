import type { EconomicStatus } from '../../models/index.js';
import { LIVING_ARRANGEMENTS as ARRANGEMENT_LIST } from '../../models/index.js';
import { type Condition, conclude, condition, pathList, sharedCondition } from '../condition.js';
import type { ElderContext } from '../context.js';
import type { EconomicHardshipStatus } from '../policy.js';
import type { CategoryKey, CategoryResult, ReasonParams } from '../reason.js';
import { type Tri, triOf } from '../tri.js';
import { ageCondition } from './commonConditions.js';

/** The living arrangements the schema knows: shared conditions are kept only for these. @internal */
export const LIVING_ARRANGEMENTS: ReadonlySet<string> = new Set(ARRANGEMENT_LIST);

/** Missing-fact paths of single facts, built once (a condition keeps them only while unknown). */
const AT_HEALTH_ABILITY_ASSESSMENTS = pathList('health.abilityAssessments');
const AT_HOUSEHOLD_LIVING_ARRANGEMENT = pathList('household.livingArrangement');

/** 独居 (spec §1.10): the recorded living arrangement is `alone`. @internal */
export function livesAlone(context: ElderContext): CategoryResult {
  const arrangement = context.elder.household.livingArrangement;
  return conclude('livesAlone', [livesAloneCondition(arrangement)], 'all');
}

/** The 独居 condition of each recorded arrangement, shared (the schema's few arrangements). */
const livesAloneConditions = new Map<string | undefined, Condition>();

function livesAloneCondition(arrangement: string | undefined): Condition {
  let found = livesAloneConditions.get(arrangement);
  if (found) return found;
  const status: Tri =
    arrangement === undefined ? 'unknown' : arrangement === 'alone' ? 'yes' : 'no';
  const params = { livingArrangement: arrangement ?? null };
  // Only the schema's arrangements are kept: an unvalidated elder's string is not.
  if (arrangement !== undefined && !LIVING_ARRANGEMENTS.has(arrangement))
    return condition('lives_alone', status, params, AT_HOUSEHOLD_LIVING_ARRANGEMENT);
  found = sharedCondition('lives_alone', status, params, AT_HOUSEHOLD_LIVING_ARRANGEMENT);
  livesAloneConditions.set(arrangement, found);
  return found;
}

/** A status the ledger records rather than derives (spec §1.6, §1.7). @internal */
export function recordedStatus(
  category: CategoryKey,
  status: ReasonParams['recorded_status']['status'],
  value: boolean | undefined,
  path: string,
): CategoryResult {
  // The condition names only the status and its answer: one shared condition each.
  let shared = recordedConditions.get(path);
  if (!shared) {
    shared = {
      yes: sharedCondition('recorded_status', 'yes', { status }),
      no: sharedCondition('recorded_status', 'no', { status }),
      unknown: sharedCondition('recorded_status', 'unknown', { status }, [path]),
    };
    recordedConditions.set(path, shared);
  }
  return conclude(category, [shared[triOf(value)]], 'all');
}

/** The shared conditions of each recorded status (by its path), one per answer. */
const recordedConditions = new Map<string, Readonly<Record<Tri, Condition>>>();

/** 高龄 (spec §1.8): at least the policy's threshold (the text gives none; default 80). @internal */
export function advancedAge(context: ElderContext): CategoryResult {
  const threshold = context.policy.advancedAgeThreshold;
  return conclude('advancedAge', [ageCondition(context, 'advanced_age', threshold)], 'all');
}

/**
 * 失能 or 半失能 (spec §1.9) from the GB/T 42195-2022 assessment in force on the as-of date:
 * which levels count is policy. No assessment means unknown.
 * @internal
 */
export function abilityCategory(
  context: ElderContext,
  category: 'disabled' | 'semiDisabled',
): CategoryResult {
  const levels =
    category === 'disabled' ? context.policy.disabledLevels : context.policy.semiDisabledLevels;
  const { assessment } = context;
  if (!assessment) return conclude(category, [notAssessed(levels)], 'all');
  const status: Tri = levels.includes(assessment.level) ? 'yes' : 'no';
  const params = { level: assessment.level, assessedOn: assessment.assessedOn, levels };
  return conclude(category, [condition('ability_level', status, params)], 'all');
}

/** The condition of no assessment in force, per list of levels (a policy's): shared. */
const notAssessedConditions = new WeakMap<readonly string[], Condition>();

function notAssessed(levels: readonly string[]): Condition {
  let found = notAssessedConditions.get(levels);
  if (!found) {
    const params = { level: null, assessedOn: null, levels };
    found = sharedCondition('ability_level', 'unknown', params, AT_HEALTH_ABILITY_ASSESSMENTS);
    notAssessedConditions.set(levels, found);
  }
  return found;
}

/**
 * Whether one recorded status shows hardship: the status as recorded, or `false` when it is not
 * recorded but a check in force found that none applies (`economic.noHardshipAssessedOn`).
 * @internal
 */
export function economicFact(
  context: ElderContext,
  status: EconomicHardshipStatus,
): boolean | undefined {
  const economic: EconomicStatus = context.elder.economic;
  const flag =
    status === 'povertyMonitoring'
      ? economic.povertyMonitoring === undefined
        ? undefined
        : economic.povertyMonitoring !== 'none'
      : economic[status];
  return flag === undefined && context.noHardship ? false : flag;
}

/** The path of each economic status in the elder record. */
const ECONOMIC_PATHS: Readonly<Record<EconomicHardshipStatus, string>> = {
  minimumLivingAllowance: 'economic.minimumLivingAllowance',
  extremeHardship: 'economic.extremeHardship',
  fiveGuarantee: 'economic.fiveGuarantee',
  threeNo: 'economic.threeNo',
  povertyRegistered: 'economic.povertyRegistered',
  povertyMonitoring: 'economic.povertyMonitoring',
  otherHardship: 'economic.otherHardship',
};

/**
 * A reading of hardship over the recorded statuses (spec §1.11): `yes` when any of `statuses`
 * applies, `no` only when every one is known not to (one by one, or all at once by
 * `economic.noHardshipAssessedOn`).
 */
function hardshipReading(
  context: ElderContext,
  category: 'economicHardship' | 'poor',
  statuses: readonly EconomicHardshipStatus[],
): CategoryResult {
  const code = category === 'poor' ? 'poverty' : 'economic_hardship';
  const noneOn = context.elder.economic.noHardshipAssessedOn;
  // Without a finding in force, the answer depends only on which statuses are known: shared.
  if (!context.noHardship) {
    let key = noneOn === undefined ? 1 : 0;
    for (const status of statuses) {
      const flag = economicFact(context, status);
      key = key * 3 + (flag ? 2 : flag === undefined ? 1 : 0);
    }
    const cache = hardshipCache(code, statuses);
    let shared = cache.get(key);
    if (!shared) {
      shared = hardshipCondition(context, code, statuses, sharedCondition);
      cache.set(key, shared);
    }
    return conclude(category, [shared], 'all');
  }
  return conclude(category, [hardshipCondition(context, code, statuses, condition)], 'all');
}

/** The condition of {@link hardshipReading}, built by `build` (shared or not). */
function hardshipCondition(
  context: ElderContext,
  code: 'poverty' | 'economic_hardship',
  statuses: readonly EconomicHardshipStatus[],
  build: typeof condition,
): Condition {
  const matched: EconomicHardshipStatus[] = [];
  const unknown: EconomicHardshipStatus[] = [];
  for (const status of statuses) {
    const flag = economicFact(context, status);
    if (flag) matched.push(status);
    else if (flag === undefined) unknown.push(status);
  }
  const status: Tri = matched.length > 0 ? 'yes' : unknown.length > 0 ? 'unknown' : 'no';
  const noneOn = context.elder.economic.noHardshipAssessedOn;
  const params = {
    matched,
    unknown,
    noHardshipAssessedOn: context.noHardship ? (noneOn ?? null) : null,
  };
  // Each status, or the one finding that none applies, would decide.
  const missing: string[] = [];
  for (const name of unknown) missing.push(ECONOMIC_PATHS[name]);
  if (noneOn === undefined) missing.push('economic.noHardshipAssessedOn');
  return build(code, status, params, missing);
}

/**
 * Shared hardship conditions, per reason code and list of statuses (a policy's), by the answer
 * of each status (base 3) and whether a finding is recorded: at most 2 × 3^7 each.
 */
const hardshipCaches = {
  poverty: new WeakMap<readonly EconomicHardshipStatus[], Map<number, Condition>>(),
  economic_hardship: new WeakMap<readonly EconomicHardshipStatus[], Map<number, Condition>>(),
};

function hardshipCache(
  code: 'poverty' | 'economic_hardship',
  statuses: readonly EconomicHardshipStatus[],
): Map<number, Condition> {
  let cache = hardshipCaches[code].get(statuses);
  if (!cache) {
    cache = new Map();
    hardshipCaches[code].set(statuses, cache);
  }
  return cache;
}

/**
 * 经济困难 (spec §1.11 · S14 L363, L375, the reading of R1 and R8): any recorded status the
 * policy links to hardship (低保, 特困, 五保, 三无, 建档立卡, poverty monitoring, other local
 * hardship).
 * @internal
 */
export function economicHardship(context: ElderContext): CategoryResult {
  return hardshipReading(context, 'economicHardship', context.policy.economicHardshipStatuses);
}

/**
 * 贫困 (spec §1.11 · S14 L377, L379, the reading of R3): the statuses the policy links to
 * poverty, by default the same as 经济困难's — the text uses both words and defines neither
 * (spec §11.12).
 * @internal
 */
export function poor(context: ElderContext): CategoryResult {
  const { povertyStatuses, economicHardshipStatuses } = context.policy;
  return hardshipReading(context, 'poor', povertyStatuses ?? economicHardshipStatuses);
}
