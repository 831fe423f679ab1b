/**
 * Shared explanations (frozen conditions and results built once, see sharedResults.ts) against
 * fresh ones: a result must not depend on which elders were classified before it, nor on
 * whether its policy's caches are warm, and what is shared must be frozen and plain.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Elder, plainDate } from '../models/index.js';
import { generateSampleCounty } from '../sample/index.js';
import { CATEGORY_KEYS } from './categoryKeys.js';
import { classifyElder } from './classifyElder.js';
import { DEFAULT_POLICY } from './defaultPolicy.js';
import { Policy } from './policy.js';

const POOL: readonly Elder[] = generateSampleCounty({ seed: 11, elders: 200 }).elders;
const asOf = plainDate('2026-06-30');

/** A policy object never seen before: its caches start cold. */
function freshPolicy(overrides: Record<string, unknown> = {}): Policy {
  const raw = structuredClone(DEFAULT_POLICY) as unknown as Record<string, unknown>;
  const parameters = { ...(raw.parameters as Record<string, unknown>), ...overrides };
  return Policy.parse({ ...raw, parameters });
}

const parameterArb = fc.record(
  {
    semiDisabledCountsAsDisabled: fc.boolean(),
    thresholdsInclusive: fc.boolean(),
    riskJoin: fc.constantFrom('and', 'or'),
    illnessJoin: fc.constantFrom('and', 'or'),
    advancedAgeThreshold: fc.constantFrom(70, 80),
    povertyStatuses: fc.constantFrom(null, ['povertyRegistered', 'povertyMonitoring']),
  },
  { requiredKeys: [] },
);

describe('shared explanations', () => {
  it('equal a fresh classification, whatever was classified before and under any policy object', () => {
    const index = fc.integer({ min: 0, max: POOL.length - 1 });
    fc.assert(
      fc.property(index, fc.array(index, { maxLength: 5 }), parameterArb, (at, before, params) => {
        const elder = POOL[at] as Elder;
        const policy = freshPolicy(params);
        // First under a cold policy object, then after other elders warmed the caches.
        const cold = structuredClone(classifyElder(elder, { asOf, policy }));
        for (const other of before) classifyElder(POOL[other] as Elder, { asOf, policy });
        const warm = classifyElder(elder, { asOf, policy });
        expect(warm).toEqual(cold);
        expect(JSON.stringify(warm)).toBe(JSON.stringify(cold));
        // Another object with the same parameters: the same explanations.
        expect(classifyElder(elder, { asOf, policy: freshPolicy(params) })).toEqual(warm);
      }),
      { numRuns: 150 },
    );
  });

  it('are frozen where shared and survive structuredClone as plain data', () => {
    const results = POOL.slice(0, 50).map((elder) => classifyElder(elder, { asOf }));
    for (const result of results) {
      expect(structuredClone(result)).toEqual(result);
      for (const key of CATEGORY_KEYS) {
        const category = result.categories[key];
        // A result seen twice is shared: then it, its lists and its reasons are frozen.
        const shared = results.some((r) => r !== result && r.categories[key] === category);
        if (!shared) continue;
        expect(Object.isFrozen(category)).toBe(true);
        expect(Object.isFrozen(category.reasons)).toBe(true);
        expect(Object.isFrozen(category.missing)).toBe(true);
        for (const reason of category.reasons) expect(Object.isFrozen(reason)).toBe(true);
      }
    }
    // Most elders share most categories' results (the point of sharing them).
    const first = results[0];
    const sharedCount = CATEGORY_KEYS.filter((key) =>
      results.some((r) => r !== first && r.categories[key] === first?.categories[key]),
    ).length;
    expect(sharedCount).toBeGreaterThan(5);
  });
});
