import { expectTypeOf, test } from 'vitest';
import { formatError } from '../i18n/index.js';
import { GuanaiError, type GuanaiErrorOptions, type Issue, isGuanaiError } from './index.js';

test('isGuanaiError narrows unknown to GuanaiError', () => {
  const caught: unknown = undefined;
  if (isGuanaiError(caught)) {
    expectTypeOf(caught).toEqualTypeOf<GuanaiError>();
    expectTypeOf(caught.issues).toEqualTypeOf<readonly Issue[]>();
    expectTypeOf(caught.foundValues).toEqualTypeOf<readonly (string | undefined)[]>();
  }
});

test('GuanaiError takes issues and options; formatError an error and format options', () => {
  expectTypeOf(GuanaiError).constructorParameters.toEqualTypeOf<
    [issues: readonly Issue[], options?: GuanaiErrorOptions | undefined]
  >();
  expectTypeOf(formatError).parameter(0).toEqualTypeOf<GuanaiError>();
  expectTypeOf(formatError).returns.toEqualTypeOf<string>();
});
