/**
 * Issues as data (`{ code, path, params }`), the one error class, and results.
 * @module errors
 */
export { type ErrorParts, type ErrorText, useErrorText } from './errorText.js';
export { GuanaiError, type GuanaiErrorOptions } from './GuanaiError.js';
export { isGuanaiError } from './isGuanaiError.js';
export { type Issue, type IssuePath, issue, prefixIssues } from './issue.js';
export type {
  ArgumentRule,
  FactPathProblem,
  IssueCode,
  IssueParams,
  NameKind,
  RegionLevel,
  RRuleProblem,
  SizeKind,
  WorkKind,
} from './issueParams.js';
export { areaCodeLength, maskIdentifiers } from './maskIdentifiers.js';
export { pathText } from './pathText.js';
export type { Result } from './result.js';
export { fromZodIssues, type IssueSink, reportIssue } from './zodIssues.js';
