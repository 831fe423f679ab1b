/**
 * The area tree of a sample county (county → township → village → group) and the layout
 * the people generators need: township seats, village centres and how many elders live where.
 * @module
 */
import type {
  Coordinates,
  CountyArea,
  RegionCode,
  TownshipArea,
  VillageArea,
} from '../models/index.js';
import {
  CHINESE_NUMERALS,
  PLACE_FIRST_SYLLABLES,
  PLACE_SECOND_SYLLABLES,
  SAMPLE_CODE_VINTAGE,
  SAMPLE_COUNTIES,
  type SampleCountyFrame,
} from './names.js';
import { offsetCoordinates } from './people.js';
import { apportion, type Random } from './random.js';

/**
 * A village of the layout, with what the people generators need.
 *
 * @example
 * ```ts
 * for (const village of layout.villages) console.log(village.name, village.elders);
 * ```
 * @category Sample data
 */
export interface VillageLayout {
  readonly code: RegionCode;
  readonly name: string;
  readonly township: TownshipLayout;
  readonly centre: Coordinates;
  /** Names of the villager groups, by number − 1 (一组, 二组 …). */
  readonly groupNames: readonly string[];
  /** How many sample elders live here. */
  readonly elders: number;
}

/**
 * A township of the layout.
 *
 * @example
 * ```ts
 * const seat = layout.townships[0]?.seat; // where township cadres live
 * ```
 * @category Sample data
 */
export interface TownshipLayout {
  readonly code: RegionCode;
  readonly name: string;
  /** The township seat (集镇), where the government and the health centre (卫生院) are. */
  readonly seat: Coordinates;
  readonly villages: VillageLayout[];
  /** How many sample elders live in the township. */
  elders: number;
}

/**
 * A sample county: its area tree and the layout behind it.
 *
 * @example
 * ```ts
 * const { county, villages } = generateCountyArea(createRandom(1), { townships: 2, villagesPerTownship: 4, elders: 80 });
 * ```
 * @category Sample data
 */
export interface CountyLayout {
  readonly frame: SampleCountyFrame;
  readonly county: CountyArea;
  readonly townships: readonly TownshipLayout[];
  /** Every village, in area order. */
  readonly villages: readonly VillageLayout[];
}

/**
 * Options of {@link generateCountyArea}.
 *
 * @example
 * ```ts
 * const options: GenerateCountyAreaOptions = { townships: 3, villagesPerTownship: 6, elders: 300 };
 * ```
 * @category Sample data
 */
export interface GenerateCountyAreaOptions {
  readonly townships: number;
  readonly villagesPerTownship: number;
  readonly elders: number;
}

/** Side of the square the township seats spread over, in km (a county is ~60 km across). */
const COUNTY_SPAN_KM = 56;
/** Furthest a village lies from the county seat on either axis, in km. */
const COUNTY_HALF_WIDTH_KM = 30;
/** Share of townships that are towns (镇) rather than 乡. */
const TOWN_SHARE = 0.6;

/**
 * Generate a county frame, its townships (towns 镇 coded 101…, 乡 coded 201…), villages
 * (村民委员会, coded 201…) with 3–10 villager groups each, and spread the elders over the
 * villages. Township seats sit on a jittered grid over the county; villages cluster around
 * their seat.
 *
 * @param random - the area stream
 * @param options - counts, already checked
 * @returns the area tree and its layout
 * @example
 * ```ts
 * const { county } = generateCountyArea(createRandom(1), { townships: 3, villagesPerTownship: 6, elders: 300 });
 * ```
 * @category Sample data
 */
export function generateCountyArea(
  random: Random,
  options: GenerateCountyAreaOptions,
): CountyLayout {
  const frame = random.pick(SAMPLE_COUNTIES);
  const centre: Coordinates = { latitude: frame.latitude, longitude: frame.longitude };
  const kinds = planTownshipKinds(random, options.townships);
  const columns = Math.ceil(Math.sqrt(options.townships));
  const rows = Math.ceil(options.townships / columns);
  const cellKm = COUNTY_SPAN_KM / Math.max(columns, rows);
  const usedTownshipNames = new Set<string>();
  const usedVillageNames = new Set<string>();
  let nextTown = 101;
  let nextXiang = 201;

  const townships: TownshipLayout[] = [];
  const drafts: Omit<VillageLayout, 'elders'>[] = [];
  // Villages differ in size: each gets a weight for its share of the elders.
  const villageWeights: number[] = [];
  kinds.forEach((kind, t) => {
    const digits = kind === 'town' ? nextTown++ : nextXiang++;
    const root = uniquePlaceName(random, usedTownshipNames);
    const row = Math.floor(t / columns);
    const column = t % columns;
    const north = (rows / 2 - row - 0.5) * cellKm + random.float(-0.25, 0.25) * cellKm;
    const east = (column + 0.5 - columns / 2) * cellKm + random.float(-0.25, 0.25) * cellKm;
    const township: TownshipLayout = {
      code: `${frame.code}${digits}000` as RegionCode,
      name: `${root}${kind === 'town' ? '镇' : '乡'}`,
      seat: offsetCoordinates(centre, north, east),
      villages: [],
      elders: 0,
    };
    const reach = Math.min(cellKm * 0.45, 12);
    for (let v = 0; v < options.villagesPerTownship; v++) {
      // The seat village often shares the township's name (石桥镇石桥村).
      const name =
        v === 0 && !usedVillageNames.has(root) && random.chance(0.5)
          ? root
          : uniquePlaceName(random, usedVillageNames);
      usedVillageNames.add(name);
      const [dn, de] = v === 0 ? [0, 0] : pointInDisc(random, reach);
      const groups = random.int(3, 10);
      drafts.push({
        code: `${township.code.slice(0, 9)}${201 + v}` as RegionCode,
        name: `${name}村`,
        township,
        centre: offsetCoordinates(centre, clamp(north + dn), clamp(east + de)),
        groupNames: Array.from({ length: groups }, (_, g) => `${CHINESE_NUMERALS[g]}组`),
      });
      villageWeights.push(random.float(0.4, 1.6));
    }
    townships.push(township);
  });

  // Elder counts are apportioned exactly, so the total always matches the option.
  const counts = apportion(options.elders, villageWeights);
  const villages = drafts.map((draft, i) => {
    const village: VillageLayout = { ...draft, elders: counts[i] ?? 0 };
    village.township.villages.push(village);
    village.township.elders += village.elders;
    return village;
  });

  const county: CountyArea = {
    code: frame.code as RegionCode,
    name: frame.name,
    vintage: SAMPLE_CODE_VINTAGE,
    townships: townships.map(
      (township): TownshipArea => ({
        code: township.code,
        name: township.name,
        villages: township.villages.map(
          (village): VillageArea => ({
            code: village.code,
            name: village.name,
            coordinates: { ...village.centre },
            groups: village.groupNames.map((name, g) => ({ number: g + 1, name })),
          }),
        ),
      }),
    ),
  };
  return { frame, county, townships, villages };
}

/** Towns first, then 乡, as statistical code lists order them; ranges 101–199 and 201–399. */
function planTownshipKinds(random: Random, count: number): ('town' | 'xiang')[] {
  let towns = 0;
  for (let t = 0; t < count; t++) if (random.chance(TOWN_SHARE)) towns++;
  // The county seat is a town, and neither code range may overflow.
  towns = Math.min(99, Math.max(1, towns, count - 199));
  return Array.from({ length: count }, (_, t) => (t < towns ? 'town' : 'xiang'));
}

/** A two-syllable place root not used yet (three syllables once two run short). */
function uniquePlaceName(random: Random, used: Set<string>): string {
  for (let attempt = 0; attempt < 200; attempt++) {
    const first = random.pick(PLACE_FIRST_SYLLABLES);
    let second = random.pick(PLACE_SECOND_SYLLABLES);
    if (second === first) continue;
    if (attempt >= 30) second = random.pick(PLACE_FIRST_SYLLABLES) + second;
    const name = first + second;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  // Unreachable in practice (over 100,000 three-syllable names); stay unique regardless.
  let n = used.size;
  while (used.has(`新${n}`)) n++;
  used.add(`新${n}`);
  return `新${n}`;
}

/** A uniform point in a disc of radius `radiusKm`, by rejection (no trigonometry). */
function pointInDisc(random: Random, radiusKm: number): [number, number] {
  for (;;) {
    const x = random.float(-1, 1);
    const y = random.float(-1, 1);
    if (x * x + y * y <= 1) return [x * radiusKm, y * radiusKm];
  }
}

function clamp(km: number): number {
  return Math.max(-COUNTY_HALF_WIDTH_KM, Math.min(COUNTY_HALF_WIDTH_KM, km));
}
