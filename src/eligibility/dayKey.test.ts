/** Day keys against the models' date functions, over every day of several years. */
import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import {
  addDays,
  addMonths,
  ageInFullYears,
  daysBetween,
  type PlainDate,
  plainDate,
} from '../models/index.js';
import { dateOfKey, dayKey, daysBetweenKeys, fullYearsKey, monthsLaterKey } from './dayKey.js';

const key = (date: string) => Number(date.replaceAll('-', ''));

/** Every day from `from`, `count` days. */
function days(from: string, count: number): PlainDate[] {
  const out: PlainDate[] = [];
  for (let i = 0, day = plainDate(from); i < count; i++, day = addDays(day, 1)) out.push(day);
  return out;
}

describe('dayKey', () => {
  it('is yyyymmdd of every real day, and orders as the strings do', () => {
    let previous = 0;
    for (const day of days('2023-12-25', 800)) {
      expect(dayKey(day)).toBe(key(day));
      expect(dayKey(day)).toBeGreaterThan(previous);
      previous = dayKey(day);
    }
    expect(dayKey(plainDate('0001-01-01'))).toBe(10_101);
    expect(dayKey(plainDate('9999-12-31'))).toBe(99_991_231);
  });

  it('throws the models’ coded error for what is not a real date', () => {
    for (const bad of [
      '2023-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-1-01',
      '2026/01/01',
      '0000-01-01',
      'x',
    ])
      expect(() => dayKey(bad as PlainDate), bad).toThrow(GuanaiError);
    expect(() => dayKey(20260101 as unknown as PlainDate)).toThrow(GuanaiError);
  });
});

describe('monthsLaterKey', () => {
  it('is addMonths for every day of three years and 0 to 18 months', () => {
    for (const day of days('2023-01-01', 3 * 366))
      for (let months = 0; months <= 18; months++)
        expect(monthsLaterKey(dayKey(day), months, day), `${day} + ${months}`).toBe(
          key(addMonths(day, months)),
        );
  });

  it('throws as addMonths does past 9999', () => {
    const day = plainDate('9999-10-31');
    expect(() => monthsLaterKey(dayKey(day), 6, day)).toThrow(GuanaiError);
  });
});

describe('fullYearsKey', () => {
  it('is ageInFullYears, 29 February birthdays read either way', () => {
    const births = ['1956-02-29', '1960-02-28', '1960-03-01', '1966-06-30', '1950-12-31'];
    for (const birth of births.map(plainDate))
      for (const asOf of days('2025-12-20', 500))
        for (const leapDay of ['february28', 'march1'] as const)
          expect(fullYearsKey(dayKey(birth), dayKey(asOf), leapDay), `${birth} ${asOf}`).toBe(
            ageInFullYears(birth, asOf, { leapDay }),
          );
  });
});

describe('daysBetweenKeys and dateOfKey', () => {
  it('count days as daysBetween does, and give back the date of a key', () => {
    const from = plainDate('2024-02-27');
    for (const day of days('2023-12-25', 800)) {
      expect(daysBetweenKeys(dayKey(from), dayKey(day)), day).toBe(daysBetween(from, day));
      expect(dateOfKey(dayKey(day))).toBe(day);
    }
    expect(dateOfKey(10_101)).toBe('0001-01-01');
  });
});
