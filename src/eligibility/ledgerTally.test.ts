/** classifyLedger's counts (kept per village, added up at the end) against counting each elder into every area. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countyCodeOf,
  type Elder,
  plainDate,
  type RegionCode,
  townshipCodeOf,
} from '../models/index.js';
import { generateSampleCounty } from '../sample/index.js';
import { CATEGORY_KEYS } from './categoryKeys.js';
import { classifyStatuses } from './classifyElder.js';
import { classifyLedger } from './classifyLedger.js';
import type { CategoryKey } from './reason.js';
import type { Tri } from './tri.js';

const ASOF = plainDate('2026-06-30');
const POOL: readonly Elder[] = generateSampleCounty({
  seed: 5,
  townships: 3,
  villagesPerTownship: 3,
  elders: 120,
}).elders;

type Counts = Record<CategoryKey, Record<Tri, number>>;
function emptyCounts(): Counts {
  const counts = {} as Counts;
  for (const key of CATEGORY_KEYS) counts[key] = { yes: 0, no: 0, unknown: 0 };
  return counts;
}

/** The straightforward count: each elder into the totals and into its county, township and village. */
function countedOneByOne(elders: readonly Elder[]) {
  const totals = emptyCounts();
  const areas = new Map<string, { level: string; elders: number; counts: Counts }>();
  for (const elder of elders) {
    const { statuses } = classifyStatuses(elder, { asOf: ASOF });
    const village = elder.residence.villageCode as RegionCode;
    const places = (
      [
        [countyCodeOf(village) ?? village, 'county'],
        [townshipCodeOf(village) ?? village, 'township'],
        [village, 'village'],
      ] as const
    ).map(([code, level]) => {
      const entry = areas.get(code) ?? { level, elders: 0, counts: emptyCounts() };
      areas.set(code, entry);
      return entry;
    });
    for (const place of places) place.elders++;
    for (const key of CATEGORY_KEYS) {
      totals[key][statuses[key]]++;
      for (const place of places) place.counts[key][statuses[key]]++;
    }
  }
  const byArea = [...areas]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, entry]) => ({
      code,
      level: entry.level,
      elders: entry.elders,
      categories: entry.counts,
    }));
  return { totals, byArea };
}

describe('LedgerTally (classifyLedger’s counts)', () => {
  it('counts as counting each elder into every area would, for any elders in any order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...POOL], { maxLength: 60 }), (elders) => {
        const { totals, byArea } = classifyLedger(elders, { asOf: ASOF });
        const expected = countedOneByOne(elders);
        expect(totals).toEqual(expected.totals);
        expect(byArea).toEqual(expected.byArea);
      }),
      { numRuns: 40 },
    );
  });
});
