/**
 * Bad input to the classifiers: an elder or options never run through the schemas come back
 * as one GuanaiError with paths, never a TypeError, and a misspelt incident is rejected.
 */
import { describe, expect, it } from 'vitest';
import { ASOF, base } from '../../test/fixtures/elder.js';
import { GuanaiError, type Issue } from '../errors/index.js';
import { Elder, parse } from '../models/index.js';
import { classifyElder, classifyStatuses } from './classifyElder.js';
import { DEFAULT_POLICY } from './defaultPolicy.js';
import { parsePolicy, safeParsePolicy } from './parsePolicy.js';
import { Policy } from './policy.js';

const elder = parse(Elder, base());

/** The issues of the GuanaiError `call` throws (failing when it returns or throws anything else). */
function issuesOf(call: () => unknown): readonly Issue[] {
  try {
    call();
  } catch (error) {
    if (error instanceof GuanaiError) return error.issues;
    throw error;
  }
  throw new Error('expected a GuanaiError');
}

describe.each([
  ['classifyElder', classifyElder],
  ['classifyStatuses', classifyStatuses],
] as const)('%s on input not run through the schemas', (_, classify) => {
  it('reports an elder that is not an object', () => {
    for (const bad of [null, undefined, 3, 'E-1', []]) {
      expect(issuesOf(() => classify(bad as never, { asOf: ASOF }))[0]?.code).toBe('invalid_type');
    }
  });

  it('reports the fields of a raw object that break the rules, with their paths', () => {
    const raw = { ...base(), household: undefined, residence: { villageCode: 7 } };
    const issues = issuesOf(() => classify(raw as never, { asOf: ASOF }));
    expect(issues.map((one) => [one.code, one.path])).toEqual(
      expect.arrayContaining([['invalid_type', ['residence', 'villageCode']]]),
    );
  });

  it('reports a child that is not an object at its path', () => {
    const raw = { ...base(), household: { ...(base().household as object), children: [null] } };
    const issues = issuesOf(() => classify(raw as never, { asOf: ASOF }));
    expect(issues[0]).toMatchObject({ code: 'invalid_type', path: ['household', 'children', 0] });
  });

  it('reports options that are not an object, and an asOf that is not a real date', () => {
    expect(issuesOf(() => classify(elder, null as never))[0]).toMatchObject({
      code: 'invalid_argument',
      params: { name: 'options', rule: 'object' },
    });
    expect(issuesOf(() => classify(elder, { asOf: '2026-02-30' as never }))[0]).toEqual({
      code: 'invalid_plain_date',
      path: ['asOf'],
      params: { value: '2026-02-30' },
    });
    expect(issuesOf(() => classify(elder, { asOf: undefined as never }))[0]).toMatchObject({
      code: 'invalid_type',
      path: ['asOf'],
    });
  });

  it('rejects a policy not checked by parsePolicy (policy_unchecked), and accepts it checked', () => {
    const issues = issuesOf(() =>
      classify(elder, { asOf: ASOF, policy: { ...DEFAULT_POLICY, parameters: 5 } as never }),
    );
    expect(issues).toEqual([{ code: 'policy_unchecked', path: ['policy'], params: {} }]);
    expect(() => parsePolicy({ ...DEFAULT_POLICY, parameters: 5 })).toThrow(GuanaiError);
    const raw = { id: 'p', name: 'p', jurisdiction: 'national', validFrom: '2000-01-01' };
    expect(issuesOf(() => classify(elder, { asOf: ASOF, policy: raw as never }))).toEqual([
      { code: 'policy_unchecked', path: ['policy'], params: {} },
    ]);
    expect(issuesOf(() => classify(elder, { asOf: ASOF, policy: 5 as never }))[0]).toMatchObject({
      code: 'invalid_type',
      path: ['policy'],
    });
    expect(classify(elder, { asOf: ASOF, policy: parsePolicy(raw) }).policyId).toBe('p');
    const checked = safeParsePolicy(raw);
    expect(checked.ok && classify(elder, { asOf: ASOF, policy: checked.value }).policyId).toBe('p');
    expect(classify(elder, { asOf: ASOF, policy: Policy.parse(raw) }).policyId).toBe('p');
  });

  it('rejects a misspelt incident kind, listing the allowed ones', () => {
    const issues = issuesOf(() =>
      classify(elder, { asOf: ASOF, incidents: ['criticalIlness'] as never }),
    );
    expect(issues).toEqual([
      {
        code: 'invalid_value',
        path: ['incidents', 0],
        params: {
          allowed: [
            'wanderingOrBegging',
            'illegalInfringement',
            'criticalIllness',
            'severeMentalIllness',
            'majorDifficulty',
          ],
        },
      },
    ]);
    expect(
      issuesOf(() => classify(elder, { asOf: ASOF, incidents: 'x' as never }))[0],
    ).toMatchObject({ code: 'invalid_type', path: ['incidents'] });
  });
});

describe('a misspelt incident never triggers an immediate report', () => {
  it('a valid kind still does', () => {
    const result = classifyElder(elder, { asOf: ASOF, incidents: ['criticalIllness'] });
    expect(result.categories.immediateReport.status).toBe('yes');
  });
});
