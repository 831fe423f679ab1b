/**
 * The province's jobs, engine-free: what a job carries, its idempotent id, and the work of each
 * task on one county. The BullMQ adapter (`queue.ts`), the worker processes and the
 * single-process reference all call `runTask`, so the queue can change nothing but the time.
 */

import { createHash } from 'node:crypto';
import {
  type Caregiver,
  classifyLedger,
  type Elder,
  GuanaiError,
  type Issue,
  issue,
  type PlainDate,
  parseLedger,
  plainDate,
  prefixIssues,
} from 'guanai';
import { coverage, escalations, supervisionSummary } from 'guanai/compliance';
import { expandPlans, type Occurrence, planFromPreset } from 'guanai/recurrence';
import { simulateVisitRecords } from 'guanai/sample';
import { assignDuties, pairElders, planVisits } from 'guanai/scheduling';

/** The work a county is split into; each task reads only the county's ledger and its period. */
export const TASKS = ['classify', 'assign', 'plan', 'track'] as const;
export type Task = (typeof TASKS)[number];

/** A county's ledger as stored by the submitter: raw rows, validated again where a job runs. */
export interface CountyInput {
  readonly countyCode: string;
  readonly countyName: string;
  readonly elders: readonly unknown[];
  readonly caregivers: readonly unknown[];
}

/**
 * What a job carries through Redis: a few hundred bytes, never the rows. The rows are read
 * from the input store by `inputDigest` (content-addressed: a changed ledger is a new digest,
 * so a new job id, and the old result stays what it was).
 */
export interface ProvinceJobData {
  readonly county: string;
  readonly countyName: string;
  readonly task: Task;
  /** classify and assign: as of `from`; plan: the month `from`–`to`; track: `from`–`to` as of `to`. */
  readonly period: { readonly from: PlainDate; readonly to: PlainDate };
  readonly inputDigest: string;
}

/** What a job's result is: small counts to merge, and the digest of the whole output. */
export interface TaskResult {
  readonly county: string;
  readonly task: Task;
  /** SHA-256 of the task's full output (statuses, duty lines, pairings and visits …). */
  readonly digest: string;
  readonly summary: Readonly<Record<string, unknown>>;
  /** Rows the store keeps beside the summary (plan: pairings and scheduled visits). */
  readonly rows?: {
    readonly pairings: readonly PairingRow[];
    readonly visits: readonly VisitRow[];
  };
}

export interface PairingRow {
  readonly id: string;
  readonly elderId: string;
  readonly record: string;
}
export interface VisitRow {
  readonly key: string;
  readonly elderId: string;
  readonly date: string;
  readonly caregiverId: string;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The digest of a county's input rows: what the job id and the store key it by. */
export function inputDigestOf(input: CountyInput): string {
  return sha256(JSON.stringify(input));
}

/**
 * The job id: a digest of (county, task, period, input digest), so the same work submitted
 * twice is one job to BullMQ and one row to the store. Readable prefix, then 32 hex digits
 * (BullMQ ids must not be plain integers or contain `:`).
 */
export function jobIdOf(data: ProvinceJobData): string {
  const key = JSON.stringify([
    data.county,
    data.task,
    data.period.from,
    data.period.to,
    data.inputDigest,
  ]);
  return `${data.county}.${data.task}.${data.period.from.slice(0, 7)}.${sha256(key).slice(0, 32)}`;
}

const invalid = (name: string, rule: 'string' | 'object' | 'plainDate' | 'array') =>
  issue('invalid_argument', [name], { name, rule });

/**
 * Check job data that came out of a queue (unknown data again): a coded `GuanaiError`
 * (`invalid_argument` at the field) rather than a TypeError deep in a task.
 */
export function checkJobData(data: unknown): ProvinceJobData {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new GuanaiError([issue('invalid_argument', [], { name: 'data', rule: 'object' })]);
  const d = data as Record<string, unknown>;
  const issues: Issue[] = [];
  if (typeof d.county !== 'string' || !/^\d{6}$/.test(d.county))
    issues.push(invalid('county', 'string'));
  if (typeof d.countyName !== 'string') issues.push(invalid('countyName', 'string'));
  if (typeof d.task !== 'string' || !(TASKS as readonly string[]).includes(d.task))
    issues.push(invalid('task', 'string'));
  if (typeof d.inputDigest !== 'string' || !/^[0-9a-f]{64}$/.test(d.inputDigest))
    issues.push(invalid('inputDigest', 'string'));
  const period = d.period as Record<string, unknown> | undefined;
  if (typeof period !== 'object' || period === null) issues.push(invalid('period', 'object'));
  else
    for (const end of ['from', 'to'] as const)
      if (typeof period[end] !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(period[end] as string))
        issues.push(
          issue('invalid_argument', ['period', end], { name: `period.${end}`, rule: 'plainDate' }),
        );
  if (issues.length > 0) throw new GuanaiError(issues);
  return data as ProvinceJobData;
}

/**
 * Run one task on one county. A ledger with bad rows throws `GuanaiError` with every row's
 * issues under `[collection, index, …]`: the job fails with them, it does not plan half a county.
 */
export function runTask(data: ProvinceJobData, input: CountyInput): TaskResult {
  checkJobData(data);
  if (typeof input !== 'object' || input === null)
    throw new GuanaiError([issue('invalid_argument', [], { name: 'input', rule: 'object' })]);
  const ledger = parseLedger({ elders: input.elders, caregivers: input.caregivers });
  if (ledger.invalid.length > 0)
    throw new GuanaiError(
      ledger.invalid.flatMap((row) => prefixIssues(row.issues, [row.collection, row.index])),
    );
  const from = plainDate(data.period.from);
  const to = plainDate(data.period.to);
  const { elders, caregivers } = ledger;
  const base = { county: data.county, task: data.task };
  switch (data.task) {
    case 'classify': {
      const c = classifyLedger(elders, { asOf: from });
      return {
        ...base,
        digest: sha256(JSON.stringify(c.results)),
        summary: {
          elders: elders.length,
          byArea: c.byArea.filter((row) => row.level !== 'village'),
        },
      };
    }
    case 'assign': {
      const duties = assignDuties({ elders, caregivers }, { asOf: from });
      const unheld: Record<string, number> = {};
      for (const u of duties.unheld) unheld[u.duty] = (unheld[u.duty] ?? 0) + 1;
      return {
        ...base,
        digest: sha256(JSON.stringify(duties.holdings)),
        summary: {
          lines: duties.current.length,
          unheld: sorted(unheld),
          issues: duties.issues.length,
        },
      };
    }
    case 'plan': {
      const { pairing, visits, schedule } = planMonth(elders, caregivers, from, to);
      const unplaced: Record<string, number> = {};
      for (const { reason } of schedule.unplaced) unplaced[reason] = (unplaced[reason] ?? 0) + 1;
      return {
        ...base,
        digest: sha256(JSON.stringify([pairing.pairings, schedule.visits])),
        summary: {
          elders: elders.length,
          caregivers: caregivers.length,
          paired: pairing.stats.placed,
          unpaired: pairing.unplaced.length,
          visits: visits.length,
          scheduled: schedule.stats.placed,
          onTime: schedule.stats.onTime,
          unplaced: sorted(unplaced),
          totalKm: schedule.stats.totalKm,
        },
        rows: {
          pairings: pairing.pairings.map((p) => ({
            id: p.id,
            elderId: p.elderId,
            record: JSON.stringify(p),
          })),
          visits: schedule.visits.map((v) => ({
            key: v.occurrenceKey,
            elderId: v.elderId,
            date: v.date,
            caregiverId: v.caregiverId,
          })),
        },
      };
    }
    case 'track': {
      // The sample has no visit log: the month's plan is made again and a log simulated for it
      // (seeded). An app reads its stored plan and its real log here instead.
      const month = { from, to };
      const { pairing, visits, schedule } = planMonth(elders, caregivers, from, to);
      const caregiverOf = new Map(schedule.visits.map((v) => [v.occurrenceKey, v.caregiverId]));
      const records = simulateVisitRecords(visits, {
        seed: Number.parseInt(data.county, 10),
        asOf: to,
        caregiverOf: (o: Occurrence) => caregiverOf.get(o.key),
        incidentRate: 0.002,
      });
      const input = {
        occurrences: visits,
        records,
        elders,
        pairings: pairing.pairings,
        scheduled: schedule.visits,
      };
      const rows = coverage(input, { asOf: to, ...month, by: 'county' });
      const alerts = escalations(input, { asOf: to });
      const classification = classifyLedger(elders, { asOf: to });
      const supervision = supervisionSummary({ ...input, classification }, { asOf: to, ...month });
      const byRecipient: Record<string, number> = {};
      for (const e of alerts) byRecipient[e.recipient] = (byRecipient[e.recipient] ?? 0) + 1;
      return {
        ...base,
        digest: sha256(JSON.stringify([rows, alerts, supervision])),
        summary: {
          coverage: rows,
          escalations: alerts.length,
          escalationsByRecipient: sorted(byRecipient),
          supervision: supervision.filter((row) => row.level !== 'village'),
        },
      };
    }
  }
}

/** Pair and plan a month: a weekly volunteer visit and a monthly call to the children per village. */
function planMonth(
  elders: readonly Elder[],
  caregivers: readonly Caregiver[],
  from: PlainDate,
  to: PlainDate,
) {
  const pairing = pairElders({ elders, caregivers }, { asOf: from });
  const byVillage = new Map<string, Elder['id'][]>();
  for (const elder of elders) {
    const ids = byVillage.get(elder.residence.villageCode) ?? [];
    ids.push(elder.id);
    byVillage.set(elder.residence.villageCode, ids);
  }
  const plans = [...byVillage].flatMap(([village, ids]) => [
    planFromPreset('volunteerWeeklyVisit', {
      id: `${village}-weekly`,
      whom: { elders: ids },
      validFrom: from,
    }),
    planFromPreset('villageCadreMonthlyChildContact', {
      id: `${village}-children`,
      whom: { elders: ids },
      validFrom: from,
    }),
  ]);
  const visits = [...expandPlans(plans, { from, to })];
  const schedule = planVisits(visits, { elders, caregivers, pairings: pairing.pairings });
  return { pairing, visits, schedule };
}

function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
