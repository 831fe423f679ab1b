import {
  LEDGER_COLUMNS,
  type LedgerColumn,
  type LedgerKind,
  parseGroupHeading,
} from '../io/index.js';
import { xmlSafeText } from './xmlSafeText.js';

/**
 * The ledger column under each heading of a written sheet: a documented column by its heading in
 * either language, a group's member column by its canonical heading (子女1联系电话), undefined
 * for a column guanai does not know. By heading, not by position, so that any order works.
 * @internal
 */
export function columnsOf(
  kind: LedgerKind,
  headings: readonly string[],
): (LedgerColumn | undefined)[] {
  const byHeading = new Map<string, LedgerColumn>();
  for (const column of LEDGER_COLUMNS[kind]) {
    byHeading.set(column.zh, column);
    byHeading.set(column.en, column);
  }
  return headings.map((heading) => byHeading.get(heading) ?? parseGroupHeading(heading)?.column);
}

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date cell for a date column, a number for a count, text for everything else (and for a
 * value that is not what its column holds, so that nothing is lost), written so XML carries it.
 * @internal
 */
export function typedCell(
  column: LedgerColumn | undefined,
  text: string,
): string | number | Date | null {
  if (text === '') return null;
  const date = column?.cell === 'date' && !column.list ? CIVIL_DATE.exec(text) : null;
  if (date) return new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
  if (column && !column.list && (column.cell === 'integer' || column.cell === 'number')) {
    const value = Number(text);
    if (Number.isFinite(value)) return value;
  }
  return xmlSafeText(text);
}

/** The number format of a column's cells: dates as dates, everything else as text. @internal */
export const numFmtOf = (column: LedgerColumn | undefined): string =>
  column?.cell === 'date' && !column.list ? 'yyyy-mm-dd' : '@';
