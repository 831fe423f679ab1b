import { labelKey } from './labelIndex.js';
import type { LedgerColumn } from './ledgerColumn.js';
import { LEDGER_GROUPS, type LedgerGroup } from './ledgerGroups.js';

interface GroupWord {
  readonly key: string;
  readonly group: LedgerGroup;
}

let words: readonly GroupWord[] | undefined;
const members = new Map<LedgerGroup, ReadonlyMap<string, LedgerColumn>>();

/** Every group word and alias by `labelKey`, longest first (子女情况 before 子女). @internal */
export function groupWords(): readonly GroupWord[] {
  words ??= LEDGER_GROUPS.flatMap((group) =>
    [group.zh, group.en, ...(group.aliases ?? [])].map((word) => ({ key: labelKey(word), group })),
  ).sort((a, b) => b.key.length - a.key.length);
  return words;
}

/** The member column a heading names within a group (its Chinese, English, field or alias). @internal */
export function memberColumn(group: LedgerGroup, heading: string): LedgerColumn | undefined {
  let index = members.get(group);
  if (!index) {
    const built = new Map<string, LedgerColumn>();
    for (const column of group.columns)
      for (const word of [column.zh, column.en, column.field, ...(column.aliases ?? [])])
        built.set(labelKey(word), column);
    index = built;
    members.set(group, index);
  }
  return index.get(labelKey(heading));
}

const CHINESE_DIGITS = '一二三四五六七八九';
/** An ordinal after a group word: 1, (2), （3）, 一, 二 … up to 99. */
const ORDINAL = /^[(（]?(\d{1,2}|[一二三四五六七八九十])[)）]?$/;

function ordinalOf(text: string): number | undefined {
  const found = ORDINAL.exec(text)?.[1];
  if (found === undefined) return undefined;
  if (found === '十') return 10;
  const chinese = CHINESE_DIGITS.indexOf(found);
  return chinese >= 0 ? chinese + 1 : Number(found);
}

/**
 * The group an upper heading cell names, as a two-row heading writes it over the group's
 * columns — 子女情况, 子女1, 子女（二）, 赡养人, Child 2 — and its ordinal when it gives one.
 * @internal
 */
export function parseGroupLabel(
  text: string,
): { readonly group: LedgerGroup; readonly ordinal: number | undefined } | undefined {
  const key = labelKey(text);
  if (key === '') return undefined;
  for (const word of groupWords()) {
    if (!key.startsWith(word.key)) continue;
    const rest = key.slice(word.key.length);
    if (rest === '') return { group: word.group, ordinal: undefined };
    const ordinal = ordinalOf(rest);
    if (ordinal !== undefined && ordinal > 0) return { group: word.group, ordinal };
  }
  return undefined;
}
