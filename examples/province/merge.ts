/**
 * The province's report from its counties' results: totals by area (classification counts per
 * county and for the province, the month's plan, duty lines) and the supervision summary (a row
 * per county, and the province's row as their sum). Counties share no elder and no caregiver,
 * so every province figure is a sum; sums run in job order, so floats come out the same.
 */

import { sha256, type Task } from './jobs.js';
import type { StoredResult } from './store.js';

type Counts = Record<string, number>;
type CategoryCounts = Record<string, { yes: number; no: number; unknown: number }>;

export interface CountyLine {
  readonly county: string;
  readonly name: string;
  readonly elders: number;
  readonly leftBehind: number;
  readonly emptyNest: number;
  readonly paired: number;
  readonly visits: number;
  readonly scheduled: number;
  readonly dutyLines: number;
  readonly visitsDue: number;
  readonly visitsCompleted: number;
  readonly escalations: number;
}

export interface ProvinceReport {
  readonly counties: readonly CountyLine[];
  readonly classification: CategoryCounts;
  readonly plan: { readonly totals: Counts; readonly unplaced: Counts };
  readonly duties: { readonly lines: number; readonly unheld: Counts };
  readonly supervision: readonly Record<string, unknown>[];
  readonly escalations: number;
  /** Every job's digest, by job id, in job order. */
  readonly digests: readonly (readonly [string, string])[];
}

const add = (into: Counts, from: Counts) => {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
};
const sortedCounts = (c: Counts): Counts =>
  Object.fromEntries(Object.entries(c).sort(([a], [b]) => a.localeCompare(b)));

/** Merge results (given in job order) into the province's report. */
export function mergeProvince(
  results: readonly StoredResult[],
  names: ReadonlyMap<string, string>,
): ProvinceReport {
  const byCounty = new Map<string, Partial<Record<Task, StoredResult>>>();
  for (const r of results) {
    const tasks = byCounty.get(r.county) ?? {};
    tasks[r.task as Task] = r;
    byCounty.set(r.county, tasks);
  }
  const classification: CategoryCounts = {};
  const plan: Counts = {};
  const unplaced: Counts = {};
  const unheld: Counts = {};
  const supervision: Record<string, unknown>[] = [];
  const province: Counts = {};
  let lines = 0;
  let escalationCount = 0;
  const counties: CountyLine[] = [];
  for (const [county, tasks] of byCounty) {
    const classify = tasks.classify?.summary as
      | { elders: number; byArea: { level: string; categories: CategoryCounts }[] }
      | undefined;
    const countyRow = classify?.byArea.find((row) => row.level === 'county');
    for (const [category, counts] of Object.entries(countyRow?.categories ?? {})) {
      const sum = classification[category] ?? { yes: 0, no: 0, unknown: 0 };
      sum.yes += counts.yes;
      sum.no += counts.no;
      sum.unknown += counts.unknown;
      classification[category] = sum;
    }
    const p = tasks.plan?.summary as (Counts & { unplaced: Counts }) | undefined;
    if (p) {
      const { unplaced: u, ...numbers } = p;
      add(plan, numbers);
      add(unplaced, u);
    }
    const a = tasks.assign?.summary as { lines: number; unheld: Counts } | undefined;
    if (a) {
      lines += a.lines;
      add(unheld, a.unheld);
    }
    const t = tasks.track?.summary as
      | { escalations: number; supervision: Record<string, unknown>[] }
      | undefined;
    const row = t?.supervision.find((s) => s.level === 'county');
    if (t) escalationCount += t.escalations;
    if (row) {
      supervision.push({ ...row, name: names.get(county) });
      for (const [k, v] of Object.entries(row))
        if (typeof v === 'number' && !k.endsWith('Rate')) province[k] = (province[k] ?? 0) + v;
    }
    counties.push({
      county,
      name: names.get(county) ?? '',
      elders: classify?.elders ?? p?.elders ?? 0,
      leftBehind: countyRow?.categories.leftBehindElder?.yes ?? 0,
      emptyNest: countyRow?.categories.emptyNestElder?.yes ?? 0,
      paired: p?.paired ?? 0,
      visits: p?.visits ?? 0,
      scheduled: p?.scheduled ?? 0,
      dutyLines: a?.lines ?? 0,
      visitsDue: Number(row?.visitsDue ?? 0),
      visitsCompleted: Number(row?.visitsCompleted ?? 0),
      escalations: t?.escalations ?? 0,
    });
  }
  if (supervision.length > 0) {
    const due = province.visitsDue ?? 0;
    supervision.push({
      code: 'province',
      level: 'province',
      ...province,
      visitRate: due === 0 ? 100 : Math.round((1000 * (province.visitsCompleted ?? 0)) / due) / 10,
    });
  }
  return {
    counties,
    classification,
    plan: { totals: plan, unplaced: sortedCounts(unplaced) },
    duties: { lines, unheld: sortedCounts(unheld) },
    supervision,
    escalations: escalationCount,
    digests: results.map((r) => [r.jobId, r.digest] as const),
  };
}

/** The digest of a report: equal digests, equal province. */
export function reportDigest(report: ProvinceReport): string {
  return sha256(JSON.stringify(report));
}
