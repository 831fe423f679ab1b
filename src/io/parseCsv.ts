/**
 * The rows of a CSV text, the rows whose quotes were left open or out of place, and the rows
 * with a cell that starts with `'` (a spreadsheet's text mark, which a ledger reader takes off:
 * no other row needs a second look at its cells). @internal
 */
export interface ParsedCsv {
  readonly rows: string[][];
  readonly badQuoteRows: ReadonlySet<number>;
  readonly quoteMarkRows: ReadonlySet<number>;
}

const QUOTE = 34;
const QUOTE_MARK = 39;
const CR = 13;
const LF = 10;

/**
 * Split CSV text (RFC 4180) into rows of cells with a known delimiter. A line ends at CRLF, LF or
 * a lone CR — whichever a file mixes, a line break outside quotes never joins two records. A
 * quote opens a quoted cell only at a cell's start (elsewhere it is a character); `""` inside
 * is one quote. A quote that never closes is read as a plain character and its row is marked,
 * so the rows after it are read as rows rather than swallowed into one cell; so is a row whose
 * closing quote is followed by more than the delimiter or a line break. One pass, no recursion:
 * O(length of the text).
 * @internal
 */
export function parseCsv(text: string, delimiter: string): ParsedCsv {
  const separator = delimiter.charCodeAt(0);
  const rows: string[][] = [];
  const badQuoteRows = new Set<number>();
  const quoteMarkRows = new Set<number>();
  // A row's cells gather in one array reused for every row, each row then copied out at its
  // size: pushing onto a fresh array per row regrew it several times over a 50-column row.
  const row: string[] = [];
  let width = 0;
  let i = 0;
  const length = text.length;
  const after: { index: number } = { index: 0 };
  // Each iteration reads one cell starting at i, then the delimiter or line break after it.
  while (i <= length) {
    let cell: string;
    const first = text.charCodeAt(i);
    if (first !== QUOTE) {
      if (first === QUOTE_MARK) quoteMarkRows.add(rows.length);
      const end = plainEnd(text, i, separator);
      cell = text.slice(i, end);
      i = end;
    } else {
      const quoted = readQuoted(text, i + 1, after);
      if (quoted === undefined) {
        // Never closed: the quote is a character; read the cell unquoted.
        badQuoteRows.add(rows.length);
        const end = plainEnd(text, i + 1, separator);
        cell = text.slice(i, end);
        i = end;
      } else {
        cell = quoted;
        i = after.index;
        const next = text.charCodeAt(i);
        if (i < length && next !== separator && next !== CR && next !== LF) {
          badQuoteRows.add(rows.length);
          const end = plainEnd(text, i, separator);
          cell += text.slice(i, end);
          i = end;
        }
        if (cell.charCodeAt(0) === QUOTE_MARK) quoteMarkRows.add(rows.length);
      }
    }
    row[width++] = cell;
    if (i >= length) break;
    const code = text.charCodeAt(i);
    if (code === separator) {
      i += 1;
      continue;
    }
    i += code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    rows.push(row.slice(0, width));
    width = 0;
    if (i >= length) return { rows, badQuoteRows, quoteMarkRows };
  }
  rows.push(row.slice(0, width));
  return { rows, badQuoteRows, quoteMarkRows };
}

/** Where an unquoted cell starting at `from` ends: the next delimiter or line break. */
function plainEnd(text: string, from: number, separator: number): number {
  let i = from;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === separator || code === CR || code === LF) break;
  }
  return i;
}

/**
 * A quoted cell's value, each `""` in it one quote, with `after.index` set past its closing
 * quote; undefined when it never closes. The pieces between doubled quotes are joined once at
 * the end: adding them one by one made a string of hundreds of parts per JSON cell, which every
 * later reader of the cell had to flatten again.
 */
function readQuoted(text: string, from: number, after: { index: number }): string | undefined {
  let pieces: string[] | undefined;
  let start = from;
  let close = text.indexOf('"', from);
  while (close !== -1 && text.charCodeAt(close + 1) === QUOTE) {
    pieces ??= [];
    pieces.push(text.slice(start, close + 1));
    start = close + 2;
    close = text.indexOf('"', start);
  }
  if (close === -1) return undefined;
  after.index = close + 1;
  if (pieces === undefined) return text.slice(from, close);
  pieces.push(text.slice(start, close));
  return pieces.join('');
}
