import type {
  DutyVisit,
  HolderRow,
  LedgerReportRow,
  ResponsibilityRow,
  SupervisionRow,
} from '../compliance/index.js';
import { GuanaiError, issue } from '../errors/index.js';
import { type LocaleData, type ReportSheet, reportTable } from '../i18n/index.js';
import { isPlainDate, type PlainDate } from '../models/index.js';
import { type LedgerLanguage, localeOf } from './language.js';
import { maskSensitive } from './writeCell.js';

/**
 * The reports of one workbook (or set of CSV files), as the app computed them with guanai's
 * functions — this module lays them out, it never computes them again: the ledger statistics
 * (`ledgerReport`), the supervision summary (`supervisionSummary`) and the duty holders' table
 * (`holderSummary`) each with the period they cover, and the responsibility list
 * (`responsibilityList`). `asOf` is the day they were computed for (the same `asOf` the app
 * passed them): it is printed on every sheet and dates the workbook. `area` names the county or
 * township in the titles.
 * @example
 * ```ts
 * const report: ReportInput = {
 *   asOf, area: '会昌县',
 *   ledger: ledgerReport(elders, { asOf }),
 *   responsibilities: responsibilityList({ elders, caregivers, holdings }, { asOf }),
 * };
 * ```
 * @category Ledger files
 */
export interface ReportInput {
  readonly asOf: PlainDate;
  readonly area?: string;
  readonly ledger?: readonly LedgerReportRow[];
  readonly supervision?: ReportPeriodRows<SupervisionRow>;
  readonly holders?: ReportPeriodRows<HolderRow>;
  readonly responsibilities?: readonly ResponsibilityRow[];
}

/**
 * A report's rows with the period they cover (`from`–`to`, as passed to the function that made
 * them).
 * @example
 * ```ts
 * const supervision: ReportPeriodRows<SupervisionRow> = { from: period.from, to: period.to, rows };
 * ```
 * @category Ledger files
 */
export interface ReportPeriodRows<R> {
  readonly from: PlainDate;
  readonly to: PlainDate;
  readonly rows: readonly R[];
}

/**
 * One table of the report workbook: which report, its sheet name and title in the language, the
 * line under the title (统计日期 or 统计期间), the heading and the rows. The responsibility list
 * is grouped by village: `sections` gives each village's first row (0-based, in `rows`) and
 * title, for a printed sheet to break its pages at.
 * @example
 * ```ts
 * for (const table of reportTables(report)) console.log(table.name, table.rows.length);
 * ```
 * @category Ledger files
 */
export interface ReportSheetTable {
  readonly sheet: ReportSheet;
  readonly name: string;
  readonly title: string;
  readonly subtitle: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
  readonly sections?: readonly { readonly row: number; readonly title: string }[];
}

/**
 * How report tables are written: the language of headings and labels (zh-CN by default) and
 * whether duty holders' phone numbers are masked (default: masked, as in every ledger file).
 * @example
 * ```ts
 * const options: ReportTableOptions = { language: 'en', mask: false };
 * ```
 * @category Ledger files
 */
export interface ReportTableOptions {
  readonly language?: 'zh-CN' | 'en';
  readonly mask?: boolean;
}

/**
 * The report's tables in the order of a workbook — ledger statistics, supervision summary, duty
 * holders, responsibility list — leaving out those the report does not carry. Headings and
 * labels come from guanai/i18n (`reportTable` for the first three). O(rows).
 * @example
 * ```ts
 * const [ledger] = reportTables({ asOf, ledger: ledgerReport(elders, { asOf }) });
 * ledger?.header.slice(0, 4); // ['区划代码', '层级', '名称', '老年人数']
 * ```
 * @category Ledger files
 */
export function reportTables(
  report: ReportInput,
  options: ReportTableOptions = {},
): ReportSheetTable[] {
  const checked = checkReport(report, options);
  const language: LedgerLanguage = options.language === 'en' ? 'en' : 'zh-CN';
  const locale = localeOf(language);
  const words = locale.labels.responsibilityColumn;
  const sheetName = (sheet: ReportSheet) => locale.labels.reportSheet[sheet];
  const title = (sheet: ReportSheet) =>
    `${checked.area ?? ''}${language === 'en' && checked.area ? ': ' : ''}${sheetName(sheet)}`;
  const asOf = `${words.asOf}${language === 'en' ? ': ' : '：'}${dayText(checked.asOf, language)}`;
  const period = (rows: ReportPeriodRows<unknown>) =>
    language === 'en'
      ? `${words.period}: ${rows.from} to ${rows.to} (${asOf})`
      : `${words.period}：${dayText(rows.from, language)}至${dayText(rows.to, language)}（${asOf}）`;
  const tables: ReportSheetTable[] = [];
  const table = (sheet: ReportSheet, subtitle: string, laid: ReturnType<typeof reportTable>) =>
    tables.push({ sheet, name: sheetName(sheet), title: title(sheet), subtitle, ...laid });
  const format = { locale: language };
  if (checked.ledger) table('ledger', asOf, reportTable('ledger', checked.ledger, format));
  if (checked.supervision)
    table(
      'supervision',
      period(checked.supervision),
      reportTable('supervision', checked.supervision.rows, format),
    );
  if (checked.holders)
    table('holders', period(checked.holders), reportTable('holders', checked.holders.rows, format));
  if (checked.responsibilities)
    tables.push({
      sheet: 'responsibilities',
      name: sheetName('responsibilities'),
      title: title('responsibilities'),
      subtitle: asOf,
      ...responsibilityTable(checked, locale, options.mask !== false),
    });
  return tables;
}

/** 2026年3月31日 (zh) or 2026-03-31 (en). @internal */
export function dayText(day: string, language: LedgerLanguage): string {
  if (language === 'en') return day;
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
}

/**
 * The responsibility list as one table: a row per elder and duty holder (one row with 未落实
 * for an elder no one holds a duty for), grouped by village in the list's order, with the
 * villages' names from the other reports' rows when they carry them.
 */
function responsibilityTable(
  report: ReportInput,
  locale: LocaleData,
  mask: boolean,
): Pick<ReportSheetTable, 'header' | 'rows' | 'sections'> {
  const { labels } = locale;
  const words = labels.responsibilityColumn;
  const names = new Map<string, string>();
  for (const row of [...(report.ledger ?? []), ...(report.supervision?.rows ?? [])])
    if (row.level === 'village' && row.name) names.set(row.code, row.name);
  const rows: (string | number)[][] = [];
  const sections: { row: number; title: string }[] = [];
  let village: string | undefined;
  for (const line of report.responsibilities ?? []) {
    const name = names.get(line.villageCode) ?? '';
    if (line.villageCode !== village) {
      village = line.villageCode;
      const where = name ? `${name}（${village}）` : village;
      sections.push({ row: rows.length, title: `${where} ${labels.reportSheet.responsibilities}` });
    }
    const elder = [line.villageCode, name, line.elderId, line.elderName];
    if (line.holders.length === 0) rows.push([...elder, words.unheld, '', '', '', '']);
    for (const holder of line.holders)
      rows.push([
        ...elder,
        (labels.duty as Readonly<Record<string, string>>)[holder.duty] ?? holder.duty,
        holder.name ?? holder.caregiverId,
        holder.role === undefined ? '' : labels.caregiverRole[holder.role],
        holder.phone === undefined
          ? ''
          : mask
            ? maskSensitive('phone', holder.phone)
            : holder.phone,
        holder.visits
          .map((visit) => visitText(visit, locale))
          .join(locale.locale === 'en' ? '; ' : '；'),
      ]);
  }
  const header = [
    words.villageCode,
    words.village,
    words.elderId,
    words.elderName,
    words.duty,
    words.holder,
    words.role,
    words.phone,
    words.visits,
  ];
  return { header, rows, sections };
}

/** A duty's visit as officials say it: 入户走访每周1次, 摸底登记每年3月、9月各1次 (Home visit, weekly). */
function visitText({ kind, cadence }: DutyVisit, { labels, locale }: LocaleData): string {
  const what = labels.visitKind[kind];
  const en = locale === 'en';
  if (cadence.type === 'quota') {
    const count = cadence.count ?? 1;
    if (cadence.months && cadence.months.length > 0) {
      const months = cadence.months.join(en ? ', ' : '月、');
      if (!en) return `${what}每年${months}月各${count}次`;
      return `${what}, ${count === 1 ? '' : `${count} times `}in months ${months}`;
    }
    const every = labels.quotaPeriod[cadence.period];
    if (!en) return `${what}${every}${count}次`;
    return `${what}, ${count === 1 ? '' : `${count} times `}${every}`;
  }
  if (cadence.type === 'festival')
    return `${what}${en ? ' (' : '（'}${cadence.festivals.map((f) => labels.festival[f]).join(en ? ', ' : '、')}${en ? ')' : '）'}`;
  return what;
}

/** The report checked: an object with a real `asOf`, each report a list (or rows and a period). */
function checkReport(report: ReportInput, options: ReportTableOptions): ReportInput {
  const bad = (name: string, rule: 'object' | 'array' | 'plainDate' | 'string') =>
    new GuanaiError([issue('invalid_argument', [name], { name, rule })]);
  if (typeof options !== 'object' || options === null) throw bad('options', 'object');
  if (typeof report !== 'object' || report === null) throw bad('report', 'object');
  if (!isPlainDate(report.asOf)) throw bad('asOf', 'plainDate');
  if (report.area !== undefined && typeof report.area !== 'string') throw bad('area', 'string');
  for (const name of ['ledger', 'responsibilities'] as const)
    if (report[name] !== undefined && !Array.isArray(report[name])) throw bad(name, 'array');
  for (const name of ['supervision', 'holders'] as const) {
    const given = report[name];
    if (given === undefined) continue;
    if (typeof given !== 'object' || given === null) throw bad(name, 'object');
    if (!Array.isArray(given.rows)) throw bad(`${name}.rows`, 'array');
    if (!isPlainDate(given.from)) throw bad(`${name}.from`, 'plainDate');
    if (!isPlainDate(given.to)) throw bad(`${name}.to`, 'plainDate');
  }
  if (
    report.responsibilities?.some(
      (row) => typeof row !== 'object' || row === null || !Array.isArray(row.holders),
    )
  )
    throw bad('responsibilities', 'object');
  return report;
}
