import { type ExplanationOptions, explanationData } from './explanationData.js';

/** A list element and what follows it: `household.children` `[1]` `.awaySince`. */
const ELEMENT = /^([^[]+)\[(\d+)\](?:\.(.+))?$/;

/** The table's own entry (never Object.prototype's). */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * A fact path of `CategoryResult.missing` in words: whole paths (`birthDate` → 出生日期), list
 * elements counted from 1 (`household.children[1]` → 第2名子女) and their fields
 * (`household.children[1].awaySince` → 第2名子女外出时间). A path the locale has no words for
 * is returned as it is, so that nothing is lost.
 *
 * @example
 * ```ts
 * formatFactPath('household.children[1].awaySince'); // '第2名子女外出时间'
 * formatFactPath('household.children[1].awaySince', { locale: 'en' }); // 'child 2: date of leaving'
 * formatFactPath('birthDate', { locale: 'en' }); // 'date of birth'
 * formatFactPath('extensions.x'); // 'extensions.x'
 * ```
 * @category Formatting
 */
export function formatFactPath(path: string, options: ExplanationOptions = {}): string {
  const words = explanationData(options).explanation;
  const whole = own(words.facts, path);
  if (whole !== undefined) return whole;
  const [, list = '', index = '', rest] = ELEMENT.exec(path) ?? [];
  const item = own(words.items, list)?.(Number(index) + 1);
  if (item === undefined) return path;
  if (rest === undefined) return item;
  const field = own(words.fields, rest);
  return field === undefined ? path : words.field(item, field);
}
