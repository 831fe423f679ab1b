import type { IssueSink } from '../errors/index.js';
import { reportIssue } from '../errors/index.js';
import type { AbilityLevel } from '../models/index.js';

/** The parameters the cross-field checks read (the parsed `PolicyParameters`). */
interface CheckedParameters {
  readonly elderMinimumAge: number;
  readonly advancedAgeThreshold: number;
  readonly childAgeRange: { readonly minimum: number; readonly maximum: number };
  readonly disabledLevels: readonly AbilityLevel[];
  readonly semiDisabledLevels: readonly AbilityLevel[];
  readonly awayReasons: readonly string[];
  readonly childKinships: readonly string[];
  readonly economicHardshipStatuses: readonly string[];
  readonly povertyStatuses: readonly string[] | null;
}

/** GB/T 42195-2022 levels from the mildest; `intact` is no disability at all. */
const SEVERITY: Readonly<Record<AbilityLevel, number>> = {
  intact: 0,
  mild: 1,
  moderate: 2,
  severe: 3,
  total: 4,
};
const DISABILITY_LEVELS: readonly AbilityLevel[] = ['mild', 'moderate', 'severe', 'total'];
const LISTS = ['awayReasons', 'childKinships', 'economicHardshipStatuses'] as const;

/**
 * Report every contradiction between the parameters of one policy (zod refinement of
 * `PolicyParameters`, run once the fields are well formed): a child age range upside down;
 * 高龄 set below the elder minimum age; an ability level that counts as both 失能 and 半失能, a
 * 半失能 level more severe than a 失能 one, or `intact` counted as either; a value listed twice.
 * @internal
 */
export function reportPolicyConflicts(parameters: CheckedParameters, ctx: IssueSink): void {
  const { childAgeRange, advancedAgeThreshold, elderMinimumAge } = parameters;
  if (childAgeRange.minimum > childAgeRange.maximum) {
    conflict(ctx, childAgeRange, ['childAgeRange', 'maximum'], 'childAgeRange.minimum');
  }
  if (advancedAgeThreshold < elderMinimumAge) {
    conflict(ctx, advancedAgeThreshold, ['advancedAgeThreshold'], 'elderMinimumAge');
  }
  reportAbilityConflicts(parameters, ctx);
  for (const list of LISTS) reportRepeats(parameters[list], list, ctx);
  reportRepeats(parameters.povertyStatuses ?? [], 'povertyStatuses', ctx);
  reportRepeats(parameters.disabledLevels, 'disabledLevels', ctx);
  reportRepeats(parameters.semiDisabledLevels, 'semiDisabledLevels', ctx);
}

function conflict(
  ctx: IssueSink,
  input: unknown,
  path: readonly (string | number)[],
  other: string,
): void {
  const parameter = path.filter((key) => typeof key === 'string').join('.');
  reportIssue(ctx, input, 'policy_conflict', { parameter, other }, path);
}

/** 失能 and 半失能 levels: disjoint, 半失能 milder than every 失能 level, neither `intact`. */
function reportAbilityConflicts(parameters: CheckedParameters, ctx: IssueSink): void {
  const { disabledLevels, semiDisabledLevels } = parameters;
  for (const list of ['disabledLevels', 'semiDisabledLevels'] as const) {
    parameters[list].forEach((level, index) => {
      if (level === 'intact') {
        reportIssue(ctx, level, 'invalid_value', { allowed: DISABILITY_LEVELS }, [list, index]);
      }
    });
  }
  const mildestDisabled = Math.min(...disabledLevels.map((level) => SEVERITY[level]));
  semiDisabledLevels.forEach((level, index) => {
    if (level === 'intact') return;
    if (disabledLevels.includes(level) || SEVERITY[level] > mildestDisabled) {
      conflict(ctx, level, ['semiDisabledLevels', index], 'disabledLevels');
    }
  });
}

function reportRepeats(values: readonly string[], list: string, ctx: IssueSink): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) reportIssue(ctx, value, 'duplicate_value', { value }, [list, index]);
    seen.add(value);
  });
}
