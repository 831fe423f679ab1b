import { isDateFormatId } from './cellDates.js';
import { unreadableXml, XmlScanner, XmlToken } from './xmlScanner.js';

/**
 * Which cell styles of a workbook show dates, from its styles part (xl/styles.xml): entry `i`
 * is true when the `i`-th cell format (`<cellXfs>`, what a cell's `s` points at) has a date
 * number format, built in or custom (`<numFmts>`). A workbook without a styles part has none.
 * @internal
 */
export function dateStyles(xml: string | undefined): boolean[] {
  if (xml === undefined) return [];
  const scanner = new XmlScanner(xml);
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  /** The section the scanner is in: numFmts and cellXfs are read, the rest (dxfs …) not. */
  let section = '';
  for (let token = scanner.next(); token !== XmlToken.End; token = scanner.next()) {
    const { name } = scanner;
    if (token === XmlToken.Close) {
      if (name === section) section = '';
      continue;
    }
    if (name === 'numFmts' || name === 'cellXfs') {
      if (token === XmlToken.Open) section = name;
    } else if (section === 'numFmts' && name === 'numFmt') {
      const id = Number(scanner.attr('numFmtId'));
      if (!Number.isInteger(id)) throw unreadableXml();
      custom.set(id, scanner.attr('formatCode') ?? '');
    } else if (section === 'cellXfs' && name === 'xf') {
      formatIds.push(Number(scanner.attr('numFmtId') ?? 0));
      if (token === XmlToken.Open) scanner.skipElement();
    } else if (token === XmlToken.Open && section === '' && name !== 'styleSheet') {
      scanner.skipElement();
    }
  }
  return formatIds.map((id) => Number.isInteger(id) && isDateFormatId(id, custom));
}
