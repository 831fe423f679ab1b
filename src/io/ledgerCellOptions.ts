import { GuanaiError, issue } from '../errors/index.js';
import { isPlainDate, type PlainDate } from '../models/index.js';
import { type LedgerPlaces, type PlaceKeys, placeKeysOf } from './readPlace.js';

/**
 * What the readers may be told to read places and 外出时间 cells against: the names of the
 * elder's county and townships as the file writes them (see `LedgerPlaces`), and the day the
 * file reports on, from which 常年在外 counts back a year — by default the file's own
 * 填报日期 (`header.reportedOn`), when it has one.
 * @example
 * ```ts
 * const read = readLedgerCsv(text, {
 *   kind: 'elders',
 *   places: { county: ['宣威市'], township: ['板桥镇'] },
 *   reportedOn: plainDate('2026-03-31'),
 * });
 * ```
 * @category Ledger files
 */
export interface LedgerCellOptions {
  readonly places?: LedgerPlaces;
  readonly reportedOn?: PlainDate;
}

/** The options as a reader uses them, checked (a coded error for a reportedOn that is no date). @internal */
export function cellOptionsOf(options: LedgerCellOptions | undefined): {
  readonly places: PlaceKeys | undefined;
  readonly reportedOn: PlainDate | undefined;
} {
  const reportedOn = options?.reportedOn;
  if (reportedOn !== undefined && !isPlainDate(reportedOn))
    throw new GuanaiError([
      issue('invalid_argument', ['reportedOn'], { name: 'reportedOn', rule: 'plainDate' }),
    ]);
  return { places: placeKeysOf(options?.places), reportedOn };
}
