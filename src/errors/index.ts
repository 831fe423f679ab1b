/**
 * Issues as data (`{ code, path, params }`), the one error class, and results.
 * @module errors
 */
export { GuanaiError } from './GuanaiError.js';
export { type Issue, type IssuePath, issue, prefixIssues } from './issue.js';
export type {
  ArgumentRule,
  FactPathProblem,
  IssueCode,
  IssueParams,
  RegionLevel,
  RRuleProblem,
  SizeKind,
  WorkKind,
} from './issueParams.js';
export type { Result } from './result.js';
export { fromZodIssues, type IssueSink, reportIssue } from './zodIssues.js';
