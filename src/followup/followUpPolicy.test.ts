/**
 * The follow-up rules as data: the defaults cite their texts, and a county's own rules are
 * checked with paths.
 */
import { describe, expect, it } from 'vitest';
import { CATEGORY_KEYS } from '../eligibility/index.js';
import { GuanaiError } from '../errors/index.js';
import { checkedRules, DEFAULT_FOLLOW_UP_RULES, type FollowUpRules } from './followUpPolicy.js';

function issuesOf(rules: unknown) {
  try {
    checkedRules(rules as FollowUpRules);
  } catch (error) {
    if (error instanceof GuanaiError) return error.issues.map((i) => [i.code, i.path]);
    throw error;
  }
  return [];
}

describe('follow-up rules', () => {
  it('defaults: cited, and every category but the two decided by events', () => {
    expect(checkedRules(undefined)).toBe(DEFAULT_FOLLOW_UP_RULES);
    expect(issuesOf(DEFAULT_FOLLOW_UP_RULES)).toEqual([]);
    const { verification, tracking, family, entrustment } = DEFAULT_FOLLOW_UP_RULES;
    expect([tracking.cadenceDays, family.days, entrustment.days]).toEqual([7, 3, 30]);
    expect(verification.censusMonths).toEqual([3, 9]);
    expect(CATEGORY_KEYS.filter((k) => !verification.categories.includes(k))).toEqual([
      'immediateReport',
      'mutualAidReport',
    ]);
    for (const part of Object.values(DEFAULT_FOLLOW_UP_RULES))
      expect(part.source).toMatch(/^spec §/);
  });

  it('codes every bad part with its path', () => {
    expect(issuesOf(null)).toEqual([['invalid_argument', ['rules']]]);
    expect(issuesOf({ ...DEFAULT_FOLLOW_UP_RULES, family: undefined })).toEqual([
      ['invalid_argument', ['rules', 'family']],
    ]);
    const bad = {
      owner: { duties: ['villageContract', 7], source: '' },
      tracking: { cadenceDays: 2.5, source: '' },
      family: { days: 0, source: '' },
      entrustment: { days: 367, source: '' },
      verification: { categories: ['advancedAge', 'old'], censusMonths: [], source: '' },
      visits: { retryNotDone: ['refused', 'bored'], source: '' },
    };
    expect(issuesOf(bad)).toEqual([
      ['invalid_argument', ['rules', 'tracking', 'cadenceDays']],
      ['invalid_argument', ['rules', 'family', 'days']],
      ['too_big', ['rules', 'entrustment', 'days']],
    ]);
    const fixedDays = {
      ...bad,
      tracking: { cadenceDays: 7 },
      family: { days: 3 },
      entrustment: { days: 30 },
    };
    expect(issuesOf(fixedDays)).toEqual([
      ['invalid_type', ['rules', 'owner', 'duties', 1]],
      ['invalid_value', ['rules', 'verification', 'categories', 1]],
      ['invalid_value', ['rules', 'visits', 'retryNotDone', 1]],
      ['too_small', ['rules', 'verification', 'censusMonths']],
    ]);
  });
});
