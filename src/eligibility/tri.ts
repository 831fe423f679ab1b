/**
 * A three-valued answer: decided `yes` or `no`, or `unknown` while the ledger lacks a fact.
 * Combined with Kleene's logic, so that adding a missing fact can decide an `unknown` but can
 * never undo a decided answer.
 * @category Eligibility
 */
export type Tri = 'yes' | 'no' | 'unknown';

/** `yes` for true, `no` for false, `unknown` for undefined. @internal */
export function triOf(value: boolean | undefined): Tri {
  return value === undefined ? 'unknown' : value ? 'yes' : 'no';
}

/** Kleene conjunction: `no` wins, then `unknown`. @internal */
export function allOf(statuses: readonly Tri[]): Tri {
  let result: Tri = 'yes';
  for (const status of statuses) {
    if (status === 'no') return 'no';
    if (status === 'unknown') result = 'unknown';
  }
  return result;
}

/** Kleene disjunction: `yes` wins, then `unknown`. @internal */
export function anyOf(statuses: readonly Tri[]): Tri {
  let result: Tri = 'no';
  for (const status of statuses) {
    if (status === 'yes') return 'yes';
    if (status === 'unknown') result = 'unknown';
  }
  return result;
}
