import { unreadableXml, XmlScanner, XmlToken } from './xmlScanner.js';

/** One worksheet of a workbook: its name and the zip entry that holds it. @internal */
export interface SheetPart {
  readonly name: string;
  readonly path: string;
}

/** What a workbook says about itself that reading a sheet needs. @internal */
export interface WorkbookParts {
  /** The worksheets, in the workbook's order (chart sheets and the like left out). */
  readonly sheets: readonly SheetPart[];
  /** Dates count from 1904-01-01 (`<workbookPr date1904="1">`). */
  readonly date1904: boolean;
  readonly sharedStrings: string | undefined;
  readonly styles: string | undefined;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

/**
 * The workbook's sheets and parts, found as Excel finds them: the package's relationships
 * (_rels/.rels) name the workbook part, whose relationships name each sheet's part (by the
 * sheet's `r:id`), the shared strings and the styles. `text(path)` gives a part's XML, or
 * undefined for one the zip lacks. A workbook with no workbook part is `unreadable_file`.
 * @internal
 */
export function workbookParts(text: (path: string) => string | undefined): WorkbookParts {
  const root = relationships(text('_rels/.rels'), '');
  const workbookPath =
    [...root.values()].find((rel) => rel.type === 'officeDocument')?.target ?? 'xl/workbook.xml';
  const workbook = text(workbookPath);
  if (workbook === undefined) throw unreadableXml();
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const rels = relationships(
    text(`${folder}_rels/${workbookPath.slice(folder.length)}.rels`),
    folder,
  );
  const byType = (type: string) => [...rels.values()].find((rel) => rel.type === type)?.target;
  const { sheets, date1904 } = sheetsOf(workbook);
  return {
    sheets: sheets.flatMap((sheet) => {
      const rel = rels.get(sheet.id);
      return rel?.type === 'worksheet' ? [{ name: sheet.name, path: rel.target }] : [];
    }),
    date1904,
    sharedStrings: byType('sharedStrings'),
    styles: byType('styles'),
  };
}

/** The `<sheet>`s of workbook.xml (name and relationship id) and its date system. */
function sheetsOf(xml: string) {
  const scanner = new XmlScanner(xml);
  const sheets: { name: string; id: string }[] = [];
  let date1904 = false;
  for (let token = scanner.next(); token !== XmlToken.End; token = scanner.next()) {
    if (token === XmlToken.Close) continue;
    if (scanner.name === 'sheet') {
      const name = scanner.attr('name');
      const id = scanner.attr('id');
      if (name === undefined || id === undefined) throw unreadableXml();
      sheets.push({ name, id });
    } else if (scanner.name === 'workbookPr') {
      const value = scanner.attr('date1904');
      date1904 = value === '1' || value === 'true';
    }
  }
  return { sheets, date1904 };
}

interface Relationship {
  /** The last segment of the relationship type: worksheet, sharedStrings, styles … */
  readonly type: string;
  /** The zip entry it points at. */
  readonly target: string;
}

/** A relationships part, by id: each target resolved against `folder` (absolute if `/…`). */
function relationships(xml: string | undefined, folder: string): Map<string, Relationship> {
  const found = new Map<string, Relationship>();
  if (xml === undefined) return found;
  const scanner = new XmlScanner(xml);
  for (let token = scanner.next(); token !== XmlToken.End; token = scanner.next()) {
    if (token === XmlToken.Close || scanner.name !== 'Relationship') continue;
    const id = scanner.attr('Id');
    const type = scanner.attr('Type') ?? '';
    const target = scanner.attr('Target');
    if (id === undefined || target === undefined) throw unreadableXml();
    if (scanner.attr('TargetMode') === 'External') continue;
    const short = type.startsWith(REL)
      ? type.slice(REL.length)
      : type.startsWith(STRICT_REL)
        ? type.slice(STRICT_REL.length)
        : type;
    found.set(id, { type: short, target: resolvePath(folder, target) });
  }
  return found;
}

/** `target` as a zip entry name: relative to `folder`, `..` and `.` resolved. */
function resolvePath(folder: string, target: string): string {
  const joined = target.startsWith('/') ? target.slice(1) : folder + target;
  const segments: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}
