/**
 * The recorded and derived statuses (spec §1.5–§1.11): 独居, 孤寡, 高龄, 失能 / 半失能, 低保,
 * 特困, 五保, 三无 and 经济困难. Every test starts from one complete, decided elder and changes
 * one fact.
 */
import { describe, expect, it } from 'vitest';
import {
  ASOF,
  base,
  classify,
  merge,
  policy,
  type Raw,
  VILLAGE,
} from '../../test/fixtures/elder.js';
import { Elder, type PlainDate, parse, plainDate, safeParse } from '../models/index.js';
import { CATEGORY_KEYS } from './categoryKeys.js';
import { type ClassifyOptions, classifyElder } from './classifyElder.js';
import type { CategoryKey } from './reason.js';

const on = (date: string): PlainDate => plainDate(date);

/** Every economic status unrecorded (to be overridden one by one). */
const NO_ECONOMIC_FACTS = {
  minimumLivingAllowance: undefined,
  extremeHardship: undefined,
  fiveGuarantee: undefined,
  threeNo: undefined,
  povertyRegistered: undefined,
  povertyMonitoring: undefined,
  otherHardship: undefined,
};
const onlyEconomic = (flags: Raw) => ({ economic: { ...NO_ECONOMIC_FACTS, ...flags } });

const assessed = (...list: [level: string, assessedOn: string][]) => ({
  health: {
    abilityAssessments: list.map(([level, assessedOn]) => ({
      level,
      assessedOn,
      assessor: '县评估中心',
    })),
  },
});

describe('the base elder', () => {
  it('answers every category with a decided status', () => {
    const categories = classify();
    const statuses = Object.fromEntries(CATEGORY_KEYS.map((key) => [key, categories[key].status]));
    expect(statuses).toEqual({
      leftBehindElder: 'yes',
      leftBehindScreeningScope: 'yes',
      emptyNestElder: 'yes',
      livesAlone: 'yes',
      solitaryElder: 'no',
      advancedAge: 'no',
      disabled: 'no',
      semiDisabled: 'no',
      minimumLivingAllowance: 'no',
      extremeHardship: 'no',
      fiveGuarantee: 'no',
      threeNo: 'no',
      economicHardship: 'no',
      poor: 'no',
      priorityTarget: 'no',
      priorityAssistanceTarget: 'no',
      trackContinuously: 'yes',
      immediateReport: 'no',
      keepOneChildHome: 'no',
      entrustmentMissing: 'yes',
      lowFeeCareEligible: 'no',
      emptyNestPriority: 'no',
      facilityPriority: 'yes',
      mutualAidReport: 'no',
    });
    for (const key of CATEGORY_KEYS) expect(categories[key].missing).toEqual([]);
  });
});

describe('独居 livesAlone (spec §1.10 · S14 L375, L379)', () => {
  it('is yes for an elder living alone', () => {
    expect(classify().livesAlone).toMatchObject({
      status: 'yes',
      reasons: [{ code: 'lives_alone', status: 'yes', params: { livingArrangement: 'alone' } }],
      missing: [],
    });
  });

  it.each([
    ['spouseOnly', { status: 'married', livesWithElder: true }, null],
    ['withGrandchildren', undefined, null],
    ['withOthers', undefined, null],
    ['institution', undefined, 'nursingHome'],
  ] as const)('is no for an elder living %s', (livingArrangement, spouse, institution) => {
    const result = classify({
      residence: { institution },
      household: spouse ? { livingArrangement, spouse } : { livingArrangement },
    }).livesAlone;
    expect(result.status).toBe('no');
    expect(result.reasons).toEqual([
      { code: 'lives_alone', status: 'no', params: { livingArrangement } },
    ]);
  });

  it('is unknown without the living arrangement', () => {
    const result = classify({ household: { livingArrangement: undefined } }).livesAlone;
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['household.livingArrangement']);
    expect(result.reasons).toEqual([
      { code: 'lives_alone', status: 'unknown', params: { livingArrangement: null } },
    ]);
  });
});

describe('recorded statuses: 孤寡, 低保, 特困, 五保, 三无 (spec §1.5–§1.7: recorded, not derived)', () => {
  it.each([
    ['solitaryElder', 'household', 'solitary', 'solitary'],
    ['minimumLivingAllowance', 'economic', 'minimumLivingAllowance', 'minimumLivingAllowance'],
    ['extremeHardship', 'economic', 'extremeHardship', 'extremeHardship'],
    ['fiveGuarantee', 'economic', 'fiveGuarantee', 'fiveGuarantee'],
    ['threeNo', 'economic', 'threeNo', 'threeNo'],
  ] as const)('%s answers what %s.%s records', (category, group, field, status) => {
    const set = (value: boolean | undefined) => classify({ [group]: { [field]: value } })[category];
    expect(set(true)).toMatchObject({
      status: 'yes',
      reasons: [{ code: 'recorded_status', status: 'yes', params: { status } }],
      missing: [],
    });
    expect(set(false).status).toBe('no');
    const unknown = set(undefined);
    expect(unknown.status).toBe('unknown');
    expect(unknown.missing).toEqual([`${group}.${field}`]);
  });

  it('does not derive 孤寡 from the household (spec §1.6)', () => {
    const childlessWidow = { household: { children: [], solitary: undefined } };
    expect(classify(childlessWidow).solitaryElder.status).toBe('unknown');
  });
});

describe('高龄 advancedAge (spec §1.8: the threshold is policy, 80 by default)', () => {
  it.each([
    ['1946-06-29', 'yes', 80],
    ['1946-06-30', 'yes', 80], // 80th birthday on asOf
    ['1946-07-01', 'no', 79], // the day before the 80th birthday
  ] as const)('born %s → %s', (birthDate, status, age) => {
    expect(classify({ birthDate }).advancedAge).toMatchObject({
      status,
      reasons: [{ code: 'advanced_age', status, params: { age, threshold: 80 } }],
    });
  });

  it('follows a policy threshold of 70', () => {
    const seventy = { policy: policy({ advancedAgeThreshold: 70 }) };
    expect(classify({ birthDate: '1956-06-30' }, seventy).advancedAge.status).toBe('yes');
    expect(classify({ birthDate: '1956-07-01' }, seventy).advancedAge).toMatchObject({
      status: 'no',
      reasons: [{ code: 'advanced_age', status: 'no', params: { age: 69, threshold: 70 } }],
    });
  });

  it('is unknown without a birth date', () => {
    const result = classify({ birthDate: undefined }).advancedAge;
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['birthDate']);
    expect(result.reasons[0]?.params).toEqual({ age: null, threshold: 80 });
  });
});

describe('失能 / 半失能 from the assessment in force (spec §1.9; GB/T 42195-2022)', () => {
  const ability = (overrides: Raw, options: Partial<ClassifyOptions> = {}) => {
    const categories = classify(overrides, options);
    return { disabled: categories.disabled, semiDisabled: categories.semiDisabled };
  };

  it.each([
    ['intact', 'no', 'no'],
    ['mild', 'no', 'yes'],
    ['moderate', 'no', 'yes'],
    ['severe', 'yes', 'no'],
    ['total', 'yes', 'no'],
  ] as const)('%s → 失能 %s, 半失能 %s', (level, disabled, semiDisabled) => {
    const result = ability(assessed([level, '2026-03-12']));
    expect(result.disabled.status).toBe(disabled);
    expect(result.semiDisabled.status).toBe(semiDisabled);
  });

  it('uses the later of two assessments, whatever their order in the list', () => {
    for (const overrides of [
      assessed(['mild', '2025-01-10'], ['severe', '2026-03-01']),
      assessed(['severe', '2026-03-01'], ['mild', '2025-01-10']),
    ]) {
      const result = ability(overrides);
      expect(result.disabled.reasons).toEqual([
        {
          code: 'ability_level',
          status: 'yes',
          params: { level: 'severe', assessedOn: '2026-03-01', levels: ['severe', 'total'] },
        },
      ]);
      expect(result.semiDisabled.reasons).toEqual([
        {
          code: 'ability_level',
          status: 'no',
          params: { level: 'severe', assessedOn: '2026-03-01', levels: ['mild', 'moderate'] },
        },
      ]);
    }
  });

  it('an improvement counts too: severe then mild is 半失能', () => {
    const result = ability(assessed(['severe', '2024-01-01'], ['mild', '2026-01-01']));
    expect(result.disabled.status).toBe('no');
    expect(result.semiDisabled.status).toBe('yes');
  });

  it('ignores an assessment dated after asOf', () => {
    const result = ability(assessed(['mild', '2026-01-01'], ['total', '2026-07-01']));
    expect(result.disabled.status).toBe('no');
    expect(result.semiDisabled.reasons[0]?.params).toMatchObject({
      level: 'mild',
      assessedOn: '2026-01-01',
    });
    // On the later day the later assessment is in force.
    const later = ability(assessed(['mild', '2026-01-01'], ['total', '2026-07-01']), {
      asOf: on('2026-07-01'),
    });
    expect(later.disabled.status).toBe('yes');
  });

  it('is unknown when no assessment is in force yet', () => {
    const result = ability(assessed(['total', '2026-07-01']));
    expect(result.disabled.status).toBe('unknown');
    expect(result.disabled.missing).toEqual(['health.abilityAssessments']);
    expect(result.disabled.reasons[0]?.params).toEqual({
      level: null,
      assessedOn: null,
      levels: ['severe', 'total'],
    });
  });

  it.each([
    ['not recorded', { health: { abilityAssessments: undefined } }],
    ['recorded as none', { health: { abilityAssessments: [] } }],
  ])('is unknown when the assessments are %s', (_, overrides) => {
    const result = ability(overrides);
    expect(result.disabled.status).toBe('unknown');
    expect(result.semiDisabled.status).toBe('unknown');
    expect(result.disabled.missing).toEqual(['health.abilityAssessments']);
  });

  it('expires an assessment older than assessmentValidDays', () => {
    const year = { policy: policy({ assessmentValidDays: 365 }) };
    // 2025-06-30 → 2026-06-30 is 365 days: still valid.
    expect(ability(assessed(['severe', '2025-06-30']), year).disabled.status).toBe('yes');
    // 366 days: expired.
    const expired = ability(assessed(['severe', '2025-06-29']), year);
    expect(expired.disabled.status).toBe('unknown');
    expect(expired.disabled.missing).toEqual(['health.abilityAssessments']);
    expect(expired.semiDisabled.status).toBe('unknown');
    // Without the policy it never expires.
    expect(ability(assessed(['severe', '2020-01-01'])).disabled.status).toBe('yes');
  });

  it('follows the policy’s levels', () => {
    // 半失能 must then be narrowed: a level counted as both is a policy_conflict.
    const wide = {
      policy: policy({
        disabledLevels: ['moderate', 'severe', 'total'],
        semiDisabledLevels: ['mild'],
      }),
    };
    const result = ability(assessed(['moderate', '2026-03-12']), wide);
    expect(result.disabled.status).toBe('yes');
    expect(result.disabled.reasons[0]).toMatchObject({
      params: { levels: ['moderate', 'severe', 'total'] },
    });
  });

  it('a registered disability (残疾) is not 失能 (spec §1.12)', () => {
    const result = ability({ health: { disability: { category: 'physical', grade: 1 } } });
    expect(result.disabled.status).toBe('no');
  });
});

const NONE_FOUND = 'economic.noHardshipAssessedOn';

describe('经济困难 economicHardship (spec §1.11: linked to recorded statuses by policy)', () => {
  const hardship = (overrides: Raw, options: Partial<ClassifyOptions> = {}) =>
    classify(overrides, options).economicHardship;
  const all = [
    'minimumLivingAllowance',
    'extremeHardship',
    'fiveGuarantee',
    'threeNo',
    'povertyRegistered',
    'povertyMonitoring',
    'otherHardship',
  ];

  it('is no only when every status is known and none holds', () => {
    expect(hardship({})).toMatchObject({
      status: 'no',
      reasons: [{ code: 'economic_hardship', status: 'no', params: { matched: [], unknown: [] } }],
      missing: [],
    });
  });

  it.each([
    ['minimumLivingAllowance', true],
    ['extremeHardship', true],
    ['fiveGuarantee', true],
    ['threeNo', true],
    ['povertyRegistered', true],
    ['otherHardship', true],
    ['povertyMonitoring', 'unstableOutOfPoverty'],
    ['povertyMonitoring', 'atRiskOfPoverty'],
    ['povertyMonitoring', 'suddenHardship'],
  ] as const)('is yes when %s is %s, even with every other status unknown', (field, value) => {
    const result = hardship(onlyEconomic({ [field]: value }));
    expect(result.status).toBe('yes');
    expect(result.missing).toEqual([]);
    expect(result.reasons).toEqual([
      {
        code: 'economic_hardship',
        status: 'yes',
        params: {
          matched: [field],
          unknown: all.filter((name) => name !== field),
          noHardshipAssessedOn: null,
        },
      },
    ]);
  });

  it('lists every status that holds', () => {
    const result = hardship({
      economic: { minimumLivingAllowance: true, povertyMonitoring: 'atRiskOfPoverty' },
    });
    expect(result.reasons[0]?.params).toEqual({
      matched: ['minimumLivingAllowance', 'povertyMonitoring'],
      unknown: [],
      noHardshipAssessedOn: null,
    });
  });

  it.each(all)('is unknown when only %s is unrecorded and the rest are no', (field) => {
    const result = hardship({ economic: { [field]: undefined } });
    expect(result.status).toBe('unknown');
    // The status, or the one finding that none applies, would decide.
    expect(result.missing).toEqual([`economic.${field}`, NONE_FOUND]);
  });

  it('is unknown with nothing recorded, naming every status', () => {
    const result = hardship(onlyEconomic({}));
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual([...all.map((name) => `economic.${name}`), NONE_FOUND]);
  });

  describe('with a policy counting only 低保 and 特困', () => {
    const narrow = {
      policy: policy({ economicHardshipStatuses: ['minimumLivingAllowance', 'extremeHardship'] }),
    };

    it('ignores 建档立卡 and poverty monitoring', () => {
      const result = hardship(
        { economic: { povertyRegistered: true, povertyMonitoring: 'atRiskOfPoverty' } },
        narrow,
      );
      expect(result.status).toBe('no');
    });

    it('needs only its own statuses to decide', () => {
      const result = hardship(
        onlyEconomic({ minimumLivingAllowance: false, extremeHardship: false }),
        narrow,
      );
      expect(result.status).toBe('no');
      expect(result.missing).toEqual([]);
      expect(hardship(onlyEconomic({ extremeHardship: true }), narrow).status).toBe('yes');
      expect(hardship(onlyEconomic({ extremeHardship: false }), narrow).missing).toEqual([
        'economic.minimumLivingAllowance',
        NONE_FOUND,
      ]);
    });
  });
});

describe('「不属于经济困难」 recorded once: economic.noHardshipAssessedOn (spec §1.11)', () => {
  const checked = (flags: Raw, on = '2026-03-01') =>
    onlyEconomic({ ...flags, noHardshipAssessedOn: on });

  it('decides 经济困难 and 贫困 no without the seven statuses, naming the check', () => {
    const categories = classify(checked({}));
    expect(categories.economicHardship).toMatchObject({ status: 'no', missing: [] });
    expect(categories.economicHardship.reasons).toEqual([
      {
        code: 'economic_hardship',
        status: 'no',
        params: { matched: [], unknown: [], noHardshipAssessedOn: '2026-03-01' },
      },
    ]);
    expect(categories.poor.status).toBe('no');
  });

  it('answers each recorded status no as well (低保, 特困, 五保, 三无)', () => {
    const categories = classify(checked({}));
    for (const key of ['minimumLivingAllowance', 'extremeHardship', 'fiveGuarantee', 'threeNo'])
      expect(categories[key as CategoryKey].status, key).toBe('no');
  });

  it('is not yet in force before the day of the check', () => {
    const result = classify(checked({}, '2026-07-01')).economicHardship;
    expect(result.status).toBe('unknown');
    expect(result.missing).not.toContain(NONE_FOUND);
  });

  it('is rejected beside a status recorded as applying (economic_status_conflict)', () => {
    const result = safeParse(Elder, merge(base(), checked({ minimumLivingAllowance: true })));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues).toEqual([
      {
        code: 'economic_status_conflict',
        path: ['economic', 'minimumLivingAllowance'],
        params: { status: 'minimumLivingAllowance' },
      },
    ]);
    const monitored = safeParse(
      Elder,
      merge(base(), checked({ povertyMonitoring: 'atRiskOfPoverty' })),
    );
    expect(monitored.ok).toBe(false);
  });
});

describe('every status category', () => {
  const statuses: CategoryKey[] = [
    'livesAlone',
    'solitaryElder',
    'advancedAge',
    'disabled',
    'semiDisabled',
    'minimumLivingAllowance',
    'extremeHardship',
    'fiveGuarantee',
    'threeNo',
    'economicHardship',
    'poor',
  ];

  it('is unknown, with missing facts, for an elder with nothing but a name and a village', () => {
    const bare = parse(Elder, { id: 'E-2', name: '李大山', residence: { villageCode: VILLAGE } });
    const categories = classifyElder(bare, { asOf: ASOF }).categories;
    for (const key of statuses) {
      expect(categories[key].status, key).toBe('unknown');
      expect(categories[key].missing.length, key).toBeGreaterThan(0);
    }
  });
});
