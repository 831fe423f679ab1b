import { type IssuePath, issue } from '../errors/index.js';
import { fieldKeys } from './fieldPath.js';
import { columnsByHeading } from './headingIndex.js';
import { labelKey } from './labelIndex.js';
import { headingIn, type LedgerLanguage } from './language.js';
import type { LedgerColumn } from './ledgerColumn.js';
import { LEDGER_COLUMNS, MORE_COLUMN } from './ledgerColumns.js';
import type { LedgerKind } from './ledgerKind.js';
import type { LedgerCellIssue } from './ledgerSheet.js';

/** Where each heading of a file goes: a known column, or an extra column kept as it is. @internal */
export interface Layout {
  readonly known: readonly { readonly index: number; readonly column: LedgerColumn }[];
  readonly extra: readonly { readonly index: number; readonly heading: string }[];
  readonly headingOf: ReadonlyMap<LedgerColumn, string>;
  readonly language: LedgerLanguage;
  readonly issues: readonly LedgerCellIssue[];
}

/** The layout of a file of `kind` from its headings (`hasData`: blank-headed columns that hold anything). @internal */
export function layoutOf(
  kind: LedgerKind,
  headings: readonly string[],
  hasData: readonly boolean[],
): Layout {
  const byHeading = columnsByHeading(kind);
  const known: { index: number; column: LedgerColumn }[] = [];
  const extra: { index: number; heading: string }[] = [];
  const headingOf = new Map<LedgerColumn, string>();
  const issues: LedgerCellIssue[] = [];
  let zh = 0;
  let en = 0;
  headings.forEach((heading, index) => {
    const column = byHeading.get(labelKey(heading));
    if (!column) {
      // A column without a heading is kept too when it holds anything: nothing read is dropped.
      if (heading !== '' || hasData[index]) extra.push({ index, heading });
      return;
    }
    if (headingOf.has(column)) {
      issues.push({ column: heading, issue: issue('duplicate_column', [], { column: heading }) });
      return;
    }
    known.push({ index, column });
    headingOf.set(column, heading);
    if (labelKey(heading) === labelKey(column.en)) en++;
    else zh++;
  });
  return { known, extra, headingOf, language: en > zh ? 'en' : 'zh-CN', issues };
}

/** Whether `path` begins with every key of `prefix`. @internal */
export const startsWith = (path: IssuePath, prefix: IssuePath): boolean =>
  prefix.length <= path.length && prefix.every((key, i) => path[i] === key);

/** A cell issue's place in the file, without the issue. @internal */
export type LedgerCellIssuePlace = Omit<LedgerCellIssue, 'issue'>;

/**
 * Where a record path lies in the file: the known column with the longest matching field (else
 * 其他信息), and the rest of the path inside that column's cell.
 * @internal
 */
export function placeOf(path: IssuePath, layout: Layout, kind: LedgerKind): LedgerCellIssuePlace {
  let best: LedgerColumn | undefined;
  for (const column of LEDGER_COLUMNS[kind]) {
    const keys = fieldKeys(column.field);
    if (startsWith(path, keys) && keys.length > fieldKeys(best?.field ?? '').length) best = column;
  }
  const column = best ?? (layout.headingOf.has(MORE_COLUMN) ? MORE_COLUMN : undefined);
  if (!column) return { column: undefined };
  const within = path.slice(fieldKeys(column.field).length);
  return {
    column: layout.headingOf.get(column) ?? headingIn(column, layout.language),
    ...(within.length > 0 ? { within } : {}),
  };
}
