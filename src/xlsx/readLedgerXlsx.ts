import { GuanaiError, issue } from '../errors/index.js';
import {
  CHILDREN_SHEET_NAMES,
  LEDGER_SHEET_NAMES,
  type LedgerCellOptions,
  type LedgerFactOptions,
  type LedgerKind,
  type LedgerReadLimits,
  type LedgerSheetRead,
  ledgerReadLimits,
  readLedgerRows,
} from '../io/index.js';
import { openWorkbook } from './openWorkbook.js';
import type { SheetPart } from './workbookParts.js';
import { type ZipEntry, zipEntries } from './zipEntries.js';

/**
 * Options of {@link readLedgerXlsx}: the kind of ledger, the sheet to read (by default the one
 * named for the kind, else the first), limits on the workbook's size (see
 * `LedgerReadLimits`), the children sheet to join, the places and reporting day group cells are
 * read against (`LedgerCellOptions`), and how bad facts and unlisted lists are read (`strict`,
 * `listsComplete`: see `LedgerFactOptions`).
 * @example
 * ```ts
 * const options: ReadLedgerXlsxOptions<'elders'> = { kind: 'elders', limits: { rows: 200_000 } };
 * ```
 * @category Ledger files
 */
export interface ReadLedgerXlsxOptions<K extends LedgerKind>
  extends LedgerCellOptions,
    LedgerFactOptions {
  readonly kind: K;
  readonly sheet?: string;
  readonly limits?: LedgerReadLimits;
  /**
   * For an elders' ledger: the sheet with one row per child, joined to its elder by 老人编号 or
   * 老人身份证号 — by default a sheet named in `CHILDREN_SHEET_NAMES` (子女情况 …), if any.
   */
  readonly childrenSheet?: string;
}

/**
 * Read one sheet of an Excel workbook (.xlsx) as a ledger: the sheet named `sheet`, else the one
 * named for the kind (老年人台账 / Elders …), else the first that is no children sheet. For an
 * elders' ledger, children on rows of their own below their elder (the elder's cells merged
 * down or left blank) are folded into the elder's row, and a children sheet in the same workbook
 * (named `childrenSheet`, else 子女情况 / 子女信息 / 子女 / Children) is joined to its elders by
 * 老人编号 or 老人身份证号; its rows that match no elder come back in `invalid` with the sheet's
 * name. Spreadsheet dates (a number in a date format, built in — the 年月日 ones too — or
 * custom; 1904 date system included), numbers and booleans are read as such, a formula as its
 * cached result, a merged range as its first cell; a resident ID the spreadsheet turned into a
 * number is reported, not guessed. The workbook is read by guanai itself (only the parts the
 * ledger needs; exceljs is used for writing), with the runtime's `DecompressionStream`. See `readLedgerRows` for what is checked and returned: since issue 16 a bad fact
 * cell leaves that fact unknown with a warning and keeps the elder (`strict: true` rejects the
 * row as before).
 *
 * Bounded before the workbook is parsed: the file's bytes, then the bytes its parts unpack to
 * (from the zip's directory, checked while unpacking), then the sheet's rows and rows × columns
 * (merged ranges included, checked before they are filled in) —
 * each past `limits` (defaults: `DEFAULT_LEDGER_READ_LIMITS`) throws a `GuanaiError`
 * `input_too_large`. Throws `unreadable_file` for a file that is no workbook (or a part of it that
 * cannot be read: a DOCTYPE, an unknown entity, overlapping merges …), `sheet_missing`
 * for a sheet it lacks, `invalid_argument` for a kind guanai has no ledger of.
 *
 * @example
 * ```ts
 * const read = await readLedgerXlsx(readFileSync('台账.xlsx'), { kind: 'elders' });
 * console.log(read.records.length, read.invalid.length);
 * ```
 * @category Ledger files
 */
export async function readLedgerXlsx<K extends LedgerKind>(
  file: Uint8Array | ArrayBuffer,
  options: ReadLedgerXlsxOptions<K>,
): Promise<LedgerSheetRead<K>> {
  const { kind, limits } = checkOptions(options);
  const bytes = bytesOf(file);
  checkSize('fileBytes', bytes.byteLength, limits.fileBytes);
  const entries = zipEntries(bytes);
  const unpacked = entries.reduce((sum, entry) => sum + entry.size, 0);
  checkSize('unpackedBytes', unpacked, limits.unpackedBytes);
  const sheets = await sheetsOf(bytes, entries, kind, options, limits);
  return readLedgerRows(kind, sheets.table, {
    limits,
    merges: sheets.merges,
    ...(options.places === undefined ? {} : { places: options.places }),
    ...(options.reportedOn === undefined ? {} : { reportedOn: options.reportedOn }),
    ...(options.strict === undefined ? {} : { strict: options.strict }),
    ...(options.listsComplete === undefined ? {} : { listsComplete: options.listsComplete }),
    ...(sheets.children ? { children: sheets.children } : {}),
  });
}

/**
 * The ledger's sheet (and children sheet) as tables of cells, read from the workbook's XML
 * parts (see `openWorkbook`): only the parts those sheets need are parsed.
 */
async function sheetsOf(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  kind: LedgerKind,
  options: ReadLedgerXlsxOptions<LedgerKind>,
  limits: Readonly<Required<LedgerReadLimits>>,
) {
  const workbook = await openWorkbook(bytes, entries);
  const sheet = worksheetOf(workbook.sheets, kind, options.sheet);
  const children = kind === 'elders' ? childrenOf(workbook.sheets, sheet, options) : undefined;
  const { table, merges } = workbook.read(sheet, limits);
  return {
    table,
    merges,
    children: children && { table: workbook.read(children, limits).table, sheet: children.name },
  };
}

/** The children sheet of an elders' workbook: the one named, else one of the usual names. */
function childrenOf(
  sheets: readonly SheetPart[],
  elders: SheetPart,
  options: { readonly childrenSheet?: string },
): SheetPart | undefined {
  if (options.childrenSheet !== undefined) {
    const named = sheets.find((found) => found.name === options.childrenSheet);
    if (named) return named;
    const names = sheets.map((found) => found.name);
    throw new GuanaiError([
      issue('sheet_missing', [], { sheet: options.childrenSheet, sheets: names }),
    ]);
  }
  return sheets.find(
    (found) => found !== elders && CHILDREN_SHEET_NAMES.includes(found.name.trim()),
  );
}

function checkOptions<K extends LedgerKind>(options: ReadLedgerXlsxOptions<K>) {
  const bad = (name: string, rule: 'object' | 'ledgerKind' | 'string') =>
    new GuanaiError([issue('invalid_argument', [name], { name, rule })]);
  if (typeof options !== 'object' || options === null) throw bad('options', 'object');
  if (!Object.hasOwn(LEDGER_SHEET_NAMES, options.kind)) throw bad('kind', 'ledgerKind');
  if (options.sheet !== undefined && typeof options.sheet !== 'string')
    throw bad('sheet', 'string');
  if (options.childrenSheet !== undefined && typeof options.childrenSheet !== 'string')
    throw bad('childrenSheet', 'string');
  return { kind: options.kind, limits: ledgerReadLimits(options.limits) };
}

function bytesOf(file: Uint8Array | ArrayBuffer): Uint8Array {
  if (file instanceof Uint8Array) return file;
  if (file instanceof ArrayBuffer) return new Uint8Array(file);
  throw new GuanaiError([
    issue('invalid_argument', ['file'], { name: 'file', rule: 'fileContent' }),
  ]);
}

function checkSize(
  what: 'fileBytes' | 'unpackedBytes' | 'rows' | 'cells',
  size: number,
  limit: number,
) {
  if (size > limit) throw new GuanaiError([issue('input_too_large', [], { what, size, limit })]);
}

function worksheetOf(sheets: readonly SheetPart[], kind: LedgerKind, sheet: string | undefined) {
  const names = LEDGER_SHEET_NAMES[kind];
  const named = (name: string) => sheets.find((found) => found.name === name);
  const worksheet = sheet
    ? named(sheet)
    : (named(names.zh) ??
      named(names.en) ??
      // The first sheet that is not a children sheet (子女情况 may come first).
      sheets.find((found) => !CHILDREN_SHEET_NAMES.includes(found.name.trim())) ??
      sheets[0]);
  if (worksheet) return worksheet;
  const found = sheets.map((part) => part.name);
  throw new GuanaiError([issue('sheet_missing', [], { sheet: sheet ?? names.zh, sheets: found })]);
}
