/**
 * The only place that turns codes into words: issue messages and enum labels in Simplified
 * Chinese (default) and English, typed so that a missing translation fails to compile.
 * @module i18n
 */
export { en } from './en.js';
export {
  type FormatOptions,
  formatIssue,
  formatRowIssue,
  issueCodes,
  label,
} from './format.js';
export { formatPath } from './formatPath.js';
export type { EnumLabels, IssueMessages, LabelsOf, Locale, LocaleData } from './types.js';
export { zhCN } from './zh-CN.js';
