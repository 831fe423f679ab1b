import * as z from 'zod';
import { afterFieldsPass } from '../_lib/afterFieldsPass.js';
import {
  arrayIssue,
  diagnosed,
  elementsIssue,
  objectIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import { type Issue, issue, prefixIssues, reportIssue } from '../errors/index.js';
import {
  CaregiverId,
  Elder,
  ElderId,
  type InvalidRow,
  PlainDate,
  parseRows,
  VillageCode,
} from '../models/index.js';
import { FactPath, factPathProblem, factPathText } from './factPath.js';
import type { FactChange, FactUpdate, FactUpdateId } from './factUpdate.js';

/**
 * The months of the census (普查登记): 「每年春季(3月)、秋季(9月)」 — March and September (spec §5.2
 * K31 · S18 L493). A county with other months passes its own as `censusMonths`.
 * @example
 * ```ts
 * CENSUS_MONTHS; // [3, 9]
 * ```
 * @category Verification
 */
export const CENSUS_MONTHS: readonly number[] = [3, 9];

/**
 * Where {@link CENSUS_MONTHS} comes from, for a task's or a report's `source`.
 * @example
 * ```ts
 * CENSUS_MONTHS_SOURCE; // 'spec §5.2 K31 · S18 L493'
 * ```
 * @category Verification
 */
export const CENSUS_MONTHS_SOURCE = 'spec §5.2 K31 · S18 L493';

/**
 * One fact a census found about an elder already in the ledger: the field and its value.
 * @example
 * ```ts
 * CensusFact.parse({ path: ['household', 'children', 1, 'whereabouts', 'address'], value: '浙江省杭州市' });
 * ```
 * @category Verification
 */
export const CensusFact = /* @__PURE__ */ z.strictObject({ path: FactPath, value: z.json() });
/** @category Verification */
export type CensusFact = z.infer<typeof CensusFact>;

/**
 * A census record (普查登记, spec §7 `censusRegistration` · S18 L493: 「空巢老人基本情况、子女基本情况
 * ……务工地址、联系电话」, counted by village): the day, the village, who registered it, and either
 * the facts found about an elder in the ledger (`elderId` and `facts`; none found is an empty
 * list) or a new elder to register (`register`, with `elderId` their id). Not both:
 * `fact_register_conflict`. The month is checked by {@link parseCensusRecords}.
 * @example
 * ```ts
 * CensusRecord.parse({
 *   id: 'CR-2026-03-0001', on: '2026-03-15', villageCode: '530325101203', recordedBy: 'C-7',
 *   elderId: 'E-1', facts: [{ path: ['household', 'children', 0, 'phone'], value: '13800138000' }],
 * });
 * ```
 * @category Verification
 */
export const CensusRecord = /* @__PURE__ */ z
  .strictObject({
    id: z.string().trim().min(1).max(64),
    on: PlainDate,
    villageCode: VillageCode,
    recordedBy: CaregiverId,
    elderId: ElderId,
    facts: z.array(CensusFact).max(200).optional(),
    register: Elder.optional(),
    note: z.string().max(2000).optional(),
  })
  .superRefine((record, ctx) => {
    if (record.register && record.facts !== undefined)
      reportIssue(ctx, record.facts, 'fact_register_conflict', { problem: 'withOtherChanges' }, [
        'facts',
      ]);
    if (record.register && record.register.id !== record.elderId)
      reportIssue(ctx, record.register.id, 'fact_register_conflict', { problem: 'otherElderId' }, [
        'register',
        'id',
      ]);
    // Each fact must lead to a field the elder record has, as an update's would.
    record.facts?.forEach((fact, index) => {
      const problem = factPathProblem(fact.path, 'set');
      if (problem)
        reportIssue(
          ctx,
          fact.path,
          'fact_path_invalid',
          { path: factPathText(fact.path), problem },
          ['facts', index, 'path'],
        );
    });
  }, afterFieldsPass);
/** @category Verification */
export type CensusRecord = z.infer<typeof CensusRecord>;

/** Options of {@link parseCensusRecords}. @category Verification */
export interface ParseCensusRecordsOptions {
  /** The months a census may be dated in (default {@link CENSUS_MONTHS}: March, September). */
  readonly censusMonths?: readonly number[];
}

/**
 * The records accepted, and every bad row with its index and coded issues.
 * @category Verification
 */
export interface ParsedCensusRecords {
  readonly records: readonly CensusRecord[];
  readonly invalid: readonly InvalidRow[];
}

/**
 * Validate a batch of census records: each against {@link CensusRecord}, ids unique, and dated
 * in a census month (`census_month` at `['on']`; default March and September, spec §5.2 K31 ·
 * S18 L493). Good rows are kept; every bad row comes back with its index and coded issues. A
 * bad argument throws `GuanaiError`: `rows` not a list, `censusMonths` not a list of months 1–12.
 * @example
 * ```ts
 * const { records, invalid } = parseCensusRecords(rows);
 * const updates = censusUpdates(records);
 * ```
 * @category Verification
 */
export function parseCensusRecords(
  rows: readonly unknown[],
  options: ParseCensusRecordsOptions = {},
): ParsedCensusRecords {
  throwIssues([arrayIssue(rows, 'rows'), objectIssue(options, 'options')]);
  const months = options.censusMonths ?? CENSUS_MONTHS;
  throwIssues([arrayIssue(months, 'censusMonths')]);
  throwIssues(
    months.map((month, i) =>
      Number.isInteger(month) && month >= 1 && month <= 12
        ? undefined
        : issue('invalid_value', ['censusMonths', i], {
            allowed: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
          }),
    ),
  );
  const parsed = parseRows(CensusRecord, rows, (record) => record.id);
  const records: CensusRecord[] = [];
  const invalid: InvalidRow[] = [...parsed.invalid];
  parsed.valid.forEach((record, position) => {
    const month = Number(record.on.slice(5, 7));
    if (months.includes(month)) records.push(record);
    else {
      const found: Issue = issue('census_month', ['on'], { month, months: [...months] });
      invalid.push({ index: parsed.validIndexes[position] as number, issues: [found] });
    }
  });
  invalid.sort((a, b) => a.index - b.index);
  return { records, invalid };
}

/**
 * The fact updates a batch of census records makes (source `census`, dated and written down on
 * the census day, recorded by the registrar, `recordId` the record's id): one per record —
 * the registration of a new elder, or the facts found, applied together — with the id
 * `census/<recordId>/0`. A record that found no facts makes none.
 * @example
 * ```ts
 * const { elders } = applyFactUpdates(ledger, [...updates, ...censusUpdates(records)], { asOf });
 * ```
 * @category Verification
 */
export function censusUpdates(records: readonly CensusRecord[]): FactUpdate[] {
  throwIssues([arrayIssue(records, 'records')]);
  return diagnosed(
    'censusUpdates',
    () => records.flatMap(updateOf),
    () => elementsIssue(records, 'records', RECORD_FIELDS) ?? factsIssue(records),
  );
}

const RECORD_FIELDS = {
  id: 'string',
  on: 'string',
  elderId: 'string',
  facts: 'array?',
  register: 'object?',
} as const;

/** The first fact of a record that is not an object, at its path inside the records. */
function factsIssue(records: readonly CensusRecord[]): Issue | undefined {
  for (const [index, record] of records.entries()) {
    const found = elementsIssue(record.facts ?? [], 'facts', {});
    if (found) return prefixIssues([found], ['records', index])[0];
  }
  return undefined;
}

function updateOf(record: CensusRecord): FactUpdate[] {
  const changes: FactChange[] = record.register
    ? [{ op: 'register', elder: record.register }]
    : (record.facts ?? []).map((fact) => ({ op: 'set', path: fact.path, value: fact.value }));
  if (changes.length === 0) return [];
  return [
    {
      id: `census/${record.id}/0` as FactUpdateId,
      elderId: record.elderId,
      on: record.on,
      recordedOn: record.on,
      source: 'census',
      recordedBy: record.recordedBy,
      recordId: record.id,
      changes,
    },
  ];
}
