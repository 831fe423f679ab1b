/** Merging county results: counties never share an elder or a caregiver, so totals are sums. */

import type { CountyResult } from './countyJob.js';

/** A province's totals from its counties' results. */
export interface ProvinceTotals {
  readonly counties: number;
  readonly elders: number;
  readonly caregivers: number;
  readonly paired: number;
  readonly unpaired: number;
  readonly visits: number;
  readonly scheduled: number;
  readonly onTime: number;
  readonly unplaced: Readonly<Record<string, number>>;
  readonly totalKm: number;
}

/** Sum the counties' results (in job order, so the float sum of km is the same every run). */
export function mergeResults(results: readonly CountyResult[]): ProvinceTotals {
  const unplaced: Record<string, number> = {};
  let [elders, caregivers, paired, unpaired, visits, scheduled, onTime, totalKm] = [
    0, 0, 0, 0, 0, 0, 0, 0,
  ];
  for (const r of results) {
    elders += r.elders;
    caregivers += r.caregivers;
    paired += r.paired;
    unpaired += r.unpaired;
    visits += r.visits;
    scheduled += r.scheduled;
    onTime += r.onTime;
    totalKm += r.totalKm;
    for (const [reason, count] of Object.entries(r.unplaced))
      unplaced[reason] = (unplaced[reason] ?? 0) + count;
  }
  return {
    counties: results.length,
    elders,
    caregivers,
    paired,
    unpaired,
    visits,
    scheduled,
    onTime,
    unplaced: Object.fromEntries(Object.entries(unplaced).sort(([a], [b]) => a.localeCompare(b))),
    totalKm,
  };
}
