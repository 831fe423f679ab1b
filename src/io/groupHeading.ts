import { labelKey } from './labelIndex.js';
import type { LedgerColumn } from './ledgerColumn.js';
import { LEDGER_GROUPS, type LedgerGroup } from './ledgerGroups.js';

/**
 * The canonical heading of a group's member column: `子女1姓名` in Chinese, `Child 1 name` in
 * English; a single group (the entrusted carer) has no ordinal (`委托照料人姓名`).
 * @example
 * ```ts
 * const children = LEDGER_GROUPS[0];
 * if (children?.columns[0]) groupHeading(children, 2, children.columns[0], 'zh-CN'); // '子女2姓名'
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
  if (language === 'en') return `${group.en}${n ? ` ${n}` : ''} ${column.en}`;
  return `${group.zh}${n}${column.zh}`;
}

/** One way a heading may start: a group word (half-width, no spaces, lower case). */
interface GroupWord {
  readonly key: string;
  readonly group: LedgerGroup;
}

/** Every group word, longest first (子女情况 before 子女), built once. */
let groupWords: readonly GroupWord[] | undefined;
/** Each group's column words, by key. */
let columnWords: ReadonlyMap<LedgerGroup, ReadonlyMap<string, LedgerColumn>> | undefined;

function wordsOf(): {
  readonly groups: readonly GroupWord[];
  readonly columns: ReadonlyMap<LedgerGroup, ReadonlyMap<string, LedgerColumn>>;
} {
  if (!groupWords || !columnWords) {
    const groups: GroupWord[] = [];
    const columns = new Map<LedgerGroup, Map<string, LedgerColumn>>();
    for (const group of LEDGER_GROUPS) {
      for (const word of [group.zh, group.en, ...(group.aliases ?? [])])
        groups.push({ key: labelKey(word), group });
      const byKey = new Map<string, LedgerColumn>();
      for (const column of group.columns)
        for (const word of [column.zh, column.en, ...(column.aliases ?? [])])
          byKey.set(labelKey(word), column);
      columns.set(group, byKey);
    }
    groupWords = groups.sort((a, b) => b.key.length - a.key.length);
    columnWords = columns;
  }
  return { groups: groupWords, columns: columnWords };
}

const ORDINAL = /^(\d{1,2})/;

/**
 * The group, ordinal and member column a canonical heading names (`子女2去向`, `Child 2
 * whereabouts`, with any alias of the group word or the column; full-width and spaces ignored),
 * or undefined for any other heading.
 * @example
 * ```ts
 * parseGroupHeading('子女2去向')?.ordinal; // 2
 * ```
 * @category Ledger files
 */
export function parseGroupHeading(
  heading: string,
): { group: LedgerGroup; ordinal: number | undefined; column: LedgerColumn } | undefined {
  const key = labelKey(heading);
  const { groups, columns } = wordsOf();
  for (const word of groups) {
    if (!key.startsWith(word.key)) continue;
    const rest = key.slice(word.key.length);
    const digits = ORDINAL.exec(rest)?.[1];
    const column = columns.get(word.group)?.get(digits ? rest.slice(digits.length) : rest);
    if (!column) continue;
    if (word.group.single) {
      if (digits === undefined) return { group: word.group, ordinal: undefined, column };
    } else if (digits !== undefined && Number(digits) > 0)
      return { group: word.group, ordinal: Number(digits), column };
  }
  return undefined;
}
