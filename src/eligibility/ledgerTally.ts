import { type AreaEntry, countyCodeOf, type RegionCode, townshipCodeOf } from '../models/index.js';
import { CATEGORY_KEYS } from './categoryKeys.js';
import type { StatusCodes } from './decideStatuses.js';
import type { CategoryKey } from './reason.js';
import type { Tri } from './tri.js';

// The shapes of classifyLedger's `CategoryCounts` and `AreaCounts`, spelt out here because
// classifyLedger imports this file.
type Level = 'county' | 'township' | 'village';
type CategoryCounts = Readonly<Record<CategoryKey, Record<Tri, number>>>;
interface AreaCounts {
  readonly code: RegionCode;
  readonly level: Level;
  readonly name?: string;
  readonly elders: number;
  readonly categories: CategoryCounts;
}

/**
 * Three counters per category, in {@link CATEGORY_KEYS} order, each category's in the order of
 * the status codes (no 0, unknown 1, yes 2): an elder's code is its counter's offset.
 */
const WIDTH = CATEGORY_KEYS.length * 3;

/** The elders of one village code: how many, their counters, and the areas they count in. */
interface VillageTally {
  readonly places: readonly (readonly [RegionCode, Level])[];
  elders: number;
  readonly counts: Int32Array;
}

/** The county, township and village an elder of `village` counts in (a code that is not a village's counts as itself). */
function placesOf(village: RegionCode): readonly (readonly [RegionCode, Level])[] {
  return [
    [countyCodeOf(village) ?? village, 'county'],
    [townshipCodeOf(village) ?? village, 'township'],
    [village, 'village'],
  ];
}

function countsOf(counters: Int32Array): CategoryCounts {
  const counts = {} as Record<CategoryKey, Record<Tri, number>>;
  CATEGORY_KEYS.forEach((key, k) => {
    counts[key] = {
      yes: counters[k * 3 + 2] as number,
      no: counters[k * 3] as number,
      unknown: counters[k * 3 + 1] as number,
    };
  });
  return counts;
}

/**
 * The counts of a classified ledger, kept per village while the elders are classified and
 * added up to townships, counties and the totals once at the end: an elder costs one map
 * lookup and one counter per category, however many areas count them.
 * @internal
 */
export class LedgerTally {
  private readonly villages = new Map<RegionCode, VillageTally>();

  /** The village counted last, and its tally: a ledger lists a village's elders together. */
  private lastVillage: RegionCode | undefined;
  private lastTally: VillageTally | undefined;

  /**
   * Count one elder's statuses, given as {@link StatusCodes} (0 no, 1 unknown, 2 yes, in
   * {@link CATEGORY_KEYS} order); a village's areas are checked the first time it is seen.
   */
  add(village: RegionCode, codes: StatusCodes): void {
    let tally = village === this.lastVillage ? this.lastTally : this.villages.get(village);
    if (!tally) {
      tally = { places: placesOf(village), elders: 0, counts: new Int32Array(WIDTH) };
      this.villages.set(village, tally);
    }
    this.lastVillage = village;
    this.lastTally = tally;
    tally.elders++;
    const counts = tally.counts;
    for (let k = 0; k < codes.length; k++) {
      const at = k * 3 + (codes[k] as number);
      counts[at] = (counts[at] as number) + 1;
    }
  }

  /** Every elder counted, per category. */
  totals(): CategoryCounts {
    const sum = new Int32Array(WIDTH);
    for (const { counts } of this.villages.values())
      for (let i = 0; i < WIDTH; i++) sum[i] = (sum[i] as number) + (counts[i] as number);
    return countsOf(sum);
  }

  /**
   * One row per county, township and village, in code order; an area's level is the one it was
   * first counted at, in the order the elders came.
   */
  byArea(names?: ReadonlyMap<RegionCode, AreaEntry>): AreaCounts[] {
    const areas = new Map<RegionCode, { level: Level; elders: number; counts: Int32Array }>();
    for (const tally of this.villages.values()) {
      for (const [code, level] of tally.places) {
        let area = areas.get(code);
        if (!area) {
          area = { level, elders: 0, counts: new Int32Array(WIDTH) };
          areas.set(code, area);
        }
        area.elders += tally.elders;
        for (let i = 0; i < WIDTH; i++)
          area.counts[i] = (area.counts[i] as number) + (tally.counts[i] as number);
      }
    }
    return [...areas]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([code, area]): AreaCounts => {
        const name = names?.get(code)?.name;
        const row = {
          code,
          level: area.level,
          elders: area.elders,
          categories: countsOf(area.counts),
        };
        return name ? { ...row, name } : row;
      });
  }
}
