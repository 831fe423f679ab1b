import { GuanaiError } from '../errors/index.js';
import { dateStyles } from './dateStyles.js';
import { sharedStrings } from './sharedStrings.js';
import { type SheetLimits, sheetTable } from './sheetTable.js';
import { type SheetContext, type SheetMerge, sheetCells } from './sheetXml.js';
import { type SheetPart, workbookParts } from './workbookParts.js';
import { unreadableXml } from './xmlScanner.js';
import type { ZipEntry } from './zipEntries.js';
import { unpackParts } from './zipParts.js';

/** A workbook opened for reading: its sheets, and a reader of any of them. @internal */
export interface OpenWorkbook {
  /** The worksheets, in the workbook's order. */
  readonly sheets: readonly SheetPart[];
  /** One sheet's cells as a table (see `sheetTable`) and its merged ranges. */
  read(sheet: SheetPart, limits: SheetLimits): { table: unknown[][]; merges: SheetMerge[] };
}

/**
 * A workbook (.xlsx) opened from its zip's bytes and entries: every entry unpacked once, its
 * size checked as it unpacks; the workbook part, its relationships, then, on the first sheet
 * read, the shared strings and styles parsed — by guanai itself, not by exceljs (which parsed
 * every part into objects many times the file's size). Anything in the parts it cannot read is
 * `unreadable_file`, never a raw error.
 * @internal
 */
export async function openWorkbook(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
): Promise<OpenWorkbook> {
  const parts = await unpackParts(bytes, entries, isXmlPart);
  const text = partText(parts);
  const workbook = readable(() => workbookParts(text));
  let context: SheetContext | undefined;
  return {
    sheets: workbook.sheets,
    read: (sheet, limits) =>
      readable(() => {
        context ??= {
          strings: sharedStrings(workbook.sharedStrings && text(workbook.sharedStrings)),
          dateStyles: dateStyles(workbook.styles && text(workbook.styles)),
          date1904: workbook.date1904,
        };
        const xml = text(sheet.path);
        if (xml === undefined) throw unreadableXml();
        const cells = sheetCells(xml, context);
        return { table: sheetTable(cells, limits), merges: cells.merges };
      }),
  };
}

const isXmlPart = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');

/** `read()`, with any error that is not a coded one (a part shaped as no reader expects) made `unreadable_file`. */
function readable<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof GuanaiError) throw error;
    throw unreadableXml();
  }
}

/**
 * A part's XML by its path, decoded as UTF-8; found whatever the case of its name or the
 * slashes of the zip (some writers differ from what the relationships say).
 */
function partText(parts: ReadonlyMap<string, Uint8Array>) {
  const byName = new Map<string, Uint8Array>();
  for (const [name, data] of parts) byName.set(name.replaceAll('\\', '/').toLowerCase(), data);
  const decoder = new TextDecoder();
  return (path: string): string | undefined => {
    const data = parts.get(path) ?? byName.get(path.toLowerCase());
    return data && decoder.decode(data);
  };
}
