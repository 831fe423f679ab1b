import { GuanaiError, issue } from '../errors/index.js';

/** What {@link XmlScanner.next} found. @internal */
export const XmlToken = {
  End: 0,
  Open: 1,
  Close: 2,
  /** `<a/>`: an element opened and closed at once. */
  Empty: 3,
} as const;
/** One of {@link XmlToken}'s values. @internal */
export type XmlToken = (typeof XmlToken)[keyof typeof XmlToken];

/** An XML part guanai cannot read: one shape of error for every part of a workbook. @internal */
export const unreadableXml = () =>
  new GuanaiError([issue('unreadable_file', [], { format: 'xlsx' })]);

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/**
 * Text or an attribute value with XML's entities replaced: the five named ones and numeric
 * references. Any other entity (a DTD would define it) is `unreadable_file`, as it was for the
 * parser exceljs uses.
 * @internal
 */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;&]*);?/g, (found, name: string) => {
    if (!found.endsWith(';')) throw unreadableXml();
    const named = NAMED[name];
    if (named !== undefined) return named;
    const code = /^#x[0-9a-fA-F]{1,6}$/.test(name)
      ? Number.parseInt(name.slice(2), 16)
      : /^#[0-9]{1,7}$/.test(name)
        ? Number.parseInt(name.slice(1), 10)
        : Number.NaN;
    if (!(code <= 0x10ffff)) throw unreadableXml();
    return String.fromCodePoint(code);
  });
}

/**
 * A forward-only reader of the elements of one XML part, enough for a workbook's parts: it
 * steps from tag to tag with `indexOf`, builds nothing it is not asked for, and knows every
 * element by its local name (a `x:` prefix is dropped). Comments, processing instructions and
 * the XML declaration are skipped; CDATA is text; a DOCTYPE (whose entities could expand without
 * bound) or a tag left open is `unreadable_file`. Each call moves strictly forward, so a walk
 * over a part ends after at most its length in calls.
 * @internal
 */
export class XmlScanner {
  /** The local name of the element of the last tag. */
  name = '';
  private at = 0;
  private attrsFrom = 0;
  private attrsTo = 0;
  private textFrom = 0;
  private textTo = 0;
  private cdata: string[] | undefined;

  constructor(private readonly xml: string) {}

  /** The next tag: its kind, with `name` set; the text before it is `text()`. */
  next(): XmlToken {
    const xml = this.xml;
    this.textFrom = this.at;
    this.cdata = undefined;
    for (;;) {
      const open = xml.indexOf('<', this.at);
      if (open < 0) {
        this.textTo = xml.length;
        this.at = xml.length;
        return XmlToken.End;
      }
      const kind = xml.charCodeAt(open + 1);
      if (kind === 0x21 /* ! */ || kind === 0x3f /* ? */) {
        this.skipSpecial(open);
        continue;
      }
      const end = tagEnd(xml, open);
      this.textTo = open;
      this.at = end + 1;
      if (kind === 0x2f /* / */) {
        this.name = localName(xml.slice(open + 2, end).trim());
        return XmlToken.Close;
      }
      const empty = xml.charCodeAt(end - 1) === 0x2f;
      const stop = empty ? end - 1 : end;
      let nameEnd = open + 1;
      while (nameEnd < stop && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
      this.name = localName(xml.slice(open + 1, nameEnd));
      this.attrsFrom = nameEnd;
      this.attrsTo = stop;
      return empty ? XmlToken.Empty : XmlToken.Open;
    }
  }

  /** The text between the tag before the last one and the last one, entities decoded. */
  text(): string {
    const raw = this.xml.slice(this.textFrom, this.textTo);
    if (this.cdata === undefined) return decodeXml(raw);
    return this.cdata.join('') + decodeXml(raw);
  }

  /** The value of the last tag's attribute `name` (by local name), decoded; else undefined. */
  attr(name: string): string | undefined {
    const xml = this.xml;
    let at = this.attrsFrom;
    const to = this.attrsTo;
    while (at < to) {
      while (at < to && isSpace(xml.charCodeAt(at))) at++;
      if (at >= to) return undefined;
      const equals = xml.indexOf('=', at);
      if (equals < 0 || equals >= to) throw unreadableXml();
      const raw = xml.slice(at, equals).trim();
      // Namespace declarations are no attributes: `xmlns:r` is not `r`.
      const key = raw.startsWith('xmlns') ? '' : localName(raw);
      let quote = equals + 1;
      while (quote < to && isSpace(xml.charCodeAt(quote))) quote++;
      const mark = xml.charCodeAt(quote);
      if (mark !== 0x22 && mark !== 0x27) throw unreadableXml();
      const close = xml.indexOf(mark === 0x22 ? '"' : "'", quote + 1);
      if (close < 0 || close >= to) throw unreadableXml();
      if (key === name) return decodeXml(xml.slice(quote + 1, close));
      at = close + 1;
    }
    return undefined;
  }

  /**
   * Skip to the close of the element whose open tag was the last one, its content unread.
   * Bounded by the part's length, as every step is.
   */
  skipElement(): void {
    let depth = 1;
    while (depth > 0) {
      const token = this.next();
      if (token === XmlToken.End) throw unreadableXml();
      if (token === XmlToken.Open) depth++;
      else if (token === XmlToken.Close) depth--;
    }
  }

  /** A comment, processing instruction, CDATA section or DOCTYPE starting at `open`. */
  private skipSpecial(open: number): void {
    const xml = this.xml;
    const after = (marker: string) => {
      const end = xml.indexOf(marker, open);
      if (end < 0) throw unreadableXml();
      return end + marker.length;
    };
    if (xml.startsWith('<!--', open)) this.keepText(open, after('-->'));
    else if (xml.startsWith('<![CDATA[', open)) {
      const end = after(']]>');
      this.keepText(open, end, xml.slice(open + 9, end - 3));
    } else if (xml.startsWith('<?', open)) this.keepText(open, after('?>'));
    else throw unreadableXml();
  }

  /** Keep the text before a skipped construct (and a CDATA's content) as part of `text()`. */
  private keepText(open: number, end: number, content = ''): void {
    this.cdata ??= [];
    this.cdata.push(decodeXml(this.xml.slice(this.textFrom, open)), content);
    this.textFrom = end;
    this.at = end;
  }
}

/** The `>` that ends the tag at `open`: the first one outside quotes (`a=">"` is allowed). */
function tagEnd(xml: string, open: number): number {
  let end = xml.indexOf('>', open);
  for (let at = open + 1; at < end; at++) {
    const code = xml.charCodeAt(at);
    if (code !== 0x22 && code !== 0x27) continue;
    const close = xml.indexOf(code === 0x22 ? '"' : "'", at + 1);
    if (close < 0) throw unreadableXml();
    at = close;
    if (close > end) end = xml.indexOf('>', close);
  }
  if (end < 0) throw unreadableXml();
  return end;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
