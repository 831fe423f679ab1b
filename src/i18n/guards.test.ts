import { describe, expect, it } from 'vitest';
import { GuanaiError, type Issue } from '../errors/index.js';
import { explain, explainClassification } from './explain.js';
import { formatIssue, label } from './format.js';
import { formatPath } from './formatPath.js';
import { reportTable } from './reportTable.js';

const codeOf = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    if (error instanceof GuanaiError) return error.issues.map((one) => `${one.code}@${one.path}`);
    throw error;
  }
  return 'returned';
};

describe('i18n on input it was not made for', () => {
  it('names the allowed locales for an unknown one (was a TypeError)', () => {
    const one = { code: 'phone_format', path: [], params: {} } as Issue;
    expect(codeOf(() => formatIssue(one, { locale: 'zh' as never }))).toEqual([
      'invalid_value@locale',
    ]);
    expect(codeOf(() => label('tri', 'yes', { locale: 'fr' as never }))).toEqual([
      'invalid_value@locale',
    ]);
  });

  it('shows the code of an issue it has no message for, or whose parameters are missing', () => {
    expect(formatIssue({ code: 'from_a_newer_version', path: ['x'], params: {} } as never)).toBe(
      'x：from_a_newer_version',
    );
    expect(formatIssue({ code: 'range_reversed', path: [] } as never)).toBe('range_reversed');
  });

  it('labels an unknown enum or value by the value itself', () => {
    expect(label('noSuchEnum' as never, 'x' as never)).toBe('x');
    expect(label('tri', 'toString' as never)).toBe('toString');
  });

  it('codes a path that is not a list and results not made by the classifier', () => {
    expect(codeOf(() => formatPath('a.b' as never))).toEqual(['invalid_argument@']);
    expect(codeOf(() => explain({ status: 'yes' } as never))).toEqual(['invalid_argument@']);
    expect(codeOf(() => explainClassification({} as never))).toEqual([
      'invalid_argument@categories',
    ]);
    expect(codeOf(() => reportTable('ledger', [{ code: '1' }] as never))).toEqual([
      'invalid_argument@',
    ]);
    expect(codeOf(() => reportTable('other' as never, []))).toEqual(['invalid_value@kind']);
  });
});
