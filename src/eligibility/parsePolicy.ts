import type { Result } from '../errors/index.js';
import { parse, safeParse } from '../models/index.js';
import { Policy } from './policy.js';

/**
 * Check a policy written as data (a file, a form, a spread of `DEFAULT_POLICY` with other
 * parameters) and give its checked form, which every classifier accepts. The classifiers run
 * no schema: they take only `DEFAULT_POLICY` and policies checked here (or by `Policy.parse`,
 * `safeParsePolicy`, `validatePolicies` or `selectPolicy`); any other object is
 * `policy_unchecked`. Throws {@link errors!GuanaiError} with the schema's issues.
 *
 * @example
 * ```ts
 * const policy = parsePolicy({
 *   ...DEFAULT_POLICY,
 *   parameters: { ...DEFAULT_POLICY.parameters, advancedAgeThreshold: 70 },
 * });
 * classifyElder(elder, { asOf, policy });
 * ```
 * @category Policies
 */
export function parsePolicy(input: unknown): Policy {
  return parse(Policy, input);
}

/**
 * {@link parsePolicy} without throwing: the checked policy, or the schema's issues.
 *
 * @example
 * ```ts
 * const result = safeParsePolicy(JSON.parse(text));
 * if (result.ok) classifyElder(elder, { asOf, policy: result.value });
 * else console.error(result.issues);
 * ```
 * @category Policies
 */
export function safeParsePolicy(input: unknown): Result<Policy> {
  return safeParse(Policy, input);
}
