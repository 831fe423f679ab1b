import {
  arrayIssue,
  countIssue,
  diagnosed,
  objectIssue,
  plainDateIssue,
  setIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import { type Issue, issue } from '../errors/index.js';
import { type InvalidRow, type PlainDate, parseRows } from '../models/index.js';
import { diagnoseRecords } from './inputChecks.js';
import { VisitRecord } from './visitRecord.js';

/** Options of {@link parseVisitRecords}. @category Visit records */
export interface ParseVisitRecordsOptions {
  /** No record may be dated after this day (a visit cannot be logged before it happens). */
  readonly asOf: PlainDate;
  /** The ledger's elder and caregiver ids, when records must refer to known people. */
  readonly elderIds?: ReadonlySet<string>;
  readonly caregiverIds?: ReadonlySet<string>;
  /** Records accepted before, which new corrections may amend. */
  readonly earlier?: readonly VisitRecord[];
  /**
   * The most corrections one record may have in a chain (a correction of a correction …;
   * default {@link MAX_AMENDMENT_CHAIN}). A correction deeper in its chain is a `work_limit`
   * issue (`amendmentChain`) on its row; the rows before it are kept.
   */
  readonly maxAmendmentChain?: number;
}

/**
 * The default bound on a chain of corrections (1,000): a real record is corrected a handful of
 * times, so a longer chain is a loop in some system that writes them.
 * @example
 * ```ts
 * parseVisitRecords(rows, { asOf, maxAmendmentChain: MAX_AMENDMENT_CHAIN });
 * ```
 * @category Visit records
 */
export const MAX_AMENDMENT_CHAIN = 1000;

/**
 * The records accepted, and every bad row with its index and coded issues.
 * @category Visit records
 */
export interface ParsedVisitRecords {
  readonly records: readonly VisitRecord[];
  readonly invalid: readonly InvalidRow[];
}

/**
 * Validate a batch of visit records (走访日志): each against {@link VisitRecord}, ids unique
 * (also against `earlier` records), no visit or writing day after `asOf`, elders and
 * caregivers known (when their ids are given), and every correction amending a known record
 * without amending in a circle. Good rows are kept; every bad row comes back with its index and
 * coded issues — none is dropped silently.
 *
 * Corrections form one chain per record: a record is corrected at most once, and a later fix
 * corrects the correction (A ← B ← C: C is in force, see `currentRecords`). A second correction
 * of the same record — a fork in its history, where neither would know the other — is a
 * `duplicate_correction` issue on that row (the first correction, in `earlier` or earlier in
 * the batch, is kept and `firstPath` leads to it). Chains are followed once each (linear in
 * the rows) and may be at most `maxAmendmentChain` corrections deep (`work_limit`).
 *
 * A bad argument is one `GuanaiError`: `rows` not a list, `asOf` not a real date
 * (`invalid_argument`, rule `plainDate` — not an issue on every row), `earlier` not a list,
 * the id sets without `has`, `maxAmendmentChain` not a whole number from 1.
 *
 * @example
 * ```ts
 * const { records, invalid } = parseVisitRecords(rows, {
 *   asOf: plainDate('2026-03-31'),
 *   elderIds: new Set(ledger.elders.map((e) => e.id)),
 * });
 * invalid.map((row) => [row.index, row.issues.map((i) => formatIssue(i))]);
 * ```
 * @category Visit records
 */
export function parseVisitRecords(
  rows: readonly unknown[],
  options: ParseVisitRecordsOptions,
): ParsedVisitRecords {
  throwIssues([arrayIssue(rows, 'rows'), objectIssue(options, 'options')]);
  const { asOf, elderIds, caregiverIds, earlier = [] } = options;
  const limit = options.maxAmendmentChain ?? MAX_AMENDMENT_CHAIN;
  throwIssues([
    plainDateIssue(asOf, 'asOf'),
    setIssue(elderIds, 'elderIds', { optional: true }),
    setIssue(caregiverIds, 'caregiverIds', { optional: true }),
    arrayIssue(options.earlier, 'earlier', { optional: true }),
    countIssue(options.maxAmendmentChain, 'maxAmendmentChain', { optional: true, positive: true }),
  ]);
  return diagnosed(
    'parseVisitRecords',
    () => parseChecked(rows, options, earlier, limit),
    () => diagnoseRecords(earlier, 'earlier'),
  );
}

function parseChecked(
  rows: readonly unknown[],
  options: ParseVisitRecordsOptions,
  earlier: readonly VisitRecord[],
  limit: number,
): ParsedVisitRecords {
  const { asOf, elderIds, caregiverIds } = options;
  const parsed = parseRows(VisitRecord, rows, (record) => record.id);
  const invalid: InvalidRow[] = [...parsed.invalid];
  const known = new Map<string, VisitRecord>(earlier.map((r) => [r.id, r]));
  const candidates: { record: VisitRecord; index: number }[] = [];
  parsed.valid.forEach((record, position) => {
    const index = parsed.validIndexes[position] as number;
    const issues: Issue[] = [];
    if (known.has(record.id))
      issues.push(
        issue('duplicate_id', ['id'], { id: record.id, firstPath: ['earlier', record.id] }),
      );
    for (const field of ['on', 'recordedOn'] as const)
      if (record[field] > asOf)
        issues.push(issue('date_after_as_of', [field], { date: record[field], asOf }));
    if (elderIds && !elderIds.has(record.elderId))
      issues.push(issue('unknown_reference', ['elderId'], { kind: 'elder', id: record.elderId }));
    record.caregiverIds.forEach((id, i) => {
      if (caregiverIds && !caregiverIds.has(id))
        issues.push(issue('unknown_reference', ['caregiverIds', i], { kind: 'caregiver', id }));
    });
    if (issues.length > 0) invalid.push({ index, issues });
    else candidates.push({ record, index });
  });

  // Corrections: each must amend a record of this batch or an earlier one, be the only
  // correction of it, and following the amendments back from any record must end at an
  // original, not come round again, within the chain's bound.
  const byId = new Map(known);
  for (const { record } of candidates) byId.set(record.id, record);
  const depthOf = chainDepths(byId);
  const correctedBy = new Map<string, readonly (string | number)[]>();
  earlier.forEach((record, position) => {
    if (record.amends !== undefined && !correctedBy.has(record.amends))
      correctedBy.set(record.amends, ['earlier', position]);
  });
  const records: VisitRecord[] = [];
  for (const { record, index } of candidates) {
    const problem = amendmentProblem(record, byId, depthOf, limit, correctedBy);
    if (problem) invalid.push({ index, issues: [problem] });
    else {
      if (record.amends !== undefined) correctedBy.set(record.amends, [index]);
      records.push(record);
    }
  }
  invalid.sort((a, b) => a.index - b.index);
  return { records, invalid };
}

/** A chain that comes round again: no depth. */
const CYCLE = -2;

/**
 * Each record's depth in its chain of corrections (0 for an original; {@link CYCLE} when
 * following `amends` comes round again). Each record is walked once: a walk stops at a record
 * whose depth is known, and every record on the walk gets its depth on the way back — linear
 * in the records, however long the chains.
 */
function chainDepths(byId: ReadonlyMap<string, VisitRecord>): (id: string) => number {
  const depth = new Map<string, number>();
  const walking = new Set<string>();
  const path: string[] = [];
  for (const start of byId.values()) {
    let current: VisitRecord | undefined = start;
    let base = -1;
    while (current) {
      const known = depth.get(current.id);
      if (known !== undefined) {
        base = known;
        break;
      }
      if (walking.has(current.id)) {
        base = CYCLE;
        break;
      }
      walking.add(current.id);
      path.push(current.id);
      current = current.amends === undefined ? undefined : byId.get(current.amends);
    }
    // Back along the walk: one deeper than the next, or in (or into) a circle.
    for (let i = path.length - 1; i >= 0; i--) {
      base = base === CYCLE ? CYCLE : base + 1;
      depth.set(path[i] as string, base);
    }
    walking.clear();
    path.length = 0;
  }
  return (id) => depth.get(id) ?? 0;
}

function amendmentProblem(
  record: VisitRecord,
  byId: ReadonlyMap<string, VisitRecord>,
  depthOf: (id: string) => number,
  limit: number,
  correctedBy: ReadonlyMap<string, readonly (string | number)[]>,
): Issue | undefined {
  if (record.amends === undefined) return undefined;
  if (!byId.has(record.amends))
    return issue('unknown_reference', ['amends'], { kind: 'visitRecord', id: record.amends });
  const depth = depthOf(record.id);
  if (depth === CYCLE) return issue('amendment_cycle', ['amends'], { id: record.id });
  if (depth > limit) return issue('work_limit', ['amends'], { what: 'amendmentChain', limit });
  const first = correctedBy.get(record.amends);
  if (first)
    return issue('duplicate_correction', ['amends'], { id: record.amends, firstPath: first });
  return undefined;
}
