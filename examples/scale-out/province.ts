/**
 * A province-sized workload, county by county: what a provincial system would read from each
 * county's ledger, here made by guanai's sample generator.
 */

import { addDays, addMonths, plainDate } from 'guanai';
import { generateSampleCounty } from 'guanai/sample';
import { type CountyJob, jobKey } from './countyJob.js';

/** Size of the workload. */
export interface ProvinceOptions {
  readonly counties: number;
  readonly eldersPerCounty: number;
  /** The month to plan, as `YYYY-MM`. */
  readonly month: string;
}

/** About this many elders to a township (乡镇), ten villages each. */
const ELDERS_PER_TOWNSHIP = 2000;
const VILLAGES_PER_TOWNSHIP = 10;

/**
 * Seeds whose sample counties are distinct counties. The generator takes its county (and its
 * division code) from a short list of real counties by seed, so many seeds share a county;
 * keep the first seed of each, so that every job has its own county code.
 */
export function distinctCountySeeds(counties: number): number[] {
  const seeds: number[] = [];
  const codes = new Set<string>();
  for (let seed = 1; seeds.length < counties && seed < 1000; seed++) {
    // The county depends on the seed alone: an empty county is enough to learn it.
    const { county } = generateSampleCounty({
      seed,
      townships: 1,
      villagesPerTownship: 1,
      elders: 0,
      caregivers: 0,
    });
    if (codes.has(county.code)) continue;
    codes.add(county.code);
    seeds.push(seed);
  }
  if (seeds.length < counties)
    throw new Error(`the sample generator knows only ${seeds.length} distinct counties`);
  return seeds;
}

/** One job per county: its ledger as plain rows (JSON), keyed by county and month. */
export function provinceJobs(options: ProvinceOptions): CountyJob[] {
  const from = plainDate(`${options.month}-01`);
  const to = addDays(addMonths(from, 1), -1);
  return distinctCountySeeds(options.counties).map((seed) => {
    const sample = generateSampleCounty({
      seed,
      townships: Math.max(1, Math.ceil(options.eldersPerCounty / ELDERS_PER_TOWNSHIP)),
      villagesPerTownship: VILLAGES_PER_TOWNSHIP,
      elders: options.eldersPerCounty,
      asOf: addDays(from, -1),
    });
    return {
      key: jobKey(sample.county.code, from),
      countyCode: sample.county.code,
      countyName: sample.county.name,
      month: { from, to },
      elders: sample.elders,
      caregivers: sample.caregivers,
    };
  });
}
