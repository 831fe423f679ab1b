/**
 * Both 空巢 definitions in one call (spec §1.2, §11.1): the household definition of S18 and the
 * closed list of S17, from one fact extraction; the equality with one classifyElder per
 * definition over generated elders is a law in properties.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ASOF, elder, policy } from '../../test/fixtures/elder.js';
import { GuanaiError } from '../errors/index.js';
import { classifyElder } from './classifyElder.js';
import { classifyUnderDefinitions } from './classifyUnderDefinitions.js';
import { parsePolicy } from './parsePolicy.js';

/** Widowed, living alone, no children, recorded 孤寡: S17 counts her, S18 does not. */
const solitary = elder({ household: { children: [], solitary: true } });

describe('classifyUnderDefinitions', () => {
  it('answers 空巢 and the rules reading it under each definition, explained', () => {
    const { emptyNestDefinition: by } = classifyUnderDefinitions(solitary, { asOf: ASOF });
    expect(by.childrenLeftHomeS18.statuses).toEqual({
      emptyNestElder: 'no',
      emptyNestPriority: 'no',
      facilityPriority: 'yes',
    });
    expect(by.closedListS17.statuses.emptyNestElder).toBe('yes');
    expect(by.eitherS18OrS17.statuses.emptyNestElder).toBe('yes');
    expect(by.closedListS17.categories.emptyNestElder.reasons).toEqual([
      { code: 'closed_list_status', status: 'yes', params: { matched: ['solitary'] } },
    ]);
    expect(by.childrenLeftHomeS18.categories.emptyNestElder.reasons.map((r) => r.code)).toEqual([
      'empty_nest_age',
      'children_left_home',
      'alone_or_with_spouse_only',
    ]);
  });

  it('ignores the policy’s own choice and keeps its other readings and citations', () => {
    const local = policy({ emptyNestDefinition: 'closedListS17', advancedAgeThreshold: 70 });
    const cited = parsePolicy({
      ...local,
      citations: { emptyNestElder: { spec: '本县实施方案 第二条' } },
    });
    const compared = classifyUnderDefinitions(solitary, { asOf: ASOF, policy: cited });
    expect(compared.policyId).toBe('test');
    expect(compared.emptyNestDefinition.childrenLeftHomeS18.statuses.emptyNestElder).toBe('no');
    expect(
      compared.emptyNestDefinition.childrenLeftHomeS18.categories.emptyNestElder.citation,
    ).toEqual({ spec: '本县实施方案 第二条' });
  });

  it('throws as classifyElder does for bad options and unvalidated elders', () => {
    const bad = { asOf: '2026-02-30' } as never;
    expect(() => classifyUnderDefinitions(solitary, bad)).toThrow(GuanaiError);
    const broken = { ...solitary, household: null } as never;
    const issuesOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof GuanaiError ? error.issues : error;
      }
      return 'no error';
    };
    const issues = issuesOf(() => classifyUnderDefinitions(broken, { asOf: ASOF }));
    expect(issues).toEqual(issuesOf(() => classifyElder(broken, { asOf: ASOF })));
    expect(issues).toMatchObject([{ path: ['household'] }]);
  });
});

describe('Classification.statuses (one shape with classifyStatuses and classifyLedger)', () => {
  it('is each category’s status, in the order of categories', () => {
    const result = classifyElder(solitary, { asOf: ASOF });
    expect(Object.keys(result.statuses)).toEqual(Object.keys(result.categories));
    for (const [key, category] of Object.entries(result.categories)) {
      expect(result.statuses[key as keyof typeof result.statuses]).toBe(category.status);
    }
  });
});
