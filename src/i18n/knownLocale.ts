import { GuanaiError, issue } from '../errors/index.js';
import type { Locale } from './types.js';

const BUILT_IN: readonly Locale[] = ['zh-CN', 'en'];

/**
 * The built-in locale a name stands for; throws {@link GuanaiError} `invalid_value` at
 * `['locale']` for any other value, so a typo ('zh', 'zh_CN') is never a TypeError later.
 * @internal
 */
export function knownLocale(name: unknown): Locale {
  if (typeof name === 'string' && (BUILT_IN as readonly string[]).includes(name)) {
    return name as Locale;
  }
  throw new GuanaiError([issue('invalid_value', ['locale'], { allowed: BUILT_IN })]);
}
