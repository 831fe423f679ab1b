import { GuanaiError, type Issue, issue, prefixIssues, type Result } from '../errors/index.js';
import { addDays, safeParse } from '../models/index.js';
import { Policy } from './policy.js';

/**
 * Check a list of policies before use: each one valid, and for every jurisdiction the spans one
 * after another with no day covered twice (`policy_overlap`) and no day uncovered between two
 * (`policy_gap`). A jurisdiction may start late or end early: before its first and after its
 * last policy, the policy of the next wider jurisdiction applies (see `selectPolicy`). Each
 * policy's parameters must agree with each other (`policy_conflict`, see `PolicyParameters`),
 * and two policies may not share an id (`duplicate_id`). Throws {@link errors!GuanaiError}
 * (`invalid_argument`, rule `array`) only when `inputs` is not an array.
 *
 * @example
 * ```ts
 * const result = validatePolicies([DEFAULT_POLICY, shaoxing2023, shaoxing2024]);
 * if (!result.ok) console.log(result.issues.map((i) => formatIssue(i)));
 * ```
 * @category Policies
 */
export function validatePolicies(inputs: readonly unknown[]): Result<Policy[]> {
  if (!Array.isArray(inputs)) {
    throw new GuanaiError([issue('invalid_argument', [], { name: 'inputs', rule: 'array' })]);
  }
  const issues: Issue[] = [];
  const valid: { policy: Policy; index: number }[] = [];
  const firstIndexById = new Map<string, number>();
  inputs.forEach((input, index) => {
    const parsed = safeParse(Policy, input);
    if (!parsed.ok) {
      issues.push(...prefixIssues(parsed.issues, [index]));
      return;
    }
    const { id } = parsed.value;
    const firstIndex = firstIndexById.get(id);
    if (firstIndex !== undefined) {
      issues.push(issue('duplicate_id', [index, 'id'], { id, firstPath: [firstIndex, 'id'] }));
      return;
    }
    firstIndexById.set(id, index);
    valid.push({ policy: parsed.value, index });
  });
  const byJurisdiction = new Map<string, { policy: Policy; index: number }[]>();
  for (const entry of valid) {
    byJurisdiction.set(entry.policy.jurisdiction, [
      ...(byJurisdiction.get(entry.policy.jurisdiction) ?? []),
      entry,
    ]);
  }
  for (const [jurisdiction, list] of byJurisdiction) {
    const sorted = [...list].sort((a, b) =>
      a.policy.effectiveFrom < b.policy.effectiveFrom ? -1 : 1,
    );
    sorted.forEach(({ policy: next, index }, i) => {
      const previous = sorted[i - 1]?.policy;
      if (!previous) return;
      const path = [index, 'effectiveFrom'];
      if (previous.effectiveTo === undefined || previous.effectiveTo >= next.effectiveFrom) {
        issues.push(
          issue('policy_overlap', path, { jurisdiction, first: previous.id, second: next.id }),
        );
      } else if (addDays(previous.effectiveTo, 1) < next.effectiveFrom) {
        const gap = { from: addDays(previous.effectiveTo, 1), to: addDays(next.effectiveFrom, -1) };
        issues.push(
          issue('policy_gap', path, { jurisdiction, after: previous.id, before: next.id, ...gap }),
        );
      }
    });
  }
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, value: valid.map(({ policy }) => policy) };
}
