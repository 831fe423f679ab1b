/** elderFacts: one instance serves every elder, and nothing of one elder leaks into the next. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Elder, plainDate } from '../models/index.js';
import { generateSampleCounty } from '../sample/index.js';
import { DEFAULT_POLICY } from './defaultPolicy.js';
import { ElderFacts, elderFacts } from './elderFacts.js';

const ASOF = plainDate('2026-06-30');
const policy = DEFAULT_POLICY.parameters;
const SAMPLE = generateSampleCounty({
  seed: 5,
  townships: 2,
  villagesPerTownship: 2,
  elders: 60,
}).elders;
/** An elder whose children are recorded by the code of the county 360733 only, living in `county`. */
function withChildrenIn360733(elder: Elder, county: string): Elder {
  const children = elder.household.children?.map((child) => ({
    ...child,
    whereabouts: { regionCode: '360733' },
  }));
  return {
    ...elder,
    residence: {
      ...elder.residence,
      villageCode: `${county}${elder.residence.villageCode.slice(6)}`,
    },
    household: { ...elder.household, children },
  } as Elder;
}
/** The sample, and each elder with children placed by a county code, living in that county and in another. */
const POOL: readonly Elder[] = [
  ...SAMPLE,
  ...SAMPLE.map((elder) => withChildrenIn360733(elder, '360733')),
  ...SAMPLE.map((elder) => withChildrenIn360733(elder, '360734')),
];
/** An elder unlike any other: no family, no dates, a village of a third county. */
const STRANGER = {
  ...(SAMPLE[0] as Elder),
  birthDate: undefined,
  residentId: undefined,
  residence: { ...(SAMPLE[0] as Elder).residence, villageCode: '110101001001' },
  household: {},
} as Elder;

/** The facts of `elder` read right after the stranger's, as a plain copy. */
const readAlone = (elder: Elder) => {
  elderFacts(STRANGER, ASOF, policy);
  return { ...elderFacts(elder, ASOF, policy) };
};

describe('elderFacts', () => {
  it('reset gives back a fresh instance’s values, whatever was counted', () => {
    const facts = elderFacts(POOL[0] as Elder, ASOF, policy);
    for (const key of Object.keys(facts) as (keyof ElderFacts)[]) {
      if (typeof facts[key] === 'number') (facts as unknown as Record<string, number>)[key] = 7;
      if (typeof facts[key] === 'boolean')
        (facts as unknown as Record<string, boolean>)[key] = true;
    }
    facts.reset();
    expect({ ...facts }).toEqual({ ...new ElderFacts() });
  });

  it('reads an elder the same, whichever elders (of whichever county) came before', () => {
    const alone = POOL.map(readAlone);
    // The county decides: the same children count as in it, or not.
    const inCounty = (from: number) =>
      alone
        .slice(from, from + SAMPLE.length)
        .reduce((sum, facts) => sum + facts.childrenInCounty, 0);
    expect(inCounty(SAMPLE.length)).toBeGreaterThan(inCounty(2 * SAMPLE.length));
    fc.assert(
      fc.property(fc.array(fc.nat({ max: POOL.length - 1 }), { maxLength: 40 }), (order) => {
        for (const i of order) {
          expect({ ...elderFacts(POOL[i] as Elder, ASOF, policy) }).toEqual(alone[i]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
