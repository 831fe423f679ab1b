/**
 * The only place that turns codes into words: issue messages, enum labels and explanations of
 * the eligibility classifier in Simplified Chinese (default) and English, typed so that a
 * missing translation fails to compile.
 * @module i18n
 */
export {
  type DescribeTaskOptions,
  describeTask,
  type TaskText,
} from './describeTask.js';
export { enExplanations } from './en.explain.js';
export { en } from './en.js';
export { enTasks } from './en.tasks.js';
export {
  type ExplainClassificationOptions,
  type ExplainOptions,
  type Explanation,
  explain,
  explainClassification,
} from './explain.js';
export type { ExplanationOptions } from './explanationData.js';
export {
  type FormatOptions,
  formatCellIssue,
  formatIssue,
  formatRowIssue,
  issueCodes,
  label,
} from './format.js';
export { formatError } from './formatError.js';
export { formatFactPath } from './formatFactPath.js';
export { formatPath } from './formatPath.js';
export { type ReportRows, type ReportTable, reportTable } from './reportTable.js';
export { taskTable } from './taskTable.js';
export type { MessageWords, TaskColumn, TaskLocale, TaskMessages } from './taskWords.js';
export type {
  EnumLabels,
  ExplanationLocale,
  ExplanationWords,
  IssueMessages,
  LabelsOf,
  Locale,
  LocaleData,
  ReasonMessages,
  ReportColumn,
  ReportSheet,
  ResponsibilityColumn,
  SourceItemWords,
} from './types.js';
export { zhCNExplanations } from './zh-CN.explain.js';
export { zhCN } from './zh-CN.js';
export { zhCNTasks } from './zh-CN.tasks.js';
