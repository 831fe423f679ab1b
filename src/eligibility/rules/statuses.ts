import type { EconomicStatus } from '../../models/index.js';
import { conclude, condition, pathList } from '../condition.js';
import type { ElderContext } from '../context.js';
import type { EconomicHardshipStatus } from '../policy.js';
import type { CategoryKey, CategoryResult, ReasonParams } from '../reason.js';
import { type Tri, triOf } from '../tri.js';
import { ageReaches } from './commonConditions.js';

/** Missing-fact paths of single facts, built once (a condition keeps them only while unknown). */
const AT_BIRTH_DATE = pathList('birthDate');
const AT_HEALTH_ABILITY_ASSESSMENTS = pathList('health.abilityAssessments');
const AT_HOUSEHOLD_LIVING_ARRANGEMENT = pathList('household.livingArrangement');

/** 独居 (spec §1.10): the recorded living arrangement is `alone`. @internal */
export function livesAlone(context: ElderContext): CategoryResult {
  const arrangement = context.elder.household.livingArrangement;
  const status: Tri =
    arrangement === undefined ? 'unknown' : arrangement === 'alone' ? 'yes' : 'no';
  return conclude(
    'livesAlone',
    [
      condition(
        'lives_alone',
        status,
        { livingArrangement: arrangement ?? null },
        AT_HOUSEHOLD_LIVING_ARRANGEMENT,
      ),
    ],
    'all',
  );
}

/** A status the ledger records rather than derives (spec §1.6, §1.7). @internal */
export function recordedStatus(
  category: CategoryKey,
  status: ReasonParams['recorded_status']['status'],
  value: boolean | undefined,
  path: string,
): CategoryResult {
  const fixed = recordedStatusParts(status, path);
  return conclude(
    category,
    [condition('recorded_status', triOf(value), fixed.params, fixed.missing)],
    'all',
  );
}

/** The parameters and missing path of each recorded status, built once (they name the status). */
const recordedParts = new Map<string, RecordedParts>();
interface RecordedParts {
  readonly params: ReasonParams['recorded_status'];
  readonly missing: readonly string[];
}

function recordedStatusParts(
  status: ReasonParams['recorded_status']['status'],
  path: string,
): RecordedParts {
  let parts = recordedParts.get(path);
  if (!parts) {
    parts = { params: Object.freeze({ status }), missing: Object.freeze([path]) };
    recordedParts.set(path, parts);
  }
  return parts;
}

/** 高龄 (spec §1.8): at least the policy's threshold (the text gives none; default 80). @internal */
export function advancedAge(context: ElderContext): CategoryResult {
  const threshold = context.policy.advancedAgeThreshold;
  const status = ageReaches(context, threshold);
  return conclude(
    'advancedAge',
    [condition('advanced_age', status, { age: context.age ?? null, threshold }, AT_BIRTH_DATE)],
    'all',
  );
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
  const status: Tri = assessment ? (levels.includes(assessment.level) ? 'yes' : 'no') : 'unknown';
  const params = {
    level: assessment?.level ?? null,
    assessedOn: assessment?.assessedOn ?? null,
    levels,
  };
  return conclude(
    category,
    [condition('ability_level', status, params, AT_HEALTH_ABILITY_ASSESSMENTS)],
    'all',
  );
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
  const code = category === 'poor' ? 'poverty' : 'economic_hardship';
  return conclude(category, [condition(code, status, params, missing)], 'all');
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
