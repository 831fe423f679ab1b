/**
 * Fuzzing guanai/eligibility (and guanai/sample, which feeds it): every exported function, fed
 * generated and hand-made bad elders, children, options and policies, returns or throws one
 * GuanaiError within the hang bound; a misspelt incident and contradictory policies are
 * rejected; the sample generator's counts are bounded.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as eligibility from '../../src/eligibility/index.js';
import {
  classifyChild,
  classifyChildUnderDefinitions,
  classifyElder,
  classifyLedger,
  classifyStatuses,
  classifyUnderDefinitions,
  DEFAULT_POLICY,
  Policy,
  PolicyParameters,
  parsePolicy,
  responsiblePartyOf,
  safeParsePolicy,
  selectPolicy,
  validatePolicies,
} from '../../src/eligibility/index.js';
import { type Elder, indexAreas, safeParse } from '../../src/models/index.js';
import { generateSampleCounty, MAX_SAMPLE_ELDERS } from '../../src/sample/index.js';
import { FUZZ_RUNS, FUZZ_SEED, outcomeOf, reportTallies } from './harness.js';
import { hostile } from './values.js';

const settings = { numRuns: FUZZ_RUNS, seed: FUZZ_SEED };
/** Longer runs (GUANAI_FUZZ_RUNS) get proportionally more time per property. */
const FUZZ_TIMEOUT_MS = Math.max(5_000, FUZZ_RUNS * 25);
const sample = generateSampleCounty({ seed: 4, elders: 20, townships: 1, villagesPerTownship: 2 });
const elders = sample.elders;
const asOf = '2026-06-30';
const child = {
  id: 'K-1',
  name: '王小明',
  birthDate: '2016-05-01',
  residence: { villageCode: '530325101203', setting: 'rural' },
  parents: [{ role: 'father', alive: true, awayForWork: true, awaySince: '2024-03-01' }],
  livesAtHome: true,
  dailyCarer: 'grandparents',
};

/** An elder with one field somewhere replaced by a hostile value (as unchecked JSON would). */
const brokenElder = fc
  .tuple(
    fc.nat({ max: elders.length - 1 }),
    fc.constantFrom(
      [],
      ['household'],
      ['household', 'children'],
      ['household', 'children', 0],
      ['household', 'otherSupportObligors'],
      ['health'],
      ['health', 'abilityAssessments'],
      ['health', 'abilityAssessments', 0],
      ['residence'],
      ['residence', 'villageCode'],
      ['economic'],
      ['birthDate'],
      ['residentId'],
    ),
    hostile,
  )
  .map(([index, path, value]) => replaced(elders[index], path, value));

function replaced(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = replaced(copy[head], rest, value);
  return copy;
}

/** Policy parameters drawn from small ranges, so that contradictions turn up often. */
const parameters = fc.record(
  {
    elderMinimumAge: fc.integer({ min: -1, max: 121 }),
    advancedAgeThreshold: fc.integer({ min: 55, max: 125 }),
    childAgeRange: fc.record({
      minimum: fc.integer({ min: -1, max: 18 }),
      maximum: fc.integer({ min: -1, max: 18 }),
    }),
    disabledLevels: fc.array(fc.constantFrom('intact', 'mild', 'moderate', 'severe', 'total')),
    semiDisabledLevels: fc.array(fc.constantFrom('intact', 'mild', 'moderate', 'severe', 'total')),
    awayReasons: fc.array(fc.constantFrom('migrantWork', 'business', 'study', 'other')),
    assessmentValidDays: fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 10_000 })),
  },
  { requiredKeys: [] },
);
const policyInput = fc.oneof(
  parameters.map((values) => ({
    id: 'fuzz',
    name: 'fuzz',
    jurisdiction: 'national',
    validFrom: '2000-01-01',
    parameters: values,
  })),
  hostile,
);

describe('guanai/eligibility under fuzzing', { timeout: FUZZ_TIMEOUT_MS }, () => {
  afterAll(() => reportTallies('eligibility'));

  it('covers every function export', () => {
    const functions = Object.entries(eligibility)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .sort();
    expect(functions).toEqual([
      'classifyChild',
      'classifyChildUnderDefinitions',
      'classifyElder',
      'classifyLedger',
      'classifyStatuses',
      'classifyUnderDefinitions',
      'parsePolicy',
      'responsiblePartyOf',
      'safeParsePolicy',
      'selectPolicy',
      'validatePolicies',
    ]);
  });

  it('the classifiers return or throw GuanaiError for a broken elder', () => {
    fc.assert(
      fc.property(brokenElder, (elder) => {
        outcomeOf('classifyElder', () => classifyElder(elder as Elder, { asOf } as never));
        outcomeOf('classifyStatuses', () => classifyStatuses(elder as Elder, { asOf } as never));
        outcomeOf('classifyUnderDefinitions', () =>
          classifyUnderDefinitions(elder as Elder, { asOf } as never),
        );
        outcomeOf('classifyLedger', () =>
          classifyLedger([elders[0], elder] as Elder[], { asOf } as never),
        );
      }),
      settings,
    );
  });

  it('the classifiers return or throw GuanaiError for anything as either argument', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (a, b, c) => {
        const elder = elders[1] as Elder;
        const options = [
          a,
          { asOf: a },
          { asOf, policy: a },
          { asOf, incidents: a },
          { asOf, majorEvents: a },
          { asOf, majorEvents: ['illness'], mutualAidGroups: a },
          { asOf, majorEvents: ['illness'], mutualAidGroups: [a] },
          { asOf, policies: a },
        ];
        for (const one of options) {
          outcomeOf('classifyElder', () => classifyElder(elder, one as never));
          outcomeOf('classifyStatuses', () => classifyStatuses(elder, one as never));
          outcomeOf('classifyChild', () => classifyChild(child as never, one as never));
          outcomeOf('classifyUnderDefinitions', () =>
            classifyUnderDefinitions(elder, one as never),
          );
          outcomeOf('classifyChildUnderDefinitions', () =>
            classifyChildUnderDefinitions(child as never, one as never),
          );
          outcomeOf('classifyLedger', () => classifyLedger([elder], one as never));
        }
        outcomeOf('classifyElder', () => classifyElder(a as never, b as never));
        outcomeOf('classifyStatuses', () => classifyStatuses(a as never, { asOf } as never));
        outcomeOf('classifyChild', () => classifyChild(a as never, { asOf } as never));
        outcomeOf('classifyChildUnderDefinitions', () =>
          classifyChildUnderDefinitions(a as never, { asOf } as never),
        );
        outcomeOf('classifyUnderDefinitions', () =>
          classifyUnderDefinitions(a as never, { asOf } as never),
        );
        outcomeOf('responsiblePartyOf', () => responsiblePartyOf(a as never));
        outcomeOf('responsiblePartyOf', () =>
          responsiblePartyOf({ ...child, schoolStage: a } as never),
        );
        outcomeOf('classifyChild', () =>
          classifyChild({ ...child, parents: [a] } as never, { asOf } as never),
        );
        outcomeOf('classifyLedger', () => classifyLedger(a as never, { asOf } as never));
        outcomeOf('classifyLedger', () => classifyLedger([a] as never, { asOf } as never));
        outcomeOf('selectPolicy', () => selectPolicy(a as never, b as never));
        outcomeOf('selectPolicy', () =>
          selectPolicy([DEFAULT_POLICY, a] as never, { region: b, asOf: c } as never),
        );
        outcomeOf('validatePolicies', () => validatePolicies(a as never));
        outcomeOf('validatePolicies', () => validatePolicies([a, b] as never));
      }),
      settings,
    );
  });

  it('a policy is accepted only when its parameters agree, and then classifies', () => {
    fc.assert(
      fc.property(policyInput, (input) => {
        let policy: Policy | undefined;
        outcomeOf('validatePolicies', () => {
          const result = validatePolicies([input]);
          if (result.ok) policy = result.value[0];
        });
        outcomeOf('parsePolicy', () => parsePolicy(input));
        outcomeOf('safeParsePolicy', () => safeParsePolicy(input));
        if (!policy) return;
        const { parameters: p } = policy;
        expect(p.childAgeRange.minimum).toBeLessThanOrEqual(p.childAgeRange.maximum);
        expect(p.advancedAgeThreshold).toBeGreaterThanOrEqual(p.elderMinimumAge);
        expect(p.disabledLevels.filter((level) => p.semiDisabledLevels.includes(level))).toEqual(
          [],
        );
        const counted = policy;
        const region = elders[0]?.residence.villageCode;
        outcomeOf('selectPolicy', () => selectPolicy([counted], { region, asOf } as never));
        outcomeOf('classifyLedger', () =>
          classifyLedger(elders, { asOf, policy: counted } as never),
        );
        outcomeOf('classifyChild', () =>
          classifyChild(child as never, { asOf, policy: counted } as never),
        );
      }),
      settings,
    );
  });

  it('the catalogue cases: a misspelt incident, nonsense policies, raw objects', () => {
    const elder = elders[0] as Elder;
    expect(
      outcomeOf('classifyElder', () =>
        classifyElder(elder, { asOf, incidents: ['criticalIlness'] } as never),
      ),
    ).toBe('coded');
    for (const nonsense of [
      { childAgeRange: { minimum: 14, maximum: 6 } },
      { disabledLevels: ['moderate', 'severe', 'total'] },
      { elderMinimumAge: 65, advancedAgeThreshold: 60 },
    ]) {
      expect(safeParse(PolicyParameters, nonsense).ok).toBe(false);
    }
    const raw = JSON.parse(JSON.stringify(elder)) as Record<string, unknown>;
    raw.household = null;
    expect(outcomeOf('classifyElder', () => classifyElder(raw as never, { asOf } as never))).toBe(
      'coded',
    );
    expect(
      outcomeOf('classifyLedger', () =>
        classifyLedger(elders, { asOf, areas: indexAreas(sample.county) } as never),
      ),
    ).toBe('value');
    expect(Policy.safeParse(DEFAULT_POLICY).success).toBe(true);
  });
});

describe('guanai/sample under fuzzing', { timeout: FUZZ_TIMEOUT_MS }, () => {
  it('generateSampleCounty returns or throws GuanaiError for any options, within its bounds', () => {
    const count = fc.oneof(
      hostile,
      fc.integer({ min: 0, max: 30 }),
      fc.integer({ min: MAX_SAMPLE_ELDERS + 1, max: Number.MAX_SAFE_INTEGER }),
    );
    fc.assert(
      fc.property(count, count, hostile, hostile, (elderCount, caregivers, seed, date) => {
        outcomeOf('generateSampleCounty', () =>
          generateSampleCounty({
            elders: elderCount,
            caregivers,
            townships: 1,
            villagesPerTownship: 1,
          } as never),
        );
        outcomeOf('generateSampleCounty', () =>
          generateSampleCounty({ elders: 1, seed, townships: 1, villagesPerTownship: 1 } as never),
        );
        outcomeOf('generateSampleCounty', () =>
          generateSampleCounty({ elders: 1, asOf: date, townships: date } as never),
        );
        outcomeOf('generateSampleCounty', () => generateSampleCounty(seed as never));
      }),
      settings,
    );
  });
});
