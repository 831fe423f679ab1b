import { type Issue, issue } from '../errors/index.js';
import { type InvalidRow, type PlainDate, parseRows } from '../models/index.js';
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
}

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
  const { asOf, elderIds, caregiverIds, earlier = [] } = options;
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

  // Corrections: each must amend a record of this batch or an earlier one, and following the
  // amendments back from any record must end at an original, not come round again.
  const byId = new Map(known);
  for (const { record } of candidates) byId.set(record.id, record);
  const records: VisitRecord[] = [];
  for (const { record, index } of candidates) {
    const problem = amendmentProblem(record, byId);
    if (problem) invalid.push({ index, issues: [problem] });
    else records.push(record);
  }
  invalid.sort((a, b) => a.index - b.index);
  return { records, invalid };
}

function amendmentProblem(
  record: VisitRecord,
  byId: ReadonlyMap<string, VisitRecord>,
): Issue | undefined {
  const seen = new Set<string>([record.id]);
  let current = record;
  while (current.amends !== undefined) {
    const next = byId.get(current.amends);
    if (!next)
      return current === record
        ? issue('unknown_reference', ['amends'], { kind: 'visitRecord', id: current.amends })
        : undefined;
    if (seen.has(next.id)) return issue('amendment_cycle', ['amends'], { id: record.id });
    seen.add(next.id);
    current = next;
  }
  return undefined;
}
