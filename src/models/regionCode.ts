import * as z from 'zod';
import { GuanaiError, issue, type RegionLevel, reportIssue } from '../errors/index.js';

export type { RegionLevel } from '../errors/index.js';

import { levelOf } from './regionLevelOf.js';

/**
 * An administrative division code: six digits (GB/T 2260: province, city, county) or twelve
 * digits (the statistical codes: county + 3 township digits + 3 village digits). Codes change
 * over time, so a record that keeps one may also keep its vintage year; a code is never
 * rejected for being missing from today's list.
 *
 * @example
 * ```ts
 * RegionCode.parse('530325');       // a county
 * RegionCode.parse('530325101203'); // a village
 * RegionCode.safeParse('5303').success; // false: region_code_format
 * ```
 * @category Places
 */
export const RegionCode = /* @__PURE__ */ z
  .string()
  .superRefine((code, ctx) => {
    if (!levelOf(code)) reportIssue(ctx, code, 'region_code_format', { value: code });
  })
  .brand<'RegionCode'>();

/** A checked division code. @category Places */
export type RegionCode = z.infer<typeof RegionCode>;

/**
 * A {@link RegionCode} that must name a place of one of `levels`.
 *
 * @example
 * ```ts
 * const VillageCode = regionCodeOfLevel(['village']);
 * VillageCode.safeParse('530325').success; // false: region_code_level
 * ```
 * @category Places
 */
export function regionCodeOfLevel(levels: readonly RegionLevel[]) {
  requireLevels(levels);
  return RegionCode.superRefine((code, ctx) => {
    const actual = levelOf(code);
    if (actual && !levels.includes(actual)) {
      reportIssue(ctx, code, 'region_code_level', { expected: levels, actual });
    }
  });
}

const LEVELS: readonly RegionLevel[] = ['province', 'city', 'county', 'township', 'village'];

/** The levels of {@link regionCodeOfLevel}: a non-empty list of known levels. */
function requireLevels(levels: unknown): void {
  if (!Array.isArray(levels) || levels.length === 0) {
    throw new GuanaiError([issue('invalid_argument', [], { name: 'levels', rule: 'array' })]);
  }
  levels.forEach((level, index) => {
    if (!LEVELS.includes(level)) {
      throw new GuanaiError([issue('invalid_value', [index], { allowed: LEVELS })]);
    }
  });
}

/**
 * A twelve-digit village-level code (村民委员会 or 居民委员会).
 * @example
 * ```ts
 * VillageCode.parse('530325101203');
 * VillageCode.safeParse('530325101000').success; // false: a township
 * ```
 * @category Places
 */
export const VillageCode = /* @__PURE__ */ regionCodeOfLevel(['village']);
