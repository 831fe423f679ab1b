import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EnumLabels, en, zhCN } from '../i18n/index.js';
import { enumValueOf, labelKey } from './labelIndex.js';

const ENUMS = Object.keys(en.labels) as (keyof EnumLabels)[];

/** The straightforward reading: every key and label of both languages, compared by labelKey. */
function plainValueOf(enumName: keyof EnumLabels, text: string): string | undefined {
  let found: string | undefined;
  for (const labels of [en.labels[enumName], zhCN.labels[enumName]])
    for (const [value, words] of Object.entries(labels as Record<string, string>))
      if (labelKey(value) === labelKey(text) || labelKey(words) === labelKey(text)) found = value;
  return found;
}

describe('enumValueOf', () => {
  it('reads each key, as written or typed otherwise, and each label, as the plain reading does', () => {
    const texts = ENUMS.flatMap((name) =>
      [en.labels[name], zhCN.labels[name]].flatMap((labels) =>
        Object.entries(labels as Record<string, string>).flatMap(([value, words]) => [
          value,
          value.toUpperCase(),
          ` ${value} `,
          words,
        ]),
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...ENUMS),
        fc.oneof(fc.constantFrom(...texts), fc.string({ maxLength: 6 })),
        (name, text) => {
          expect(enumValueOf(name, text)).toBe(plainValueOf(name, text));
        },
      ),
      { numRuns: 3000 },
    );
    expect(enumValueOf('awayReason', 'migrantWork')).toBe('migrantWork');
  });
});
