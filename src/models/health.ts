import * as z from 'zod';
import { ABILITY_LEVELS } from './abilityLevels.js';
import { diagnosed, requirePlainDateArgument } from './diagnosed.js';
import { PlainDate } from './plainDate.js';
import { isPlainDate } from './plainDateOps.js';

/**
 * The five levels of the older-adult ability assessment GB/T 42195-2022: 能力完好 `intact`,
 * 能力轻度受损（轻度失能） `mild`, 能力中度受损（中度失能） `moderate`, 能力重度受损（重度失能）
 * `severe`, 能力完全丧失（完全失能） `total`. Which levels count as 失能 or 半失能 is policy.
 * @example
 * ```ts
 * AbilityLevel.parse('moderate');
 * ```
 * @category Health
 */
export const AbilityLevel = /* @__PURE__ */ z.enum(ABILITY_LEVELS);
/** @category Health */
export type AbilityLevel = z.infer<typeof AbilityLevel>;

/**
 * One ability assessment: level, date and assessor. 失能 in the policy text is derived from
 * such a record, not from a free flag (spec §1.9).
 *
 * @example
 * ```ts
 * AbilityAssessment.parse({ level: 'moderate', assessedOn: '2026-03-12', assessor: '县评估中心' });
 * ```
 * @category Health
 */
export const AbilityAssessment = /* @__PURE__ */ z.strictObject({
  level: AbilityLevel,
  assessedOn: PlainDate,
  assessor: z.string().trim().min(1).max(100),
  standard: z.literal('GB/T 42195-2022').default('GB/T 42195-2022'),
});
/** @category Health */
export type AbilityAssessment = z.infer<typeof AbilityAssessment>;

/**
 * A registered disability (残疾人证): category and grade 1 (most severe) to 4. Distinct
 * from 失能 (spec §1.12).
 * @example
 * ```ts
 * Disability.parse({ category: 'physical', grade: 2 });
 * ```
 * @category Health
 */
export const Disability = /* @__PURE__ */ z.strictObject({
  category: z.enum([
    'visual',
    'hearing',
    'speech',
    'physical',
    'intellectual',
    'mental',
    'multiple',
  ]),
  grade: z.int().min(1).max(4),
  certifiedOn: PlainDate.optional(),
});
/** @category Health */
export type Disability = z.infer<typeof Disability>;

/**
 * The elder's health facts: assessments (latest last is not required; readers pick the one
 * in force on their as-of date), serious illness, severe mental illness, and a registered
 * disability (`null` when known to have none).
 * @example
 * ```ts
 * Health.parse({ seriousIllness: false, disability: null,
 *   abilityAssessments: [{ level: 'mild', assessedOn: '2026-03-12', assessor: '县评估中心' }] });
 * ```
 * @category Health
 */
export const Health = /* @__PURE__ */ z.strictObject({
  abilityAssessments: z.array(AbilityAssessment).optional(),
  /** 患有严重疾病 (spec §2 R5 · S14 L367). */
  seriousIllness: z.boolean().optional(),
  /** 患有严重精神疾病 (spec §2 R4 · S14 L379). */
  severeMentalIllness: z.boolean().optional(),
  disability: Disability.nullable().optional(),
});
/** @category Health */
export type Health = z.infer<typeof Health>;

/**
 * The assessment in force on `asOf`: the latest one made on or before that day (ties: the
 * later in the list), or `undefined` when there is none yet. Throws {@link errors!GuanaiError}
 * for an `asOf` that is not a real date (`['asOf']`) and for health facts the schema rejects
 * when they make the lookup fail (found only then: this runs once per elder classified).
 *
 * @example
 * ```ts
 * assessmentOn(elder.health, plainDate('2026-06-30'))?.level; // 'moderate'
 * ```
 * @category Health
 */
export function assessmentOn(health: Health, asOf: PlainDate): AbilityAssessment | undefined {
  requirePlainDateArgument(asOf, isPlainDate(asOf), ['asOf']);
  try {
    return latestAssessment(health, asOf);
  } catch (error) {
    throw diagnosed(error, Health, health, 'health');
  }
}

function latestAssessment(health: Health, asOf: PlainDate): AbilityAssessment | undefined {
  let current: AbilityAssessment | undefined;
  for (const assessment of health.abilityAssessments ?? []) {
    if (
      assessment.assessedOn <= asOf &&
      (!current || assessment.assessedOn >= current.assessedOn)
    ) {
      current = assessment;
    }
  }
  return current;
}
