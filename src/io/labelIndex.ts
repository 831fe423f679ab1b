import { toHalfWidth } from '../_lib/halfWidth.js';
import { type EnumLabels, en, zhCN } from '../i18n/index.js';
import { type LedgerLanguage, localeOf } from './language.js';

const indexes = new Map<keyof EnumLabels, ReadonlyMap<string, string>>();

/** Half-width, lower-case, no spaces: how a typed label, key or heading is compared. @internal */
export const labelKey = (text: string): string =>
  toHalfWidth(text).replace(/\s+/g, '').toLowerCase();

/**
 * The enum value a cell names by its key, its zh-CN label or its en label (built once per enum).
 * @internal
 */
export function enumValueOf(enumName: keyof EnumLabels, text: string): string | undefined {
  let index = indexes.get(enumName);
  if (!index) {
    const built = new Map<string, string>();
    for (const labels of [en.labels[enumName], zhCN.labels[enumName]]) {
      for (const [value, words] of Object.entries(labels as Readonly<Record<string, string>>)) {
        built.set(labelKey(value), value);
        built.set(labelKey(words), value);
      }
    }
    // Each value as written (migrantWork, as JSON cells give it) found at once too, with what
    // its key finds, so a value needs no key made; `has` first: a text already in the index
    // keeps its own answer.
    for (const value of Object.keys(en.labels[enumName] as object)) {
      const found = built.get(labelKey(value));
      if (!built.has(value) && found !== undefined) built.set(value, found);
    }
    index = built;
    indexes.set(enumName, index);
  }
  // Most cells hold a label as written (外出务工, son): found as they are, no key made.
  return index.get(text) ?? index.get(labelKey(text));
}

/** The labels of an enum in a language, for messages that list what a cell may hold. @internal */
export function labelsOf(enumName: keyof EnumLabels, language: LedgerLanguage): string[] {
  return Object.values(localeOf(language).labels[enumName] as Readonly<Record<string, string>>);
}
