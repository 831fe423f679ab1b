/**
 * The referral rules as policy data: the defaults pass their own schema and cite the text, a
 * rule holds only on `yes` (and `no` for its exclusions), and a county's own rules are checked
 * once with coded issues at their paths.
 */
import { describe, expect, it } from 'vitest';
import { statuses } from '../../test/fixtures/referrals.js';
import { thrownIssues } from '../../test/fixtures/thrownIssues.js';
import { safeParse } from '../models/index.js';
import { checkedRules, DEFAULT_REFERRAL_RULES, ReferralRule, ruleHolds } from './referralRules.js';
import { checkedSteps, DEFAULT_REFERRAL_STEPS } from './referralSteps.js';

const rule = (programme: string) =>
  DEFAULT_REFERRAL_RULES.find((r) => r.programme === programme) as ReferralRule;

describe('DEFAULT_REFERRAL_RULES', () => {
  it('pass their schema, have distinct ids and each cite the spec', () => {
    for (const one of DEFAULT_REFERRAL_RULES) {
      expect(safeParse(ReferralRule, one)).toEqual({ ok: true, value: one });
      expect(one.source).toMatch(/^spec §/);
    }
    expect(new Set(DEFAULT_REFERRAL_RULES.map((r) => r.id)).size).toBe(
      DEFAULT_REFERRAL_RULES.length,
    );
    expect(checkedRules([...DEFAULT_REFERRAL_RULES])).toEqual(DEFAULT_REFERRAL_RULES);
  });

  it('refer a 留守 elder in hardship to 低保 only when known not to be on 低保, 特困 or 五保', () => {
    const low = rule('minimumLivingAllowance');
    const yes = ['leftBehindElder', 'economicHardship'] as const;
    expect(ruleHolds(low, statuses('E-1', yes).statuses)).toBe(true);
    expect(ruleHolds(low, statuses('E-1', [...yes, 'minimumLivingAllowance']).statuses)).toBe(
      false,
    );
    expect(ruleHolds(low, statuses('E-1', [...yes, 'fiveGuarantee']).statuses)).toBe(false);
    // Not known whether the elder is on 低保 already: verify first.
    expect(ruleHolds(low, statuses('E-1', yes, ['minimumLivingAllowance']).statuses)).toBe(false);
    // Hardship unknown: nothing is suggested.
    expect(
      ruleHolds(low, statuses('E-1', ['leftBehindElder'], ['economicHardship']).statuses),
    ).toBe(false);
  });

  it('refer a 三无 or 孤寡 elder to 特困 support, one of them being enough', () => {
    const support = rule('centralisedSupport');
    expect(ruleHolds(support, statuses('E-1', ['threeNo']).statuses)).toBe(true);
    expect(ruleHolds(support, statuses('E-1', ['solitaryElder']).statuses)).toBe(true);
    expect(ruleHolds(support, statuses('E-1', []).statuses)).toBe(false);
    expect(ruleHolds(support, statuses('E-1', ['threeNo', 'extremeHardship']).statuses)).toBe(
      false,
    );
  });

  it('offer the day-care centre to left-behind elders of R14 only', () => {
    const dayCare = rule('dayCareCentre');
    expect(ruleHolds(dayCare, statuses('E-1', ['facilityPriority']).statuses)).toBe(false);
    expect(
      ruleHolds(dayCare, statuses('E-1', ['facilityPriority', 'leftBehindElder']).statuses),
    ).toBe(true);
    expect(ruleHolds(rule('homeCareCentre'), statuses('E-1', ['facilityPriority']).statuses)).toBe(
      true,
    );
  });
});

describe('checkedRules and checkedSteps', () => {
  it('report every bad rule at its path, a second id, and a rule without condition', () => {
    const rules = [
      { ...rule('familyDoctorContract') },
      { ...rule('familyDoctorContract'), programme: 'spaTreatment' },
      { ...rule('advancedAgeAllowance'), id: 'familyDoctorContract' },
      { id: 'everyone', programme: 'legalAid', all: [], source: 'x' },
      { ...rule('lowFeeInstitutionalCare'), all: ['lowFeeCare'] },
    ];
    expect(thrownIssues(() => checkedRules(rules))).toEqual([
      'rules.1.programme invalid_value',
      'rules.2.id duplicate_id',
      'rules.3.all too_small',
      'rules.4.all.0 invalid_value',
    ]);
    expect(thrownIssues(() => checkedRules('all' as never))).toEqual(['rules invalid_argument']);
  });

  it('check a list once: the same list object is not parsed again', () => {
    const rules = [{ ...rule('familyDoctorContract') }];
    const first = checkedRules(rules);
    expect(checkedRules(rules)).toBe(first);
  });

  it('check the steps, and take the default when none are given', () => {
    expect(checkedSteps(undefined)).toBe(DEFAULT_REFERRAL_STEPS);
    const bad = { ...DEFAULT_REFERRAL_STEPS, applied: { owner: 'mayor', days: -1, source: 'x' } };
    expect(thrownIssues(() => checkedSteps(bad))).toEqual([
      'steps.applied.owner invalid_value',
      'steps.applied.days too_small',
    ]);
    expect(thrownIssues(() => checkedSteps([] as never))).toEqual(['steps invalid_argument']);
  });
});
