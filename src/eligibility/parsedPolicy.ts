import { jsonTypeOf } from '../_lib/jsonTypeOf.js';
import { GuanaiError, type IssuePath, issue, prefixIssues } from '../errors/index.js';
import { safeParse } from '../models/index.js';
import { checkedFormOf, rememberCheckedPolicy } from './checkedPolicies.js';
import { Policy } from './policy.js';

/**
 * A policy argument of a boundary (`selectPolicy`) checked against the schema, once per object:
 * its checked form, with the object remembered as standing for it (so that a classifier given
 * the same object trusts it), or a thrown {@link GuanaiError} with the schema's issues under
 * `path`.
 * @internal
 */
export function parsedPolicy(policy: unknown, path: IssuePath): Policy {
  if (typeof policy !== 'object' || policy === null) {
    throw new GuanaiError([
      issue('invalid_type', path, { expected: 'object', received: jsonTypeOf(policy) }),
    ]);
  }
  const known = checkedFormOf(policy) as Policy | undefined;
  if (known) return known;
  const result = safeParse(Policy, policy);
  if (!result.ok) throw new GuanaiError(prefixIssues(result.issues, path));
  return rememberCheckedPolicy(result.value, policy);
}
