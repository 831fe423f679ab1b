import { GuanaiError, issue, type SizeKind } from '../errors/index.js';

/**
 * How much of a ledger file a reader takes on before it stops with `input_too_large` — so that a
 * file made by mistake (or on purpose) to be huge costs a coded error, not the process's memory.
 * Every limit has a safe default ({@link DEFAULT_LEDGER_READ_LIMITS}); raise one for a file you
 * know is that big.
 *
 * - `fileBytes`: the file as given (bytes; characters for a CSV given as text). Thrown.
 * - `unpackedBytes`: a workbook's parts once unpacked, read from the zip's directory (and checked
 *   while unpacking) before the workbook is parsed. Thrown. XLSX only.
 * - `rows`: rows of the sheet, up to its last row (blank rows count). Thrown.
 * - `cells`: rows × columns of the sheet, up to its last row and column. Thrown.
 * - `textLength`: characters in one cell. The row is returned in `invalid` with the issue; the
 *   other rows are read.
 *
 * @example
 * ```ts
 * readLedgerCsv(text, { kind: 'visitRecords', limits: { rows: 2_000_000, cells: 40_000_000 } });
 * ```
 * @category Ledger files
 */
export interface LedgerReadLimits {
  readonly fileBytes?: number;
  readonly unpackedBytes?: number;
  readonly rows?: number;
  readonly cells?: number;
  readonly textLength?: number;
}

/**
 * The limits a ledger reader uses unless told otherwise: 64 MiB of file, 512 MiB unpacked,
 * 1,048,576 rows (a worksheet's most), 16,000,000 cells and 32,767 characters a cell (a
 * worksheet cell's most). The cells bound lets a 100,000-row ledger with every group column
 * (54 columns with two children's groups, up to about 120 with four children, supporters and
 * the carer: 12 M cells) read with the defaults, and still stops a sheet whose last cell lies
 * far out (XFD1048576) before a row of it is made. The unpacked bound is our choice: an elders' ledger with two children a row
 * unpacks to about 3.6 KB a row (a county's 20,000 elders: 72 MB), so 512 MiB reads a
 * 100,000-row ledger (about 360 MB) with half as much again to spare, and still stops a zip
 * bomb before it is unpacked.
 *
 * @example
 * ```ts
 * DEFAULT_LEDGER_READ_LIMITS.textLength; // 32767
 * ```
 * @category Ledger files
 */
export const DEFAULT_LEDGER_READ_LIMITS: Readonly<Required<LedgerReadLimits>> = {
  fileBytes: 64 * 1024 * 1024,
  unpackedBytes: 512 * 1024 * 1024,
  rows: 1_048_576,
  cells: 16_000_000,
  textLength: 32_767,
};

/**
 * The limits a ledger reader uses: those given, each checked (a non-negative integer, or
 * Infinity for none), over {@link DEFAULT_LEDGER_READ_LIMITS}. Throws `invalid_argument` for a
 * limit that is not.
 * @example
 * ```ts
 * ledgerReadLimits({ rows: 2_000_000 }).cells; // 16000000
 * ```
 * @category Ledger files
 */
export function ledgerReadLimits(limits: unknown): Readonly<Required<LedgerReadLimits>> {
  if (limits === undefined) return DEFAULT_LEDGER_READ_LIMITS;
  if (typeof limits !== 'object' || limits === null)
    throw new GuanaiError([
      issue('invalid_argument', ['limits'], { name: 'limits', rule: 'object' }),
    ]);
  const resolved = { ...DEFAULT_LEDGER_READ_LIMITS };
  for (const what of Object.keys(DEFAULT_LEDGER_READ_LIMITS) as SizeKind[]) {
    const value = (limits as Record<string, unknown>)[what];
    if (value === undefined) continue;
    if (
      typeof value !== 'number' ||
      !(value >= 0) ||
      !(Number.isInteger(value) || value === Infinity)
    )
      throw new GuanaiError([
        issue('invalid_argument', ['limits', what], {
          name: `limits.${what}`,
          rule: 'nonNegativeInteger',
        }),
      ]);
    resolved[what] = value;
  }
  return resolved;
}

/** Throw `input_too_large` when `size` passes `limit`. @internal */
export function checkSize(what: SizeKind, size: number, limit: number): void {
  if (size > limit) throw new GuanaiError([issue('input_too_large', [], { what, size, limit })]);
}
