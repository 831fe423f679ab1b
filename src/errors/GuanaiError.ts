import type { Issue } from './issue.js';

/**
 * The one error class guanai throws. It is thrown only for programmer errors (an argument a
 * function cannot accept) or by the throwing `parseX` helpers; expected outcomes and bad
 * ledger rows come back as values. The issues are data: render them with `formatIssue`.
 *
 * @example
 * ```ts
 * try {
 *   parseElder({ id: 'E-1' });
 * } catch (error) {
 *   if (error instanceof GuanaiError) console.log(error.issues[0]?.code);
 * }
 * ```
 * @category Errors
 */
export class GuanaiError extends Error {
  /** Every problem found, each with its code, path and parameters. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[], options?: { cause?: unknown }) {
    super(summarise(issues), options);
    this.name = 'GuanaiError';
    this.issues = issues;
  }
}

function summarise(issues: readonly Issue[]): string {
  const first = issues[0];
  if (!first) return 'guanai: invalid input';
  const where = first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `guanai: ${first.code}${where}${more}`;
}
