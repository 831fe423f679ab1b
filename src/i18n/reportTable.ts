import { diagnosed } from '../_lib/argumentGuards.js';
import type { AgeBand, HolderRow, LedgerReportRow, SupervisionRow } from '../compliance/index.js';
import type { CategoryKey, RuleKey } from '../eligibility/index.js';
import { GuanaiError, issue } from '../errors/index.js';
import type { AbilityLevel, LivingArrangement } from '../models/index.js';
import { type FormatOptions, localeData } from './format.js';
import { labelOr } from './labelOr.js';
import type { LocaleData } from './types.js';

/** The keys of a label table, in the order the locale declares them. */
const keysOf = <K extends string>(table: Readonly<Record<K, string>>) => Object.keys(table) as K[];

/**
 * The rows of each report {@link reportTable} lays out: `ledger` (from `ledgerReport`),
 * `supervision` (from `supervisionSummary`) and `holders` (from `holderSummary`).
 * @category Reports
 */
export interface ReportRows {
  readonly ledger: LedgerReportRow;
  readonly supervision: SupervisionRow;
  readonly holders: HolderRow;
}

const KINDS: readonly (keyof ReportRows)[] = ['ledger', 'supervision', 'holders'];

/**
 * A report as a spreadsheet sees it: a header of column labels and rows of cells.
 * @category Reports
 */
export interface ReportTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

const SUPERVISION_COLUMNS = [
  'code',
  'level',
  'name',
  'elders',
  'leftBehind',
  'emptyNest',
  'priority',
  'paired',
  'visitsDue',
  'visitsCompleted',
  'visitRate',
  'childContactRate',
  'censusRate',
  'expired',
  'incidents',
] as const satisfies readonly (keyof SupervisionRow)[];

const HOLDER_COLUMNS = [
  'caregiverId',
  'role',
  'duty',
  'subjects',
  'visitsDue',
  'visitsCompleted',
  'late',
  'expired',
  'visitRate',
] as const satisfies readonly (keyof HolderRow)[];

/**
 * Turn report rows into a table with column labels in a locale (zh-CN by default, or en):
 * `ledger` for the statistics of `ledgerReport` (code, level, name, elders, each category —
 * yes, then still unknown — age bands, living arrangements, ability levels), `supervision` for
 * `supervisionSummary`, `holders` for `holderSummary` (holder, role, duty — the seed duties by
 * name, a county's own by key — subjects held, visits due, made, made late, expired, rate).
 * Cells stay numbers where they are numbers; join them as CSV or hand them to a spreadsheet
 * library.
 *
 * @example
 * ```ts
 * const { header, rows } = reportTable('ledger', ledgerReport(elders, { asOf }), { locale: 'en' });
 * const csv = [header, ...rows].map((cells) => cells.join(',')).join('\n');
 * ```
 * @category Reports
 */
export function reportTable<K extends keyof ReportRows>(
  kind: K,
  rows: readonly ReportRows[K][],
  options: FormatOptions = {},
): ReportTable {
  if (!KINDS.includes(kind)) {
    throw new GuanaiError([issue('invalid_value', ['kind'], { allowed: KINDS })]);
  }
  if (!Array.isArray(rows)) {
    throw new GuanaiError([issue('invalid_argument', [], { name: 'rows', rule: 'array' })]);
  }
  // Rows not made by ledgerReport, supervisionSummary or holderSummary (a field missing).
  return diagnosed(
    'reportTable',
    () => tableOf(kind, rows, localeData(options)),
    () => issue('invalid_argument', [], { name: 'rows', rule: 'object' }),
  );
}

function tableOf<K extends keyof ReportRows>(
  kind: K,
  rows: readonly ReportRows[K][],
  { labels }: LocaleData,
): ReportTable {
  const column = labels.reportColumn;
  const place = (row: { code: string; level: LedgerReportRow['level']; name?: string }) => [
    row.code,
    labels.regionLevel[row.level],
    row.name ?? '',
  ];
  if (kind === 'holders') {
    return {
      header: HOLDER_COLUMNS.map((key) => column[key]),
      rows: (rows as readonly HolderRow[]).map((row) => [
        row.caregiverId,
        row.role === undefined ? '' : labelOr(labels.caregiverRole, row.role),
        labelOr(labels.duty, row.duty),
        ...HOLDER_COLUMNS.slice(3).map((key) => row[key] as number),
      ]),
    };
  }
  if (kind === 'supervision') {
    return {
      header: SUPERVISION_COLUMNS.map((key) => column[key]),
      rows: (rows as readonly SupervisionRow[]).map((row) => [
        ...place(row),
        ...SUPERVISION_COLUMNS.slice(3).map((key) => row[key] as number),
      ]),
    };
  }
  const unknown = labels.tri.unknown;
  // Columns in the order the locale lists each enum (a child is not an elder's category).
  const categories = keysOf<RuleKey>(labels.category).filter(
    (key): key is CategoryKey => key !== 'leftBehindChild',
  );
  const bands = keysOf<AgeBand>(labels.ageBand);
  const living = keysOf<LivingArrangement>(labels.livingArrangement);
  const ability = keysOf<AbilityLevel>(labels.abilityLevel);
  return {
    header: [
      column.code,
      column.level,
      column.name,
      column.elders,
      ...categories.map((key) => labels.category[key]),
      ...categories.map((key) => `${labels.category[key]}（${unknown}）`),
      ...bands.map((band) => labels.ageBand[band]),
      ...living.map((key) => labels.livingArrangement[key]),
      column.livingArrangementUnknown,
      ...ability.map((level) => labels.abilityLevel[level]),
      column.abilityNotAssessed,
    ],
    rows: (rows as readonly LedgerReportRow[]).map((row) => [
      ...place(row),
      row.elders,
      ...categories.map((key) => row.categories[key]),
      ...categories.map((key) => row.unknown[key]),
      ...bands.map((band) => row.ageBands[band]),
      ...living.map((key) => row.livingArrangement[key]),
      row.livingArrangement.unknown,
      ...ability.map((level) => row.abilityLevel[level]),
      row.abilityLevel.unknown,
    ]),
  };
}
