/**
 * The priority and risk rules of spec §2 (R1–R6, R8, R11, R14) and the citation of every
 * category. Every test starts from one complete, decided left-behind elder and changes one fact.
 */
import { describe, expect, it } from 'vitest';
import { child, classify, merge, policy, type Raw, reason } from '../../test/fixtures/elder.js';
import { safeParse } from '../models/index.js';
import { CATEGORY_KEYS } from './categoryKeys.js';
import { RULE_CITATIONS } from './citations.js';
import type { ClassifyOptions } from './classifyElder.js';
import { REPORT_RECIPIENTS } from './incident.js';
import { Policy } from './policy.js';

const assessedAs = (level: string) => ({
  health: { abilityAssessments: [{ level, assessedOn: '2026-03-12', assessor: '县评估中心' }] },
});
const aged80 = { birthDate: '1946-06-30' };
const aged79 = { birthDate: '1946-07-01' };
const poor = { economic: { minimumLivingAllowance: true } };
const urban = { residence: { setting: 'urban' } };
/** Not left-behind: a daughter lives at home. */
const daughterAtHome = {
  household: {
    livingArrangement: 'withChildren',
    children: [
      child(),
      child({
        relation: 'daughter',
        livesWithElder: true,
        whereabouts: { inElderCounty: true },
        awaySince: undefined,
        awayReason: undefined,
      }),
    ],
  },
};

/** Overrides merged in order (later wins). */
const all = (...parts: Raw[]): Raw => parts.reduce((acc, part) => merge(acc, part), {});

describe('R1 重点对象 priorityTarget: 留守 ∧ 经济困难 ∧ (高龄 ∨ 失能) (spec §2 R1 · S14 L363, L379)', () => {
  const target = (overrides: Raw, options: Partial<ClassifyOptions> = {}) =>
    classify(overrides, options).priorityTarget;

  it('is yes for a poor left-behind elder of 80, with the exact reasons', () => {
    const result = target(all(aged80, poor));
    expect(result.status).toBe('yes');
    expect(result.reasons).toEqual([
      { code: 'category', status: 'yes', params: { category: 'leftBehindElder' } },
      { code: 'category', status: 'yes', params: { category: 'economicHardship' } },
      {
        code: 'any_category',
        status: 'yes',
        params: { categories: ['advancedAge', 'disabled'], holding: ['advancedAge'] },
      },
    ]);
  });

  it('is no at 79 with ability intact', () => {
    const result = target(all(aged79, poor));
    expect(result.status).toBe('no');
    expect(reason(result, 'any_category')).toEqual({
      code: 'any_category',
      status: 'no',
      params: { categories: ['advancedAge', 'disabled'], holding: [] },
    });
  });

  it('is yes for a poor, 失能 left-behind elder of 76', () => {
    const result = target(all(poor, assessedAs('severe')));
    expect(result.status).toBe('yes');
    expect(reason(result, 'any_category')?.params.holding).toEqual(['disabled']);
  });

  it.each([
    ['not poor', all(aged80)],
    ['not left-behind', all(aged80, poor, urban)],
  ])('is no when %s', (_, overrides) => {
    expect(target(overrides).status).toBe('no');
  });

  describe('半失能 (spec §2 R1 open point)', () => {
    const semi = all(poor, assessedAs('moderate'));

    it('does not count by default', () => {
      expect(target(semi).status).toBe('no');
    });

    it('counts with semiDisabledCountsAsDisabled', () => {
      const result = target(semi, { policy: policy({ semiDisabledCountsAsDisabled: true }) });
      expect(result.status).toBe('yes');
      expect(reason(result, 'any_category')?.params).toEqual({
        categories: ['advancedAge', 'disabled', 'semiDisabled'],
        holding: ['semiDisabled'],
      });
    });
  });

  it('is unknown without an assessment below 高龄, naming it', () => {
    const result = target(all(poor, { health: { abilityAssessments: undefined } }));
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['health.abilityAssessments']);
  });

  it('高龄 decides without an assessment', () => {
    const result = target(all(aged80, poor, { health: { abilityAssessments: undefined } }));
    expect(result.status).toBe('yes');
    expect(result.missing).toEqual([]);
  });

  it('carries the missing facts of the categories it builds on', () => {
    const result = target(all(aged80, { economic: { otherHardship: undefined } }));
    expect(result.status).toBe('unknown');
    // The status, or the one finding that no hardship status applies, would decide.
    expect(result.missing).toEqual(['economic.otherHardship', 'economic.noHardshipAssessedOn']);
  });
});

describe('R2 重点帮扶对象 priorityAssistanceTarget (spec §2 R2 · S14 L369: 「安全风险和生活困难」)', () => {
  const assist = (risks: Raw, options: Partial<ClassifyOptions> = {}, extra: Raw = {}) =>
    classify(all({ risks }, extra), options).priorityAssistanceTarget;
  const and = { policy: policy({ riskJoin: 'and' }) };

  it('reads 和 as "or" by default: one risk is enough', () => {
    const result = assist({ safetyRisk: true, livingDifficulty: false });
    expect(result.status).toBe('yes');
    expect(result.reasons).toEqual([
      { code: 'category', status: 'yes', params: { category: 'leftBehindElder' } },
      {
        code: 'risk_and_difficulty',
        status: 'yes',
        params: { safetyRisk: 'yes', livingDifficulty: 'no', join: 'or' },
      },
    ]);
    expect(assist({ safetyRisk: false, livingDifficulty: true }).status).toBe('yes');
  });

  it('with riskJoin "and" needs both', () => {
    const one = assist({ safetyRisk: true, livingDifficulty: false }, and);
    expect(one.status).toBe('no');
    expect(reason(one, 'risk_and_difficulty')?.params).toEqual({
      safetyRisk: 'yes',
      livingDifficulty: 'no',
      join: 'and',
    });
    expect(assist({ safetyRisk: true, livingDifficulty: true }, and).status).toBe('yes');
  });

  it('an unrecorded risk: decided by "or" when the other holds, unknown under "and"', () => {
    const risks = { safetyRisk: true, livingDifficulty: undefined };
    expect(assist(risks).status).toBe('yes');
    const result = assist(risks, and);
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['risks.livingDifficulty']);
  });

  it('is no without risks, and unknown with none recorded', () => {
    expect(assist({ safetyRisk: false, livingDifficulty: false }).status).toBe('no');
    const result = assist({ safetyRisk: undefined, livingDifficulty: undefined });
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['risks.safetyRisk', 'risks.livingDifficulty']);
  });

  it('is no for an elder who is not left-behind', () => {
    expect(assist({ safetyRisk: true, livingDifficulty: true }, {}, urban).status).toBe('no');
  });
});

describe('R3 随时跟踪 trackContinuously: 留守 ∧ (独居 ∨ 失能 ∨ 贫困 ∨ 高龄 ∨ 等) (spec §2 R3 · S14 L379)', () => {
  const couple = {
    household: {
      livingArrangement: 'spouseOnly',
      spouse: { status: 'married', livesWithElder: true },
    },
  };
  const track = (overrides: Raw, options: Partial<ClassifyOptions> = {}) =>
    classify(overrides, options).trackContinuously;

  it('is yes for a left-behind elder living alone', () => {
    const result = track({});
    expect(result.status).toBe('yes');
    expect(result.reasons).toEqual([
      { code: 'category', status: 'yes', params: { category: 'leftBehindElder' } },
      {
        code: 'any_category',
        status: 'yes',
        params: {
          categories: ['livesAlone', 'disabled', 'poor', 'advancedAge'],
          holding: ['livesAlone'],
        },
      },
      { code: 'other_special_difficulty', status: 'no', params: { description: null } },
    ]);
  });

  it('is no for a left-behind couple with no special difficulty', () => {
    expect(track(couple).status).toBe('no');
  });

  it.each([
    ['失能', assessedAs('total'), 'disabled'],
    ['贫困', poor, 'poor'],
    ['高龄', aged80, 'advancedAge'],
  ] as const)('is yes for a left-behind couple when %s', (_, extra, holding) => {
    const result = track(all(couple, extra));
    expect(result.status).toBe('yes');
    expect(reason(result, 'any_category')?.params.holding).toEqual([holding]);
  });

  it('counts 半失能 only with semiDisabledCountsAsDisabled', () => {
    const semi = all(couple, assessedAs('mild'));
    expect(track(semi).status).toBe('no');
    const result = track(semi, { policy: policy({ semiDisabledCountsAsDisabled: true }) });
    expect(result.status).toBe('yes');
    expect(reason(result, 'any_category')?.params.categories).toEqual([
      'livesAlone',
      'disabled',
      'semiDisabled',
      'poor',
      'advancedAge',
    ]);
  });

  it('is no for an elder who is not left-behind', () => {
    expect(track(urban).status).toBe('no');
  });

  describe('another special difficulty: the open 等 (「……等特殊困难」)', () => {
    const other = (otherSpecialDifficulty: string | null | undefined) => ({
      risks: { otherSpecialDifficulty },
    });

    it('is yes for a left-behind couple with another special difficulty recorded', () => {
      const result = track(all(couple, other('子女失联，房屋漏雨')));
      expect(result.status).toBe('yes');
      expect(result.missing).toEqual([]);
      expect(reason(result, 'other_special_difficulty')).toEqual({
        code: 'other_special_difficulty',
        status: 'yes',
        params: { description: '子女失联，房屋漏雨' },
      });
    });

    it('is unknown for a couple with none of the four while it is not recorded, naming it', () => {
      const result = track(all(couple, other(undefined)));
      expect(result.status).toBe('unknown');
      expect(result.missing).toEqual(['risks.otherSpecialDifficulty']);
    });

    it('does not ask for it once a named difficulty decides', () => {
      const result = track(all(couple, aged80, other(undefined)));
      expect(result.status).toBe('yes');
      const open = track(
        all(couple, aged80, other(undefined), { residence: { setting: undefined } }),
      );
      expect(open.status).toBe('unknown');
      expect(open.missing).toEqual(['residence.setting']);
    });

    it('still needs the elder to be left-behind', () => {
      expect(track(all(urban, other('独自照料残疾孙子'))).status).toBe('no');
    });
  });

  describe('贫困 is its own reading of the recorded statuses (spec §1.11, §11.12)', () => {
    const poorOnly = { policy: policy({ povertyStatuses: ['povertyRegistered'] }) };

    it('reads the 经济困难 statuses by default', () => {
      const categories = classify(all(couple, poor));
      expect(categories.poor.status).toBe('yes');
      expect(categories.economicHardship.status).toBe('yes');
      expect(categories.poor.reasons[0]).toMatchObject({
        code: 'poverty',
        params: { matched: ['minimumLivingAllowance'] },
      });
    });

    it('follows povertyStatuses, leaving 经济困难 (R1, R8) as it was', () => {
      const categories = classify(all(couple, poor), poorOnly);
      expect(categories.poor.status).toBe('no');
      expect(categories.economicHardship.status).toBe('yes');
      expect(categories.trackContinuously.status).toBe('no');
      const registered = { economic: { povertyRegistered: true } };
      expect(classify(all(couple, registered), poorOnly).trackContinuously.status).toBe('yes');
    });
  });
});

describe('R4 immediateReport (spec §2 R4 · S14 L379)', () => {
  const report = (overrides: Raw = {}, incidents: ClassifyOptions['incidents'] = []) =>
    classify(overrides, { incidents }).immediateReport;

  it('is yes for an incident found on a visit, and names the three recipients (「或」)', () => {
    const result = report({}, ['wanderingOrBegging']);
    expect(result.status).toBe('yes');
    expect(result.reasons).toEqual([
      { code: 'category', status: 'yes', params: { category: 'leftBehindElder' } },
      {
        code: 'report_trigger',
        status: 'yes',
        params: {
          triggers: ['wanderingOrBegging'],
          reportTo: ['villageCommittee', 'townshipGovernment', 'countyCivilAffairs'],
        },
      },
    ]);
    expect(reason(result, 'report_trigger')?.params.reportTo).toEqual(REPORT_RECIPIENTS);
  });

  it('is yes for a severe mental illness on record', () => {
    const result = report({ health: { severeMentalIllness: true } });
    expect(result.status).toBe('yes');
    expect(reason(result, 'report_trigger')?.params.triggers).toEqual(['severeMentalIllness']);
  });

  it('lists each trigger once', () => {
    const result = report({ health: { severeMentalIllness: true } }, [
      'severeMentalIllness',
      'criticalIllness',
      'criticalIllness',
    ]);
    expect(reason(result, 'report_trigger')?.params.triggers).toEqual([
      'severeMentalIllness',
      'criticalIllness',
    ]);
  });

  it('is no with no incident and no severe mental illness', () => {
    const result = report();
    expect(result.status).toBe('no');
    expect(reason(result, 'report_trigger')?.params.triggers).toEqual([]);
  });

  it('is unknown when the mental-illness fact is missing and nothing was found', () => {
    const result = report({ health: { severeMentalIllness: undefined } });
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['health.severeMentalIllness']);
    expect(report({ health: { severeMentalIllness: undefined } }, ['majorDifficulty']).status).toBe(
      'yes',
    );
  });

  it('is no for an elder who is not left-behind (the rule is about 留守老年人)', () => {
    expect(report(urban, ['illegalInfringement']).status).toBe('no');
  });
});

describe('R5 keepOneChildHome (spec §2 R5 · S14 L367: 「患有严重疾病、已经丧失自理能力」)', () => {
  const keep = (overrides: Raw, options: Partial<ClassifyOptions> = {}) =>
    classify(overrides, options).keepOneChildHome;
  const and = { policy: policy({ illnessJoin: 'and' }) };

  it('applies to elders who are not left-behind too', () => {
    const result = keep(all(daughterAtHome, { health: { seriousIllness: true } }));
    expect(classify(daughterAtHome).leftBehindElder.status).toBe('no');
    expect(result.status).toBe('yes');
    expect(result.reasons).toEqual([
      {
        code: 'illness_or_lost_self_care',
        status: 'yes',
        params: { seriousIllness: 'yes', lostSelfCare: 'no', join: 'or' },
      },
    ]);
  });

  it('is yes for lost self-care (失能) alone by default', () => {
    expect(keep(assessedAs('severe')).status).toBe('yes');
  });

  it('is no without illness or lost self-care', () => {
    expect(keep({}).status).toBe('no');
    expect(keep(assessedAs('moderate')).status).toBe('no'); // 半失能 is not 丧失自理能力
  });

  it('with illnessJoin "and" needs both', () => {
    expect(keep({ health: { seriousIllness: true } }, and).status).toBe('no');
    const both = keep(all({ health: { seriousIllness: true } }, assessedAs('total')), and);
    expect(both.status).toBe('yes');
    expect(both.reasons[0]?.params).toEqual({
      seriousIllness: 'yes',
      lostSelfCare: 'yes',
      join: 'and',
    });
  });

  it('is unknown while the illness is not recorded, unless 失能 decides', () => {
    const result = keep({ health: { seriousIllness: undefined } });
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['health.seriousIllness']);
    expect(keep(all({ health: { seriousIllness: undefined } }, assessedAs('total'))).status).toBe(
      'yes',
    );
  });

  it('under "and", names the missing assessment', () => {
    const result = keep({ health: { seriousIllness: true, abilityAssessments: undefined } }, and);
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['health.abilityAssessments']);
  });
});

describe('R6 entrustmentMissing (spec §2 R6 · S14 L367: 「应委托亲属等其他有能力的人代为照顾」)', () => {
  const entrust = (overrides: Raw) => classify(overrides).entrustmentMissing;

  it('is yes for a left-behind elder with nobody entrusted (null)', () => {
    expect(entrust({})).toMatchObject({
      status: 'yes',
      reasons: [
        { code: 'category', status: 'yes', params: { category: 'leftBehindElder' } },
        { code: 'no_entrusted_carer', status: 'yes', params: {} },
      ],
      missing: [],
    });
  });

  it('is no when a carer has been entrusted', () => {
    const carer = { name: '李春梅', relation: 'relative', since: '2024-03-01' };
    expect(entrust({ household: { entrustedCarer: carer } }).status).toBe('no');
  });

  it('is unknown when the entrustment is not recorded', () => {
    const result = entrust({ household: { entrustedCarer: undefined } });
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['household.entrustedCarer']);
  });

  it('is no for an elder who is not left-behind', () => {
    expect(entrust(daughterAtHome).status).toBe('no');
  });
});

describe('R8 lowFeeCareEligible: 留守 ∧ 经济困难 ∧ (失能 ∨ 半失能) (spec §2 R8 · S14 L375)', () => {
  const lowFee = (overrides: Raw) => classify(overrides).lowFeeCareEligible;

  it('is yes for a poor, 半失能 left-behind elder', () => {
    const result = lowFee(all(poor, assessedAs('moderate')));
    expect(result.status).toBe('yes');
    expect(reason(result, 'any_category')?.params).toEqual({
      categories: ['disabled', 'semiDisabled'],
      holding: ['semiDisabled'],
    });
  });

  it('is no with ability intact, even at 80 (高龄 is not a condition)', () => {
    expect(lowFee(all(poor, aged80)).status).toBe('no');
  });

  it('is no when not poor, and when not left-behind', () => {
    expect(lowFee(assessedAs('severe')).status).toBe('no');
    expect(lowFee(all(poor, assessedAs('severe'), urban)).status).toBe('no');
  });
});

describe('R11 emptyNestPriority: 空巢 ∧ (高龄 ∨ 不能完全自理) (spec §2 R11 · S12 L283; S08 L175)', () => {
  const emphasis = (overrides: Raw) => classify(overrides).emptyNestPriority;

  it('is no for an empty-nest elder of 76 with ability intact', () => {
    expect(emphasis({}).status).toBe('no');
  });

  it('is yes for an empty-nest elder of 80', () => {
    const result = emphasis(aged80);
    expect(result.status).toBe('yes');
    expect(result.reasons).toEqual([
      { code: 'category', status: 'yes', params: { category: 'emptyNestElder' } },
      {
        code: 'any_category',
        status: 'yes',
        params: {
          categories: ['advancedAge', 'disabled', 'semiDisabled'],
          holding: ['advancedAge'],
        },
      },
    ]);
  });

  it('is yes for an empty-nest elder who is 半失能', () => {
    expect(emphasis(assessedAs('mild')).status).toBe('yes');
  });

  it('is no for an elder of 80 with a child at home', () => {
    expect(emphasis(all(aged80, daughterAtHome)).status).toBe('no');
  });

  it('is unknown without an assessment below 高龄, naming it once', () => {
    const result = emphasis({ health: { abilityAssessments: undefined } });
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['health.abilityAssessments']);
  });
});

describe('R14 facilityPriority: 农村老年人 ∧ (低收入 ∨ 独居 ∨ 空巢 ∨ 高龄 ∨ 失能) (spec §2 R14 · S14 L375)', () => {
  const facility = (overrides: Raw) => classify(overrides).facilityPriority;

  it('is yes for a rural elder living alone', () => {
    const result = facility({});
    expect(result.status).toBe('yes');
    expect(result.reasons).toEqual([
      { code: 'age_minimum', status: 'yes', params: { minimum: 60, age: 76 } },
      {
        code: 'rural_residence',
        status: 'yes',
        params: { setting: 'rural', test: 'residence', institution: null },
      },
      {
        code: 'any_category',
        status: 'yes',
        params: {
          categories: [
            'economicHardship',
            'livesAlone',
            'emptyNestElder',
            'advancedAge',
            'disabled',
          ],
          holding: ['livesAlone', 'emptyNestElder'],
        },
      },
    ]);
  });

  it('is no for an urban elder, and below 60', () => {
    expect(facility(urban).status).toBe('no');
    expect(facility({ birthDate: '1966-07-01' }).status).toBe('no');
    expect(facility({ birthDate: '1966-06-30' }).status).toBe('yes');
  });

  it('is no for a rural elder with a child at home and none of the five', () => {
    expect(facility(daughterAtHome).status).toBe('no');
  });

  it('is yes for that elder when poor', () => {
    const result = facility(all(daughterAtHome, poor));
    expect(result.status).toBe('yes');
    expect(reason(result, 'any_category')?.params.holding).toEqual(['economicHardship']);
  });
});

describe('citations (spec §1, §2: every rule cited)', () => {
  it('every category cites RULE_CITATIONS', () => {
    const categories = classify({}, { policy: policy({ emptyNestDefinition: 'eitherS18OrS17' }) });
    for (const key of CATEGORY_KEYS)
      expect(categories[key].citation, key).toEqual(RULE_CITATIONS[key]);
  });

  it('the citations name the seed lines of spec §1 and §2', () => {
    expect(RULE_CITATIONS.leftBehindElder).toMatchObject({ spec: '§1.1', source: 'S14 L359' });
    expect(RULE_CITATIONS.leftBehindScreeningScope).toMatchObject({
      spec: '§1.1',
      source: 'S14 L365',
    });
    expect(RULE_CITATIONS.priorityTarget).toMatchObject({ spec: '§2 R1', source: 'S14 L363' });
    expect(RULE_CITATIONS.priorityAssistanceTarget).toMatchObject({
      spec: '§2 R2',
      source: 'S14 L369',
    });
    expect(RULE_CITATIONS.immediateReport).toMatchObject({ spec: '§2 R4', source: 'S14 L379' });
    expect(RULE_CITATIONS.keepOneChildHome).toMatchObject({ spec: '§2 R5', source: 'S14 L367' });
    expect(RULE_CITATIONS.lowFeeCareEligible).toMatchObject({ spec: '§2 R8', source: 'S14 L375' });
    expect(RULE_CITATIONS.facilityPriority).toMatchObject({ spec: '§2 R14', source: 'S14 L375' });
    for (const key of CATEGORY_KEYS) expect(RULE_CITATIONS[key]?.spec, key).toMatch(/^§[12]/);
  });

  it('a policy’s citations replace guanai’s, category by category', () => {
    const local = {
      spec: '§1.1',
      source: '云民福〔2018〕19号',
      text: '农村留守老年人是指……60周岁以上老年人',
    };
    const cited = Policy.parse({
      id: 'yn-2018',
      name: '云南省农村留守老年人关爱服务实施意见',
      jurisdiction: '530000',
      validFrom: '2018-01-01',
      citations: { leftBehindElder: local, advancedAge: { spec: '§1.8', text: '80周岁以上' } },
    });
    const categories = classify({}, { policy: cited });
    expect(categories.leftBehindElder.citation).toEqual(local);
    expect(categories.advancedAge.citation).toEqual({ spec: '§1.8', text: '80周岁以上' });
    expect(categories.emptyNestElder.citation).toEqual(RULE_CITATIONS.emptyNestElder);
    // The status is the policy's parameters', not the citation's.
    expect(categories.leftBehindElder.status).toBe('yes');
  });

  it('rejects a citation for a key that is not a rule, instead of ignoring it', () => {
    const cited = safeParse(Policy, {
      id: 'x',
      name: 'x',
      jurisdiction: 'national',
      validFrom: '2000-01-01',
      citations: { notACategory: { spec: '§0' } },
    });
    expect(cited.ok ? [] : cited.issues).toEqual([
      { code: 'unrecognized_keys', path: ['citations'], params: { keys: ['notACategory'] } },
    ]);
  });
});
