import { labelKey } from './labelIndex.js';
import type { LedgerColumn } from './ledgerColumn.js';
import { LEDGER_GROUPS, type LedgerGroup } from './ledgerGroups.js';

/**
 * The canonical heading of one member column of a repeated group: `子女2去向` in Chinese,
 * `Child 2 whereabouts` in English; a single group (the entrusted carer) has no ordinal.
 * @example
 * ```ts
 * const children = LEDGER_GROUPS[0];
 * const name = children?.columns[0];
 * if (children && name) groupHeading(children, 2, name, 'zh-CN'); // '子女2姓名'
 * ```
 * @category Ledger files
 */
export function groupHeading(
  group: LedgerGroup,
  ordinal: number | undefined,
  column: LedgerColumn,
  language: 'zh-CN' | 'en',
): string {
  const n = group.single || ordinal === undefined ? '' : String(ordinal);
  return language === 'en'
    ? [group.en, n, column.en].filter((part) => part !== '').join(' ')
    : `${group.zh}${n}${column.zh}`;
}

interface GroupWord {
  readonly key: string;
  readonly group: LedgerGroup;
}

let groupWords: readonly GroupWord[] | undefined;

/** Every group word and alias by `labelKey`, longest first so that 子女情况 wins over 子女. */
function wordsOfGroups(): readonly GroupWord[] {
  groupWords ??= LEDGER_GROUPS.flatMap((group) =>
    [group.zh, group.en, ...(group.aliases ?? [])].map((word) => ({ key: labelKey(word), group })),
  ).sort((a, b) => b.key.length - a.key.length);
  return groupWords;
}

/** The member column a heading names inside a group, by `labelKey`. */
function memberOf(group: LedgerGroup, key: string): LedgerColumn | undefined {
  for (const column of group.columns)
    for (const heading of [column.zh, column.en, column.field, ...(column.aliases ?? [])])
      if (labelKey(heading) === key) return column;
  return undefined;
}

/**
 * What a group heading names: the group, the ordinal (undefined when the heading has none, as in
 * 子女姓名 or 委托照料人姓名) and the member column; undefined for any other heading. Aliases of
 * the group word and of the column are read; full-width characters and spaces are ignored.
 * @example
 * ```ts
 * parseGroupHeading('子女2去向')?.ordinal; // 2
 * parseGroupHeading('Child 1 name')?.column.field; // 'name'
 * ```
 * @category Ledger files
 */
export function parseGroupHeading(
  heading: string,
): { group: LedgerGroup; ordinal: number | undefined; column: LedgerColumn } | undefined {
  const key = labelKey(heading);
  for (const word of wordsOfGroups()) {
    if (!key.startsWith(word.key)) continue;
    const rest = key.slice(word.key.length);
    const digits = /^\d{1,3}/.exec(rest)?.[0] ?? '';
    const column = memberOf(word.group, rest.slice(digits.length));
    if (!column) continue;
    const ordinal = digits === '' ? undefined : Number(digits);
    if (ordinal === 0) return undefined;
    return { group: word.group, ordinal, column };
  }
  return undefined;
}
