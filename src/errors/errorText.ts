import type { Issue } from './issue.js';
import { maskIdentifiers } from './maskIdentifiers.js';
import { pathText } from './pathText.js';

/** What an error's message is made from: its issues and the values found at their paths. @internal */
export interface ErrorParts {
  readonly issues: readonly Issue[];
  readonly foundValues: readonly (string | undefined)[];
}

/** What turns an error into its `message`. @internal */
export type ErrorText = (error: ErrorParts) => string;

let english: ErrorText | undefined;

/**
 * Give errors their English sentences. `guanai/i18n` calls this once as it loads (the message
 * catalogue lives there, above every module that throws); the function is the same for every
 * caller and changes no result, only the words of `message`. Returns the one it replaces (tests
 * put it back).
 * @internal
 */
export function useErrorText(render: ErrorText | undefined): ErrorText | undefined {
  const before = english;
  english = render;
  return before;
}

/**
 * The message of an error: the English sentence when `guanai/i18n` is loaded (the root
 * `guanai` import loads it), else the code, path and value found. Either way masked.
 * @internal
 */
export function errorText(error: ErrorParts): string {
  if (english) {
    try {
      return maskIdentifiers(english(error));
    } catch {
      // A message must never throw: fall through to the plain one.
    }
  }
  return maskIdentifiers(plainText(error.issues, error.foundValues));
}

function plainText(issues: readonly Issue[], found: readonly (string | undefined)[]): string {
  const first = issues[0];
  if (!first) return 'invalid input';
  const where = first.path.length > 0 ? `${pathText(first.path)}: ` : '';
  const value = found[0] === undefined ? '' : ` (found ${found[0]})`;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${where}invalid input${value} [${first.code}]${more}`;
}
