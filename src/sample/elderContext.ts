/**
 * What the elder generators share across one county: the random stream, the layout, the
 * weighted tables elders are drawn from, and the resident ID numbers already given out.
 * @module
 */
import type {
  AbilityLevel,
  AwayReason,
  Disability,
  EntrustedCarer,
  RegionCode,
} from '../models/index.js';
import type { CountyLayout } from './generateCountyArea.js';
import { MIGRATION_DESTINATIONS } from './names.js';
import type { PeopleTables } from './people.js';
import { type Random, type WeightedTable, weightedTable } from './random.js';

/**
 * Everything the elder generators share across the elders of one county.
 *
 * @example
 * ```ts
 * const context: ElderContext = {
 *   random: createRandom(1, 1), layout, people, tables: createElderTables(),
 *   residentIds: new Set(), residentIdPrefixes: new Map(),
 * };
 * ```
 * @category Sample data
 */
export interface ElderContext {
  readonly random: Random;
  readonly layout: CountyLayout;
  readonly people: PeopleTables;
  readonly tables: ElderTables;
  /** Resident ID numbers given out so far, as birth day × 1000 + sequence (they must not repeat). */
  readonly residentIds: Set<number>;
  /** County code and birth-date digits of each birth day seen. */
  readonly residentIdPrefixes: Map<number, string>;
}

/**
 * The weighted tables elders are drawn from, built once per county.
 *
 * @example
 * ```ts
 * const { age } = createElderTables();
 * createRandom(1).weighted(age); // e.g. 64
 * ```
 * @category Sample data
 */
export interface ElderTables {
  readonly age: WeightedTable<number>;
  readonly awayReason: WeightedTable<AwayReason>;
  readonly destination: WeightedTable<RegionCode>;
  readonly disabilityCategory: WeightedTable<Disability['category']>;
  readonly disabilityGrade: WeightedTable<number>;
  readonly entrustedRelation: WeightedTable<EntrustedCarer['relation']>;
  /** Ability levels for ages 60–69, 70–79, 80–89 and 90+. */
  readonly abilityByAgeBand: readonly WeightedTable<AbilityLevel>[];
  /** Number of children (1–4) for ages 60–69, 70–79 and 80+. */
  readonly childrenByAgeBand: readonly WeightedTable<number>[];
}

/** Share of the rural 60+ population in each five-year band from 60 (roughly census-like). */
const AGE_BAND_SHARES = [27, 24, 20, 13, 9, 5, 1.6, 0.35] as const;

/**
 * Share of elders still married in each five-year band from 60 (60–64 … 90+): widowhood
 * rises steeply with age; about 60% overall.
 *
 * @example
 * ```ts
 * MARRIED_SHARE_BY_AGE_BAND[Math.floor((72 - 60) / 5)]; // 0.61 for ages 70–74
 * ```
 * @category Sample data
 */
export const MARRIED_SHARE_BY_AGE_BAND: readonly number[] = [
  0.77, 0.71, 0.61, 0.49, 0.35, 0.22, 0.1,
];

/**
 * Build the {@link ElderTables}.
 *
 * @example
 * ```ts
 * const tables = createElderTables();
 * createRandom(1).weighted(tables.age); // 60 … 100, mostly in the sixties
 * ```
 * @category Sample data
 */
export function createElderTables(): ElderTables {
  const ages: [number, number][] = [];
  for (let age = 60; age <= 100; age++) {
    const band = Math.floor((age - 60) / 5);
    ages.push([age, age === 100 ? 0.05 : (AGE_BAND_SHARES[band] ?? 0) / 5]);
  }
  return {
    age: weightedTable(ages),
    awayReason: weightedTable<AwayReason>([
      ['migrantWork', 76],
      ['business', 12],
      ['marriage', 4],
      ['other', 3.5],
      ['study', 2],
      ['military', 1],
      ['medicalTreatment', 1],
      ['imprisonment', 0.5],
    ]),
    destination: weightedTable(
      MIGRATION_DESTINATIONS.map(([code, , weight]) => [code as RegionCode, weight] as const),
    ),
    disabilityCategory: weightedTable<Disability['category']>([
      ['physical', 40],
      ['visual', 20],
      ['hearing', 20],
      ['multiple', 7],
      ['intellectual', 5],
      ['mental', 5],
      ['speech', 3],
    ]),
    disabilityGrade: weightedTable([
      [1, 10],
      [2, 20],
      [3, 35],
      [4, 35],
    ]),
    entrustedRelation: weightedTable<EntrustedCarer['relation']>([
      ['relative', 60],
      ['neighbour', 30],
      ['friend', 5],
      ['other', 5],
    ]),
    // GB/T 42195 levels: impairment rises steeply with age.
    abilityByAgeBand: [
      [85, 10, 3, 1.5, 0.5],
      [70, 18, 7, 3.5, 1.5],
      [45, 28, 15, 8, 4],
      [25, 30, 22, 13, 10],
    ].map((weights) =>
      weightedTable<AbilityLevel>([
        ['intact', weights[0] ?? 0],
        ['mild', weights[1] ?? 0],
        ['moderate', weights[2] ?? 0],
        ['severe', weights[3] ?? 0],
        ['total', weights[4] ?? 0],
      ]),
    ),
    childrenByAgeBand: [
      [22, 45, 22, 11],
      [10, 35, 33, 22],
      [6, 24, 35, 35],
    ].map((weights) => weightedTable(weights.map((w, i) => [i + 1, w] as const))),
  };
}
