import { GuanaiError, type Issue, issue, prefixIssues, type Result } from '../errors/index.js';
import { addDays, safeParse } from '../models/index.js';
import { Policy } from './policy.js';

/** A valid policy, where it was in the list, and the name its start was written under. */
interface Entry {
  readonly policy: Policy;
  readonly index: number;
  readonly from: 'validFrom' | 'effectiveFrom';
}

/** Issues point at the field as written: a stored policy may still name its start `effectiveFrom`. */
function startField(input: unknown): Entry['from'] {
  return (input as { validFrom?: unknown }).validFrom === undefined ? 'effectiveFrom' : 'validFrom';
}

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
  const valid: Entry[] = [];
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
    valid.push({ policy: parsed.value, index, from: startField(input) });
  });
  const byJurisdiction = new Map<string, Entry[]>();
  for (const entry of valid) {
    byJurisdiction.set(entry.policy.jurisdiction, [
      ...(byJurisdiction.get(entry.policy.jurisdiction) ?? []),
      entry,
    ]);
  }
  for (const [jurisdiction, list] of byJurisdiction) {
    const sorted = [...list].sort((a, b) => (a.policy.validFrom < b.policy.validFrom ? -1 : 1));
    sorted.forEach(({ policy: next, index, from }, i) => {
      const previous = sorted[i - 1]?.policy;
      if (!previous) return;
      const path = [index, from];
      if (previous.validTo === undefined || previous.validTo >= next.validFrom) {
        issues.push(
          issue('policy_overlap', path, { jurisdiction, first: previous.id, second: next.id }),
        );
      } else if (addDays(previous.validTo, 1) < next.validFrom) {
        const gap = { from: addDays(previous.validTo, 1), to: addDays(next.validFrom, -1) };
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
