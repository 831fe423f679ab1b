import { unreadableXml, XmlScanner, XmlToken } from './xmlScanner.js';

/**
 * Excel's escape for a character XML cannot carry, `_xHHHH_` (upper-case hex, as Excel and
 * exceljs write and read it): `_x000D_` is a carriage return, `_x005F_` an underscore.
 */
const ESCAPE = /_x([0-9A-F]{4})_/g;

/** Text of one `<t>` with Excel's `_xHHHH_` escapes undone. @internal */
export function unescapeCellText(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/**
 * The shared strings of a workbook (xl/sharedStrings.xml), in order: each `<si>` as its text —
 * a plain `<t>`, or a rich text's runs (`<r><t>`) joined; phonetic guides (`<rPh>`) are no
 * part of the text. Whitespace is kept as written (every reader keeps it, `xml:space` or not).
 * A workbook without the part has none.
 * @internal
 */
export function sharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const scanner = new XmlScanner(xml);
  const strings: string[] = [];
  let text = '';
  let inItem = false;
  let inText = false;
  for (let token = scanner.next(); token !== XmlToken.End; token = scanner.next()) {
    const { name } = scanner;
    if (token === XmlToken.Close) {
      if (name === 't' && inText) {
        text += unescapeCellText(scanner.text());
        inText = false;
      } else if (name === 'si') {
        strings.push(text);
        inItem = false;
      }
    } else if (name === 'si') {
      text = '';
      if (token === XmlToken.Empty) strings.push('');
      else inItem = true;
    } else if (!inItem) {
      if (name !== 'sst' && token === XmlToken.Open) scanner.skipElement();
    } else if (name === 't') {
      inText = token === XmlToken.Open;
    } else if (name === 'rPh' || name === 'rPr' || name === 'phoneticPr' || name === 'extLst') {
      if (token === XmlToken.Open) scanner.skipElement();
    } else if (name !== 'r') throw unreadableXml();
  }
  if (inItem) throw unreadableXml();
  return strings;
}
