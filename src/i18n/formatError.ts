import {
  type ErrorParts,
  GuanaiError,
  isGuanaiError,
  issue,
  maskIdentifiers,
  useErrorText,
} from '../errors/index.js';
import { en } from './en.js';
import { type FormatOptions, formatIssue, localeData } from './format.js';

/**
 * What a `GuanaiError` says, in a locale (zh-CN by default): its first issue — where, what
 * is wrong and expected, the value found — its code in brackets, and how many more issues
 * follow. Resident ID and phone numbers are masked. `error.message` is this in English.
 *
 * @example
 * ```ts
 * try {
 *   parse(Elder, { ...elder, birthDate: '1950-02-30' });
 * } catch (error) {
 *   if (isGuanaiError(error)) console.log(formatError(error));
 *   // 'birthDate：“1950-02-30”不是有效日期（应为 YYYY-MM-DD，且该日存在） [invalid_plain_date]'
 * }
 * ```
 * @category Formatting
 */
export function formatError(error: GuanaiError, options: FormatOptions = {}): string {
  if (!isGuanaiError(error)) {
    throw new GuanaiError([issue('invalid_argument', [], { name: 'error', rule: 'object' })]);
  }
  return maskIdentifiers(errorSentence(error, options));
}

function errorSentence(error: ErrorParts, options: FormatOptions): string {
  const data = localeData(options);
  const words = data.error ?? en.error;
  const first = error.issues[0];
  if (!first) return data.issues.invalid_input({});
  const found = error.foundValues[0];
  // A message that quotes the value already needs it no second time.
  const showFound = found !== undefined && !Object.hasOwn(first.params, 'value');
  const more = error.issues.length - 1;
  return [
    formatIssue(first, options),
    showFound && words ? words.found(found) : '',
    ` [${first.code}]`,
    more > 0 && words ? words.more(more) : '',
  ].join('');
}

// `message` of every GuanaiError is this sentence in English once i18n is loaded (see useErrorText).
useErrorText((error) => errorSentence(error, { locale: 'en' }));
