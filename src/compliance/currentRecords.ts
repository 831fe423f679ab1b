import { arrayIssue, diagnosed, throwIssues } from '../_lib/argumentGuards.js';
import { issue } from '../errors/index.js';
import { diagnoseLists } from './inputChecks.js';
import type { VisitRecord } from './visitRecord.js';

/**
 * The records in force: every record no other record amends. The log itself stays whole —
 * a correction is a new record that `amends` an earlier one, and both are kept — so this is
 * the view every count reads, and {@link recordHistory} the view an auditor reads. In a chain
 * of corrections (A ← B ← C, each amending the one before) the last, C, is in force.
 * `parseVisitRecords` lets a record be corrected only once, so a chain never forks; in a log
 * that does fork anyway, every unamended branch counts.
 *
 * @example
 * ```ts
 * const log = [original, correction]; // correction.amends === original.id
 * currentRecords(log); // [correction]
 * ```
 * @category Visit records
 */
export function currentRecords<R extends Pick<VisitRecord, 'id' | 'amends'>>(
  records: readonly R[],
): R[] {
  throwIssues([arrayIssue(records, 'records')]);
  return diagnosed(
    'currentRecords',
    () => {
      const amended = amendedIds(records);
      return records.filter((record) => !amended.has(record.id));
    },
    () => diagnoseLists({ records }),
  );
}

/** The ids the records amend: the records with these ids are not in force. @internal */
export function amendedIds(records: readonly Pick<VisitRecord, 'amends'>[]): Set<string> {
  const amended = new Set<string>();
  for (const record of records) if (record.amends !== undefined) amended.add(record.amends);
  return amended;
}

/**
 * One record's history, oldest first: the original and each correction after it, following
 * `amends` links both ways from `id` — each record at most once, so a circle ends the walk.
 *
 * @example
 * ```ts
 * recordHistory(log, correction.id).map((r) => r.id); // [original.id, correction.id]
 * ```
 * @category Visit records
 */
export function recordHistory<R extends Pick<VisitRecord, 'id' | 'amends'>>(
  records: readonly R[],
  id: string,
): R[] {
  throwIssues([
    arrayIssue(records, 'records'),
    typeof id === 'string'
      ? undefined
      : issue('invalid_argument', ['id'], { name: 'id', rule: 'string' }),
  ]);
  return diagnosed(
    'recordHistory',
    () => historyOf(records, id),
    () => diagnoseLists({ records }),
  );
}

function historyOf<R extends Pick<VisitRecord, 'id' | 'amends'>>(
  records: readonly R[],
  id: string,
): R[] {
  const byId = new Map(records.map((r) => [r.id as string, r]));
  const amendedBy = new Map<string, R>();
  for (const record of records)
    if (record.amends !== undefined) amendedBy.set(record.amends, record);
  let first = byId.get(id);
  const seen = new Set<string>();
  while (first?.amends !== undefined && byId.has(first.amends) && !seen.has(first.id)) {
    seen.add(first.id);
    first = byId.get(first.amends);
  }
  const chain: R[] = [];
  const taken = new Set<R>();
  for (let r = first; r && !taken.has(r); r = amendedBy.get(r.id)) {
    taken.add(r);
    chain.push(r);
  }
  return chain;
}
