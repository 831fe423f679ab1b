import type { IssueCode, IssueParams } from './issueParams.js';

/**
 * Where in the input an issue lies: object keys and array indexes from the root.
 * @category Issues
 */
export type IssuePath = readonly (string | number)[];

/**
 * One problem found in the input, as data: a code, the path to the bad field and the
 * parameters its message needs. Render it with `formatIssue` from `guanai/i18n`.
 *
 * @example
 * ```ts
 * const bad: Issue = { code: 'invalid_plain_date', path: ['birthDate'], params: { value: '1950-02-30' } };
 * ```
 * @category Issues
 */
export type Issue<C extends IssueCode = IssueCode> = {
  [K in C]: { readonly code: K; readonly path: IssuePath; readonly params: IssueParams[K] };
}[C];

/**
 * Build an {@link Issue}, checking the parameters against the code.
 *
 * @example
 * ```ts
 * issue('duplicate_id', [3, 'id'], { id: 'E-1', firstIndex: 0 });
 * ```
 * @category Issues
 */
export function issue<C extends IssueCode>(
  code: C,
  path: IssuePath,
  params: IssueParams[C],
): Issue<C> {
  return { code, path, params } as Issue<C>;
}

/**
 * The same issues with `prefix` put before each path (e.g. a row index in a batch).
 *
 * @example
 * ```ts
 * prefixIssues([issue('invalid_input', ['name'], {})], [7]); // path [7, 'name']
 * ```
 * @category Issues
 */
export function prefixIssues(issues: readonly Issue[], prefix: IssuePath): Issue[] {
  return issues.map((one) => ({ ...one, path: [...prefix, ...one.path] }) as Issue);
}
