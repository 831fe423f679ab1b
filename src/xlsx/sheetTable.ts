import { GuanaiError, issue } from '../errors/index.js';
import { rowAt, type SheetCells, type SheetMerge } from './sheetXml.js';
import { unreadableXml } from './xmlScanner.js';

/** The limits a sheet's table is held to. @internal */
export interface SheetLimits {
  readonly rows: number;
  readonly cells: number;
}

/**
 * A sheet's cells as the table readLedgerRows reads: by 0-based row, the cells of each row that
 * holds something (holes for the rest, which read as blank), every cell of a merged range
 * holding its first cell's value. Bounded before any merge is filled in: the last row past
 * `limits.rows`, or last row × widest row past `limits.cells`, is `input_too_large`; merged
 * ranges that overlap are `unreadable_file` (Excel cannot make them).
 * @internal
 */
export function sheetTable(sheet: SheetCells, limits: SheetLimits): unknown[][] {
  const { rows, valued } = sheet;
  const merges = sheet.merges;
  let bottom = 0;
  let right = 0;
  let area = 0;
  for (const merge of merges) {
    bottom = Math.max(bottom, merge.bottom);
    right = Math.max(right, merge.right);
    area += (merge.bottom - merge.top + 1) * (merge.right - merge.left + 1);
  }
  checkSize('rows', bottom, limits.rows);
  if (area > limits.cells) checkSize('cells', bottom * right, limits.cells);
  fillMerges(rows, valued, merges);
  let last = 0;
  let width = 0;
  for (const index of valued) {
    last = Math.max(last, index + 1);
    width = Math.max(width, rows[index]?.length ?? 0);
  }
  checkSize('rows', last, limits.rows);
  checkSize('cells', last * width, limits.cells);
  const table: unknown[][] = new Array(last);
  for (const index of valued) table[index] = rows[index] ?? [];
  return table;
}

/**
 * Each merged range's cells but the first set to the first's value (the first made present if
 * the sheet left it out), so that a row of a range reads as filled. Bounded by the ranges'
 * area, which the caller has checked.
 */
function fillMerges(rows: (unknown[] | undefined)[], valued: Set<number>, merges: SheetMerge[]) {
  const covered = new Set<number>();
  for (const merge of merges) {
    const master = rowAt(rows, merge.top - 1);
    if (master.length < merge.left) master.length = merge.left;
    const value = master[merge.left - 1];
    for (let row = merge.top; row <= merge.bottom; row++) {
      for (let column = merge.left; column <= merge.right; column++) {
        const key = row * 16_385 + column;
        if (covered.has(key)) throw unreadableXml();
        covered.add(key);
        if (row === merge.top && column === merge.left) continue;
        rowAt(rows, row - 1)[column - 1] = value;
        valued.add(row - 1);
      }
    }
  }
}

function checkSize(what: 'rows' | 'cells', size: number, limit: number) {
  if (size > limit) throw new GuanaiError([issue('input_too_large', [], { what, size, limit })]);
}
