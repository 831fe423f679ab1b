/**
 * 农村留守老年人 (spec §1.1 · S14 L359, conditions LB1–LB6) and the wider screening scope
 * (spec §1.1 · S14 L365). Every test starts from one complete, decided left-behind elder and
 * changes one fact.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base, child, classify, policy, type Raw, reason } from '../../test/fixtures/elder.js';
import {
  addDays,
  fromDayNumber,
  type PlainDate,
  plainDate,
  residentIdCheckCharacter,
  toDayNumber,
} from '../models/index.js';
import type { ClassifyOptions } from './classifyElder.js';
import type { CategoryResult } from './reason.js';

function leftBehind(overrides: Raw = {}, options: Partial<ClassifyOptions> = {}): CategoryResult {
  return classify(overrides, options).leftBehindElder;
}

/** A resident ID number of a woman born on `birth` registered in the elder's county. */
function residentIdBornOn(birth: string): string {
  const first17 = `530325${birth.replaceAll('-', '')}002`;
  return first17 + residentIdCheckCharacter(first17);
}

const on = (date: string): PlainDate => plainDate(date);

describe('the base elder', () => {
  it('meets every condition LB1–LB6 with the exact reasons (spec §1.1 · S14 L359)', () => {
    const result = leftBehind();
    expect(result.status).toBe('yes');
    expect(result.missing).toEqual([]);
    expect(result.reasons).toEqual([
      { code: 'age_minimum', status: 'yes', params: { minimum: 60, age: 76 } },
      {
        code: 'rural_residence',
        status: 'yes',
        params: { setting: 'rural', test: 'residence', institution: null },
      },
      { code: 'has_children', status: 'yes', params: { count: 1 } },
      {
        code: 'children_out_of_county',
        status: 'yes',
        params: { counted: 1, outside: 1, inside: 0, unknown: 0 },
      },
      {
        code: 'away_reason_counts',
        status: 'yes',
        params: { reasons: ['migrantWork'], notCounting: [] },
      },
      {
        code: 'away_long_enough',
        status: 'yes',
        params: { since: '2024-02-20', minimumMonths: 6, reachedOn: '2024-08-20' },
      },
      {
        code: 'no_capable_supporter_at_side',
        status: 'yes',
        params: { capable: 0, unknownCapacity: 0 },
      },
    ]);
  });

  it('is in the screening scope too (spec §1.1 · S14 L365)', () => {
    expect(classify().leftBehindScreeningScope.status).toBe('yes');
  });
});

describe('LB1 aged 60 full years or more (「60周岁以上」, spec §1.1 amb. 1: inclusive)', () => {
  it.each([
    ['1966-06-29', 'yes', 60],
    ['1966-06-30', 'yes', 60], // the 60th birthday is asOf itself
    ['1966-07-01', 'no', 59], // the day before the 60th birthday
  ] as const)('born %s → %s (age %i on 2026-06-30)', (birthDate, status, age) => {
    const result = leftBehind({ birthDate });
    expect(result.status).toBe(status);
    expect(reason(result, 'age_minimum')).toEqual({
      code: 'age_minimum',
      status,
      params: { minimum: 60, age },
    });
  });

  it('is unknown without a birth date, and names the missing fact', () => {
    const result = leftBehind({ birthDate: undefined });
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['birthDate']);
    expect(reason(result, 'age_minimum')).toEqual({
      code: 'age_minimum',
      status: 'unknown',
      params: { minimum: 60, age: null },
    });
  });

  it.each([
    ['1966-06-30', 'yes', 60],
    ['1966-07-01', 'no', 59],
  ] as const)(
    'reads the birth date %s from the resident ID number when birthDate is absent',
    (birth, status, age) => {
      const result = leftBehind({ birthDate: undefined, residentId: residentIdBornOn(birth) });
      expect(result.status).toBe(status);
      expect(result.missing).toEqual([]);
      expect(reason(result, 'age_minimum')?.params).toEqual({ minimum: 60, age });
    },
  );

  describe('a 29 February birth under a 61-year threshold (61 is not a multiple of 4)', () => {
    const leap = (leapDayBirthday: 'february28' | 'march1') =>
      policy({ elderMinimumAge: 61, leapDayBirthday });
    const status = (asOf: string, leapDayBirthday: 'february28' | 'march1') =>
      leftBehind({ birthDate: '1964-02-29' }, { asOf: on(asOf), policy: leap(leapDayBirthday) })
        .status;

    it('has the birthday on 28 February with `february28` (default)', () => {
      expect(status('2025-02-27', 'february28')).toBe('no');
      expect(status('2025-02-28', 'february28')).toBe('yes');
      expect(status('2025-03-01', 'february28')).toBe('yes');
    });

    it('has the birthday on 1 March with `march1`', () => {
      expect(status('2025-02-27', 'march1')).toBe('no');
      expect(status('2025-02-28', 'march1')).toBe('no');
      expect(status('2025-03-01', 'march1')).toBe('yes');
    });

    it('reports the age the policy reading gives', () => {
      const result = leftBehind(
        { birthDate: '1964-02-29' },
        { asOf: on('2025-02-28'), policy: leap('march1') },
      );
      expect(reason(result, 'age_minimum')?.params).toEqual({ minimum: 61, age: 60 });
    });
  });
});

describe('LB2 lives in the countryside (「留在农村生活」, spec §1.1 amb. 6)', () => {
  it('is no for an elder living in a town', () => {
    const result = leftBehind({ residence: { setting: 'urban' } });
    expect(result.status).toBe('no');
    expect(reason(result, 'rural_residence')).toEqual({
      code: 'rural_residence',
      status: 'no',
      params: { setting: 'urban', test: 'residence', institution: null },
    });
  });

  it('is unknown when the setting is not recorded', () => {
    const result = leftBehind({ residence: { setting: undefined } });
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['residence.setting']);
    expect(reason(result, 'rural_residence')?.params).toEqual({
      setting: null,
      test: 'residence',
      institution: null,
    });
  });

  it('judges by residence, not hukou, by default', () => {
    expect(leftBehind({ residence: { hukou: 'urban' } }).status).toBe('yes');
  });

  describe('with `ruralTest: hukou`', () => {
    const hukou = policy({ ruralTest: 'hukou' });

    it('is no for an urban hukou living in a village', () => {
      const result = leftBehind({ residence: { hukou: 'urban' } }, { policy: hukou });
      expect(result.status).toBe('no');
      expect(reason(result, 'rural_residence')?.params).toEqual({
        setting: 'urban',
        test: 'hukou',
        institution: null,
      });
    });

    it('is yes for a rural hukou living in town', () => {
      const result = leftBehind({ residence: { setting: 'urban' } }, { policy: hukou });
      expect(result.status).toBe('yes');
    });

    it('is unknown without the hukou, and names it', () => {
      const result = leftBehind({ residence: { hukou: undefined } }, { policy: hukou });
      expect(result.status).toBe('unknown');
      expect(result.missing).toEqual(['residence.hukou']);
    });
  });

  describe('an elder in a 敬老院 (spec §1.14)', () => {
    const inHome = {
      residence: { institution: 'nursingHome' },
      household: { livingArrangement: 'institution' },
    };

    it('still lives in the countryside by default', () => {
      expect(leftBehind(inHome).status).toBe('yes');
    });

    it('does not with `institutionCountsAsRural: false`', () => {
      const result = leftBehind(inHome, { policy: policy({ institutionCountsAsRural: false }) });
      expect(result.status).toBe('no');
      expect(reason(result, 'rural_residence')).toEqual({
        code: 'rural_residence',
        status: 'no',
        params: { setting: 'rural', test: 'residence', institution: 'nursingHome' },
      });
    });

    it('an elder at home is unaffected by `institutionCountsAsRural: false`', () => {
      expect(leftBehind({}, { policy: policy({ institutionCountsAsRural: false }) }).status).toBe(
        'yes',
      );
    });

    // Kleene: an unrecorded institution is not read as "at home" when the living
    // arrangement says institution and the policy excludes institutions.
    it('does not read an unrecorded institution as "at home" when the policy excludes institutions', () => {
      const result = leftBehind(
        { residence: { institution: undefined }, household: { livingArrangement: 'institution' } },
        { policy: policy({ institutionCountsAsRural: false }) },
      );
      expect(['no', 'unknown']).toContain(result.status);
    });
  });
});

describe('LB3 every child has left the county (「子女全部离开县域范围」)', () => {
  const children = (...list: Raw[]) => ({ household: { children: list } });

  it('is no while one child still lives in the county', () => {
    const result = leftBehind(
      children(child(), child({ relation: 'daughter', whereabouts: { inElderCounty: true } })),
    );
    expect(result.status).toBe('no');
    expect(result.missing).toEqual([]);
    expect(reason(result, 'children_out_of_county')).toEqual({
      code: 'children_out_of_county',
      status: 'no',
      params: { counted: 2, outside: 1, inside: 1, unknown: 0 },
    });
  });

  it('is yes when all children are out of the county', () => {
    const result = leftBehind(children(child(), child({ relation: 'daughter' })));
    expect(result.status).toBe('yes');
    expect(reason(result, 'children_out_of_county')?.params).toEqual({
      counted: 2,
      outside: 2,
      inside: 0,
      unknown: 0,
    });
  });

  it('is no when a child lives with the elder (in the county by definition)', () => {
    const atHome = child({
      relation: 'daughter',
      livesWithElder: true,
      whereabouts: undefined,
      awaySince: undefined,
      awayReason: undefined,
      capableOfSupport: false,
    });
    const result = leftBehind({
      household: { livingArrangement: 'withChildren', children: [child(), atHome] },
    });
    expect(result.status).toBe('no');
    expect(reason(result, 'children_out_of_county')?.params).toEqual({
      counted: 2,
      outside: 1,
      inside: 1,
      unknown: 0,
    });
  });

  it('is unknown when a child’s whereabouts are not recorded, naming the fact', () => {
    const result = leftBehind(
      children(child(), child({ relation: 'daughter', whereabouts: undefined })),
    );
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['household.children[1].whereabouts.inElderCounty']);
    expect(reason(result, 'children_out_of_county')).toEqual({
      code: 'children_out_of_county',
      status: 'unknown',
      params: { counted: 2, outside: 1, inside: 0, unknown: 1 },
    });
  });

  it('a known in-county child decides no even while another child’s whereabouts are unknown', () => {
    const result = leftBehind(
      children(
        child({ whereabouts: undefined }),
        child({ relation: 'daughter', whereabouts: { inElderCounty: true } }),
      ),
    );
    expect(result.status).toBe('no');
    expect(result.missing).toEqual([]);
  });

  it.each([
    ['another county', '530302', 'yes'],
    ['a village of another county', '530302101201', 'yes'],
    ['a township of the elder’s county', '530325102000', 'no'],
    ['the elder’s own county', '530325', 'no'],
  ] as const)(
    'reads a regionCode in %s without the inElderCounty flag (spec §1.1 amb. 3: a boundary test)',
    (_, regionCode, status) => {
      const result = leftBehind(children(child({ whereabouts: { regionCode } })));
      expect(result.status).toBe(status);
      expect(result.missing).toEqual([]);
    },
  );

  // Whereabouts.regionCode is "at any level": a city or province code that does not contain the
  // elder's county places the child outside it (深圳市 440300, 广东省 440000 for 530325).
  it.each([
    ['a city of another province', '440300'],
    ['another province', '440000'],
  ])('reads a regionCode of %s as out of the county', (_, regionCode) => {
    const result = leftBehind(children(child({ whereabouts: { regionCode } })));
    expect(result.status).toBe('yes');
  });

  // The township lies inside the county, so a child in the elder's township decides LB3 `no`.
  it('reads a child in the elder’s township as in the county', () => {
    const result = leftBehind(
      children(child(), child({ relation: 'daughter', whereabouts: { inElderTownship: true } })),
    );
    expect(result.status).toBe('no');
  });

  it('ignores a deceased child (spec §1.1 amb. 4)', () => {
    const result = leftBehind(children(child(), { relation: 'daughter', alive: false }));
    expect(result.status).toBe('yes');
    expect(reason(result, 'has_children')?.params).toEqual({ count: 1 });
    expect(reason(result, 'children_out_of_county')?.params).toEqual({
      counted: 1,
      outside: 1,
      inside: 0,
      unknown: 0,
    });
  });

  it('is no for a childless elder (spec §1.1 amb. 10: 孤寡, not 留守)', () => {
    const result = leftBehind(children());
    expect(result.status).toBe('no');
    expect(result.missing).toEqual([]);
    expect(result.reasons).toEqual([
      { code: 'age_minimum', status: 'yes', params: { minimum: 60, age: 76 } },
      {
        code: 'rural_residence',
        status: 'yes',
        params: { setting: 'rural', test: 'residence', institution: null },
      },
      { code: 'has_children', status: 'no', params: { count: 0 } },
      {
        code: 'children_out_of_county',
        status: 'yes',
        params: { counted: 0, outside: 0, inside: 0, unknown: 0 },
      },
      { code: 'away_reason_counts', status: 'yes', params: { reasons: [], notCounting: [] } },
      {
        code: 'away_long_enough',
        status: 'yes',
        params: { since: null, minimumMonths: 6, reachedOn: null },
      },
      {
        code: 'no_capable_supporter_at_side',
        status: 'yes',
        params: { capable: 0, unknownCapacity: 0 },
      },
    ]);
  });

  it('a childless elder is no: only deceased children', () => {
    expect(leftBehind(children({ relation: 'son', alive: false })).status).toBe('no');
  });

  it('is unknown when the children are not recorded at all', () => {
    const result = leftBehind({ household: { children: undefined } });
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['household.children']);
    expect(reason(result, 'has_children')).toEqual({
      code: 'has_children',
      status: 'unknown',
      params: { count: 0 },
    });
  });

  describe('counted kinships (spec §1.1 amb. 4)', () => {
    const stepChildAtHand = children(
      child(),
      child({ relation: 'daughter', kinship: 'step', whereabouts: { inElderCounty: true } }),
    );

    it('counts step children by default', () => {
      expect(leftBehind(stepChildAtHand).status).toBe('no');
    });

    it('ignores step children when the policy counts only birth and adopted children', () => {
      const result = leftBehind(stepChildAtHand, {
        policy: policy({ childKinships: ['birth', 'adopted'] }),
      });
      expect(result.status).toBe('yes');
      expect(reason(result, 'has_children')?.params).toEqual({ count: 1 });
    });

    it('an elder with only a step child is childless under a birth-only policy', () => {
      const result = leftBehind(children(child({ kinship: 'step' })), {
        policy: policy({ childKinships: ['birth'] }),
      });
      expect(result.status).toBe('no');
      expect(reason(result, 'has_children')?.status).toBe('no');
    });

    // Kleene: under a birth-only policy an unrecorded kinship leaves the answer open.
    it('does not decide from an unrecorded kinship under a birth-only policy', () => {
      const birthOnly = { policy: policy({ childKinships: ['birth'] }) };
      expect(leftBehind(stepChildAtHand, birthOnly).status).toBe('yes');
      const unrecorded = children(
        child(),
        child({ relation: 'daughter', kinship: undefined, whereabouts: { inElderCounty: true } }),
      );
      expect(['yes', 'unknown']).toContain(leftBehind(unrecorded, birthOnly).status);
    });
  });
});

describe('LB4 away for a counted reason (「外出务工或经商等」, spec §1.1 amb. 5)', () => {
  const awayFor = (awayReason: string | undefined) => ({
    household: { children: [child({ awayReason })] },
  });

  it.each(['marriage', 'medicalTreatment', 'imprisonment'])(
    'does not count %s by default',
    (why) => {
      const result = leftBehind(awayFor(why));
      expect(result.status).toBe('no');
      expect(reason(result, 'away_reason_counts')).toEqual({
        code: 'away_reason_counts',
        status: 'no',
        params: { reasons: [], notCounting: [why] },
      });
    },
  );

  it.each(['migrantWork', 'business', 'study', 'military', 'other'])(
    'counts %s (等 is open)',
    (why) => {
      const result = leftBehind(awayFor(why));
      expect(result.status).toBe('yes');
      expect(reason(result, 'away_reason_counts')?.params).toEqual({
        reasons: [why],
        notCounting: [],
      });
    },
  );

  it('one child away for a reason that does not count decides no', () => {
    const result = leftBehind({
      household: {
        children: [child(), child({ relation: 'daughter', awayReason: 'marriage' })],
      },
    });
    expect(result.status).toBe('no');
    expect(reason(result, 'away_reason_counts')?.params).toEqual({
      reasons: ['migrantWork'],
      notCounting: ['marriage'],
    });
  });

  it('is unknown when the reason is not recorded', () => {
    const result = leftBehind(awayFor(undefined));
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['household.children[0].awayReason']);
  });

  it('a policy may count marriage', () => {
    const counted = policy({ awayReasons: ['migrantWork', 'business', 'marriage'] });
    expect(leftBehind(awayFor('marriage'), { policy: counted }).status).toBe('yes');
    expect(leftBehind(awayFor('study'), { policy: counted }).status).toBe('no');
  });
});

describe('LB5 away half a year or more (「半年以上」, spec §1.1 amb. 2: calendar months, inclusive)', () => {
  const awaySince = (since: string | undefined, asOf = '2026-06-30') =>
    leftBehind({ household: { children: [child({ awaySince: since })] } }, { asOf: on(asOf) });

  it('is yes on the day six calendar months are reached', () => {
    const result = awaySince('2025-12-30');
    expect(result.status).toBe('yes');
    expect(reason(result, 'away_long_enough')).toEqual({
      code: 'away_long_enough',
      status: 'yes',
      params: { since: '2025-12-30', minimumMonths: 6, reachedOn: '2026-06-30' },
    });
  });

  it('is yes a day later and no a day earlier', () => {
    expect(awaySince('2025-12-29').status).toBe('yes');
    expect(awaySince('2025-12-30', '2026-06-29').status).toBe('no');
    const recent = awaySince('2026-01-01');
    expect(recent.status).toBe('no');
    expect(reason(recent, 'away_long_enough')?.params).toEqual({
      since: '2026-01-01',
      minimumMonths: 6,
      reachedOn: '2026-07-01',
    });
  });

  // 31 December + 6 months has no 31 June: the month-end rule gives 30 June, the same day as
  // for 30 December. So a departure on 2025-12-31 is NOT one day short on 2026-06-30.
  it('clamps a departure on 31 December to 30 June', () => {
    const result = awaySince('2025-12-31');
    expect(result.status).toBe('yes');
    expect(reason(result, 'away_long_enough')?.params).toEqual({
      since: '2025-12-31',
      minimumMonths: 6,
      reachedOn: '2026-06-30',
    });
  });

  it('clamps 31 August + 6 months to 28 February', () => {
    const feb28 = awaySince('2025-08-31', '2026-02-28');
    expect(feb28.status).toBe('yes');
    expect(reason(feb28, 'away_long_enough')?.params.reachedOn).toBe('2026-02-28');
    expect(awaySince('2025-08-31', '2026-02-27').status).toBe('no');
  });

  it.each([[['2020-05-01', '2026-01-15']], [['2026-01-15', '2020-05-01']]])(
    'with several children the latest departure decides (%j)',
    (dates) => {
      const result = leftBehind({
        household: { children: dates.map((since) => child({ awaySince: since })) },
      });
      expect(result.status).toBe('no');
      expect(reason(result, 'away_long_enough')?.params).toEqual({
        since: '2026-01-15',
        minimumMonths: 6,
        reachedOn: '2026-07-15',
      });
    },
  );

  it('is unknown when the departure day is not recorded', () => {
    const result = awaySince(undefined);
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['household.children[0].awaySince']);
    expect(reason(result, 'away_long_enough')?.params).toEqual({
      since: null,
      minimumMonths: 6,
      reachedOn: null,
    });
  });

  it('a known recent departure decides no even when another child’s departure is unknown', () => {
    const result = leftBehind({
      household: {
        children: [child({ awaySince: undefined }), child({ awaySince: '2026-03-01' })],
      },
    });
    expect(result.status).toBe('no');
    expect(result.missing).toEqual([]);
  });

  it('follows the policy’s awayMinimumMonths (12)', () => {
    const year = { policy: policy({ awayMinimumMonths: 12 }) };
    const status = (since: string) =>
      leftBehind({ household: { children: [child({ awaySince: since })] } }, year).status;
    expect(status('2025-06-29')).toBe('yes');
    expect(status('2025-06-30')).toBe('yes');
    expect(status('2025-07-01')).toBe('no');
    expect(status('2025-12-30')).toBe('no');
  });
});

describe('LB6 no capable supporter at the side (「身边没有赡养人或者是赡养人没有赡养能力」)', () => {
  const grandchild = (overrides: Raw = {}) => ({
    household: {
      livingArrangement: 'withGrandchildren',
      otherSupportObligors: [
        { relation: 'grandchild', alive: true, atElderSide: true, ...overrides },
      ],
    },
  });

  it('is no with a capable grandchild at the elder’s side', () => {
    const result = leftBehind(grandchild({ capableOfSupport: true }));
    expect(result.status).toBe('no');
    expect(reason(result, 'no_capable_supporter_at_side')).toEqual({
      code: 'no_capable_supporter_at_side',
      status: 'no',
      params: { capable: 1, unknownCapacity: 0 },
    });
  });

  it('is yes with a grandchild at the side who cannot support', () => {
    const result = leftBehind(grandchild({ capableOfSupport: false }));
    expect(result.status).toBe('yes');
    expect(reason(result, 'no_capable_supporter_at_side')?.params).toEqual({
      capable: 0,
      unknownCapacity: 0,
    });
  });

  it('is unknown when the grandchild’s capacity is not recorded', () => {
    const result = leftBehind(grandchild());
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['household.otherSupportObligors[0].capableOfSupport']);
    expect(reason(result, 'no_capable_supporter_at_side')?.params).toEqual({
      capable: 0,
      unknownCapacity: 1,
    });
  });

  it('is unknown when it is not recorded whether an obligor is at the side', () => {
    const result = leftBehind(grandchild({ atElderSide: undefined, capableOfSupport: true }));
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['household.otherSupportObligors[0].atElderSide']);
  });

  it('ignores obligors away from the side and deceased ones', () => {
    expect(leftBehind(grandchild({ atElderSide: false, capableOfSupport: true })).status).toBe(
      'yes',
    );
    expect(leftBehind(grandchild({ alive: false, capableOfSupport: true })).status).toBe('yes');
  });

  it('is no with a capable child living with the elder', () => {
    const atHome = child({
      livesWithElder: true,
      whereabouts: undefined,
      awaySince: undefined,
      awayReason: undefined,
    });
    const result = leftBehind({
      household: { livingArrangement: 'withChildren', children: [child(), atHome] },
    });
    expect(reason(result, 'no_capable_supporter_at_side')?.params).toEqual({
      capable: 1,
      unknownCapacity: 0,
    });
  });

  it('a living spouse is a 扶养人, not a 赡养人 (spec §1.1 amb. 8)', () => {
    const result = leftBehind({
      household: {
        livingArrangement: 'spouseOnly',
        spouse: { status: 'married', livesWithElder: true, capableOfCare: true },
      },
    });
    expect(result.status).toBe('yes');
  });

  // 身边 is beside the elder, not only under one roof: without the list even an elder living
  // alone may have a grandchild next door, so LB6 stays open (spec §1.1 amb. 7).
  it.each(['alone', 'spouseOnly', 'withOthers', 'withGrandchildren'])(
    'is unknown without the obligor list when the elder lives %s',
    (livingArrangement) => {
      const spouse =
        livingArrangement === 'spouseOnly'
          ? { status: 'married', livesWithElder: true }
          : { status: 'widowed', livesWithElder: false };
      const result = leftBehind({
        household: { livingArrangement, spouse, otherSupportObligors: undefined },
      });
      expect(result.status).toBe('unknown');
      expect(result.missing).toEqual(['household.otherSupportObligors']);
    },
  );

  // Kleene: removing the list must not turn a decided `no` into `yes`.
  it('never turns no into yes when the obligor list is removed from an elder living alone', () => {
    const beside = {
      household: {
        otherSupportObligors: [
          { relation: 'grandchild', alive: true, atElderSide: true, capableOfSupport: true },
        ],
      },
    };
    expect(leftBehind(beside).status).toBe('no');
    const withoutList = leftBehind({ household: { otherSupportObligors: undefined } });
    expect(['no', 'unknown']).toContain(withoutList.status);
  });

  // An obligor recorded outside the county is not at the elder's side.
  it('an obligor known to live outside the county is not at the side', () => {
    const result = leftBehind({
      household: {
        otherSupportObligors: [
          {
            relation: 'grandchild',
            whereabouts: { inElderCounty: false },
            awaySince: '2020-01-01',
            capableOfSupport: true,
          },
        ],
      },
    });
    expect(result.status).toBe('yes');
  });

  describe('an entrusted carer (spec §2 R6 · S14 L367; spec §1.1 amb. 8)', () => {
    const carer = { name: '李春梅', relation: 'neighbour', since: '2025-02-10' };
    const counts = { policy: policy({ entrustedCarerIsSupporter: true }) };

    it('is not a supporter by default', () => {
      expect(leftBehind({ household: { entrustedCarer: carer } }).status).toBe('yes');
    });

    it('is a supporter with entrustedCarerIsSupporter', () => {
      const result = leftBehind({ household: { entrustedCarer: carer } }, counts);
      expect(result.status).toBe('no');
      expect(reason(result, 'no_capable_supporter_at_side')?.params).toEqual({
        capable: 1,
        unknownCapacity: 0,
      });
    });

    it('with that policy, no carer (null) is yes and an unrecorded carer unknown', () => {
      expect(leftBehind({}, counts).status).toBe('yes');
      const result = leftBehind({ household: { entrustedCarer: undefined } }, counts);
      expect(result.status).toBe('unknown');
      expect(result.missing).toEqual(['household.entrustedCarer']);
    });
  });
});

describe('the screening scope (spec §1.1 · S14 L365; §11.3)', () => {
  const scope = (overrides: Raw = {}, options: Partial<ClassifyOptions> = {}) =>
    classify(overrides, options).leftBehindScreeningScope;

  it('lists its conditions: no purpose, no supporter clause', () => {
    const result = scope();
    expect(result.reasons).toEqual([
      { code: 'age_minimum', status: 'yes', params: { minimum: 60, age: 76 } },
      {
        code: 'rural_residence',
        status: 'yes',
        params: { setting: 'rural', test: 'residence', institution: null },
      },
      { code: 'has_obligors', status: 'yes', params: { count: 1 } },
      {
        code: 'obligors_out_of_county',
        status: 'yes',
        params: { counted: 1, outside: 1, inside: 0, unknown: 0 },
      },
      {
        code: 'obligors_away_long_enough',
        status: 'yes',
        params: { since: '2024-02-20', minimumMonths: 6, reachedOn: '2024-08-20' },
      },
    ]);
  });

  it('counts a child away for a reason the definition does not count (「外出」)', () => {
    const away = { household: { children: [child({ awayReason: 'marriage' })] } };
    expect(leftBehind(away).status).toBe('no');
    expect(scope(away).status).toBe('yes');
    const unrecorded = { household: { children: [child({ awayReason: undefined })] } };
    expect(scope(unrecorded).status).toBe('yes');
  });

  it('has no supporter clause: a carer that defeats LB6 does not defeat the scope', () => {
    const carer = { household: { entrustedCarer: { name: '李春梅', relation: 'relative' } } };
    const counts = { policy: policy({ entrustedCarerIsSupporter: true }) };
    expect(leftBehind(carer, counts).status).toBe('no');
    expect(scope(carer, counts).status).toBe('yes');
  });

  it('is no while another support obligor lives in the county', () => {
    const inCounty = {
      household: {
        otherSupportObligors: [
          {
            relation: 'grandchild',
            alive: true,
            atElderSide: false,
            whereabouts: { inElderCounty: true },
            capableOfSupport: true,
          },
        ],
      },
    };
    expect(leftBehind(inCounty).status).toBe('yes');
    const result = scope(inCounty);
    expect(result.status).toBe('no');
    expect(reason(result, 'obligors_out_of_county')?.params).toEqual({
      counted: 2,
      outside: 1,
      inside: 1,
      unknown: 0,
    });
  });

  // Doubtful: the scope is described as the wider wording, yet an incapable grandchild at the
  // side keeps the elder in the definition (LB6) and out of the scope (not everyone left).
  it('an incapable grandchild at the side: in the definition, out of the scope', () => {
    const beside = {
      household: {
        livingArrangement: 'withGrandchildren',
        otherSupportObligors: [
          { relation: 'grandchild', alive: true, atElderSide: true, capableOfSupport: false },
        ],
      },
    };
    expect(leftBehind(beside).status).toBe('yes');
    expect(scope(beside).status).toBe('no');
  });

  it('waits for every obligor’s half year', () => {
    const result = scope({
      household: {
        otherSupportObligors: [
          {
            relation: 'childInLaw',
            atElderSide: false,
            whereabouts: { inElderCounty: false },
            awaySince: '2026-02-01',
          },
        ],
      },
    });
    expect(result.status).toBe('no');
    expect(reason(result, 'obligors_away_long_enough')?.params).toEqual({
      since: '2026-02-01',
      minimumMonths: 6,
      reachedOn: '2026-08-01',
    });
  });

  it('is unknown without the obligor list even for an elder living alone', () => {
    const result = scope({ household: { otherSupportObligors: undefined } });
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['household.otherSupportObligors']);
  });

  it('a childless elder whose only obligor is away is in the scope but not the definition', () => {
    const childless = {
      household: {
        children: [],
        otherSupportObligors: [
          {
            relation: 'grandchild',
            atElderSide: false,
            whereabouts: { inElderCounty: false },
            awaySince: '2024-09-01',
          },
        ],
      },
    };
    expect(leftBehind(childless).status).toBe('no');
    const result = scope(childless);
    expect(result.status).toBe('yes');
    expect(reason(result, 'has_obligors')?.params).toEqual({ count: 1 });
  });

  it('is no for an elder with neither children nor obligors', () => {
    const result = scope({ household: { children: [] } });
    expect(result.status).toBe('no');
    expect(reason(result, 'has_obligors')).toEqual({
      code: 'has_obligors',
      status: 'no',
      params: { count: 0 },
    });
  });
});

describe('以上 read exclusively (policy thresholdsInclusive: false)', () => {
  // spec §1.1 amb. 1 · S14 L359: the 60th birthday and the day half a year is reached.
  const exclusive = policy({ thresholdsInclusive: false });
  it('does not count the threshold day itself', () => {
    const sixtieth = { birthDate: '1966-06-30', residentId: undefined };
    expect(reason(leftBehind(sixtieth), 'age_minimum')?.status).toBe('yes');
    expect(reason(leftBehind(sixtieth, { policy: exclusive }), 'age_minimum')?.status).toBe('no');
    const sonLeft = (awaySince: string) => ({
      household: {
        ...(base().household as Raw),
        children: [{ ...(((base().household as Raw).children as Raw[])[0] as Raw), awaySince }],
      },
    });
    expect(reason(leftBehind(sonLeft('2025-12-30')), 'away_long_enough')?.status).toBe('yes');
    expect(
      reason(leftBehind(sonLeft('2025-12-30'), { policy: exclusive }), 'away_long_enough')?.status,
    ).toBe('no');
  });
});

describe('LB5 with an absence known only to a span (awaySinceBetween: a month, 常年在外)', () => {
  const between = (span: Raw, asOf = '2026-06-30', extra: Raw = {}) =>
    leftBehind(
      {
        household: {
          children: [child({ awaySince: undefined, awaySinceBetween: span, ...extra })],
        },
      },
      { asOf: on(asOf) },
    );
  const december = { earliest: '2025-12-01', latest: '2025-12-31' };

  it('is yes when half a year is reached from the last day of the month', () => {
    const result = between(december);
    expect(result.status).toBe('yes');
    expect(reason(result, 'away_long_enough')?.params).toEqual({
      since: '2025-12-31',
      minimumMonths: 6,
      reachedOn: '2026-06-30',
      spanned: true,
    });
  });

  it('is no when it is not reached even from the first day', () => {
    const result = between({ earliest: '2026-01-01', latest: '2026-01-31' });
    expect(result.status).toBe('no');
    expect(reason(result, 'away_long_enough')?.params).toEqual({
      since: '2026-01-01',
      minimumMonths: 6,
      reachedOn: '2026-07-01',
      spanned: true,
    });
  });

  it('is unknown when the half-year boundary falls inside the month, and asks for the day', () => {
    const result = between(december, '2026-06-15');
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['household.children[0].awaySince']);
    expect(reason(result, 'away_long_enough')?.status).toBe('unknown');
  });

  it('常年在外 (a latest day only) can say yes, never no', () => {
    expect(between({ latest: '2025-06-30' }).status).toBe('yes');
    expect(between({ latest: '2026-03-01' }).status).toBe('unknown');
  });

  it('the exact day wins over a span', () => {
    expect(
      between({ latest: '2025-01-01' }, '2026-06-30', { awaySince: '2026-01-15' }).status,
    ).toBe('no');
  });

  it('serves the screening scope for other support obligors too', () => {
    const result = classify(
      {
        household: {
          children: [child({ awaySince: undefined, awaySinceBetween: december })],
          otherSupportObligors: [
            {
              relation: 'grandchild',
              whereabouts: { inElderCounty: false },
              awaySinceBetween: { earliest: '2026-02-01', latest: '2026-02-28' },
            },
          ],
        },
      },
      {},
    ).leftBehindScreeningScope;
    expect(result.status).toBe('no');
  });

  it('never contradicts an exact day inside the span (any span, any as-of day)', () => {
    const day = (n: number) => fromDayNumber(toDayNumber(on('2024-01-01')) + n);
    fc.assert(
      fc.property(
        fc.option(fc.nat(900), { nil: undefined }),
        fc.nat(120),
        fc.nat(900),
        fc.nat(1000),
        fc.constantFrom(6, 12),
        fc.boolean(),
        (start, length, inside, asOfOffset, months, inclusive) => {
          const latest = day((start ?? 0) + length);
          const earliest = start === undefined ? undefined : day(start);
          const asOf = day(asOfOffset + 60);
          const options = {
            asOf,
            policy: policy({ awayMinimumMonths: months, thresholdsInclusive: inclusive }),
          };
          const status = (facts: Raw) =>
            reason(
              leftBehind(
                { household: { children: [child({ awaySince: undefined, ...facts })] } },
                options,
              ),
              'away_long_enough',
            )?.status;
          const span = status({
            awaySinceBetween: earliest === undefined ? { latest } : { earliest, latest },
          });
          if (span === 'unknown') return;
          // Some exact day inside the span (before `latest` by up to `inside` days), and both ends.
          const first = earliest ?? addDays(latest, -inside - 400);
          const days = [first, latest, addDays(latest, -Math.min(inside, length))];
          for (const exact of days)
            if (exact >= first) expect(status({ awaySince: exact })).toBe(span);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('LB6 and the screening scope when the ledger lists no other support obligors', () => {
  const noObligors = (unlisted?: 'unknown' | 'none') =>
    classify(
      { household: { otherSupportObligors: undefined } },
      unlisted ? { policy: policy({ unlistedSupportObligors: unlisted }) } : {},
    );

  it('stays unknown by default, asking for the list', () => {
    const result = noObligors();
    expect(result.leftBehindElder.status).toBe('unknown');
    expect(result.leftBehindElder.missing).toEqual(['household.otherSupportObligors']);
  });

  it('reads none listed as none with unlistedSupportObligors: none', () => {
    const result = noObligors('none');
    expect(result.leftBehindElder.status).toBe('yes');
    expect(result.leftBehindScreeningScope.status).toBe('yes');
  });
});
