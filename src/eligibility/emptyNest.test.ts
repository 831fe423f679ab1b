/**
 * 空巢老人 (spec §1.2): definition A, the household one (S10 L201 = S18 L487, default);
 * definition B, the closed list (S17 L457); or either (spec §11.1). Every test starts from one
 * complete, decided elder — widowed, living alone, her only son away for work — and changes
 * one fact.
 */
import { describe, expect, it } from 'vitest';
import { child, classify, policy, type Raw, reason } from '../../test/fixtures/elder.js';
import type { ClassifyOptions } from './classifyElder.js';
import type { CategoryResult } from './reason.js';

function emptyNest(overrides: Raw = {}, options: Partial<ClassifyOptions> = {}): CategoryResult {
  return classify(overrides, options).emptyNestElder;
}

/** A child living with the elder (so the elder lives `withChildren`). */
const childAtHome = (overrides: Raw = {}) =>
  child({
    relation: 'daughter',
    livesWithElder: true,
    whereabouts: { inElderCounty: true, inElderTownship: true, worksInElderTownship: true },
    awaySince: undefined,
    awayReason: undefined,
    ...overrides,
  });

const childless = { household: { children: [] } };
const married = { status: 'married', livesWithElder: true, capableOfCare: true };

describe('definition A: the household definition (spec §1.2 · S10 L201 = S18 L487)', () => {
  it('is yes when every child has left home and the elder lives alone', () => {
    const result = emptyNest();
    expect(result.status).toBe('yes');
    expect(result.missing).toEqual([]);
    expect(result.reasons).toEqual([
      {
        code: 'empty_nest_age',
        status: 'yes',
        params: {
          livingArrangement: 'alone',
          age: 76,
          spouseAge: null,
          aloneMinimum: 60,
          coupleMinimum: 45,
          coupleAge: 'eitherSpouse',
        },
      },
      {
        code: 'children_left_home',
        status: 'yes',
        params: { counted: 1, leftHome: 1, atHome: 0, unknown: 0, rule: 'all' },
      },
      {
        code: 'alone_or_with_spouse_only',
        status: 'yes',
        params: { livingArrangement: 'alone' },
      },
    ]);
  });

  it('is yes for a couple on their own (「中老年夫妇」)', () => {
    const result = emptyNest({ household: { livingArrangement: 'spouseOnly', spouse: married } });
    expect(result.status).toBe('yes');
    expect(reason(result, 'alone_or_with_spouse_only')?.params).toEqual({
      livingArrangement: 'spouseOnly',
    });
  });

  it('is no while a child lives at home', () => {
    const result = emptyNest({
      household: { livingArrangement: 'withChildren', children: [child(), childAtHome()] },
    });
    expect(result.status).toBe('no');
    expect(reason(result, 'children_left_home')).toEqual({
      code: 'children_left_home',
      status: 'no',
      params: { counted: 2, leftHome: 1, atHome: 1, unknown: 0, rule: 'all' },
    });
    expect(reason(result, 'alone_or_with_spouse_only')?.status).toBe('no');
  });

  it.each([
    ['withGrandchildren', null],
    ['withOthers', null],
    ['institution', 'nursingHome'],
  ] as const)(
    'is no for an elder living %s (not a couple alone nor alone; spec §1.2 amb. 4)',
    (livingArrangement, institution) => {
      const result = emptyNest({ residence: { institution }, household: { livingArrangement } });
      expect(result.status).toBe('no');
      expect(reason(result, 'alone_or_with_spouse_only')).toEqual({
        code: 'alone_or_with_spouse_only',
        status: 'no',
        params: { livingArrangement },
      });
    },
  );

  it('is unknown without the living arrangement', () => {
    const result = emptyNest({ household: { livingArrangement: undefined } });
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['household.livingArrangement']);
  });

  it('is unknown without the children, and names them', () => {
    const result = emptyNest({ household: { children: undefined } });
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['household.children']);
  });

  describe('a childless elder living alone (spec §1.2 amb. 3)', () => {
    it('is no by default', () => {
      const result = emptyNest(childless);
      expect(result.status).toBe('no');
      expect(reason(result, 'children_left_home')).toEqual({
        code: 'children_left_home',
        status: 'no',
        params: { counted: 0, leftHome: 0, atHome: 0, unknown: 0, rule: 'all' },
      });
    });

    it('is yes with emptyNestIncludesChildless', () => {
      const result = emptyNest(childless, {
        policy: policy({ emptyNestIncludesChildless: true }),
      });
      expect(result.status).toBe('yes');
    });

    it('an elder whose children have all died is childless', () => {
      expect(
        emptyNest({ household: { children: [{ relation: 'son', alive: false }] } }).status,
      ).toBe('no');
    });
  });

  describe('all children or any (emptyNestChildrenLeft, spec §1.2 amb. 1)', () => {
    // The daughter's household membership is not recorded.
    const oneUnknown = {
      household: {
        children: [
          child(),
          child({ relation: 'daughter', livesWithElder: undefined, whereabouts: undefined }),
        ],
      },
    };

    it('with `all` (default), an unrecorded child leaves it unknown', () => {
      const result = emptyNest(oneUnknown);
      expect(result.status).toBe('unknown');
      expect(result.missing).toEqual(['household.children[1].livesWithElder']);
      expect(reason(result, 'children_left_home')?.params).toEqual({
        counted: 2,
        leftHome: 1,
        atHome: 0,
        unknown: 1,
        rule: 'all',
      });
    });

    it('with `any`, one child gone is enough', () => {
      const result = emptyNest(oneUnknown, { policy: policy({ emptyNestChildrenLeft: 'any' }) });
      expect(result.status).toBe('yes');
      expect(reason(result, 'children_left_home')).toEqual({
        code: 'children_left_home',
        status: 'yes',
        params: { counted: 2, leftHome: 1, atHome: 0, unknown: 1, rule: 'any' },
      });
    });

    it('with `any`, a child at home still fails the household condition', () => {
      const result = emptyNest(
        { household: { livingArrangement: 'withChildren', children: [child(), childAtHome()] } },
        { policy: policy({ emptyNestChildrenLeft: 'any' }) },
      );
      expect(result.status).toBe('no');
      expect(reason(result, 'children_left_home')?.status).toBe('yes');
    });
  });

  it('follows emptyNestAloneMinimumAge for an elder alone (「独居老人」, 60 by default)', () => {
    const young = { birthDate: '1967-01-01' }; // 59 on 2026-06-30
    expect(emptyNest(young).status).toBe('no');
    const at55 = { policy: policy({ emptyNestAloneMinimumAge: 55 }) };
    expect(emptyNest(young, at55).status).toBe('yes');
    expect(emptyNest({ birthDate: '1966-06-30' }).status).toBe('yes');
  });

  describe('「中老年夫妇」: a couple has its own minimum age (spec §1.2 amb. 2, §11.11)', () => {
    const couple = (spouse: Raw = {}, birthDate = '1970-01-01') => ({
      birthDate, // 56 on 2026-06-30: middle-aged, not 60
      household: { livingArrangement: 'spouseOnly', spouse: { ...married, ...spouse } },
    });

    it('counts a couple of 56 (the default couple age is 45; an elder alone of 56 is too young)', () => {
      const result = emptyNest(couple());
      expect(result.status).toBe('yes');
      expect(reason(result, 'empty_nest_age')?.params).toMatchObject({
        livingArrangement: 'spouseOnly',
        age: 56,
        coupleMinimum: 45,
      });
      expect(emptyNest({ birthDate: '1970-01-01' }).status).toBe('no');
    });

    it('reads the spouse’s age: either spouse by default, both with bothSpouses', () => {
      const youngElder = couple({ birthDate: '1975-05-01' }, '1983-01-01'); // spouse 51, elder 43
      expect(emptyNest(youngElder).status).toBe('yes');
      const both = { policy: policy({ emptyNestCoupleAge: 'bothSpouses' }) };
      const result = emptyNest(youngElder, both);
      expect(result.status).toBe('no');
      expect(reason(result, 'empty_nest_age')?.params).toMatchObject({ age: 43, spouseAge: 51 });
    });

    it('is unknown under bothSpouses while the spouse’s birth date is not recorded', () => {
      const both = { policy: policy({ emptyNestCoupleAge: 'bothSpouses' }) };
      const result = emptyNest(couple(), both);
      expect(result.status).toBe('unknown');
      expect(result.missing).toEqual(['household.spouse.birthDate']);
      expect(emptyNest(couple({ birthDate: '1972-03-01' }), both).status).toBe('yes');
    });

    it('keeps the deprecated emptyNestMinimumAge: it sets both ages', () => {
      const sixty = { policy: policy({ emptyNestMinimumAge: 60 }) };
      const both56 = couple({ birthDate: '1970-02-01' });
      expect(emptyNest(both56).status).toBe('yes');
      expect(emptyNest(both56, sixty).status).toBe('no');
      expect(reason(emptyNest(both56, sixty), 'empty_nest_age')?.params).toMatchObject({
        aloneMinimum: 60,
        coupleMinimum: 60,
      });
    });

    it('while the living arrangement is unknown, either age may apply', () => {
      const young = { birthDate: '1983-01-01', household: { livingArrangement: undefined } };
      const result = emptyNest(young); // 43: too young alone, a couple only if the spouse is 45
      expect(result.status).toBe('unknown');
      expect(reason(result, 'empty_nest_age')?.status).toBe('unknown');
      expect(result.missing).toEqual(['household.spouse.birthDate', 'household.livingArrangement']);
      const middleAged = { birthDate: '1970-01-01', household: { livingArrangement: undefined } };
      expect(reason(emptyNest(middleAged), 'empty_nest_age')?.status).toBe('yes');
    });
  });

  // A child known to live outside the county has left home, whatever livesWithElder says.
  it('a child known to live outside the county has left home', () => {
    const result = emptyNest({ household: { children: [child({ livesWithElder: undefined })] } });
    expect(result.status).toBe('yes');
  });
});

describe('definition B: the closed list (spec §1.2 · S17 L457)', () => {
  const closedList = { policy: policy({ emptyNestDefinition: 'closedListS17' }) };
  const closed = (overrides: Raw = {}) => emptyNest(overrides, closedList);
  const aged86 = { birthDate: '1940-01-01' };

  it('is no for the base elder: none of the four', () => {
    const result = closed();
    expect(result.status).toBe('no');
    expect(result.reasons).toEqual([
      { code: 'closed_list_status', status: 'no', params: { matched: [] } },
    ]);
  });

  it.each([
    ['孤寡 (solitary)', { household: { children: [], solitary: true } }, 'solitary'],
    ['五保户', { economic: { fiveGuarantee: true } }, 'fiveGuarantee'],
    ['「三无」人员', { economic: { threeNo: true } }, 'threeNo'],
  ] as const)('is yes for %s', (_, overrides, matched) => {
    const result = closed(overrides);
    expect(result.status).toBe('yes');
    expect(result.reasons).toEqual([
      { code: 'closed_list_status', status: 'yes', params: { matched: [matched] } },
    ]);
  });

  it('has no age condition for 孤寡 / 五保 / 三无', () => {
    expect(closed({ birthDate: '1970-01-01', economic: { fiveGuarantee: true } }).status).toBe(
      'yes',
    );
  });

  it('is yes for 高龄 with no child working in the township and nobody caring', () => {
    const result = closed(aged86);
    expect(result.status).toBe('yes');
    expect(result.reasons).toEqual([
      { code: 'closed_list_status', status: 'yes', params: { matched: ['advancedAgeUncared'] } },
    ]);
  });

  it('is no for 高龄 with a child working in the township (「子女不在本镇工作」)', () => {
    const worksHere = child({
      relation: 'daughter',
      whereabouts: { inElderCounty: true, inElderTownship: false, worksInElderTownship: true },
    });
    expect(closed({ ...aged86, household: { children: [child(), worksHere] } }).status).toBe('no');
  });

  it('is no for 高龄 living with the spouse: the spouse is someone caring (spec §1.2 amb. 7)', () => {
    const result = closed({
      ...aged86,
      household: { livingArrangement: 'spouseOnly', spouse: married },
    });
    expect(result.status).toBe('no');
  });

  describe('「身边无人照顾」: who is someone caring at the side (spec §1.2 amb. 7, §2 R6)', () => {
    const withSpouse = (capableOfCare: boolean | undefined) => ({
      ...aged86,
      household: { livingArrangement: 'spouseOnly', spouse: { ...married, capableOfCare } },
    });

    it('an entrusted carer (受委托照料人) is someone caring, though the elder lives alone', () => {
      const entrusted = { name: '李春梅', relation: 'neighbour' };
      const result = closed({ ...aged86, household: { entrustedCarer: entrusted } });
      expect(result.status).toBe('no');
      expect(result.reasons).toEqual([
        { code: 'closed_list_status', status: 'no', params: { matched: [] } },
      ]);
    });

    it('is unknown for an elder alone while the entrustment is not recorded', () => {
      const result = closed({ ...aged86, household: { entrustedCarer: undefined } });
      expect(result.status).toBe('unknown');
      expect(result.missing).toEqual(['household.entrustedCarer']);
    });

    it('a spouse who cannot care is nobody caring, by default (ifCapable)', () => {
      expect(closed(withSpouse(false)).status).toBe('yes');
      const result = closed(withSpouse(undefined));
      expect(result.status).toBe('unknown');
      expect(result.missing).toEqual(['household.spouse.capableOfCare']);
    });

    it('follows emptyNestSpouseIsCarer: never or always', () => {
      const never = {
        policy: policy({ emptyNestDefinition: 'closedListS17', emptyNestSpouseIsCarer: 'never' }),
      };
      const always = {
        policy: policy({ emptyNestDefinition: 'closedListS17', emptyNestSpouseIsCarer: 'always' }),
      };
      expect(emptyNest(withSpouse(true), never).status).toBe('yes');
      expect(emptyNest(withSpouse(false), always).status).toBe('no');
      expect(emptyNest(withSpouse(undefined), always).status).toBe('no');
    });

    // A child at home who works outside the township: only the carer test can say no.
    const notWorkingHere = {
      whereabouts: { inElderCounty: true, inElderTownship: true, worksInElderTownship: false },
    };
    it.each([['withChildren'], ['withOthers'], ['withGrandchildren']] as const)(
      'someone living with the elder (%s) is someone caring',
      (livingArrangement) => {
        const children =
          livingArrangement === 'withChildren' ? [childAtHome(notWorkingHere)] : [child()];
        const household = { livingArrangement, children };
        expect(closed({ ...aged86, household }).status).toBe('no');
      },
    );
  });

  it('is no below 高龄 (80 by default)', () => {
    expect(closed({ birthDate: '1946-07-01' }).status).toBe('no');
    expect(closed({ birthDate: '1946-06-30' }).status).toBe('yes');
  });

  it('is unknown when a child’s workplace is not recorded', () => {
    const result = closed({
      ...aged86,
      household: {
        children: [child({ whereabouts: { inElderCounty: false, inElderTownship: false } })],
      },
    });
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['household.children[0].whereabouts.worksInElderTownship']);
  });

  it('is unknown while a recorded status is missing and nothing else matches', () => {
    const result = closed({ economic: { threeNo: undefined } });
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['economic.threeNo']);
  });

  it('a matched status decides yes even while other facts are missing', () => {
    const result = closed({
      birthDate: undefined,
      household: { solitary: undefined, children: undefined },
      economic: { fiveGuarantee: true, threeNo: undefined },
    });
    expect(result.status).toBe('yes');
    expect(result.missing).toEqual([]);
  });
});

describe('either definition (spec §11.1)', () => {
  const either = { policy: policy({ emptyNestDefinition: 'eitherS18OrS17' }) };

  it('is yes by definition A alone', () => {
    expect(emptyNest({}, either).status).toBe('yes');
  });

  it('is yes by definition B alone, with both evaluations as reasons', () => {
    const result = emptyNest({ household: { children: [], solitary: true } }, either);
    expect(result.status).toBe('yes');
    expect(result.reasons).toEqual([
      { code: 'empty_nest_household', status: 'no', params: {} },
      { code: 'closed_list_status', status: 'yes', params: { matched: ['solitary'] } },
    ]);
  });

  it('is no when neither holds', () => {
    expect(emptyNest(childless, either).status).toBe('no');
  });

  it('is unknown when A is unknown and B is no, carrying A’s missing facts', () => {
    const result = emptyNest({ household: { livingArrangement: undefined } }, either);
    expect(result.status).toBe('unknown');
    expect(result.missing).toContain('household.livingArrangement');
  });
});
