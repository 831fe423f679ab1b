import { parseGroupHeading } from '../io/index.js';

/**
 * A one-row heading laid out as the two heading rows of a printed 台账: each group column's
 * group (子女1) on the top row over its own column (姓名) below, a run of one member's columns
 * under one merged group cell; every other heading on the top row, merged down over both.
 * @internal
 */
export interface PrintedHeading {
  readonly top: readonly string[];
  readonly bottom: readonly string[];
  /** Columns whose heading covers both rows (0-based). */
  readonly whole: readonly number[];
  /** Runs of a member's columns under one group cell: first and last column (0-based). */
  readonly groups: readonly (readonly [number, number])[];
}

/** The two heading rows of `headings` (canonical group headings such as 子女1姓名). @internal */
export function printedHeading(
  headings: readonly string[],
  language: 'zh-CN' | 'en',
): PrintedHeading {
  const top: string[] = [];
  const bottom: string[] = [];
  const whole: number[] = [];
  const groups: [number, number][] = [];
  let run: [number, number] | undefined;
  headings.forEach((heading, i) => {
    const found = parseGroupHeading(heading);
    if (!found) {
      top.push(heading);
      bottom.push('');
      whole.push(i);
      run = undefined;
      return;
    }
    const { group, ordinal, column } = found;
    const n = group.single || ordinal === undefined ? '' : String(ordinal);
    const label = language === 'en' ? `${group.en}${n ? ` ${n}` : ''}` : `${group.zh}${n}`;
    if (run && top[i - 1] === label) run[1] = i;
    else {
      run = [i, i];
      groups.push(run);
    }
    top.push(label);
    bottom.push(language === 'en' ? column.en : column.zh);
  });
  return { top, bottom, whole, groups };
}

/** How narrow a printed column may be (in characters of a Latin font). @internal */
export const MIN_WIDTH = 5;
/** How wide a printed column may be: a longer cell wraps or is cut on paper. @internal */
export const MAX_WIDTH = 36;

/**
 * How wide a text prints, in Latin characters: a Chinese (or other wide) character counts two.
 * Stops counting past `MAX_WIDTH`, so a long cell costs no more than a short one.
 * @internal
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length && width <= MAX_WIDTH; i++)
    width += text.charCodeAt(i) >= 0x1100 ? 2 : 1;
  return width;
}

/**
 * Each column's width: the widest of its heading (a group cell shared by its run) and its cells
 * in the first `sample` rows, plus a margin, within `MIN_WIDTH`–`MAX_WIDTH`. Headings wrap, so
 * a long heading counts at most 12 characters.
 * @internal
 */
export function columnWidths(
  heading: PrintedHeading,
  rows: readonly (readonly string[])[],
  sample = 500,
): number[] {
  const widths = heading.top.map((top, i) =>
    Math.min(
      12,
      Math.max(displayWidth(heading.bottom[i] ?? ''), heading.bottom[i] ? 0 : displayWidth(top)),
    ),
  );
  for (const [first, last] of heading.groups) {
    const share = Math.ceil(
      Math.min(12, displayWidth(heading.top[first] ?? '')) / (last - first + 1),
    );
    for (let i = first; i <= last; i++) widths[i] = Math.max(widths[i] ?? 0, share);
  }
  const count = Math.min(rows.length, sample);
  for (let r = 0; r < count; r++) {
    const row = rows[r] ?? [];
    for (let i = 0; i < widths.length; i++)
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(row[i] ?? ''));
  }
  return widths.map((width) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2)));
}
