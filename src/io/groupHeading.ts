import { labelKey } from './labelIndex.js';
import type { LedgerColumn } from './ledgerColumn.js';
import { LEDGER_GROUPS, type LedgerGroup } from './ledgerGroups.js';

/**
 * The canonical heading of one member column of a repeated group: `子女1姓名`, `赡养人2去向`,
 * `委托照料人姓名` (a single group has no ordinal) in Chinese; `Child 1 name`, `Supporter 2
 * whereabouts`, `Entrusted carer name` in English. An `ordinal` left undefined gives the heading
 * without one (`子女姓名`), as files with one row per child write it.
 * @example
 * ```ts
 * const children = LEDGER_GROUPS[0];
 * groupHeading(children, 2, children.columns[0], 'zh-CN'); // '子女2姓名'
 * groupHeading(children, 2, children.columns[0], 'en'); // 'Child 2 name'
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
  if (language === 'en') return `${group.en}${n === '' ? '' : ` ${n}`} ${column.en}`;
  return `${group.zh}${n}${column.zh}`;
}

/**
 * What a group heading names: the group, the member's ordinal (undefined when the heading
 * gives none, and always for a single group), and the member column.
 * @example
 * ```ts
 * const parts: GroupHeadingParts | undefined = parseGroupHeading('Child 1 name');
 * ```
 * @category Ledger files
 */
export interface GroupHeadingParts {
  readonly group: LedgerGroup;
  readonly ordinal: number | undefined;
  readonly column: LedgerColumn;
}

/** A group word (or alias) by its key, longest first so that 其他赡养人 wins over 赡养人. */
interface GroupWord {
  readonly key: string;
  readonly group: LedgerGroup;
  readonly columns: ReadonlyMap<string, LedgerColumn>;
}

let words: readonly GroupWord[] | undefined;

function groupWords(): readonly GroupWord[] {
  if (words) return words;
  const built: GroupWord[] = [];
  for (const group of LEDGER_GROUPS) {
    const columns = new Map<string, LedgerColumn>();
    for (const column of group.columns)
      for (const heading of [column.zh, column.en, column.field, ...(column.aliases ?? [])])
        columns.set(labelKey(heading), column);
    for (const word of [group.zh, group.en, ...(group.aliases ?? [])])
      built.push({ key: labelKey(word), group, columns });
  }
  words = built.sort((a, b) => b.key.length - a.key.length);
  return words;
}

/** 子女一姓名 as officials sometimes write it: the Chinese numerals one to ten. */
const CHINESE_ORDINALS = '一二三四五六七八九十';
const ORDINAL = /^(?:(\d{1,3})|([一二三四五六七八九十]))/;

/**
 * The group, ordinal and column a heading names — `子女1姓名`, `子女2现居住地`, `其他赡养人1姓名`,
 * `Child 2 whereabouts`, `委托照料人联系电话` — with any alias of the group word and of the column,
 * case, spaces and full-width forms ignored; undefined for any other heading. The ordinal is
 * 1 to 999 in digits, or 一 to 十; a single group's (the entrusted carer's) is always undefined.
 * @example
 * ```ts
 * const parts = parseGroupHeading('子女２务工地点');
 * parts?.group.zh; // '子女'
 * parts?.ordinal; // 2
 * parts?.column.field; // 'whereabouts'
 * ```
 * @category Ledger files
 */
export function parseGroupHeading(heading: string): GroupHeadingParts | undefined {
  const key = labelKey(heading);
  for (const word of groupWords()) {
    if (!key.startsWith(word.key)) continue;
    let rest = key.slice(word.key.length);
    const match = ORDINAL.exec(rest);
    let ordinal: number | undefined;
    if (match) {
      ordinal = match[1] ? Number(match[1]) : CHINESE_ORDINALS.indexOf(match[2] ?? '') + 1;
      rest = rest.slice(match[0].length);
    }
    const column = word.columns.get(rest);
    if (!column || ordinal === 0) continue;
    return { group: word.group, ordinal: word.group.single ? undefined : ordinal, column };
  }
  return undefined;
}
