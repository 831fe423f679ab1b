import type { Tri } from '../eligibility/index.js';

/**
 * The facts of a pair (safety risk and living difficulty, illness and lost self-care) that
 * have `status`, to name in a sentence; all of them when none has it (inconsistent params).
 * @internal
 */
export function factsWith<T extends string>(facts: Readonly<Record<T, Tri>>, status: Tri): T[] {
  const keys = Object.keys(facts) as T[];
  const matching = keys.filter((key) => facts[key] === status);
  return matching.length > 0 ? matching : keys;
}
