/** The rows of a CSV text, and the rows whose quotes were left open or out of place. @internal */
export interface ParsedCsv {
  readonly rows: string[][];
  readonly badQuoteRows: ReadonlySet<number>;
}

const QUOTE = 34;
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
  let row: string[] = [];
  let i = 0;
  const length = text.length;
  // Each iteration reads one cell starting at i, then the delimiter or line break after it.
  while (i <= length) {
    let cell: string;
    if (text.charCodeAt(i) === QUOTE) {
      const close = closingQuote(text, i + 1);
      if (close === -1) {
        // Never closed: the quote is a character; read the cell unquoted.
        badQuoteRows.add(rows.length);
        const end = plainEnd(text, i + 1, separator);
        cell = text.slice(i, end);
        i = end;
      } else {
        cell = unquote(text, i + 1, close);
        i = close + 1;
        const next = text.charCodeAt(i);
        if (i < length && next !== separator && next !== CR && next !== LF) {
          badQuoteRows.add(rows.length);
          const end = plainEnd(text, i, separator);
          cell += text.slice(i, end);
          i = end;
        }
      }
    } else {
      const end = plainEnd(text, i, separator);
      cell = text.slice(i, end);
      i = end;
    }
    row.push(cell);
    if (i >= length) break;
    const code = text.charCodeAt(i);
    if (code === separator) {
      i += 1;
      continue;
    }
    i += code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= length) return { rows, badQuoteRows };
  }
  rows.push(row);
  return { rows, badQuoteRows };
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

/** The index of the quote that closes a quoted cell whose text starts at `from`; -1 if none. */
function closingQuote(text: string, from: number): number {
  let at = text.indexOf('"', from);
  while (at !== -1 && text.charCodeAt(at + 1) === QUOTE) at = text.indexOf('"', at + 2);
  return at;
}

/**
 * A quoted cell's value: one slice, each `""` in it made one quote. Split and joined: on a JSON
 * cell of hundreds of quotes that is several times faster than `replaceAll` or a regular
 * expression, and than joining the pieces one by one, which leaves a string of hundreds of parts
 * for every later reader to flatten.
 */
function unquote(text: string, from: number, close: number): string {
  const value = text.slice(from, close);
  return value.includes('"') ? value.split('""').join('"') : value;
}
