import { describe, expect, it } from 'vitest';
import { type Issue, type IssueCode, type IssueParams, issue } from '../errors/index.js';
import { en } from './en.js';
import { formatIssue, formatRowIssue, issueCodes, label } from './format.js';
import { formatPath } from './formatPath.js';
import type { EnumLabels } from './types.js';
import { zhCN } from './zh-CN.js';

/** One example per code; the mapped type makes a new code without an example a compile error. */
const EXAMPLES: { readonly [C in IssueCode]: IssueParams[C] } = {
  invalid_type: { expected: 'string', received: 'number' },
  too_small: { origin: 'number', minimum: 0, inclusive: true },
  too_big: { origin: 'string', maximum: 50, inclusive: true },
  invalid_format: { format: 'regex' },
  invalid_value: { allowed: ['rural', 'urban'] },
  unrecognized_keys: { keys: ['birthday'] },
  invalid_union: {},
  not_multiple_of: { divisor: 5 },
  invalid_input: {},
  invalid_plain_date: { value: '2023-02-29' },
  invalid_time_of_day: { value: '24:00' },
  invalid_plain_date_time: { value: '2026-10-01 09:00' },
  range_reversed: { from: '2026-05-01', to: '2026-04-30' },
  date_after_as_of: { date: '2026-12-01', asOf: '2026-11-28' },
  holiday_date_outside_year: { date: '2025-10-01', year: 2027 },
  makeup_workday_not_weekend: { date: '2027-02-03' },
  holiday_overlap: { date: '2026-10-01' },
  lunar_date_invalid: { year: 2026, month: 12, day: 30, isLeapMonth: false },
  lunar_date_out_of_range: { date: '1899-12-31', first: '1900-01-31', last: '2101-01-28' },
  lunar_year_out_of_range: { year: 2101, first: 1900, last: 2100 },
  resident_id_format: { length: 16 },
  resident_id_checksum: { expected: 'X', actual: '1' },
  resident_id_birth_date: { digits: '19490230' },
  birth_date_mismatch: { birthDate: '1949-12-30', fromResidentId: '1949-12-31' },
  sex_mismatch: { sex: 'male', fromResidentId: 'female' },
  phone_format: {},
  region_code_format: { value: '5303' },
  region_code_level: { expected: ['village'], actual: 'county' },
  region_outside_parent: { code: '530326101000', parent: '530325' },
  duplicate_id: { id: 'E-000001', firstPath: [0, 'id'] },
  unknown_reference: { kind: 'caregiver', id: 'C-9' },
  living_arrangement_conflict: { livingArrangement: 'alone', fact: 'spouse.livesWithElder' },
  child_facts_conflict: { fact: 'livesWithElder' },
  pairing_member_count: { pattern: 'oneToOne', minimum: 1, maximum: 1, actual: 2 },
  pairing_primary_count: { actual: 0 },
  pairing_member_duplicate: { caregiverId: 'C-7' },
  pairing_end_incomplete: {},
  invalid_argument: { name: 'elders', rule: 'nonNegativeInteger' },
  unreachable: { what: 'pattern "x"' },
};

describe('issue messages', () => {
  it('has an example for every code the locales know, and no more', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(issueCodes().sort());
    expect(Object.keys(en.issues).sort()).toEqual(Object.keys(zhCN.issues).sort());
  });

  it('renders every code in both locales (golden file)', async () => {
    const lines = (Object.keys(EXAMPLES) as IssueCode[]).sort().flatMap((code) => {
      const one = { code, path: [], params: EXAMPLES[code] } as Issue;
      return [
        `${code}`,
        `  zh-CN  ${formatIssue(one)}`,
        `  en     ${formatIssue(one, { locale: 'en' })}`,
      ];
    });
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(
      '../../test/golden/issue-messages.txt',
    );
  });

  it('puts the path before the message', () => {
    const bad = issue('resident_id_checksum', ['residentId'], { expected: 'X', actual: '1' });
    expect(formatIssue(bad)).toBe('residentId：公民身份号码校验码错误：应为 X，实为 1');
    expect(formatIssue(bad, { locale: 'en' })).toBe(
      'residentId: Resident ID number check character is wrong: expected X, got 1',
    );
    expect(formatRowIssue(2, bad)).toBe(
      '第 3 行 residentId：公民身份号码校验码错误：应为 X，实为 1',
    );
    expect(formatRowIssue(2, bad, { locale: 'en' })).toMatch(/^row 3 residentId: /);
  });

  it('joins paths the way people read them', () => {
    expect(formatPath(['household', 'children', 0, 'awaySince'])).toBe(
      'household.children[0].awaySince',
    );
    expect(formatPath([3, 'id'])).toBe('[3].id');
    expect(formatPath([])).toBe('');
  });

  it('accepts a host-supplied locale', () => {
    const custom = { ...en, separator: ' — ' };
    expect(formatIssue(issue('phone_format', ['phone'], {}), { locale: custom })).toBe(
      'phone — A phone number is an 11-digit mobile number or a landline with its area code',
    );
  });
});

describe('labels', () => {
  it('labels every enum value in both locales (golden file)', async () => {
    const lines = (Object.keys(zhCN.labels) as (keyof EnumLabels)[]).sort().flatMap((name) => {
      const values = Object.keys(zhCN.labels[name]).sort();
      expect(Object.keys(en.labels[name]).sort()).toEqual(values);
      return [
        name,
        ...values.map(
          (value) =>
            `  ${value}: ${label(name, value as never)} | ${label(name, value as never, { locale: 'en' })}`,
        ),
      ];
    });
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('../../test/golden/enum-labels.txt');
  });

  it('looks up one label', () => {
    expect(label('caregiverRole', 'townshipResponsibleCadre')).toBe('乡包保干部');
    expect(label('abilityLevel', 'moderate', { locale: 'en' })).toBe(
      'moderately impaired (moderate disability)',
    );
  });
});
