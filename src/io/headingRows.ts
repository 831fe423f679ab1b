import { groupHeading, parseGroupHeading } from './groupHeading.js';
import { memberColumn, parseGroupLabel } from './groupLabel.js';
import { columnsByHeading } from './headingIndex.js';
import { labelKey } from './labelIndex.js';
import type { LedgerColumn } from './ledgerColumn.js';
import { LEDGER_GROUPS, type LedgerGroup } from './ledgerGroups.js';
import type { LedgerKind } from './ledgerKind.js';
import { lineOf, readReportLine } from './reportLine.js';

/** How many rows from the top may hold the heading: titles and 填报 lines take a few at most. @internal */
export const HEADING_LOOK_AHEAD = 10;

/** Headings of the row-number column officials add (1, 2, 3 …): dropped, never read. @internal */
export const SERIAL_HEADINGS: ReadonlySet<string> = new Set(['序号', 'no.', '#']);

/** Where the heading is: its row (0-based) and the row of group cells above it, if any. @internal */
export interface HeadingRows {
  readonly upper: number | undefined;
  readonly row: number;
}

/**
 * How strongly a row reads as a heading: one for each distinct cell naming a known column, a
 * canonical group heading (子女1姓名) or 序号; two for a group cell (子女情况, 子女1), which no
 * title or 填报 line is.
 */
function headingScore(kind: LedgerKind, texts: readonly string[], groups: boolean): number {
  const byHeading = columnsByHeading(kind);
  const seen = new Set<string>();
  let score = 0;
  for (const cell of texts) {
    const key = labelKey(cell);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    if (byHeading.has(key) || SERIAL_HEADINGS.has(key)) score += 1;
    else if (groups && parseGroupHeading(cell)) score += 1;
    else if (groups && parseGroupLabel(cell)) score += 2;
  }
  return score;
}

/** Whether `lower` names a member column of a group labelled in `upper` at or left of it. */
function hasGroupBelow(upper: readonly string[], lower: readonly string[]): boolean {
  let group: LedgerGroup | undefined;
  for (let c = 0; c < lower.length; c++) {
    const label = upper[c] ? parseGroupLabel(upper[c] as string) : undefined;
    if (label) group = label.group;
    if (group && memberColumn(group, lower[c] ?? '')) return true;
  }
  return false;
}

/**
 * The heading: the first row within `HEADING_LOOK_AHEAD` that names at least two known columns
 * (or a group), else the first row as before. It has two rows when it holds group cells over the
 * group's columns in the row below (子女情况 over 姓名 / 关系 …), or when the row just above it
 * is a row of category cells (two or more texts, no 填报 line) over its columns.
 * @internal
 */
export function findHeading(kind: LedgerKind, texts: readonly (readonly string[])[]): HeadingRows {
  const groups = kind === 'elders';
  const end = Math.min(texts.length, HEADING_LOOK_AHEAD);
  let row = 0;
  for (let r = 0; r < end; r++)
    if (headingScore(kind, texts[r] ?? [], groups) >= 2) {
      row = r;
      break;
    }
  const below = texts[row + 1];
  const top = texts[row] ?? [];
  if (below && ((groups && hasGroupBelow(top, below)) || isLowerHeading(kind, top, below, groups)))
    return { upper: row, row: row + 1 };
  const above = row > 0 ? (texts[row - 1] ?? []) : [];
  if (row > 0 && isCategoryRow(above)) return { upper: row - 1, row };
  return { upper: undefined, row };
}

/**
 * Whether a row below a heading row completes it: each of its cells is blank, a copy of the cell
 * above (merged down) or a heading (a known column, a group heading or column, 序号), and at
 * least one is a new heading — under a category cell (基本情况) or beside columns merged down.
 * A record's row holds an id or a name, which no heading is.
 */
function isLowerHeading(
  kind: LedgerKind,
  upper: readonly string[],
  lower: readonly string[],
  groups: boolean,
): boolean {
  const byHeading = columnsByHeading(kind);
  let fresh = false;
  for (let c = 0; c < lower.length; c++) {
    const low = (lower[c] ?? '').trim();
    if (low === '' || low === (upper[c] ?? '').trim()) continue;
    const key = labelKey(low);
    const known =
      byHeading.has(key) ||
      SERIAL_HEADINGS.has(key) ||
      (groups &&
        (parseGroupHeading(low) !== undefined ||
          LEDGER_GROUPS.some((group) => memberColumn(group, low) !== undefined)));
    if (!known) return false;
    fresh = true;
  }
  return fresh;
}

/** Two or more distinct texts, and no 填报 line: cells over groups of columns. */
function isCategoryRow(texts: readonly string[]): boolean {
  let first: string | undefined;
  for (const cell of texts) {
    const text = cell.trim();
    if (text === '') continue;
    if (first === undefined) first = text;
    else if (text !== first) return !readReportLine(lineOf(texts));
  }
  return false;
}

/** A group being read across the upper row: its label, ordinal and the member columns seen. */
interface Span {
  readonly label: string;
  readonly group: LedgerGroup;
  readonly language: 'zh-CN' | 'en';
  ordinal: number;
  readonly seen: Set<LedgerColumn>;
}

const CHINESE = /[\u3400-\u9fff]/;

/**
 * One heading row from two: under a group cell (子女情况, or 子女2), each member column becomes
 * its canonical heading (子女1姓名 …) — the k-th repetition of the group's columns under one
 * group cell is member k, under 子女2 it is member 2; a group cell spans the cells after it that
 * are blank or repeat it (a merged cell's copies) while the cells below name the group's columns;
 * the label again after blanks, or a new merged range (`mergeStarts`, 0-based columns), starts a
 * new member. Any other column takes
 * its lower cell, else its upper one (merged down, or written in either row).
 * @internal
 */
export function combineHeadings(
  upper: readonly string[],
  lower: readonly string[],
  mergeStarts: ReadonlySet<number>,
): string[] {
  const width = Math.max(upper.length, lower.length);
  const headings: string[] = new Array(width);
  const used = new Map<LedgerGroup, number>();
  let span: Span | undefined;
  let before = '';
  for (let c = 0; c < width; c++) {
    const up = (upper[c] ?? '').trim();
    const low = (lower[c] ?? '').trim();
    const label = up === '' ? undefined : parseGroupLabel(up);
    // The same label right after itself is a merged cell's copy; after blanks it is a new group.
    const copy = span !== undefined && up === span.label && before === up && !mergeStarts.has(c);
    before = up;
    if (label && !copy) {
      const ordinal = label.ordinal ?? (used.get(label.group) ?? 0) + 1;
      const language = CHINESE.test(up) ? 'zh-CN' : 'en';
      span = { label: up, group: label.group, language, ordinal, seen: new Set() };
    } else if (!label && !(up === '' && span && memberColumn(span.group, low))) span = undefined;
    headings[c] = span ? memberHeading(span, low, used) : low || up;
  }
  return headings;
}

/** The canonical heading of a column under a group cell; a repeated member column starts the next member. */
function memberHeading(span: Span, low: string, used: Map<LedgerGroup, number>): string {
  const column = memberColumn(span.group, low);
  const single = span.group.single === true;
  if (column && span.seen.has(column)) {
    if (!single) span.ordinal++;
    span.seen.clear();
  }
  if (column) span.seen.add(column);
  used.set(span.group, Math.max(used.get(span.group) ?? 0, span.ordinal));
  const ordinal = single ? undefined : span.ordinal;
  if (column) return groupHeading(span.group, ordinal, column, span.language);
  if (low === '') return span.label;
  // A column of the group guanai does not know: kept under the member's name, as an extra column.
  const word = span.language === 'zh-CN' ? span.group.zh : `${span.group.en} `;
  return span.language === 'zh-CN'
    ? `${word}${ordinal ?? ''}${low}`
    : `${word}${ordinal === undefined ? '' : `${ordinal} `}${low}`;
}
