import { errorText } from './errorText.js';
import { foundValue } from './foundValue.js';
import type { Issue } from './issue.js';

/**
 * The brand every GuanaiError carries, by a registry symbol: the same in the ESM and the CJS
 * build, where the two classes differ and `instanceof` cannot see across. @internal
 */
export const GUANAI_ERROR = Symbol.for('guanai.error');

/**
 * Options of {@link GuanaiError}: the error that caused it, and the input the issues' paths lead
 * into, so that the message can show the value found (masked where it is an ID or phone). The
 * input itself is not kept.
 * @category Errors
 */
export interface GuanaiErrorOptions {
  readonly cause?: unknown;
  readonly input?: unknown;
}

/**
 * The one error class guanai throws. It is thrown only for programmer errors (an argument a
 * function cannot accept) or by the throwing `parse` helpers; expected outcomes and bad
 * ledger rows come back as values. The issues are data; `message` says the first in English —
 * where, the value found (resident IDs and phone numbers masked), what was expected — and how
 * many more there are. The same in Chinese is `formatError(error)` from `guanai/i18n`. Test for
 * it with `isGuanaiError`, which also sees errors of the other build (ESM or CJS).
 *
 * @example
 * ```ts
 * try {
 *   parse(Elder, { id: 'E-1', birthDate: '1950-02-30' });
 * } catch (error) {
 *   if (isGuanaiError(error)) console.log(error.message, error.issues[0]?.code);
 * }
 * ```
 * @category Errors
 */
export class GuanaiError extends Error {
  /** Every problem found, each with its code, path and parameters. */
  readonly issues: readonly Issue[];
  /**
   * The value found at each issue's path, as a short masked text for people (`"1950-02-30"`),
   * parallel to `issues`; `undefined` where the thrower gave no input or nothing is there.
   */
  readonly foundValues: readonly (string | undefined)[];

  constructor(issues: readonly Issue[], options: GuanaiErrorOptions = {}) {
    super(undefined, 'cause' in options ? { cause: options.cause } : undefined);
    this.name = 'GuanaiError';
    this.issues = issues;
    this.foundValues = issues.map((one) =>
      'input' in options ? foundValue(options.input, one.path) : undefined,
    );
    Object.defineProperty(this, GUANAI_ERROR, { value: true });
    // Worked out when read: the English catalogue may load after the error is made.
    Object.defineProperty(this, 'message', {
      get: () => errorText(this),
      configurable: true,
      enumerable: false,
    });
  }
}
