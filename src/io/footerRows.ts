import type { SkippedRow } from './ledgerSheet.js';
import { lineOf, readReportLine } from './reportLine.js';

/** A totals row: 合计, 总计, 小计, 共计 (spaces between the characters allowed), Total, Subtotal. */
const TOTAL = /^(?:合\s*计|总\s*计|小\s*计|共\s*计|(?:sub|grand\s*)?total\b)/i;
/**
 * A line below the records: a note (备注, 说明, 注：), who filled in, checked or answers for the
 * file (填表人, 审核人, 负责人 …), a 填报 line, a signature or seal.
 */
const NOTE =
  /^(?:备\s*注|说\s*明|注\s*(?:[:：\d(（]|$)|填\s*[报表]|制\s*表|报\s*送|审\s*核|审\s*批|负\s*责\s*人|统\s*计\s*人|联\s*系\s*人|签\s*[字名]|盖\s*章|单\s*位\s*[（(:：]|notes?\b|prepared\s+by|checked\s+by)/i;

/** The first cell of a row that is not blank, trimmed ('' when none is). */
function firstText(texts: readonly string[]): string {
  for (const cell of texts) {
    const text = cell.trim();
    if (text !== '') return text;
  }
  return '';
}

/**
 * Why a row below the heading holds no record, when it is a totals or notes line: its first
 * non-blank cell starts with 合计 / 总计 / 小计 (a total), or — when `notes` is true, that is
 * below the last record — with 备注 / 说明 / 注： / 填表人 / 审核人 / 负责人 / 填报… (a note, or a
 * 填报 line); AND none of the `identity` cells (id, 身份证号, village code) holds anything but a
 * copy of that first cell (a merged cell's). An elder's row has an id, a 身份证号 or a village;
 * a total or a note has none of them, so an elder is never taken for one.
 * @internal
 */
export function footerReason(
  texts: readonly string[],
  identity: readonly number[],
  notes: boolean,
): SkippedRow['reason'] | undefined {
  const first = firstText(texts);
  if (first === '') return undefined;
  const total = TOTAL.test(first);
  if (!total && !(notes && NOTE.test(first))) return undefined;
  for (const index of identity) {
    const text = (texts[index] ?? '').trim();
    if (text !== '' && text !== first) return undefined;
  }
  if (total) return 'total';
  return readReportLine(lineOf(texts)) ? 'reportLine' : 'note';
}
