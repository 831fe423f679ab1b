import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GuanaiError, type Issue } from '../errors/index.js';
import {
  type AbilityLevel,
  addDays,
  ageInFullYears,
  CountyArea,
  type Elder,
  type PlainDate,
  parseLedger,
  plainDate,
  residentIdFacts,
} from '../models/index.js';
import {
  generateSampleCounty,
  MAX_SAMPLE_CAREGIVERS,
  MAX_SAMPLE_ELDERS,
  type SampleCounty,
  type SampleCountyOptions,
} from './index.js';

/** Generate, then check every record against its schema: all accepted, values unchanged. */
function expectValid(sample: SampleCounty): void {
  const ledger = parseLedger({ elders: sample.elders, caregivers: sample.caregivers });
  expect(ledger.invalid).toEqual([]);
  expect(ledger.elders).toStrictEqual(sample.elders);
  expect(ledger.caregivers).toStrictEqual(sample.caregivers);
  expect(CountyArea.parse(sample.county)).toStrictEqual(sample.county);
}

/** The issues of the GuanaiError that `run` throws. */
function issuesOf(run: () => unknown): readonly Issue[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GuanaiError);
    return (error as GuanaiError).issues;
  }
  throw new Error('expected a GuanaiError');
}

const ASOF = plainDate('2026-06-30');
const big = generateSampleCounty({ seed: 11, elders: 5000 });

describe('generateSampleCounty: validity', () => {
  it.each<[string, SampleCountyOptions]>([
    ['the defaults', {}],
    ['one elder in one village', { elders: 1, townships: 1, villagesPerTownship: 1 }],
    ['no elders', { elders: 0, seed: 3 }],
    ['no caregivers', { elders: 20, caregivers: 0, seed: 4 }],
    [
      'fewer caregivers than cadres',
      { elders: 40, townships: 2, villagesPerTownship: 4, caregivers: 5 },
    ],
    [
      'many townships and villages',
      { seed: 99, townships: 30, villagesPerTownship: 5, elders: 500 },
    ],
    ['a leap-day asOf', { seed: 5, elders: 400, asOf: plainDate('2028-02-29') }],
  ])('every record of %s satisfies its schema exactly', (_, options) => {
    expectValid(generateSampleCounty(options));
  });

  it('5,000 elders satisfy their schemas exactly', () => {
    expectValid(big);
  });

  it('holds for any small options (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.nat(),
          townships: fc.integer({ min: 1, max: 4 }),
          villagesPerTownship: fc.integer({ min: 1, max: 5 }),
          elders: fc.integer({ min: 0, max: 60 }),
          asOf: fc
            .integer({ min: 0, max: 40 * 365 })
            .map((d) => addDays(plainDate('2000-01-01'), d)),
        }),
        (options) => {
          const sample = generateSampleCounty(options);
          expectValid(sample);
          expect(sample.elders).toHaveLength(options.elders);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('gives exactly the caregivers asked for, responsible cadres first', () => {
    // Without children: their holders would come on top.
    const sample = generateSampleCounty({
      elders: 50,
      townships: 2,
      villagesPerTownship: 3,
      caregivers: 4,
      children: 0,
    });
    const [first, second] = sample.county.townships;
    // Both township cadres, then the first villages' cadres; listed in area order.
    expect(sample.caregivers.map((c) => [c.roles[0], c.home.regionCode])).toEqual([
      ['townshipResponsibleCadre', first?.code],
      ['villageResponsibleCadre', first?.villages[0]?.code],
      ['villageResponsibleCadre', first?.villages[1]?.code],
      ['townshipResponsibleCadre', second?.code],
    ]);
    expect(generateSampleCounty({ caregivers: 500, children: 0 }).caregivers).toHaveLength(500);
  });
});

describe('generateSampleCounty: determinism', () => {
  it('gives deep-equal output for the same options', () => {
    const options = { seed: 2026, elders: 300, townships: 2 };
    expect(generateSampleCounty(options)).toStrictEqual(generateSampleCounty(options));
  });

  it('does not depend on the host time zone', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      const west = generateSampleCounty({ seed: 8, elders: 200 });
      process.env.TZ = 'Asia/Shanghai';
      const east = generateSampleCounty({ seed: 8, elders: 200 });
      expect(west).toStrictEqual(east);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('gives different counties for different seeds', () => {
    const a = generateSampleCounty({ seed: 1, elders: 50 });
    const b = generateSampleCounty({ seed: 2, elders: 50 });
    expect(a.elders).not.toEqual(b.elders);
    expect(a.county).not.toEqual(b.county);
  });

  it('keeps the elders when only the number of caregivers changes', () => {
    const few = generateSampleCounty({ seed: 6, elders: 100, caregivers: 10 });
    const many = generateSampleCounty({ seed: 6, elders: 100, caregivers: 90 });
    expect(many.elders).toStrictEqual(few.elders);
    expect(many.county).toStrictEqual(few.county);
  });
});

describe('generateSampleCounty: options', () => {
  it.each<[SampleCountyOptions, string, string]>([
    [{ townships: 0 }, 'townships', 'positiveInteger'],
    [{ townships: -2 }, 'townships', 'positiveInteger'],
    [{ townships: 1.5 }, 'townships', 'positiveInteger'],
    [{ villagesPerTownship: 0 }, 'villagesPerTownship', 'positiveInteger'],
    [{ villagesPerTownship: 2.5 }, 'villagesPerTownship', 'positiveInteger'],
    [{ elders: -1 }, 'elders', 'nonNegativeInteger'],
    [{ elders: 10.5 }, 'elders', 'nonNegativeInteger'],
    [{ elders: Number.NaN }, 'elders', 'nonNegativeInteger'],
    [{ elders: '10' as unknown as number }, 'elders', 'nonNegativeInteger'],
    [{ caregivers: -3 }, 'caregivers', 'nonNegativeInteger'],
    [{ caregivers: 0.5 }, 'caregivers', 'nonNegativeInteger'],
    [{ seed: -1 }, 'seed', 'nonNegativeInteger'],
    [{ seed: 0.25 }, 'seed', 'nonNegativeInteger'],
  ])('%o throws invalid_argument naming %s', (options, name, rule) => {
    expect(issuesOf(() => generateSampleCounty(options))).toEqual([
      { code: 'invalid_argument', path: [], params: { name, rule } },
    ]);
  });

  it('reports more townships or villages than codes can number as too_big', () => {
    expect(issuesOf(() => generateSampleCounty({ townships: 299, elders: 0 }))).toEqual([
      {
        code: 'too_big',
        path: ['townships'],
        params: { origin: 'number', maximum: 298, inclusive: true },
      },
    ]);
    expect(issuesOf(() => generateSampleCounty({ villagesPerTownship: 200, elders: 0 }))).toEqual([
      {
        code: 'too_big',
        path: ['villagesPerTownship'],
        params: { origin: 'number', maximum: 199, inclusive: true },
      },
    ]);
  });

  it('bounds the generated sizes and the seed, as too_big at the option', () => {
    for (const [name, maximum] of [
      ['elders', MAX_SAMPLE_ELDERS],
      ['caregivers', MAX_SAMPLE_CAREGIVERS],
      ['seed', 0xffff_ffff],
    ] as const) {
      expect(issuesOf(() => generateSampleCounty({ [name]: 1e15 }))).toEqual([
        { code: 'too_big', path: [name], params: { origin: 'number', maximum, inclusive: true } },
      ]);
    }
  });

  it('rejects options that are not an object, and counts that are not numbers', () => {
    expect(issuesOf(() => generateSampleCounty(null as never))[0]?.code).toBe('invalid_argument');
    for (const elders of [Number.NaN, Number.POSITIVE_INFINITY, '5', -1]) {
      expect(issuesOf(() => generateSampleCounty({ elders: elders as never }))[0]?.code).toBe(
        'invalid_argument',
      );
    }
    expect(issuesOf(() => generateSampleCounty({ asOf: 5 as never }))).toEqual([
      { code: 'invalid_plain_date', path: ['asOf'], params: { value: 'number' } },
    ]);
  });

  it('rejects an asOf that is not a real date, or too far out', () => {
    expect(issuesOf(() => generateSampleCounty({ asOf: '2026-02-30' as PlainDate }))).toEqual([
      { code: 'invalid_plain_date', path: ['asOf'], params: { value: '2026-02-30' } },
    ]);
    expect(
      issuesOf(() => generateSampleCounty({ asOf: plainDate('1900-01-01') }))[0],
    ).toMatchObject({
      code: 'too_small',
      path: ['asOf'],
    });
    expect(
      issuesOf(() => generateSampleCounty({ asOf: plainDate('2300-01-01') }))[0],
    ).toMatchObject({
      code: 'too_big',
      path: ['asOf'],
    });
  });

  it('supports the widest area the codes allow', () => {
    const sample = generateSampleCounty({
      townships: 298,
      villagesPerTownship: 2,
      elders: 0,
      caregivers: 0,
    });
    expect(CountyArea.parse(sample.county)).toStrictEqual(sample.county);
    const towns = sample.county.townships.filter((t) => t.name.endsWith('镇'));
    expect(towns).toHaveLength(99);
    expect(sample.county.townships.at(-1)?.code.slice(6, 9)).toBe('399');
  });
});

describe('generateSampleCounty: realism (5,000 elders)', () => {
  const { county, elders, caregivers } = big;
  const share = (test: (elder: Elder) => boolean) => elders.filter(test).length / elders.length;
  const villages = new Map(
    county.townships.flatMap((t) => t.villages.map((v) => [v.code, v] as const)),
  );
  const townshipCodes = new Set(county.townships.map((t) => t.code));

  it('has the asked-for number of elders, all aged 60–100 on asOf, skewed young', () => {
    expect(elders).toHaveLength(5000);
    const ages = elders.map((elder) => ageInFullYears(elder.birthDate as PlainDate, ASOF));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(60);
    expect(Math.max(...ages)).toBeLessThanOrEqual(100);
    const sixties = ages.filter((age) => age < 70).length;
    const ninetyPlus = ages.filter((age) => age >= 90).length;
    expect(sixties).toBeGreaterThan(10 * ninetyPlus);
  });

  it('has codes of the right shape, unique, with every elder in an existing village', () => {
    expect(county.code).toMatch(/^\d{6}$/);
    const codes = [county.code, ...townshipCodes, ...villages.keys()];
    expect(new Set(codes).size).toBe(codes.length);
    for (const township of county.townships) {
      expect(township.code).toMatch(new RegExp(`^${county.code}[12]\\d\\d000$`));
      expect(township.name).toMatch(township.code[6] === '1' ? /镇$/ : /乡$/);
      for (const village of township.villages) {
        expect(village.code.slice(0, 9)).toBe(township.code.slice(0, 9));
        expect(Number(village.code.slice(9))).toBeGreaterThanOrEqual(201);
        expect(Number(village.code.slice(9))).toBeLessThanOrEqual(399);
        expect(village.name).toMatch(/村$/);
        expect(village.groups.length).toBeGreaterThanOrEqual(3);
        expect(village.groups.length).toBeLessThanOrEqual(10);
      }
    }
    for (const elder of elders) {
      const village = villages.get(elder.residence.villageCode);
      expect(village).toBeDefined();
      expect(village?.groups.map((g) => g.number)).toContain(elder.residence.group);
    }
    expect(new Set(elders.map((e) => e.id)).size).toBe(elders.length);
    expect(new Set(caregivers.map((c) => c.id)).size).toBe(caregivers.length);
    expect(elders[0]?.id).toBe('E-000001');
    expect(caregivers[0]?.id).toBe('C-00001');
  });

  it('gives resident ID numbers that agree with the county, birth date and sex, never twice', () => {
    const withId = elders.filter((elder) => elder.residentId);
    expect(withId.length / elders.length).toBeGreaterThan(0.85);
    expect(withId.length / elders.length).toBeLessThan(0.95);
    for (const elder of withId) {
      const facts = residentIdFacts(elder.residentId as NonNullable<Elder['residentId']>);
      expect(facts).toEqual({ areaCode: county.code, birthDate: elder.birthDate, sex: elder.sex });
    }
    expect(new Set(withId.map((e) => e.residentId)).size).toBe(withId.length);
  });

  it('places elders within about 1.5 km of their village centre', () => {
    for (const elder of elders) {
      const centre = villages.get(elder.residence.villageCode)?.coordinates;
      const at = elder.residence.coordinates;
      if (!centre || !at) throw new Error('coordinates missing');
      expect(kmBetween(centre, at)).toBeLessThan(1.6);
    }
  });

  it('has most families with every child away from the county, and some elders alone', () => {
    const allAway = share((elder) => {
      const living = (elder.household.children ?? []).filter((child) => child.alive);
      return (
        living.length > 0 && living.every((child) => child.whereabouts?.inElderCounty === false)
      );
    });
    expect(allAway).toBeGreaterThan(0.5);
    expect(allAway).toBeLessThan(0.9);
    const alone = share((elder) => elder.household.livingArrangement === 'alone');
    expect(alone).toBeGreaterThan(0.1);
    expect(alone).toBeLessThan(0.4);
    const married = share((elder) => elder.household.spouse?.status === 'married');
    expect(married).toBeGreaterThan(0.5);
    expect(married).toBeLessThan(0.7);
  });

  it('records every ability level, intact far more often than impaired', () => {
    const counts = new Map<AbilityLevel, number>();
    for (const elder of elders) {
      for (const assessment of elder.health.abilityAssessments ?? []) {
        counts.set(assessment.level, (counts.get(assessment.level) ?? 0) + 1);
        expect(assessment.assessedOn <= ASOF).toBe(true);
      }
    }
    for (const level of ['intact', 'mild', 'moderate', 'severe', 'total'] as const) {
      expect(counts.get(level) ?? 0).toBeGreaterThan(0);
    }
    expect(counts.get('intact') ?? 0).toBeGreaterThan(2 * (counts.get('mild') ?? 0));
  });

  it('keeps statuses consistent: 孤寡 only without children or spouse, 特困 without 低保', () => {
    for (const elder of elders) {
      const { household, economic } = elder;
      if (household.solitary) {
        expect(household.spouse?.status).not.toBe('married');
        expect((household.children ?? []).some((child) => child.alive)).toBe(false);
      }
      if (economic.extremeHardship) expect(economic.minimumLivingAllowance).toBe(false);
      if (household.livingArrangement === 'institution') {
        expect(elder.residence.institution).toBe('nursingHome');
      }
      expect(elder.burdens.raisingGrandchildren).toBe(
        household.livingArrangement === 'withGrandchildren',
      );
    }
  });

  it('leaves a few facts unknown, but never the birth date', () => {
    expect(elders.every((elder) => elder.birthDate !== undefined)).toBe(true);
    const unknown = share(
      (elder) =>
        elder.economic.extremeHardship === undefined ||
        elder.health.disability === undefined ||
        (elder.household.children ?? []).some(
          (child) =>
            child.alive &&
            !child.livesWithElder &&
            (child.whereabouts?.inElderCounty === undefined ||
              (child.whereabouts.inElderCounty === false &&
                (!child.awaySince || !child.awayReason))),
        ),
    );
    expect(unknown).toBeGreaterThan(0.02);
    expect(unknown).toBeLessThan(0.1);
  });

  it('staffs every township and village with a responsible cadre', () => {
    for (const township of county.townships) {
      expect(
        caregivers.some(
          (c) =>
            c.home.regionCode === township.code && c.roles.includes('townshipResponsibleCadre'),
        ),
      ).toBe(true);
      for (const village of township.villages) {
        expect(
          caregivers.some(
            (c) =>
              c.home.regionCode === village.code && c.roles.includes('villageResponsibleCadre'),
          ),
        ).toBe(true);
      }
    }
  });

  it('gives caregivers homes in the county, distinct roles and capacities that fit the role', () => {
    expect(caregivers.length).toBeGreaterThanOrEqual(1000);
    for (const caregiver of caregivers) {
      expect(
        townshipCodes.has(caregiver.home.regionCode) || villages.has(caregiver.home.regionCode),
      ).toBe(true);
      expect(new Set(caregiver.roles).size).toBe(caregiver.roles.length);
      expect(caregiver.phone).toMatch(/^1[3-9]\d{9}$/);
      const [role] = caregiver.roles;
      if (role?.endsWith('Volunteer')) {
        expect(caregiver.capacity.elders).toBeGreaterThanOrEqual(2);
        expect(caregiver.capacity.elders).toBeLessThanOrEqual(6);
      }
      if (role === 'townshipResponsibleCadre') {
        expect(caregiver.availability.weekdays).toEqual([1, 2, 3, 4, 5]);
        expect(caregiver.capacity.elders).toBeGreaterThanOrEqual(20);
      }
      if (role === 'youngOldVolunteer') {
        const age = ageInFullYears(caregiver.birthDate as PlainDate, ASOF);
        expect(age).toBeGreaterThanOrEqual(60);
        expect(age).toBeLessThanOrEqual(70);
        expect(caregiver.home.group).toBeDefined();
      }
      if (role === 'villageDoctor') expect(caregiver.skills).toContain('healthCare');
    }
    const roles = new Set(caregivers.flatMap((c) => c.roles));
    for (const role of [
      'womensFederationBranchMember',
      'villageCommitteeMember',
      'partyMemberVolunteer',
      'youthVolunteer',
      'womenVolunteer',
      'youngOldVolunteer',
      'communityVolunteer',
      'socialWorker',
      'contractedCareWorker',
    ] as const) {
      expect(roles).toContain(role);
    }
  });
});

/** Flat-earth distance in km, fine within a county. */
function kmBetween(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const north = (a.latitude - b.latitude) * 111.32;
  const east = (a.longitude - b.longitude) * 111.32 * Math.cos((a.latitude * Math.PI) / 180);
  return Math.sqrt(north * north + east * east);
}
