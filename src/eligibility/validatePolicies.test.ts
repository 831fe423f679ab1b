import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { DEFAULT_POLICY } from './defaultPolicy.js';
import type { PolicyInput } from './policy.js';
import { validatePolicies } from './validatePolicies.js';

const shaoxing = (id: string, validFrom: string, validTo?: string): PolicyInput => ({
  id,
  name: `绍兴 ${id}`,
  jurisdiction: '330600',
  validFrom,
  ...(validTo ? { validTo } : {}),
  parameters: { advancedAgeThreshold: 70 },
});

describe('validatePolicies', () => {
  it('accepts consecutive spans per jurisdiction, a late start and an open end', () => {
    const result = validatePolicies([
      DEFAULT_POLICY,
      shaoxing('a', '2023-01-01', '2023-12-31'),
      shaoxing('b', '2024-01-01'),
    ]);
    expect(result.ok && result.value.map((p) => p.id)).toEqual(['guanai-default', 'a', 'b']);
  });

  it('reports overlapping and gapped spans of one jurisdiction, with the later policy’s path', () => {
    const result = validatePolicies([
      shaoxing('b', '2024-06-01', '2024-12-31'),
      shaoxing('a', '2023-01-01', '2024-06-01'),
      shaoxing('c', '2025-03-01'),
    ]);
    expect(result.ok ? [] : result.issues).toEqual([
      {
        code: 'policy_overlap',
        path: [0, 'validFrom'],
        params: { jurisdiction: '330600', first: 'a', second: 'b' },
      },
      {
        code: 'policy_gap',
        path: [2, 'validFrom'],
        params: {
          jurisdiction: '330600',
          after: 'b',
          before: 'c',
          from: '2025-01-01',
          to: '2025-02-28',
        },
      },
    ]);
  });

  it('reports an open-ended policy followed by another as an overlap, and invalid policies by index', () => {
    const result = validatePolicies([
      shaoxing('a', '2023-01-01'),
      shaoxing('b', '2024-01-01'),
      { id: 'x' },
    ]);
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_type', '2.name'],
      ['invalid_type', '2.jurisdiction'],
      ['invalid_type', '2.validFrom'],
      ['policy_overlap', '1.validFrom'],
    ]);
  });

  it('checks stored policies written with effectiveFrom/effectiveTo, pointing at that name', () => {
    const stored = ({ validFrom, validTo, ...rest }: PolicyInput) => ({
      ...rest,
      effectiveFrom: validFrom,
      ...(validTo ? { effectiveTo: validTo } : {}),
    });
    const result = validatePolicies([
      stored(shaoxing('a', '2023-01-01', '2024-06-01')),
      stored(shaoxing('b', '2024-06-01')),
    ]);
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['policy_overlap', '1.effectiveFrom'],
    ]);
    const fixed = validatePolicies([
      stored(shaoxing('a', '2023-01-01', '2024-05-31')),
      shaoxing('b', '2024-06-01'),
    ]);
    expect(fixed.ok && fixed.value.map((p) => [p.validFrom, p.validTo])).toEqual([
      ['2023-01-01', '2024-05-31'],
      ['2024-06-01', undefined],
    ]);
  });
});

describe('contradictory parameters (policy_conflict)', () => {
  const withParameters = (parameters: Record<string, unknown>): PolicyInput => ({
    id: 'p',
    name: 'p',
    jurisdiction: 'national',
    validFrom: '2000-01-01',
    parameters: parameters as PolicyInput['parameters'],
  });
  const issuesOf = (parameters: Record<string, unknown>) => {
    const result = validatePolicies([withParameters(parameters)]);
    return result.ok ? [] : result.issues;
  };

  it('rejects a child age range whose minimum is above its maximum', () => {
    expect(issuesOf({ childAgeRange: { minimum: 14, maximum: 6 } })).toEqual([
      {
        code: 'policy_conflict',
        path: [0, 'parameters', 'childAgeRange', 'maximum'],
        params: { parameter: 'childAgeRange.maximum', other: 'childAgeRange.minimum' },
      },
    ]);
  });

  it('rejects a level counted as both 失能 and 半失能, or 半失能 more severe than 失能', () => {
    expect(
      issuesOf({ disabledLevels: ['severe', 'total'], semiDisabledLevels: ['mild', 'severe'] }),
    ).toEqual([
      {
        code: 'policy_conflict',
        path: [0, 'parameters', 'semiDisabledLevels', 1],
        params: { parameter: 'semiDisabledLevels', other: 'disabledLevels' },
      },
    ]);
    expect(issuesOf({ disabledLevels: ['mild'], semiDisabledLevels: ['total'] })).toHaveLength(1);
  });

  it('rejects 高龄 below the elder minimum age', () => {
    expect(issuesOf({ elderMinimumAge: 65, advancedAgeThreshold: 60 })).toEqual([
      {
        code: 'policy_conflict',
        path: [0, 'parameters', 'advancedAgeThreshold'],
        params: { parameter: 'advancedAgeThreshold', other: 'elderMinimumAge' },
      },
    ]);
  });

  it('rejects intact as a disability level and a value listed twice', () => {
    expect(issuesOf({ disabledLevels: ['intact', 'total'] })[0]).toMatchObject({
      code: 'invalid_value',
      path: [0, 'parameters', 'disabledLevels', 0],
    });
    expect(issuesOf({ awayReasons: ['business', 'business'] })).toEqual([
      {
        code: 'duplicate_value',
        path: [0, 'parameters', 'awayReasons', 1],
        params: { value: 'business' },
      },
    ]);
  });

  it('accepts the default parameters and a consistent local reading', () => {
    expect(issuesOf({})).toEqual([]);
    expect(
      issuesOf({ elderMinimumAge: 60, advancedAgeThreshold: 70, semiDisabledLevels: ['moderate'] }),
    ).toEqual([]);
  });

  it('rejects two policies with one id, and inputs that are not an array', () => {
    const result = validatePolicies([DEFAULT_POLICY, DEFAULT_POLICY]);
    expect(result.ok ? [] : result.issues).toEqual([
      {
        code: 'duplicate_id',
        path: [1, 'id'],
        params: { id: 'guanai-default', firstPath: [0, 'id'] },
      },
    ]);
    expect(() => validatePolicies(null as never)).toThrow(GuanaiError);
  });
});
