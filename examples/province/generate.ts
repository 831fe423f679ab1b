/**
 * A generated province: one sample county per job, each with its own division code. The
 * sample generator draws its county from a short list of real ones (ten), so a province of 20
 * or 50 counties renumbers each sample's division codes (county, townships, villages, homes) to
 * a county of its own, 530121, 530122 …; resident ID numbers keep their place of birth.
 */

import { addDays, addMonths, type PlainDate, plainDate } from 'guanai';
import { generateSampleCounty } from 'guanai/sample';
import type { CountyInput } from './jobs.js';

export interface ProvinceOptions {
  readonly counties: number;
  readonly eldersPerCounty: number;
  /** The month to plan, `YYYY-MM`. */
  readonly month: string;
}

/** About this many elders to a township, ten villages each (as `examples/scale-out`). */
const ELDERS_PER_TOWNSHIP = 2000;

export function monthOf(month: string): { from: PlainDate; to: PlainDate } {
  const from = plainDate(`${month}-01`);
  return { from, to: addDays(addMonths(from, 1), -1) };
}

/** The division code of the province's i-th county (i from 0): 530121, 530122 … 530150, 530221 … */
export function countyCodeAt(i: number): string {
  return `53${String(1 + Math.floor(i / 30)).padStart(2, '0')}${21 + (i % 30)}`;
}

/** The province's counties, each a ledger of raw rows as a county would send it. */
export function generateProvince(options: ProvinceOptions): CountyInput[] {
  return Array.from({ length: options.counties }, (_, i) => generateCounty(i, options));
}

/** The province's i-th county (i from 0) alone, so a large province can be made county by county. */
export function generateCounty(i: number, options: Omit<ProvinceOptions, 'counties'>): CountyInput {
  const { from } = monthOf(options.month);
  {
    const sample = generateSampleCounty({
      seed: i + 1,
      townships: Math.max(1, Math.ceil(options.eldersPerCounty / ELDERS_PER_TOWNSHIP)),
      villagesPerTownship: 10,
      elders: options.eldersPerCounty,
      asOf: addDays(from, -1),
    });
    const code = countyCodeAt(i);
    // Division codes are 6, 9 or 12 digits: renumber those of the sample's county only.
    const text = JSON.stringify({ elders: sample.elders, caregivers: sample.caregivers }).replace(
      /"(\d{6})(\d{3}|\d{6})?"/g,
      (whole, county: string, rest = '') =>
        county === sample.county.code ? `"${code}${rest}"` : whole,
    );
    const rows = JSON.parse(text) as { elders: unknown[]; caregivers: unknown[] };
    return {
      countyCode: code,
      countyName: `${sample.county.name}·${i + 1}`,
      elders: rows.elders,
      caregivers: rows.caregivers,
    };
  }
}
