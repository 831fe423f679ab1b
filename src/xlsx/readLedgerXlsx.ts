import ExcelJS from 'exceljs';
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
  type ReadLedgerRowsOptions,
  readLedgerRows,
} from '../io/index.js';
import { checkDeclaredSizes, zipEntries } from './zipEntries.js';

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
 * name. Spreadsheet dates, numbers and
 * booleans are read as such; a resident ID the spreadsheet turned into a number is reported, not
 * guessed. See `readLedgerRows` for what is checked and returned: since issue 16 a bad fact
 * cell leaves that fact unknown with a warning and keeps the elder (`strict: true` rejects the
 * row as before).
 *
 * Bounded before the workbook is parsed: the file's bytes, then the bytes its parts unpack to
 * (from the zip's directory, checked while unpacking), then the sheet's rows and rows × columns —
 * each past `limits` (defaults: `DEFAULT_LEDGER_READ_LIMITS`) throws a `GuanaiError`
 * `input_too_large`. Throws `unreadable_file` for a file that is no workbook, `sheet_missing`
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
  await checkDeclaredSizes(bytes, entries);
  const sheets = await sheetsOf(bytes, kind, options, limits);
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
 * The ledger's sheet (and children sheet) as tables of cells, taken out of the parsed workbook
 * so that the workbook, many times their size, is garbage before the rows are read: kept
 * alive, it made every collection during the read slower.
 */
async function sheetsOf(
  bytes: Uint8Array,
  kind: LedgerKind,
  options: ReadLedgerXlsxOptions<LedgerKind>,
  limits: Readonly<Required<LedgerReadLimits>>,
) {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new GuanaiError([issue('unreadable_file', [], { format: 'xlsx' })]);
  }
  const worksheet = worksheetOf(workbook, kind, options.sheet);
  const children = kind === 'elders' ? childrenOf(workbook, worksheet, options) : undefined;
  return {
    table: tableOf(worksheet, limits),
    merges: mergesOf(worksheet),
    children: children && { table: tableOf(children, limits), sheet: children.name },
  };
}

/**
 * A worksheet's rows as cells, bounded by `limits`. Rows keep their spreadsheet numbers, so
 * issues point at the right row; rows and cells that hold nothing are left as holes
 * (readLedgerRows reads them as blank) and never visited. A merged cell reads as its first cell.
 */
function tableOf(
  worksheet: ExcelJS.Worksheet,
  limits: Readonly<Required<LedgerReadLimits>>,
): unknown[][] {
  let width = 0;
  let last = 0;
  worksheet.eachRow((row, rowNumber) => {
    width = Math.max(width, row.cellCount);
    last = Math.max(last, rowNumber);
  });
  checkSize('rows', last, limits.rows);
  checkSize('cells', last * width, limits.cells);
  const table: unknown[][] = new Array(last);
  worksheet.eachRow((row, rowNumber) => {
    const cells: unknown[] = new Array(row.cellCount);
    row.eachCell((cell, columnNumber) => {
      cells[columnNumber - 1] = plainValue(cell.value);
    });
    table[rowNumber - 1] = cells;
  });
  return table;
}

type MergedRange = NonNullable<ReadLedgerRowsOptions['merges']>[number];

/** The merged ranges of a worksheet (exceljs keeps them by their first cell). */
function mergesOf(worksheet: ExcelJS.Worksheet): MergedRange[] {
  const index = (worksheet as unknown as { _merges?: unknown })._merges;
  const merges: MergedRange[] = [];
  if (typeof index !== 'object' || index === null) return merges;
  for (const range of Object.values(index) as Partial<MergedRange>[]) {
    const { top, left, bottom, right } = range ?? {};
    if ([top, left, bottom, right].every(Number.isInteger))
      merges.push({ top, left, bottom, right } as MergedRange);
  }
  return merges;
}

/** The children sheet of an elders' workbook: the one named, else one of the usual names. */
function childrenOf(
  workbook: ExcelJS.Workbook,
  elders: ExcelJS.Worksheet,
  options: { readonly childrenSheet?: string },
): ExcelJS.Worksheet | undefined {
  if (options.childrenSheet !== undefined) {
    const named = workbook.getWorksheet(options.childrenSheet);
    if (named) return named;
    const sheets = workbook.worksheets.map((found) => found.name);
    throw new GuanaiError([issue('sheet_missing', [], { sheet: options.childrenSheet, sheets })]);
  }
  return workbook.worksheets.find(
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

function worksheetOf(workbook: ExcelJS.Workbook, kind: LedgerKind, sheet: string | undefined) {
  const names = LEDGER_SHEET_NAMES[kind];
  const worksheet = sheet
    ? workbook.getWorksheet(sheet)
    : (workbook.getWorksheet(names.zh) ??
      workbook.getWorksheet(names.en) ??
      // The first sheet that is not a children sheet (子女情况 may come first).
      workbook.worksheets.find((found) => !CHILDREN_SHEET_NAMES.includes(found.name.trim())) ??
      workbook.worksheets[0]);
  if (worksheet) return worksheet;
  const sheets = workbook.worksheets.map((found) => found.name);
  throw new GuanaiError([issue('sheet_missing', [], { sheet: sheet ?? names.zh, sheets })]);
}

/** A cell's value as text, number, boolean or Date: rich text joined, a formula's result. */
function plainValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('result' in value) return plainValue(value.result as ExcelJS.CellValue);
  if ('text' in value) return value.text;
  return undefined;
}
