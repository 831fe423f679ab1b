import { serialToDate } from './cellDates.js';
import { unescapeCellText } from './sharedStrings.js';
import { unreadableXml, XmlScanner, XmlToken } from './xmlScanner.js';

/** A merged range of a sheet, 1-based and inclusive. @internal */
export interface SheetMerge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** What a sheet's cells are read against: the workbook's strings, date styles, date system. @internal */
export interface SheetContext {
  readonly strings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** A sheet as XML gives it, before its merges are applied. @internal */
export interface SheetCells {
  /** By 0-based row index: the row's cells (holes where none), as long as its last cell. */
  readonly rows: (unknown[] | undefined)[];
  /** Rows with a cell that holds something (a value, an error, a formula): the others are blank. */
  readonly valued: Set<number>;
  readonly merges: SheetMerge[];
}

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
/** A cell that holds nothing but a style: it makes its row no longer, not valued. */
const STYLED_ONLY = Symbol('styled');

/**
 * The cells of one worksheet part (xl/worksheets/sheetN.xml) as plain values — text, number,
 * boolean, or a Date at UTC for a number in a date style — by row and column, and its merged
 * ranges: `<row r>`, `<c r t s>` with `<v>` (shared string, number, boolean, error, a formula's
 * cached result) or `<is>` (inline text, rich text joined), `<mergeCell ref>`. An error cell, and
 * a formula with no cached result, hold undefined but count as filled. Rows and cells missing
 * their `r` follow the one before. Elements it has no use for are skipped whole; a row or cell
 * outside a sheet's bounds, a string index past the shared strings, or a tag left open is
 * `unreadable_file`. One pass, bounded by the part's length.
 * @internal
 */
export function sheetCells(xml: string, context: SheetContext): SheetCells {
  const scanner = new XmlScanner(xml);
  const rows: (unknown[] | undefined)[] = [];
  const valued = new Set<number>();
  const merges: SheetMerge[] = [];
  let row = 0;
  let column = 0;
  for (let token = scanner.next(); token !== XmlToken.End; token = scanner.next()) {
    if (token === XmlToken.Close) continue;
    const { name } = scanner;
    if (name === 'c') {
      column = columnOf(scanner.attr('r'), column);
      if (row < 1) row = 1;
      const value = cellValue(scanner, token, context);
      if (value === STYLED_ONLY) {
        const cells = rowAt(rows, row - 1);
        if (cells.length < column) cells.length = column;
      } else if (value !== NOTHING) {
        rowAt(rows, row - 1)[column - 1] = value;
        valued.add(row - 1);
      }
    } else if (name === 'row') {
      row = rowOf(scanner.attr('r'), row);
      column = 0;
    } else if (name === 'mergeCell') {
      merges.push(rangeOf(scanner.attr('ref')));
    } else if (token === XmlToken.Open && !CONTAINERS.has(name)) {
      scanner.skipElement();
    }
  }
  return { rows, valued, merges };
}

/** Row `index` of `rows`, made if missing. @internal */
export function rowAt(rows: (unknown[] | undefined)[], index: number): unknown[] {
  const found = rows[index];
  if (found) return found;
  const made: unknown[] = [];
  rows[index] = made;
  return made;
}

/** Elements whose content holds what is read: the others are skipped unread. */
const CONTAINERS = new Set(['worksheet', 'sheetData', 'row', 'mergeCells']);
/** A cell with no value and no style: as if it were not there. */
const NOTHING = Symbol('nothing');

/** The value of the cell whose tag the scanner just read, reading on to its end. */
function cellValue(scanner: XmlScanner, token: XmlToken, context: SheetContext): unknown {
  const type = scanner.attr('t') ?? 'n';
  const style = Number(scanner.attr('s') ?? 0);
  let raw: string | undefined;
  let formula = false;
  if (token === XmlToken.Open) {
    for (let next = scanner.next(); next !== XmlToken.Close || scanner.name !== 'c'; ) {
      if (next === XmlToken.End) throw unreadableXml();
      if (next !== XmlToken.Close) {
        const name = scanner.name;
        if (name === 'v') raw = (raw ?? '') + leafText(scanner, next);
        else if (name === 'is') raw = (raw ?? '') + inlineText(scanner, next);
        else if (name === 'f') {
          if (scanner.attr('t') !== undefined) formula = true;
          if (leafText(scanner, next) !== '') formula = true;
        } else if (next === XmlToken.Open) scanner.skipElement();
      }
      next = scanner.next();
    }
  }
  if (formula)
    return raw === undefined || raw === '' ? undefined : typed(type, raw, style, context);
  if (raw === undefined || raw === '') return style > 0 ? STYLED_ONLY : NOTHING;
  return typed(type, raw, style, context);
}

/** A cell's raw text read by its type, as exceljs reads it. */
function typed(type: string, raw: string, style: number, context: SheetContext): unknown {
  switch (type) {
    case 's': {
      const found = context.strings[Number.parseInt(raw, 10)];
      if (found === undefined) throw unreadableXml();
      return found;
    }
    case 'str':
      // A formula's text result, kept as written: exceljs writes it without `_xHHHH_` escapes.
      return raw;
    case 'inlineStr':
      return unescapeCellText(raw);
    case 'b':
      return Number.parseInt(raw, 10) !== 0;
    case 'e':
      return undefined;
    case 'd':
      return isoDate(raw);
    default: {
      const value = Number.parseFloat(raw);
      return context.dateStyles[style] ? serialToDate(value, context.date1904) : value;
    }
  }
}

/** The text of an element with no children (`<v>`, `<f>`, `<t>`); empty for `<v/>`. */
function leafText(scanner: XmlScanner, token: XmlToken): string {
  if (token === XmlToken.Empty) return '';
  const name = scanner.name;
  if (scanner.next() !== XmlToken.Close || scanner.name !== name) throw unreadableXml();
  return scanner.text();
}

/** The text of an inline string `<is>`: its `<t>`, or its rich text runs' `<t>` joined. */
function inlineText(scanner: XmlScanner, token: XmlToken): string {
  if (token === XmlToken.Empty) return '';
  let text = '';
  for (let next = scanner.next(); next !== XmlToken.Close || scanner.name !== 'is'; ) {
    if (next === XmlToken.End) throw unreadableXml();
    if (next !== XmlToken.Close) {
      if (scanner.name === 't') text += leafText(scanner, next);
      else if (scanner.name !== 'r' && next === XmlToken.Open) scanner.skipElement();
    }
    next = scanner.next();
  }
  return text;
}

/** A `t="d"` cell: an ISO 8601 date or date-time, read at UTC. */
function isoDate(raw: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? new Date(`${raw}T00:00:00Z`) : undefined;
  const time =
    date ??
    (/^\d{4}-\d{2}-\d{2}T[\d:.]+Z?$/.test(raw)
      ? new Date(raw.endsWith('Z') ? raw : `${raw}Z`)
      : undefined);
  if (time === undefined || Number.isNaN(time.getTime())) throw unreadableXml();
  return time;
}

/** A cell's column from its reference (B3 → 2), else the one after `previous`. */
function columnOf(reference: string | undefined, previous: number): number {
  if (reference === undefined) {
    if (previous >= MAX_COLUMN) throw unreadableXml();
    return previous + 1;
  }
  let column = 0;
  let at = 0;
  for (; at < reference.length && at < 4; at++) {
    const code = reference.charCodeAt(at) & ~0x20;
    if (code < 0x41 || code > 0x5a) break;
    column = column * 26 + code - 0x40;
  }
  if (column < 1 || column > MAX_COLUMN || !/^\d*$/.test(reference.slice(at)))
    throw unreadableXml();
  return column;
}

/** A row's number from its `r`, else the one after `previous`. */
function rowOf(reference: string | undefined, previous: number): number {
  const row = reference === undefined ? previous + 1 : Number(reference);
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROW) throw unreadableXml();
  return row;
}

/** A merged range from its `ref` (A1:C2, or one cell), corners put in order. */
function rangeOf(ref: string | undefined): SheetMerge {
  const [from, to = from] = (ref ?? '').split(':');
  const first = cellOf(from);
  const last = cellOf(to);
  return {
    top: Math.min(first.row, last.row),
    left: Math.min(first.column, last.column),
    bottom: Math.max(first.row, last.row),
    right: Math.max(first.column, last.column),
  };
}

function cellOf(reference: string | undefined): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(reference ?? '');
  if (!match) throw unreadableXml();
  return { column: columnOf(match[1], 0), row: rowOf(match[2], 0) };
}
