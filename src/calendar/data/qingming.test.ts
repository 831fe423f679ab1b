/**
 * Checks the generated 清明 table against tyme4ts (its source) and solarlunar.
 */
import { createRequire } from 'node:module';
import { SolarTerm } from 'tyme4ts';
import { describe, expect, it } from 'vitest';
import { QINGMING_APRIL_DAYS } from './qingming.js';

const require = createRequire(import.meta.url);

/** The part of solarlunar 3.1.0 used here: `getTerm(year, 7)` is the day of 清明 (in April). */
interface SolarLunar {
  getTerm(year: number, term: number): number;
}
const solarLunar = (require('solarlunar') as { default: SolarLunar }).default;

const dayOf = (year: number): number => Number(QINGMING_APRIL_DAYS[year - 1900]);

describe('QINGMING_APRIL_DAYS', () => {
  it('has one day, 4, 5 or 6, for each year 1900–2100', () => {
    expect(QINGMING_APRIL_DAYS).toMatch(/^[456]{201}$/);
  });

  it('agrees with tyme4ts in every year', () => {
    for (let year = 1900; year <= 2100; year++) {
      const day = SolarTerm.fromName(year, '清明').getSolarDay();
      expect([day.getYear(), day.getMonth(), day.getDay()], `${year}`).toEqual([
        year,
        4,
        dayOf(year),
      ]);
    }
  });

  it('agrees with solarlunar in every year', () => {
    for (let year = 1900; year <= 2100; year++) {
      expect(solarLunar.getTerm(year, 7), `${year}`).toBe(dayOf(year));
    }
  });

  it('has the known dates', () => {
    expect(dayOf(2024)).toBe(4); // 2024-04-04
    expect(dayOf(2025)).toBe(4); // 2025-04-04
    expect(dayOf(2026)).toBe(5); // 2026-04-05
    expect(dayOf(2100)).toBe(5); // 2100-04-05
  });
});
