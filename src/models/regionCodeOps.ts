import { jsonTypeOf } from '../_lib/jsonTypeOf.js';
import { GuanaiError, issue, type RegionLevel } from '../errors/index.js';
import type { RegionCode } from './regionCode.js';
import { levelOf } from './regionLevelOf.js';

/** A value for an issue: the text itself, or its JSON type (an object may not even convert). */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : jsonTypeOf(value);
}

function checked(code: RegionCode): RegionLevel {
  // A number would pass the digit test once coerced, then fail on `slice`.
  const level = typeof code === 'string' ? levelOf(code) : undefined;
  if (!level) throw new GuanaiError([issue('region_code_format', [], { value: textOf(code) })]);
  return level;
}

/**
 * The level a checked region code names.
 *
 * @example
 * ```ts
 * regionLevel(RegionCode.parse('530000'));       // 'province'
 * regionLevel(RegionCode.parse('530325101000')); // 'township'
 * ```
 * @category Places
 */
export function regionLevel(code: RegionCode): RegionLevel {
  return checked(code);
}

/**
 * The code of the place one level up, or `undefined` for a province. Townships and villages
 * answer in twelve digits, counties and above in six.
 *
 * @example
 * ```ts
 * parentRegionCode(RegionCode.parse('530325101203')); // '530325101000'
 * parentRegionCode(RegionCode.parse('530325101000')); // '530325'
 * parentRegionCode(RegionCode.parse('530325'));       // '530300'
 * ```
 * @category Places
 */
export function parentRegionCode(code: RegionCode): RegionCode | undefined {
  switch (checked(code)) {
    case 'village':
      return `${code.slice(0, 9)}000` as RegionCode;
    case 'township':
      return code.slice(0, 6) as RegionCode;
    case 'county':
      return `${code.slice(0, 4)}00` as RegionCode;
    case 'city':
      return `${code.slice(0, 2)}0000` as RegionCode;
    case 'province':
      return undefined;
  }
}

/**
 * The six-digit county-level code containing a county, township or village code, or
 * `undefined` for a city or province. Two places are in the same county (县域) when these match.
 *
 * @example
 * ```ts
 * countyCodeOf(RegionCode.parse('530325101203')); // '530325'
 * ```
 * @category Places
 */
export function countyCodeOf(code: RegionCode): RegionCode | undefined {
  const level = checked(code);
  return level === 'county' || level === 'township' || level === 'village'
    ? (code.slice(0, 6) as RegionCode)
    : undefined;
}

/**
 * The twelve-digit township code containing a township or village code, else `undefined`.
 *
 * @example
 * ```ts
 * townshipCodeOf(RegionCode.parse('530325101203')); // '530325101000'
 * ```
 * @category Places
 */
export function townshipCodeOf(code: RegionCode): RegionCode | undefined {
  const level = checked(code);
  return level === 'township' || level === 'village'
    ? (`${code.slice(0, 9)}000` as RegionCode)
    : undefined;
}

/**
 * Whether `code` lies inside `ancestor` (or is the same place).
 *
 * @example
 * ```ts
 * isWithinRegion(RegionCode.parse('530325101203'), RegionCode.parse('530325')); // true
 * ```
 * @category Places
 */
export function isWithinRegion(code: RegionCode, ancestor: RegionCode): boolean {
  checked(ancestor);
  let current: RegionCode | undefined = code;
  const target = normalisedCode(ancestor);
  while (current) {
    if (normalisedCode(current) === target) return true;
    current = parentRegionCode(current);
  }
  return false;
}

/** County and higher levels compare in their six-digit form. */
function normalisedCode(code: RegionCode): string {
  return code.length === 12 && code.endsWith('000000') ? code.slice(0, 6) : code;
}

/**
 * The kind of township-level unit, from its three township digits (statistical division
 * codes): 001–099 街道 (`subdistrict`), 100–199 镇 (`town`), 200–399 乡 (`township`), other
 * ranges (farms, development zones …) `other`.
 *
 * @example
 * ```ts
 * townshipKind(RegionCode.parse('530325101000')); // 'town'
 * ```
 * @category Places
 */
export function townshipKind(code: RegionCode): 'subdistrict' | 'town' | 'township' | 'other' {
  const level = checked(code);
  if (level !== 'township' && level !== 'village') {
    throw new GuanaiError([
      issue('region_code_level', [], { expected: ['township', 'village'], actual: level }),
    ]);
  }
  const digits = Number(code.slice(6, 9));
  if (digits < 100) return 'subdistrict';
  if (digits < 200) return 'town';
  if (digits < 400) return 'township';
  return 'other';
}

/**
 * The kind of village-level unit from its last three digits: 001–199 居民委员会
 * (`residentsCommittee`, urban), 200–399 村民委员会 (`villagersCommittee`, rural), other
 * ranges `other`.
 *
 * @example
 * ```ts
 * villageKind(RegionCode.parse('530325101203')); // 'villagersCommittee'
 * ```
 * @category Places
 */
export function villageKind(
  code: RegionCode,
): 'residentsCommittee' | 'villagersCommittee' | 'other' {
  if (checked(code) !== 'village') {
    throw new GuanaiError([
      issue('region_code_level', [], { expected: ['village'], actual: checked(code) }),
    ]);
  }
  const digits = Number(code.slice(9, 12));
  if (digits < 200) return 'residentsCommittee';
  if (digits < 400) return 'villagersCommittee';
  return 'other';
}
