/**
 * Synthetic sample data: a realistic, fictional rural county with its area tree, an elder
 * ledger (台账) and the cadres, village doctors and volunteers who visit — deterministic from
 * a seed and valid against every schema, for demos, tests and benchmarks.
 *
 * @example
 * ```ts
 * import { generateSampleCounty } from 'guanai/sample';
 *
 * const { county, elders, caregivers } = generateSampleCounty({ seed: 42, elders: 5000 });
 * ```
 * @module sample
 */

export type { SampleSchool } from './generateChildren.js';
export {
  generateSampleCounty,
  MAX_SAMPLE_CAREGIVERS,
  MAX_SAMPLE_CHILDREN,
  MAX_SAMPLE_ELDERS,
  type SampleCounty,
  type SampleCountyOptions,
} from './generateSampleCounty.js';
export {
  type SimulateVisitRecordsOptions,
  simulateVisitRecords,
} from './simulateVisitRecords.js';
