import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Elder } from './elder.js';
import { fromDayNumber } from './plainDateOps.js';
import { residentIdCheckCharacter } from './residentId.js';
import { safeParse } from './validate.js';

const VILLAGE = '530325101203';
const minimal = () => ({ id: 'E-1', name: '王秀英', residence: { villageCode: VILLAGE } });

/** An elder with every field filled in, consistent across fields. */
const full = () => ({
  id: 'E-000123',
  name: '王秀英',
  residentId: '11010519491231002X',
  birthDate: '1949-12-31',
  sex: 'female',
  phone: '138 0013 8000',
  residence: {
    setting: 'rural',
    villageCode: VILLAGE,
    codeVintage: 2024,
    group: 3,
    address: '石桥村三组 12 号',
    coordinates: { latitude: 25.6, longitude: 104.2 },
    hukou: 'rural',
    institution: null,
  },
  household: {
    livingArrangement: 'alone',
    spouse: { status: 'widowed', livesWithElder: false, capableOfCare: false, name: '李大山' },
    children: [
      {
        name: '李明',
        relation: 'son',
        kinship: 'birth',
        alive: true,
        livesWithElder: false,
        whereabouts: {
          inElderCounty: false,
          inElderTownship: false,
          worksInElderTownship: false,
          regionCode: '440305',
          address: '深圳市南山区',
        },
        awaySince: '2024-02-20',
        awayReason: 'migrantWork',
        capableOfSupport: true,
        phone: '+86 139-0000-0000',
      },
      { relation: 'daughter', alive: false },
    ],
    otherSupportObligors: [
      {
        relation: 'grandchild',
        name: '李小红',
        alive: true,
        atElderSide: false,
        whereabouts: { inElderCounty: true, regionCode: '530325' },
        awaySince: '2025-09-01',
        awayReason: 'study',
        capableOfSupport: false,
        phone: '13700000000',
      },
    ],
    entrustedCarer: {
      name: '张阿姨',
      relation: 'neighbour',
      phone: '13600000000',
      since: '2024-02-20',
    },
    solitary: false,
  },
  health: {
    abilityAssessments: [{ level: 'mild', assessedOn: '2026-03-12', assessor: '县评估中心' }],
    seriousIllness: true,
    severeMentalIllness: false,
    disability: { category: 'physical', grade: 3, certifiedOn: '2020-05-01' },
  },
  economic: {
    minimumLivingAllowance: true,
    extremeHardship: false,
    fiveGuarantee: false,
    threeNo: false,
    povertyRegistered: true,
    povertyMonitoring: 'none',
    otherHardship: false,
  },
  benefits: [{ programme: 'advancedAgeAllowance', status: 'enrolled', since: '2025-01-01' }],
  burdens: { farmLabour: true, raisingGrandchildren: false },
  risks: {
    safetyRisk: false,
    livingDifficulty: true,
    loneliness: true,
    psychologicalDisorder: false,
  },
  consent: { given: true, on: '2026-01-05', by: 'elder', scope: '台账登记' },
  updatedOn: '2026-03-12',
  notes: '行动不便',
  extensions: { hostId: 42, tags: ['a', 'b'], nested: { ok: true, none: null } },
});

function issuesOf(input: unknown) {
  const result = safeParse(Elder, input);
  if (result.ok) throw new Error('expected issues');
  return result.issues;
}

describe('Elder: shape and defaults', () => {
  it('parses a minimal elder and fills the defaults', () => {
    expect(Elder.parse(minimal())).toEqual({
      id: 'E-1',
      name: '王秀英',
      residence: { villageCode: VILLAGE },
      household: {},
      health: {},
      economic: {},
      benefits: [],
      burdens: {},
      risks: {},
    });
  });

  it('parses a full elder, normalising phones and keeping every field', () => {
    const parsed = Elder.parse(full());
    const expected = full();
    expected.phone = '13800138000';
    const son = expected.household.children[0];
    if (son) son.phone = '13900000000';
    expect(parsed).toEqual({
      ...expected,
      health: {
        ...expected.health,
        abilityAssessments: [
          { ...expected.health.abilityAssessments[0], standard: 'GB/T 42195-2022' },
        ],
      },
    });
  });

  it('keeps unknown facts absent, and known "no" as given', () => {
    const parsed = Elder.parse({
      ...minimal(),
      household: { children: [], entrustedCarer: null, solitary: false },
      health: { disability: null },
    });
    expect(parsed.birthDate).toBeUndefined();
    expect('birthDate' in parsed).toBe(false);
    expect('sex' in parsed).toBe(false);
    expect(parsed.household.children).toEqual([]);
    expect(parsed.household.entrustedCarer).toBeNull();
    expect(parsed.household.solitary).toBe(false);
    expect('livingArrangement' in parsed.household).toBe(false);
    expect('spouse' in parsed.household).toBe(false);
    expect(parsed.health.disability).toBeNull();
    expect('seriousIllness' in parsed.health).toBe(false);
    expect(Elder.parse(minimal()).household.children).toBeUndefined();
  });

  it('does not share default objects between parses', () => {
    const a = Elder.parse(minimal());
    const b = Elder.parse(minimal());
    expect(a.household).not.toBe(b.household);
    expect(a.benefits).not.toBe(b.benefits);
  });

  it('normalises the resident ID number and trims the name', () => {
    const parsed = Elder.parse({ ...minimal(), name: '  王秀英 ', residentId: '110105491231002' });
    expect(parsed.residentId).toBe('11010519491231002X');
    expect(parsed.name).toBe('王秀英');
  });

  it('reports missing required fields with invalid_type', () => {
    expect(issuesOf({ id: 'E-1' })).toEqual([
      {
        code: 'invalid_type',
        path: ['name'],
        params: { expected: 'string', received: 'undefined' },
      },
      {
        code: 'invalid_type',
        path: ['residence'],
        params: { expected: 'object', received: 'undefined' },
      },
    ]);
    expect(issuesOf({ ...minimal(), residence: {} })).toEqual([
      {
        code: 'invalid_type',
        path: ['residence', 'villageCode'],
        params: { expected: 'string', received: 'undefined' },
      },
    ]);
  });

  it('rejects a village code of another level', () => {
    expect(issuesOf({ ...minimal(), residence: { villageCode: '530325' } })).toEqual([
      {
        code: 'region_code_level',
        path: ['residence', 'villageCode'],
        params: { expected: ['village'], actual: 'county' },
      },
    ]);
  });

  it('rejects unknown keys at every level instead of dropping them', () => {
    expect(issuesOf({ ...minimal(), nmae: '王' })).toEqual([
      { code: 'unrecognized_keys', path: [], params: { keys: ['nmae'] } },
    ]);
    expect(issuesOf({ ...minimal(), residence: { villageCode: VILLAGE, grp: 3 } })).toEqual([
      { code: 'unrecognized_keys', path: ['residence'], params: { keys: ['grp'] } },
    ]);
    expect(
      issuesOf({ ...minimal(), household: { children: [{ alive: true, lives: true }] } }),
    ).toEqual([
      {
        code: 'unrecognized_keys',
        path: ['household', 'children', 0],
        params: { keys: ['lives'] },
      },
    ]);
  });

  it('reports nested invalid values with their paths', () => {
    expect(
      issuesOf({
        ...minimal(),
        residentId: '110105194912310021',
        household: { spouse: { status: 'single' } },
        health: { disability: { category: 'physical', grade: 5 } },
      }),
    ).toEqual([
      {
        code: 'resident_id_checksum',
        path: ['residentId'],
        params: { expected: 'X', actual: '1' },
      },
      {
        code: 'invalid_value',
        path: ['household', 'spouse', 'status'],
        params: { allowed: ['married', 'widowed', 'divorced', 'neverMarried'] },
      },
      {
        code: 'too_big',
        path: ['health', 'disability', 'grade'],
        params: { origin: 'number', maximum: 4, inclusive: true },
      },
    ]);
  });
});

describe('Elder: checks across fields', () => {
  it('runs the checks across fields only once every field is valid', () => {
    expect(
      issuesOf({ ...minimal(), residentId: '11010519491231002X', birthDate: '1950-02-30' }),
    ).toEqual([
      { code: 'invalid_plain_date', path: ['birthDate'], params: { value: '1950-02-30' } },
    ]);
  });

  it('reports a birth date that disagrees with the resident ID number', () => {
    expect(
      issuesOf({ ...minimal(), residentId: '11010519491231002X', birthDate: '1950-01-01' }),
    ).toEqual([
      {
        code: 'birth_date_mismatch',
        path: ['birthDate'],
        params: { birthDate: '1950-01-01', fromResidentId: '1949-12-31' },
      },
    ]);
  });

  it('reports a sex that disagrees with the resident ID number', () => {
    expect(issuesOf({ ...minimal(), residentId: '11010519491231002X', sex: 'male' })).toEqual([
      { code: 'sex_mismatch', path: ['sex'], params: { sex: 'male', fromResidentId: 'female' } },
    ]);
    expect(
      issuesOf({
        ...minimal(),
        residentId: '440524188001010014',
        sex: 'female',
        birthDate: '1880-01-02',
      }),
    ).toEqual([
      {
        code: 'birth_date_mismatch',
        path: ['birthDate'],
        params: { birthDate: '1880-01-02', fromResidentId: '1880-01-01' },
      },
      { code: 'sex_mismatch', path: ['sex'], params: { sex: 'female', fromResidentId: 'male' } },
    ]);
  });

  it('accepts agreeing facts, and facts without a resident ID number', () => {
    expect(
      safeParse(Elder, {
        ...minimal(),
        residentId: '11010519491231002X',
        birthDate: '1949-12-31',
        sex: 'female',
      }).ok,
    ).toBe(true);
    expect(safeParse(Elder, { ...minimal(), birthDate: '1950-01-01', sex: 'male' }).ok).toBe(true);
  });

  const arrangement = (household: object) =>
    issuesOf({ ...minimal(), household }).filter(
      (one) => one.code === 'living_arrangement_conflict',
    );

  it('reports "alone" with a spouse living with the elder', () => {
    expect(
      arrangement({
        livingArrangement: 'alone',
        spouse: { status: 'married', livesWithElder: true },
      }),
    ).toEqual([
      {
        code: 'living_arrangement_conflict',
        path: ['household', 'livingArrangement'],
        params: { livingArrangement: 'alone', fact: 'spouse.livesWithElder' },
      },
    ]);
  });

  it('reports "alone" with a child living with the elder', () => {
    expect(
      arrangement({
        livingArrangement: 'alone',
        children: [{ livesWithElder: false }, { livesWithElder: true }],
      }),
    ).toEqual([
      {
        code: 'living_arrangement_conflict',
        path: ['household', 'livingArrangement'],
        params: { livingArrangement: 'alone', fact: 'children.livesWithElder' },
      },
    ]);
  });

  it('reports "spouseOnly" with a widowed spouse, a spouse living apart, or a child at home', () => {
    const conflict = (fact: string) => [
      {
        code: 'living_arrangement_conflict',
        path: ['household', 'livingArrangement'],
        params: { livingArrangement: 'spouseOnly', fact },
      },
    ];
    expect(arrangement({ livingArrangement: 'spouseOnly', spouse: { status: 'widowed' } })).toEqual(
      conflict('spouse.status'),
    );
    expect(
      arrangement({
        livingArrangement: 'spouseOnly',
        spouse: { status: 'married', livesWithElder: false },
      }),
    ).toEqual(conflict('spouse.status'));
    expect(
      arrangement({
        livingArrangement: 'spouseOnly',
        spouse: { status: 'married', livesWithElder: true },
        children: [{ livesWithElder: true }],
      }),
    ).toEqual(conflict('children.livesWithElder'));
  });

  it('accepts arrangements that agree with the household, and unknown facts', () => {
    const ok = (household: object) =>
      expect(safeParse(Elder, { ...minimal(), household }).ok, JSON.stringify(household)).toBe(
        true,
      );
    ok({
      livingArrangement: 'alone',
      spouse: { status: 'widowed' },
      children: [{ livesWithElder: false }],
    });
    ok({ livingArrangement: 'alone', spouse: { status: 'married', livesWithElder: false } });
    ok({ livingArrangement: 'alone', spouse: { status: 'married' } });
    ok({ livingArrangement: 'alone', children: [{}] });
    ok({ livingArrangement: 'spouseOnly', spouse: { status: 'married' } });
    ok({ livingArrangement: 'spouseOnly' });
    ok({ livingArrangement: 'withChildren', children: [{ livesWithElder: true }] });
    ok({
      spouse: { status: 'married', livesWithElder: true },
      children: [{ livesWithElder: true }],
    });
  });

  const childIssues = (child: object, villageCode = VILLAGE) =>
    issuesOf({
      ...minimal(),
      residence: { villageCode },
      household: { children: [{ relation: 'son' }, child] },
    });
  const childConflict = (fact: string) => [
    { code: 'child_facts_conflict', path: ['household', 'children', 1], params: { fact } },
  ];

  it('reports a dead child living with the elder', () => {
    expect(childIssues({ alive: false, livesWithElder: true })).toEqual(childConflict('alive'));
  });

  it('reports a child living with the elder yet away', () => {
    expect(childIssues({ livesWithElder: true, awaySince: '2024-02-20' })).toEqual(
      childConflict('livesWithElder'),
    );
    // An absence known only to a month (or 常年在外) is an absence too.
    const month = { earliest: '2024-02-01', latest: '2024-02-29' };
    expect(childIssues({ livesWithElder: true, awaySinceBetween: month })).toEqual(
      childConflict('livesWithElder'),
    );
    expect(childIssues({ alive: false, awaySinceBetween: { latest: '2024-02-29' } })).toEqual(
      childConflict('alive'),
    );
    expect(childIssues({ livesWithElder: true, whereabouts: { inElderCounty: false } })).toEqual(
      childConflict('livesWithElder'),
    );
  });

  it('reports a child in the elder’s township but not in the county', () => {
    expect(childIssues({ whereabouts: { inElderTownship: true, inElderCounty: false } })).toEqual(
      childConflict('whereabouts.inElderTownship'),
    );
  });

  it('reports a region code whose county disagrees with inElderCounty', () => {
    expect(childIssues({ whereabouts: { inElderCounty: true, regionCode: '440305' } })).toEqual(
      childConflict('whereabouts.regionCode'),
    );
    expect(
      childIssues({ whereabouts: { inElderCounty: false, regionCode: '530325102205' } }),
    ).toEqual(childConflict('whereabouts.regionCode'));
    expect(childIssues({ whereabouts: { inElderCounty: false, regionCode: '530325' } })).toEqual(
      childConflict('whereabouts.regionCode'),
    );
  });

  it('accepts consistent child facts', () => {
    const ok = (child: object) =>
      expect(
        safeParse(Elder, { ...minimal(), household: { children: [child] } }).ok,
        JSON.stringify(child),
      ).toBe(true);
    ok({ alive: false, livesWithElder: false });
    ok({ alive: false });
    ok({ livesWithElder: true, whereabouts: { inElderCounty: true, inElderTownship: true } });
    ok({
      livesWithElder: false,
      awaySince: '2024-02-20',
      whereabouts: { inElderCounty: false, regionCode: '440305' },
    });
    ok({ whereabouts: { inElderCounty: true, regionCode: '530325102205' } });
    ok({ whereabouts: { inElderCounty: true, regionCode: '530000' } });
    ok({ whereabouts: { regionCode: '440305' } });
    ok({ whereabouts: { inElderTownship: true } });
  });

  it('reports every conflicting child, each at its own index', () => {
    const issues = issuesOf({
      ...minimal(),
      household: {
        children: [
          { alive: false, livesWithElder: true },
          {},
          { livesWithElder: true, awaySince: '2024-01-01' },
        ],
      },
    });
    expect(issues).toEqual([
      {
        code: 'child_facts_conflict',
        path: ['household', 'children', 0],
        params: { fact: 'alive' },
      },
      {
        code: 'child_facts_conflict',
        path: ['household', 'children', 2],
        params: { fact: 'livesWithElder' },
      },
    ]);
  });
});

// Regression: a malformed region code only raised a non-aborting custom issue, so the Elder
// refinement still ran and `countyCodeOf` threw GuanaiError out of safeParse.
describe('Elder: facts of the mended readings (issue 14)', () => {
  it('keeps the spouse’s birth date, another special difficulty (null: none) and the no-hardship finding', () => {
    const input = {
      ...minimal(),
      household: { spouse: { status: 'married', birthDate: '1952-02-11' } },
      risks: { otherSpecialDifficulty: '房屋漏雨，无力修缮' },
      economic: { noHardshipAssessedOn: '2026-03-01', minimumLivingAllowance: false },
    };
    expect(Elder.parse(input)).toMatchObject(input);
    expect(Elder.parse({ ...minimal(), risks: { otherSpecialDifficulty: null } }).risks).toEqual({
      otherSpecialDifficulty: null,
    });
  });

  it('rejects an empty difficulty, a bad date, and a status that applies beside the finding', () => {
    expect(issuesOf({ ...minimal(), risks: { otherSpecialDifficulty: ' ' } })[0]?.path).toEqual([
      'risks',
      'otherSpecialDifficulty',
    ]);
    expect(
      issuesOf({
        ...minimal(),
        household: { spouse: { status: 'married', birthDate: '1952-02-30' } },
      })[0]?.path,
    ).toEqual(['household', 'spouse', 'birthDate']);
    const economic = {
      noHardshipAssessedOn: '2026-03-01',
      threeNo: true,
      povertyMonitoring: 'suddenHardship',
    };
    expect(issuesOf({ ...minimal(), economic })).toEqual([
      {
        code: 'economic_status_conflict',
        path: ['economic', 'threeNo'],
        params: { status: 'threeNo' },
      },
      {
        code: 'economic_status_conflict',
        path: ['economic', 'povertyMonitoring'],
        params: { status: 'povertyMonitoring' },
      },
    ]);
  });
});

describe('Elder: safeParse never throws', () => {
  it('returns issues for a malformed village code', () => {
    expect(safeParse(Elder, { ...minimal(), residence: { villageCode: '5303' } })).toEqual({
      ok: false,
      issues: [
        {
          code: 'region_code_format',
          path: ['residence', 'villageCode'],
          params: { value: '5303' },
        },
      ],
    });
  });

  it("returns issues for a malformed child's region code", () => {
    expect(
      safeParse(Elder, {
        ...minimal(),
        household: { children: [{ whereabouts: { inElderCounty: true, regionCode: '12' } }] },
      }),
    ).toEqual({
      ok: false,
      issues: [
        {
          code: 'region_code_format',
          path: ['household', 'children', 0, 'whereabouts', 'regionCode'],
          params: { value: '12' },
        },
      ],
    });
  });
});

// ---------------------------------------------------------------------------------------------
// A generator of valid elders, consistent across fields by construction.

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const bool = fc.boolean();
const date = fc.integer({ min: -25_567, max: 20_818 }).map(fromDayNumber); // 1900 … 2026
const text = (maxLength: number) =>
  fc.string({ minLength: 1, maxLength, unit: 'grapheme' }).filter((s) => s.trim().length > 0);
const phone = fc.constantFrom(
  '13800138000',
  '138 0013 8000',
  '+86 139-0000-0000',
  '0871-6512 3456',
  '010-12345678',
);
const villageCode = fc.constantFrom('530325101203', '530325101204', '530325001001', '530325201301');
const coordinates = fc.record({
  latitude: fc.double({ min: -90, max: 90, noNaN: true }).map((n) => n + 0),
  longitude: fc.double({ min: -180, max: 180, noNaN: true }).map((n) => n + 0),
});
const awayReason = fc.constantFrom(
  'migrantWork',
  'business',
  'study',
  'military',
  'marriage',
  'medicalTreatment',
  'imprisonment',
  'other',
);

/** Whereabouts of someone; `inCounty` fixes `inElderCounty` so the region code agrees with it. */
const whereabouts = (inCounty: boolean | undefined) =>
  fc
    .record(
      {
        inElderCounty: fc.constant(inCounty),
        inElderTownship: inCounty === false ? fc.constant(false) : bool,
        worksInElderTownship: bool,
        regionCode:
          inCounty === true
            ? fc.constantFrom('530325', '530325102205', '530000')
            : inCounty === false
              ? fc.constantFrom('440305', '440305001002', '440000')
              : fc.constantFrom('530325', '440305', '110000'),
        address: fc.string({ maxLength: 20 }),
      },
      { requiredKeys: [] },
    )
    .map((w) => (inCounty === undefined ? (({ inElderCounty: _, ...rest }) => rest)(w) : w));

const child = fc
  .record({
    alive: optional(bool),
    livesWithElder: optional(bool),
    inCounty: optional(bool),
    away: bool,
  })
  .chain(({ alive, livesWithElder: rawLives, inCounty: rawInCounty, away }) => {
    const livesWithElder = alive === false && rawLives ? false : rawLives;
    const inCounty = livesWithElder && rawInCounty === false ? true : rawInCounty;
    return fc.record(
      {
        name: text(10),
        relation: fc.constantFrom('son', 'daughter'),
        kinship: fc.constantFrom('birth', 'adopted', 'step'),
        ...(alive === undefined ? {} : { alive: fc.constant(alive) }),
        ...(livesWithElder === undefined ? {} : { livesWithElder: fc.constant(livesWithElder) }),
        whereabouts: whereabouts(inCounty),
        ...(livesWithElder || !away || alive === false ? {} : { awaySince: date }),
        awayReason,
        capableOfSupport: bool,
        phone,
      },
      { requiredKeys: [] },
    );
  });

const spouse = fc.record(
  {
    status: fc.constantFrom('married', 'widowed', 'divorced', 'neverMarried'),
    livesWithElder: bool,
    capableOfCare: bool,
    name: text(10),
  },
  { requiredKeys: ['status'] },
);

type Generated = Record<string, unknown>;

const household = fc
  .record({ spouse: optional(spouse), children: optional(fc.array(child, { maxLength: 4 })) })
  .chain(({ spouse, children }) => {
    const spouseAtHome = spouse?.status === 'married' && spouse.livesWithElder === true;
    const childAtHome = (children ?? []).some((c) => (c as Generated).livesWithElder === true);
    const noChildAtHome = (children ?? [{}]).every(
      (c) => (c as Generated).livesWithElder === false || (c as Generated).alive === false,
    );
    const allowed = ['withGrandchildren', 'withOthers', 'institution'];
    if (!noChildAtHome) allowed.push('withChildren');
    if (!spouseAtHome && !childAtHome) allowed.push('alone');
    const spouseFits = !spouse || (spouse.status === 'married' && spouse.livesWithElder !== false);
    if (spouseFits && !childAtHome) allowed.push('spouseOnly');
    return fc.record(
      {
        livingArrangement: fc.constantFrom(...allowed),
        ...(spouse ? { spouse: fc.constant(spouse) } : {}),
        ...(children ? { children: fc.constant(children) } : {}),
        otherSupportObligors: fc.array(
          fc.record(
            {
              relation: fc.constantFrom('grandchild', 'childInLaw', 'sibling', 'other'),
              name: text(10),
              alive: bool,
              atElderSide: bool,
              whereabouts: whereabouts(true),
              awaySince: date,
              awayReason,
              capableOfSupport: bool,
              phone,
            },
            { requiredKeys: ['relation'] },
          ),
          { maxLength: 2 },
        ),
        entrustedCarer: fc.option(
          fc.record(
            {
              name: text(10),
              relation: fc.constantFrom('relative', 'neighbour', 'friend', 'other'),
              phone,
              since: date,
            },
            { requiredKeys: ['name', 'relation'] },
          ),
          { nil: null },
        ),
        solitary: bool,
      },
      { requiredKeys: [] },
    );
  });

/** Identity facts: a resident ID number with optional birth date and sex that agree with it. */
const identity = fc
  .record({
    birth: fc.integer({ min: -25_567, max: -3653 }).map(fromDayNumber),
    sequence: fc.integer({ min: 0, max: 999 }),
    withId: bool,
  })
  .chain(({ birth, sequence, withId }) => {
    const first17 = `530325${birth.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
    const residentId = `${first17}${residentIdCheckCharacter(first17)}`;
    const sex = sequence % 2 === 1 ? 'male' : 'female';
    return fc.record(
      {
        ...(withId ? { residentId: fc.constantFrom(residentId, residentId.toLowerCase()) } : {}),
        birthDate: fc.constant(birth),
        sex: fc.constant(sex),
      },
      { requiredKeys: [] },
    );
  });

const elderInput: fc.Arbitrary<Generated> = fc
  .tuple(
    identity,
    fc.record(
      {
        id: fc.stringMatching(/^E-\d{1,6}$/),
        name: text(20),
        phone,
        residence: fc.record(
          {
            setting: fc.constantFrom('rural', 'urban'),
            villageCode,
            codeVintage: fc.integer({ min: 1980, max: 2200 }),
            group: fc.integer({ min: 1, max: 999 }),
            address: fc.string({ maxLength: 30 }),
            coordinates,
            hukou: fc.constantFrom('rural', 'urban'),
            institution: fc.constantFrom(null, 'nursingHome', 'happinessHome', 'other'),
          },
          { requiredKeys: ['villageCode'] },
        ),
        household,
        health: fc.record(
          {
            abilityAssessments: fc.array(
              fc.record(
                {
                  level: fc.constantFrom('intact', 'mild', 'moderate', 'severe', 'total'),
                  assessedOn: date,
                  assessor: text(10),
                  standard: fc.constant('GB/T 42195-2022'),
                },
                { requiredKeys: ['level', 'assessedOn', 'assessor'] },
              ),
              { maxLength: 2 },
            ),
            seriousIllness: bool,
            severeMentalIllness: bool,
            disability: fc.option(
              fc.record(
                {
                  category: fc.constantFrom(
                    'visual',
                    'hearing',
                    'speech',
                    'physical',
                    'intellectual',
                    'mental',
                    'multiple',
                  ),
                  grade: fc.integer({ min: 1, max: 4 }),
                  certifiedOn: date,
                },
                { requiredKeys: ['category', 'grade'] },
              ),
              { nil: null },
            ),
          },
          { requiredKeys: [] },
        ),
        economic: fc.record(
          {
            minimumLivingAllowance: bool,
            extremeHardship: bool,
            povertyMonitoring: fc.constantFrom(
              'none',
              'unstableOutOfPoverty',
              'atRiskOfPoverty',
              'suddenHardship',
            ),
          },
          { requiredKeys: [] },
        ),
        benefits: fc.array(
          fc.record(
            {
              programme: fc.constantFrom(
                'minimumLivingAllowance',
                'advancedAgeAllowance',
                'legalAid',
              ),
              status: fc.constantFrom(
                'notAssessed',
                'referred',
                'enrolled',
                'rejected',
                'notApplicable',
              ),
              since: date,
            },
            { requiredKeys: ['programme', 'status'] },
          ),
          { maxLength: 3 },
        ),
        burdens: fc.record({ farmLabour: bool, raisingGrandchildren: bool }, { requiredKeys: [] }),
        risks: fc.record({ safetyRisk: bool, loneliness: bool }, { requiredKeys: [] }),
        consent: fc.record(
          {
            given: bool,
            on: date,
            by: fc.constantFrom('elder', 'guardian', 'familyMember'),
            scope: fc.string({ maxLength: 20 }),
          },
          { requiredKeys: ['given', 'on', 'by'] },
        ),
        updatedOn: date,
        notes: fc.string({ maxLength: 50 }),
        extensions: fc.dictionary(
          fc.string({ maxLength: 8 }),
          fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown),
          {
            maxKeys: 3,
          },
        ),
      },
      { requiredKeys: ['id', 'name', 'residence'] },
    ),
  )
  .map(([facts, rest]) => {
    const elder: Generated = { ...rest, ...facts };
    const residence = elder.residence as Generated;
    // An elder recorded as living in an institution cannot have `institution: null`.
    if (
      (elder.household as Generated | undefined)?.livingArrangement === 'institution' &&
      residence.institution === null
    ) {
      elder.residence = { ...residence, institution: 'nursingHome' };
    }
    return elder;
  });

describe('Elder: properties', () => {
  it('normalises -0 so that JSON round-trips exactly', () => {
    const parsed = Elder.parse({
      ...minimal(),
      residence: { villageCode: VILLAGE, coordinates: { latitude: -0, longitude: 104.2 } },
      extensions: { offset: -0 },
    });
    expect(Elder.parse(JSON.parse(JSON.stringify(parsed)))).toStrictEqual(parsed);
  });

  it('accepts every generated elder, and JSON round-trips losslessly (property)', () => {
    fc.assert(
      fc.property(elderInput, (input) => {
        const first = safeParse(Elder, input);
        if (!first.ok) expect(first.issues).toEqual([]);
        const parsed = Elder.parse(input);
        const again = Elder.parse(JSON.parse(JSON.stringify(parsed)));
        expect(again).toStrictEqual(parsed);
      }),
      { numRuns: 300 },
    );
  });

  it('parsing is idempotent (property)', () => {
    fc.assert(
      fc.property(elderInput, (input) => {
        const parsed = Elder.parse(input);
        expect(Elder.parse(parsed)).toEqual(parsed);
      }),
      { numRuns: 100 },
    );
  });
});
