import { expectTypeOf, test } from 'vitest';
import type { IssueParams } from '../errors/index.js';
import type { EnumLabels, IssueMessages } from './types.js';

test('a locale must translate every issue code with its own params', () => {
  expectTypeOf<IssueMessages['resident_id_checksum']>()
    .parameter(0)
    .toEqualTypeOf<IssueParams['resident_id_checksum']>();
  // @ts-expect-error a locale missing a message does not compile
  const partial: IssueMessages = { phone_format: () => '' };
  void partial;
});

test('a label table must cover every enum value', () => {
  // @ts-expect-error a missing sex label does not compile
  const sex: EnumLabels['sex'] = { male: '男' };
  void sex;
  expectTypeOf<keyof EnumLabels['abilityLevel']>().toEqualTypeOf<
    'intact' | 'mild' | 'moderate' | 'severe' | 'total'
  >();
});
