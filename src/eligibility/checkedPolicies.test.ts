import { describe, expect, it } from 'vitest';
import { ASOF, elder } from '../../test/fixtures/elder.js';
import { GuanaiError, type Issue } from '../errors/index.js';
import { classifyChild, classifyChildUnderDefinitions } from './classifyChild.js';
import { classifyElder, classifyStatuses } from './classifyElder.js';
import { classifyLedger } from './classifyLedger.js';
import { classifyUnderDefinitions } from './classifyUnderDefinitions.js';
import { DEFAULT_PARAMETERS } from './defaultParameters.js';
import { DEFAULT_POLICY } from './defaultPolicy.js';
import { parsePolicy, safeParsePolicy } from './parsePolicy.js';
import { Policy, PolicyParameters } from './policy.js';
import { selectPolicy } from './selectPolicy.js';
import { validatePolicies } from './validatePolicies.js';

function issuesOf(run: () => unknown): readonly Issue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof GuanaiError) return error.issues;
    throw error;
  }
  return [];
}

const written = {
  id: 'sx',
  name: '绍兴',
  jurisdiction: 'national',
  validFrom: '2000-01-01',
  parameters: { advancedAgeThreshold: 70 },
};

/** Every classifier, called with only the policy varying. */
const CLASSIFIERS: Record<string, (policy: unknown) => unknown> = {
  classifyElder: (policy) => classifyElder(elder(), { asOf: ASOF, policy: policy as never }),
  classifyStatuses: (policy) => classifyStatuses(elder(), { asOf: ASOF, policy: policy as never }),
  classifyUnderDefinitions: (policy) =>
    classifyUnderDefinitions(elder(), { asOf: ASOF, policy: policy as never }),
  classifyLedger: (policy) => classifyLedger([elder()], { asOf: ASOF, policy: policy as never }),
  classifyChild: (policy) => classifyChild({} as never, { asOf: ASOF, policy: policy as never }),
  classifyChildUnderDefinitions: (policy) =>
    classifyChildUnderDefinitions({} as never, { asOf: ASOF, policy: policy as never }),
};

describe('checked policies', () => {
  it('DEFAULT_POLICY is what the schema makes of its id, name, jurisdiction and start', () => {
    const { id, name, jurisdiction, validFrom } = DEFAULT_POLICY;
    expect(parsePolicy({ id, name, jurisdiction, validFrom })).toEqual(DEFAULT_POLICY);
    expect(PolicyParameters.parse({})).toEqual(DEFAULT_PARAMETERS);
    expect(structuredClone(DEFAULT_POLICY)).toEqual(DEFAULT_POLICY);
  });

  it.each(Object.entries(CLASSIFIERS))('%s rejects an unchecked policy at policy', (_, run) => {
    const unchecked = { ...DEFAULT_POLICY, parameters: { ...DEFAULT_POLICY.parameters } };
    expect(issuesOf(() => run(unchecked))).toEqual([
      { code: 'policy_unchecked', path: ['policy'], params: {} },
    ]);
    expect(issuesOf(() => run(structuredClone(parsePolicy(written))))[0]?.code).toBe(
      'policy_unchecked',
    );
    expect(issuesOf(() => run('national'))[0]).toMatchObject({
      code: 'invalid_type',
      path: ['policy'],
    });
  });

  it.each(Object.entries(CLASSIFIERS).filter(([name]) => !name.startsWith('classifyChild')))(
    '%s takes a policy from any checking boundary',
    (_, run) => {
      const result = safeParsePolicy(written);
      const [fromList] = validatePolicies([written]).ok
        ? (validatePolicies([written]) as { value: Policy[] }).value
        : [];
      for (const policy of [
        DEFAULT_POLICY,
        parsePolicy(written),
        Policy.parse(written),
        result.ok ? result.value : undefined,
        fromList,
      ]) {
        expect(policy).toBeDefined();
        expect(() => run(policy)).not.toThrow();
        if (policy === DEFAULT_POLICY) continue;
        // The written threshold, not the default, is what the classifiers read.
        expect(policy?.parameters.advancedAgeThreshold).toBe(70);
        expect(classifyElder(elder(), { asOf: ASOF, policy: policy as Policy }).policyId).toBe(
          'sx',
        );
      }
    },
  );

  it('trusts the very object selectPolicy checked, under its checked form', () => {
    // Written without parameters: the classifier must use what the schema made of it (every
    // default), not the object as written.
    const old = { id: 'old', name: 'old', jurisdiction: 'national', validFrom: '2000-01-01' };
    const chosen = selectPolicy([old as never], { region: '530325101203' as never, asOf: ASOF });
    expect(chosen).toEqual(parsePolicy(old));
    const expected = classifyElder(elder(), { asOf: ASOF, policy: parsePolicy(old) });
    for (const policy of [chosen as Policy, old as never]) {
      const result = classifyElder(elder(), { asOf: ASOF, policy });
      expect(result.policyId).toBe('old');
      expect(result).toEqual(expected);
    }
  });

  it('freezes what it trusts, so a checked policy cannot change under the classifiers', () => {
    const policy = parsePolicy(written);
    for (const frozen of [
      policy,
      policy.parameters,
      policy.parameters.awayReasons,
      DEFAULT_POLICY,
    ]) {
      expect(Object.isFrozen(frozen)).toBe(true);
    }
    expect(() => {
      (policy.parameters as { advancedAgeThreshold: number }).advancedAgeThreshold = 90;
    }).toThrow(TypeError);
    expect(policy.parameters.advancedAgeThreshold).toBe(70);
  });

  it('names the fix in both locales', async () => {
    const { formatIssue } = await import('../i18n/index.js');
    const issue = { code: 'policy_unchecked', path: ['policy'], params: {} } as Issue;
    expect(formatIssue(issue, { locale: 'en' })).toContain('parsePolicy');
    expect(formatIssue(issue, { locale: 'zh-CN' })).toContain('parsePolicy');
  });
});
