import type { PlainDate } from '../models/index.js';
import { readDateText } from './readDateText.js';

/**
 * The labels of a 填报 line, each followed by a colon: the reporting unit (填报单位, 填表单位 …),
 * the date (填报日期, 统计时间 …), and the people (填表人, 审核人 …) that only end the value
 * before them. English labels too (Reporting unit:, Date:).
 */
const LABEL =
  /((?:填报|填表|报送|制表|统计|上报)?(?:单位|日期|时间)|(?:填报|填表|制表|审核|统计|上报)人|负责人|联系电话|\b(?:reporting unit|reported by|reported on|report date|date))\s*(?:[（(](?:盖章|签字|签名)[)）])?\s*[:：]/gi;

/** What a 填报 line says: who reports and on which day (each when it says so). @internal */
export interface ReportLine {
  readonly reportedBy?: string;
  readonly reportedOn?: PlainDate;
  /** The text before the first label: a title that gives its date (××台账（统计时间：…）). */
  readonly lead: string;
}

/**
 * A row's text as one line: its non-blank cells, trimmed, a cell repeated next to itself (a
 * merged cell's copies) once, joined by a space.
 * @internal
 */
export function lineOf(texts: readonly string[]): string {
  let line = '';
  let last = '';
  for (const cell of texts) {
    const text = cell.trim();
    if (text === '' || text === last) continue;
    line = line === '' ? text : `${line} ${text}`;
    last = text;
  }
  return line;
}

/**
 * The reporting unit and date a 填报 line names — 「填报单位：××镇人民政府　填报日期：2026年3月31日」,
 * in one cell or spread over several — or undefined when the line names neither a unit nor a
 * date label. A date that does not read as a day is left out (the line is still a 填报 line).
 * @internal
 */
export function readReportLine(line: string): ReportLine | undefined {
  const labels = [...line.matchAll(LABEL)];
  let isReport = false;
  let reportedBy: string | undefined;
  let reportedOn: PlainDate | undefined;
  labels.forEach((match, i) => {
    const label = (match[1] ?? '').toLowerCase();
    const start = (match.index ?? 0) + match[0].length;
    // Up to the next label, without the bracket or stop a title or sentence closes with.
    const value = line
      .slice(start, labels[i + 1]?.index ?? line.length)
      .replace(/[\s)）\]】。;；,，]+$/, '')
      .trim();
    if (/单位$|^reporting unit$|^reported by$/.test(label)) {
      isReport = true;
      if (value !== '') reportedBy ??= value;
    } else if (/日期$|时间$|date$|^reported on$/.test(label)) {
      isReport = true;
      reportedOn ??= readDateText(value);
    }
  });
  if (!isReport) return undefined;
  const lead = line.slice(0, labels[0]?.index ?? 0).replace(/[\s(（]+$/, '');
  return {
    lead,
    ...(reportedBy !== undefined ? { reportedBy } : {}),
    ...(reportedOn !== undefined ? { reportedOn } : {}),
  };
}
