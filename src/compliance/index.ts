/**
 * Whether the visits really happen: visit records (走访日志) with corrections that keep history,
 * matching records to planned visits (a duty's visit credited to its holder), coverage by elder,
 * area, caregiver, pairing and duty, targets, the per-holder inspection table,
 * escalation up the village → township → county chain, and the ledger reports officials file.
 * @module compliance
 */
export {
  type CoverageGrouping,
  type CoverageInput,
  type CoverageOptions,
  type CoverageRow,
  coverage,
  type VisitCounts,
} from './coverage.js';
export type { CounterpartRule, CreditRule, ScheduledCaregiver } from './creditRule.js';
export { currentRecords, recordHistory } from './currentRecords.js';
export {
  DEFAULT_ESCALATION_RULES,
  type Escalation,
  type EscalationInput,
  type EscalationOptions,
  type EscalationRecipient,
  type EscalationRule,
  type EscalationTrigger,
  escalations,
  type MajorEventReport,
} from './escalations.js';
export { type HolderRow, type HolderSummaryInput, holderSummary } from './holderSummary.js';
export { matchIssue } from './inputChecks.js';
export {
  AGE_BANDS,
  type AgeBand,
  type LedgerReportOptions,
  type LedgerReportRow,
  ledgerReport,
} from './ledgerReport.js';
export {
  type MatchRecordsOptions,
  matchRecords,
  type NotByHolder,
  type OrphanReason,
  type RecordMatch,
  type VisitsEnd,
} from './matchRecords.js';
export {
  MAX_AMENDMENT_CHAIN,
  type ParsedVisitRecords,
  type ParseVisitRecordsOptions,
  parseVisitRecords,
} from './parseVisitRecords.js';
export {
  type DutyVisit,
  type ResponsibilityInput,
  type ResponsibilityRow,
  type ResponsibleHolder,
  responsibilityList,
} from './responsibilityList.js';
export {
  type SupervisionInput,
  type SupervisionRow,
  supervisionPeriod,
  supervisionSummary,
} from './supervisionSummary.js';
export {
  evaluateTargets,
  SEED_TARGETS,
  type Target,
  type TargetMeasure,
  type TargetResult,
} from './targets.js';
export {
  categoriesOf,
  NotDoneReason,
  ObservationFlag,
  SERVICE_TASK_CATEGORY,
  ServiceTask,
  VisitCounterpart,
  VisitRecord,
  VisitRecordId,
  type VisitRecordInput,
} from './visitRecord.js';
export { type VisitAnswerer, type WhoAnswersInput, whoAnswers } from './whoAnswers.js';
