import { expectTypeOf, test } from 'vitest';
import type { ReasonParams, Tri } from '../eligibility/index.js';
import type { IssueParams } from '../errors/index.js';
import type { EnumLabels, IssueMessages, ReasonMessages } from './types.js';

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

test('a locale must explain every reason code, with its params and status', () => {
  expectTypeOf<ReasonMessages['away_long_enough']>()
    .parameter(0)
    .toEqualTypeOf<ReasonParams['away_long_enough']>();
  expectTypeOf<ReasonMessages['away_long_enough']>().parameter(1).toEqualTypeOf<Tri>();
  // @ts-expect-error a locale missing a reason does not compile
  const partial: ReasonMessages = { no_entrusted_carer: () => '' };
  void partial;
  // @ts-expect-error every category needs a label
  const category: EnumLabels['category'] = { leftBehindElder: '农村留守老年人' };
  void category;
});
