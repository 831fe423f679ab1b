import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatError } from '../i18n/index.js';
import { Elder, maskPhoneNumber, maskResidentId, PhoneNumber, parse } from '../models/index.js';
import { GuanaiError, isGuanaiError, issue, maskIdentifiers, useErrorText } from './index.js';

const ID = '110105194912310021';
const MOBILE = '13800138000';

function thrown(run: () => unknown): GuanaiError {
  try {
    run();
  } catch (error) {
    if (isGuanaiError(error)) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('GuanaiError message, with guanai/i18n loaded', () => {
  it('says where, what is wrong and expected, the code and how many more', () => {
    const error = new GuanaiError([
      issue('invalid_plain_date', ['elders', 3, 'birthDate'], { value: '1950-02-30' }),
      issue('invalid_input', [], {}),
      issue('invalid_input', [], {}),
    ]);
    expect(error.message).toBe(
      'elders[3].birthDate: "1950-02-30" is not a valid date (YYYY-MM-DD, a day that exists) [invalid_plain_date] (and 2 more)',
    );
    expect(String(error.stack).split('\n')[0]).toBe(`GuanaiError: ${error.message}`);
  });

  it('shows the value found when the thrower gave the input', () => {
    const error = thrown(() => parse(Elder, { id: 'E-1', name: 42 }));
    expect(error.foundValues[0]).toBe('42');
    expect(error.message).toMatch(
      /^name: Expected string, got number \(found 42\) \[invalid_type\] \(and \d+ more\)$/,
    );
  });

  it('has no "and more" for one issue, and no place for an empty path', () => {
    expect(new GuanaiError([issue('zero_not_allowed', [], {})]).message).toBe(
      'Must not be 0 [zero_not_allowed]',
    );
    expect(new GuanaiError([]).message).toBe('Invalid input');
  });

  it('is one call away in Chinese', () => {
    const error = new GuanaiError([
      issue('invalid_plain_date', ['birthDate'], { value: '1950-02-30' }),
      issue('invalid_input', [], {}),
    ]);
    expect(formatError(error)).toBe(
      'birthDate：“1950-02-30”不是有效日期（应为 YYYY-MM-DD，且该日存在） [invalid_plain_date]（另有 1 处问题）',
    );
    expect(formatError(error, { locale: 'en' })).toBe(error.message);
    expect(() => formatError(new Error('x') as never)).toThrow(GuanaiError);
  });
});

describe('resident IDs and phone numbers never show whole', () => {
  it('masks a value found under a sensitive field, valid or not', () => {
    const error = thrown(() =>
      parse(Elder, { id: 'E-1', name: 'x', residentId: `${ID.slice(0, 17)}5`, phone: 13800138000 }),
    );
    const shown = [error.message, formatError(error), ...error.foundValues].join('\n');
    expect(shown).not.toContain(ID.slice(0, 17));
    expect(shown).not.toContain(MOBILE);
    expect(error.foundValues).toContain('"110105********0025"');
    expect(error.foundValues).toContain('138****8000');
  });

  it('hides a short value under a sensitive field whole', () => {
    const error = new GuanaiError([issue('phone_format', ['phone'], {})], {
      input: { phone: '12345' },
    });
    expect(error.foundValues).toEqual(['"*****"']);
  });

  it('masks IDs and phones that reached an issue parameter', () => {
    const error = new GuanaiError([issue('child_row_unmatched', [4], { key: ID })]);
    expect(error.message).toContain('110105********0021');
    expect(error.message).not.toContain(ID);
    expect(formatError(error)).not.toContain(ID);
  });

  it('masks as maskResidentId and maskPhoneNumber do, and leaves division codes and dates', () => {
    expect(maskIdentifiers(`id ${ID}.`)).toBe(`id ${maskResidentId(ID as never)}.`);
    expect(maskIdentifiers('11010519491231002X')).toBe('110105********002X');
    for (const phone of ['13800138000', '01065123456', '087165123456']) {
      const parsed = PhoneNumber.parse(phone);
      expect(maskIdentifiers(parsed)).toBe(maskPhoneNumber(parsed));
    }
    expect(maskIdentifiers('530326101000 530325 1950-02-30 E-000001')).toBe(
      '530326101000 530325 1950-02-30 E-000001',
    );
  });

  it('never lets a run of 13 or more digits, an 11-digit mobile or an 18-character ID through (property)', () => {
    const digits = (min: number, max: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
    const secret = fc.oneof(
      digits(13, 20),
      digits(9, 9).map((rest) => `13${rest}`),
      digits(17, 17).map((rest) => `${rest}X`),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), secret, fc.string({ maxLength: 8 }), (a, s, b) => {
        const error = new GuanaiError(
          [issue('cell_format', ['x'], { expected: 'json', value: s })],
          {
            input: { x: `${a}${s}${b}` },
          },
        );
        expect(error.message).not.toContain(s);
        expect(formatError(error)).not.toContain(s);
      }),
    );
  });
});

describe('GuanaiError message without guanai/i18n', () => {
  let english: ReturnType<typeof useErrorText>;
  beforeEach(() => {
    english = useErrorText(undefined);
  });
  afterEach(() => {
    useErrorText(english);
  });

  it('still says where, the value found (masked) and the code', () => {
    const error = new GuanaiError(
      [issue('phone_format', ['elders', 0, 'phone'], {}), issue('invalid_input', [], {})],
      { input: { elders: [{ phone: MOBILE }] } },
    );
    expect(error.message).toBe(
      'elders[0].phone: invalid input (found "138****8000") [phone_format] (and 1 more)',
    );
  });

  it('falls back to it when the renderer throws', () => {
    useErrorText(() => {
      throw new Error('broken locale');
    });
    expect(new GuanaiError([issue('invalid_input', ['a'], {})]).message).toBe(
      'a: invalid input [invalid_input]',
    );
  });
});

describe('isGuanaiError', () => {
  it('recognises guanai errors by their brand, not by their class', () => {
    const error = new GuanaiError([issue('invalid_input', [], {})]);
    expect(isGuanaiError(error)).toBe(true);
    expect(error instanceof GuanaiError).toBe(true);
    // An error of the other build: another class with the same registry brand.
    const other = Object.defineProperty(new Error('x'), Symbol.for('guanai.error'), {
      value: true,
    });
    expect(isGuanaiError(other)).toBe(true);
    for (const value of [new Error('x'), null, undefined, 'GuanaiError', { name: 'GuanaiError' }])
      expect(isGuanaiError(value)).toBe(false);
  });

  it('keeps the cause and no copy of the input', () => {
    const cause = new TypeError('inner');
    const error = new GuanaiError([issue('invalid_input', ['a'], {})], {
      cause,
      input: { a: ID },
    });
    expect(error.cause).toBe(cause);
    expect(JSON.stringify(error)).not.toContain(ID);
    expect(Object.keys(error).sort()).toEqual(['foundValues', 'issues', 'name']);
  });
});
