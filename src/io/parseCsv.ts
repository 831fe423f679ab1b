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
 * Split CSV text (RFC 4180) into rows of cells with a known delimiter: {@link csvRows}, read to
 * the end. @internal
 */
export function parseCsv(text: string, delimiter: string): ParsedCsv {
  const cursor = csvRows(text, delimiter);
  const rows: string[][] = [];
  const badQuoteRows = new Set<number>();
  const quoteMarkRows = new Set<number>();
  // Bounded: every row read moves the cursor on by at least one character.
  for (let row = cursor.next(); row !== undefined; row = cursor.next()) {
    if (cursor.badQuote) badQuoteRows.add(rows.length);
    if (cursor.quoteMark) quoteMarkRows.add(rows.length);
    rows.push(row);
  }
  return { rows, badQuoteRows, quoteMarkRows };
}

/**
 * A CSV text read one row at a time, so that a reader can be done with a row before the next
 * is made. `badQuote` and `quoteMark` tell of the row `next` gave last. @internal
 */
export interface CsvCursor {
  /** The next row's cells, or undefined past the last row. */
  next(): string[] | undefined;
  /** The row had a quote left open, or a closing quote followed by more than the delimiter. */
  readonly badQuote: boolean;
  /** The row has a cell that starts with `'`. */
  readonly quoteMark: boolean;
}

/**
 * The rows of CSV text (RFC 4180) with a known delimiter, one at a time. A line ends at CRLF, LF
 * or a lone CR — whichever a file mixes, a line break outside quotes never joins two records. A
 * quote opens a quoted cell only at a cell's start (elsewhere it is a character); `""` inside
 * is one quote. A quote that never closes is read as a plain character and its row is marked,
 * so the rows after it are read as rows rather than swallowed into one cell; so is a row whose
 * closing quote is followed by more than the delimiter or a line break. One pass, no recursion:
 * O(length of the text). An empty text is one row of one empty cell.
 * @example
 * ```ts
 * const rows = csvRows('a,b\r\n"c""d",e', ',');
 * rows.next(); // ['a', 'b']
 * rows.next(); // ['c"d', 'e']
 * rows.next(); // undefined
 * ```
 * @internal
 */
export function csvRows(text: string, delimiter: string): CsvCursor {
  return new CsvRows(text, delimiter.charCodeAt(0));
}

class CsvRows implements CsvCursor {
  badQuote = false;
  quoteMark = false;
  private index = 0;
  private done = false;
  // A row's cells gather in one array reused for every row, each row then copied out at its
  // size: pushing onto a fresh array per row regrew it several times over a 50-column row.
  private readonly row: string[] = [];
  private readonly after: { index: number } = { index: 0 };
  // A quoted cell's unescaping, with its room reused for every cell as long as the cursor lives.
  private readonly unquote = unescaper();

  constructor(
    private readonly text: string,
    private readonly separator: number,
  ) {}

  next(): string[] | undefined {
    if (this.done) return undefined;
    const { text, separator, row } = this;
    const length = text.length;
    this.badQuote = false;
    this.quoteMark = false;
    let width = 0;
    let i = this.index;
    // Each iteration reads one cell starting at i, then the delimiter or line break after it.
    while (i <= length) {
      i = this.readCell(i, width++);
      if (i >= length) break;
      const code = text.charCodeAt(i);
      if (code === separator) {
        i += 1;
        continue;
      }
      i += code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      break;
    }
    // A line break at the very end ends the last row: no empty row follows it.
    this.done = i >= length;
    this.index = i;
    return row.slice(0, width);
  }

  /** Read the cell starting at `i` into the row at `at`; where the cell ends. */
  private readCell(i: number, at: number): number {
    const { text, separator, row } = this;
    const first = text.charCodeAt(i);
    if (first !== QUOTE) {
      if (first === QUOTE_MARK) this.quoteMark = true;
      const end = plainEnd(text, i, separator);
      row[at] = text.slice(i, end);
      return end;
    }
    const quoted = readQuoted(text, i + 1, this.after, this.unquote);
    if (quoted === undefined) {
      // Never closed: the quote is a character; read the cell unquoted.
      this.badQuote = true;
      const end = plainEnd(text, i + 1, separator);
      row[at] = text.slice(i, end);
      return end;
    }
    let cell = quoted;
    let end = this.after.index;
    const next = text.charCodeAt(end);
    if (end < text.length && next !== separator && next !== CR && next !== LF) {
      this.badQuote = true;
      const rest = plainEnd(text, end, separator);
      cell += text.slice(end, rest);
      end = rest;
    }
    if (cell.charCodeAt(0) === QUOTE_MARK) this.quoteMark = true;
    row[at] = cell;
    return end;
  }
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
 * quote; undefined when it never closes.
 */
function readQuoted(
  text: string,
  from: number,
  after: { index: number },
  unquote: Unescape,
): string | undefined {
  let close = text.indexOf('"', from);
  if (close === -1) return undefined;
  if (text.charCodeAt(close + 1) !== QUOTE) {
    after.index = close + 1;
    return text.slice(from, close);
  }
  // Bounded: each step moves past a doubled quote, or ends at the closing quote or none.
  while (close !== -1 && text.charCodeAt(close + 1) === QUOTE) close = text.indexOf('"', close + 2);
  if (close === -1) return undefined;
  after.index = close + 1;
  return unquote(text, from, close);
}

/** The text from `from` to `close` (a closed quoted cell's inside) with each `""` one quote. */
type Unescape = (text: string, from: number, close: number) => string;

/**
 * The unescaping a cursor uses: with the host's Buffer where there is one (Node), else joining
 * pieces. A JSON cell has hundreds of doubled quotes: a string made per piece was a fifth of a
 * ledger read's garbage, and copying the cell's code units once and compacting them in place
 * makes none.
 */
function unescaper(): Unescape {
  const host = (globalThis as { Buffer?: BufferClass }).Buffer;
  // The compacting reads utf16le bytes as Uint16Array units: only right on a little-endian host.
  const littleEndian = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
  return typeof host?.allocUnsafe === 'function' && littleEndian
    ? bufferUnescape(host)
    : piecesUnescape();
}

/** The members of Node's Buffer that unescaping uses (no Node types in the library's API). */
interface BufferClass {
  allocUnsafe(size: number): HostBuffer;
}
interface HostBuffer {
  readonly buffer: ArrayBufferLike;
  readonly byteOffset: number;
  readonly length: number;
  write(text: string, offset: number, encoding: 'utf16le'): number;
  toString(encoding: 'utf16le', start: number, end: number): string;
}

/** Unescape in one Buffer reused for every cell: the cell's code units written, then compacted. */
function bufferUnescape(host: BufferClass): Unescape {
  let bytes = host.allocUnsafe(4096);
  let units = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
  return (text, from, close) => {
    const size = close - from;
    if (size > units.length) {
      bytes = host.allocUnsafe(Math.max(size, units.length * 2) * 2);
      units = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
    }
    // Code units as they are (a lone surrogate too): utf16le copies them, and reads them back.
    bytes.write(text.slice(from, close), 0, 'utf16le');
    let kept = 0;
    for (let i = 0; i < size; i++) {
      const code = units[i] as number;
      units[kept++] = code;
      if (code === QUOTE) i += 1;
    }
    return bytes.toString('utf16le', 0, kept * 2);
  };
}

/**
 * Unescape by the pieces between doubled quotes, gathered in one array reused for every cell
 * and joined once: adding them one by one made a string of hundreds of parts per JSON cell,
 * which every later reader of the cell had to flatten again.
 */
function piecesUnescape(): Unescape {
  const pieces: string[] = [];
  return (text, from, close) => {
    let count = 0;
    let start = from;
    let quote = text.indexOf('"', from);
    // Bounded: each step moves past a doubled quote; the first quote past them is `close`.
    while (quote !== -1 && quote < close) {
      pieces[count++] = text.slice(start, quote + 1);
      start = quote + 2;
      quote = text.indexOf('"', start);
    }
    pieces[count++] = text.slice(start, close);
    // Only this cell's pieces are joined; the array keeps its room for the next cell.
    if (pieces.length !== count) pieces.length = count;
    return pieces.join('');
  };
}
