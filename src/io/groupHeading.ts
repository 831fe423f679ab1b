import { groupWords, memberColumn } from './groupLabel.js';
import { labelKey } from './labelIndex.js';
import type { LedgerColumn } from './ledgerColumn.js';
import type { LedgerGroup } from './ledgerGroups.js';

/**
 * The canonical heading of one column of a repeated group: `子女1姓名`, `委托照料人姓名` (a
 * single group has no ordinal) in Chinese, `Child 1 name`, `Entrusted carer name` in English.
 * @example
 * ```ts
 * const children = LEDGER_GROUPS[0];
 * if (children) groupHeading(children, 2, children.columns[2]!, 'zh-CN'); // '子女2去向'
 * ```
 * @category Ledger files
 */
export function groupHeading(
  group: LedgerGroup,
  ordinal: number | undefined,
  column: LedgerColumn,
  language: 'zh-CN' | 'en',
): string {
  if (language === 'zh-CN') return `${group.zh}${ordinal ?? ''}${column.zh}`;
  return `${group.en}${ordinal === undefined ? '' : ` ${ordinal}`} ${column.en}`;
}

const ORDINAL = /^(\d{1,2})/;

/**
 * The group, ordinal and member column a heading names (`子女2去向`, `Child 2 whereabouts`,
 * `委托照料人姓名`), with any alias of the group word and of the column; half-width, spaces
 * ignored. Undefined for any other heading.
 * @example
 * ```ts
 * parseGroupHeading('子女2外出年月')?.ordinal; // 2
 * ```
 * @category Ledger files
 */
export function parseGroupHeading(
  heading: string,
): { group: LedgerGroup; ordinal: number | undefined; column: LedgerColumn } | undefined {
  const key = labelKey(heading);
  for (const word of groupWords()) {
    if (!key.startsWith(word.key)) continue;
    const rest = key.slice(word.key.length);
    const digits = ORDINAL.exec(rest)?.[1];
    const column = memberColumn(word.group, digits ? rest.slice(digits.length) : rest);
    if (column) return { group: word.group, ordinal: digits ? Number(digits) : undefined, column };
  }
  return undefined;
}
