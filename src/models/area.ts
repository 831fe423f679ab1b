import * as z from 'zod';
import { afterFieldsPass } from '../_lib/afterFieldsPass.js';
import { reportIssue } from '../errors/index.js';
import { Coordinates } from './contact.js';
import { diagnosed } from './diagnosed.js';
import { type RegionCode, regionCodeOfLevel } from './regionCode.js';

const name = /* @__PURE__ */ z.string().trim().min(1).max(100);

/**
 * A villager group (村民小组, 组 — also called 社 locally) inside a village. It has no
 * statistical code of its own; its number is unique within the village.
 *
 * @example
 * ```ts
 * VillagerGroup.parse({ number: 3, name: '三组' });
 * ```
 * @category Places
 */
export const VillagerGroup = /* @__PURE__ */ z.strictObject({
  number: z.int().min(1).max(999),
  name,
});
/** @category Places */
export type VillagerGroup = z.infer<typeof VillagerGroup>;

/**
 * A village (村) or community (社区) with its twelve-digit code and groups.
 *
 * @example
 * ```ts
 * VillageArea.parse({ code: '530325101203', name: '石桥村', groups: [{ number: 1, name: '一组' }] });
 * ```
 * @category Places
 */
export const VillageArea = /* @__PURE__ */ z.strictObject({
  code: regionCodeOfLevel(['village']),
  name,
  coordinates: Coordinates.optional(),
  groups: z.array(VillagerGroup).default(() => []),
});
/** @category Places */
export type VillageArea = z.infer<typeof VillageArea>;

/**
 * A township-level unit (乡, 镇 or 街道) with its villages.
 * @example
 * ```ts
 * TownshipArea.parse({ code: '530325101000', name: '中安镇', villages: [] });
 * ```
 * @category Places
 */
export const TownshipArea = /* @__PURE__ */ z.strictObject({
  code: regionCodeOfLevel(['township']),
  name,
  villages: z.array(VillageArea),
});
/** @category Places */
export type TownshipArea = z.infer<typeof TownshipArea>;

/**
 * The area tree of one county-level unit (县, 县级市 or 区; or a city without districts such as
 * 东莞): county → township → village →
 * group, with the year of the code list it uses (codes change; keep the vintage).
 * Every child's code must lie inside its parent's, and codes and group numbers must be unique.
 *
 * @example
 * ```ts
 * const county = CountyArea.parse({
 *   code: '530325', name: '富源县', vintage: 2024,
 *   townships: [{ code: '530325101000', name: '中安镇', villages: [] }],
 * });
 * ```
 * @category Places
 */
export const CountyArea = /* @__PURE__ */ z
  .strictObject({
    // A prefecture-level city without districts (东莞, 中山 …) stands in for the county.
    code: regionCodeOfLevel(['county', 'city']),
    name,
    vintage: z.int().min(1980).max(2200),
    townships: z.array(TownshipArea),
  })
  .superRefine((county, ctx) => {
    const seen = new Map<string, (string | number)[]>();
    const checkUnique = (code: RegionCode, path: (string | number)[]) => {
      const firstPath = seen.get(code);
      if (firstPath) reportIssue(ctx, code, 'duplicate_id', { id: code, firstPath }, path);
      else seen.set(code, path);
    };
    county.townships.forEach((township, t) => {
      const townshipPath = ['townships', t, 'code'];
      if (!township.code.startsWith(county.code)) {
        reportIssue(
          ctx,
          township.code,
          'region_outside_parent',
          { code: township.code, parent: county.code },
          townshipPath,
        );
      }
      checkUnique(township.code, townshipPath);
      township.villages.forEach((village, v) => {
        const villagePath = ['townships', t, 'villages', v, 'code'];
        if (!village.code.startsWith(township.code.slice(0, 9))) {
          reportIssue(
            ctx,
            village.code,
            'region_outside_parent',
            { code: village.code, parent: township.code },
            villagePath,
          );
        }
        checkUnique(village.code, villagePath);
        const numbers = new Map<number, number>();
        village.groups.forEach((group, g) => {
          const first = numbers.get(group.number);
          if (first !== undefined) {
            const groupsPath = ['townships', t, 'villages', v, 'groups'];
            reportIssue(
              ctx,
              group.number,
              'duplicate_id',
              { id: String(group.number), firstPath: [...groupsPath, first, 'number'] },
              ['townships', t, 'villages', v, 'groups', g, 'number'],
            );
          } else numbers.set(group.number, g);
        });
      });
    });
  }, afterFieldsPass);
/** @category Places */
export type CountyArea = z.infer<typeof CountyArea>;

/**
 * One place of an area tree, found by code with {@link indexAreas}.
 * @category Places
 */
export interface AreaEntry {
  readonly code: RegionCode;
  readonly name: string;
  readonly level: 'county' | 'township' | 'village';
  /** The enclosing place's code (none for the county). */
  readonly parentCode?: RegionCode;
  /** Names from the county down, e.g. `['富源县', '中安街道', '石桥村']`. */
  readonly names: readonly string[];
}

/**
 * Every county, township and village of a tree, keyed by code, for lookups and roll-ups.
 * A tree that was not validated and makes indexing fail throws {@link errors!GuanaiError}
 * with its issues against `CountyArea`.
 *
 * @example
 * ```ts
 * const areas = indexAreas(county);
 * areas.get(elder.residence.villageCode)?.names.join(' '); // '富源县 中安街道 石桥村'
 * ```
 * @category Places
 */
export function indexAreas(county: CountyArea): ReadonlyMap<RegionCode, AreaEntry> {
  try {
    return indexTrustedAreas(county);
  } catch (error) {
    throw diagnosed(error, CountyArea, county, 'county');
  }
}

function indexTrustedAreas(county: CountyArea): ReadonlyMap<RegionCode, AreaEntry> {
  const index = new Map<RegionCode, AreaEntry>();
  index.set(county.code, {
    code: county.code,
    name: county.name,
    level: 'county',
    names: [county.name],
  });
  for (const township of county.townships) {
    const townshipNames = [county.name, township.name];
    index.set(township.code, {
      code: township.code,
      name: township.name,
      level: 'township',
      parentCode: county.code,
      names: townshipNames,
    });
    for (const village of township.villages) {
      index.set(village.code, {
        code: village.code,
        name: village.name,
        level: 'village',
        parentCode: township.code,
        names: [...townshipNames, village.name],
      });
    }
  }
  return index;
}
