import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type PolicyInput } from './policy.js';
import { validatePolicies } from './validatePolicies.js';

const shaoxing = (id: string, effectiveFrom: string, effectiveTo?: string): PolicyInput => ({
  id,
  name: `绍兴 ${id}`,
  jurisdiction: '330600',
  effectiveFrom,
  ...(effectiveTo ? { effectiveTo } : {}),
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
        path: [0, 'effectiveFrom'],
        params: { jurisdiction: '330600', first: 'a', second: 'b' },
      },
      {
        code: 'policy_gap',
        path: [2, 'effectiveFrom'],
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
      ['invalid_type', '2.effectiveFrom'],
      ['policy_overlap', '1.effectiveFrom'],
    ]);
  });
});
