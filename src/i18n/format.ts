import {
  type ArgumentRule,
  GuanaiError,
  type Issue,
  type IssueCode,
  type IssuePath,
} from '../errors/index.js';
import { en } from './en.js';
import { formatPath } from './formatPath.js';
import { knownLocale } from './knownLocale.js';
import { labelOr } from './labelOr.js';
import type { EnumLabels, Locale, LocaleData } from './types.js';
import { zhCN } from './zh-CN.js';

const LOCALES: Readonly<Record<Locale, LocaleData>> = { 'zh-CN': zhCN, en };

/**
 * Options of the formatting functions: a built-in locale (default `zh-CN`) or a
 * {@link LocaleData} of the host app's own.
 * @category Formatting
 */
export interface FormatOptions {
  readonly locale?: Locale | LocaleData;
}

/** The locale data the options name (default zh-CN). @internal */
export function localeData(options: FormatOptions): LocaleData {
  const { locale = 'zh-CN' } = options ?? {};
  if (typeof locale !== 'object' || locale === null) return LOCALES[knownLocale(locale)];
  if (!isLocaleData(locale)) throw argumentError('locale', 'object');
  return locale;
}

/** The parts of a host app's own locale that formatting reads. */
function isLocaleData(data: LocaleData): boolean {
  return (
    typeof data.issues === 'object' &&
    data.issues !== null &&
    typeof data.labels === 'object' &&
    data.labels !== null &&
    typeof data.row === 'function' &&
    typeof data.column === 'function' &&
    typeof data.separator === 'string'
  );
}

function argumentError(name: string, rule: ArgumentRule): GuanaiError {
  return new GuanaiError([{ code: 'invalid_argument', path: [], params: { name, rule } }]);
}

/** Formatting is handed issues from stored data too: anything but an object is a coded error. */
function requireIssue(found: Issue): void {
  if (typeof found !== 'object' || found === null) throw argumentError('issue', 'object');
}

/**
 * The message of one issue in a locale, after the path to the field when there is one.
 *
 * @example
 * ```ts
 * formatIssue({ code: 'resident_id_checksum', path: ['residentId'], params: { expected: 'X', actual: '1' } });
 * // 'residentId：公民身份号码校验码错误：应为 X，实为 1'
 * formatIssue(issue, { locale: 'en' });
 * // 'residentId: Resident ID number check character is wrong: expected X, got 1'
 * ```
 * @category Formatting
 */
export function formatIssue(issue: Issue, options: FormatOptions = {}): string {
  requireIssue(issue);
  const data = localeData(options);
  const where = formatPath(issue.path);
  const message = messageOf(issue, data);
  return where ? `${where}${data.separator}${message}` : message;
}

/**
 * The message of an issue alone, without where it is. A code this locale does not know (from
 * a newer version, or stored data) or parameters its message cannot read show the code itself:
 * a formatter must never lose the issue it was given.
 */
function messageOf(issue: Issue, data: LocaleData): string {
  const render = Object.hasOwn(data.issues, issue.code)
    ? (data.issues[issue.code] as (params: Issue['params']) => string)
    : undefined;
  const fallback = String(issue.code) || '?';
  if (!render || typeof issue.params !== 'object' || issue.params === null) return fallback;
  try {
    return String(render(issue.params));
  } catch {
    return fallback;
  }
}

/**
 * The message of an issue of a row in a batch, e.g. `第 3 行 birthDate：…` (rows counted from 1).
 *
 * @example
 * ```ts
 * for (const row of ledger.invalid) for (const i of row.issues) console.log(formatRowIssue(row.index, i));
 * ```
 * @category Formatting
 */
export function formatRowIssue(index: number, issue: Issue, options: FormatOptions = {}): string {
  return `${localeData(options).row(index + 1)} ${formatIssue(issue, options)}`;
}

/**
 * The message of an issue found in a ledger file, placed by its spreadsheet row (the heading is
 * row 1) and column heading, e.g. `第 3 行「出生日期」：…`; `within` leads to the value inside a
 * cell that holds JSON. Without a column, the issue's path says where. An issue that carries a
 * `row` of its own (a child's cell on a row below its elder's) is placed at that row.
 *
 * @example
 * ```ts
 * const read = readLedgerCsv(text, { kind: 'elders' });
 * for (const bad of read.invalid)
 *   for (const found of bad.issues) console.log(formatCellIssue(bad.row, found));
 * ```
 * @category Formatting
 */
export function formatCellIssue(
  row: number,
  found: {
    readonly column: string | undefined;
    readonly issue: Issue;
    readonly within?: IssuePath | undefined;
    readonly row?: number | undefined;
  },
  options: FormatOptions = {},
): string {
  if (typeof found !== 'object' || found === null) throw argumentError('found', 'object');
  requireIssue(found.issue);
  if (typeof found.row === 'number') row = found.row;
  if (found.column === undefined) return formatRowIssue(row - 1, found.issue, options);
  const data = localeData(options);
  const within = found.within?.length ? ` ${formatPath(found.within)}` : '';
  return `${data.row(row)}${data.column(String(found.column))}${within}${data.separator}${messageOf(found.issue, data)}`;
}

/**
 * The label of an enum value in a locale.
 *
 * @example
 * ```ts
 * label('caregiverRole', 'townshipResponsibleCadre'); // '乡包保干部'
 * label('abilityLevel', 'moderate', { locale: 'en' }); // 'moderately impaired (moderate disability)'
 * ```
 * @category Formatting
 */
export function label<E extends keyof EnumLabels>(
  enumName: E,
  value: keyof EnumLabels[E] & string,
  options: FormatOptions = {},
): string {
  const labels = localeData(options).labels;
  const table = Object.hasOwn(labels, enumName)
    ? (labels[enumName] as Readonly<Record<string, string>>)
    : {};
  return labelOr(table, value);
}

/**
 * Every issue code a locale has a message for (all of them, by construction).
 *
 * @example
 * ```ts
 * issueCodes().includes('resident_id_checksum'); // true
 * ```
 * @category Formatting
 */
export function issueCodes(): IssueCode[] {
  return Object.keys(zhCN.issues) as IssueCode[];
}
