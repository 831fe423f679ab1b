/**
 * Who is who in a ledger: explainable, three-valued classifiers for 留守 (left-behind), 空巢
 * (empty-nest), 独居, 孤寡, 高龄, 失能, hardship statuses and the priority and risk rules of the
 * policy texts, with every open reading a documented policy parameter and every rule cited.
 * @module eligibility
 */

export { CATEGORY_KEYS } from './categoryKeys.js';
export { CitationSchema } from './citationSchema.js';
export { RULE_CITATIONS } from './citations.js';
export {
  type ChildDefinitionComparison,
  type ClassifyChildOptions,
  classifyChild,
  classifyChildUnderDefinitions,
} from './classifyChild.js';
export {
  type Classification,
  type ClassifyOptions,
  classifyElder,
  classifyStatuses,
  type StatusClassification,
} from './classifyElder.js';
export {
  type AreaCounts,
  type CategoryCounts,
  type ClassifyLedgerOptions,
  classifyLedger,
  type LedgerClassification,
  type StatusCounts,
} from './classifyLedger.js';
export {
  classifyUnderDefinitions,
  type DefinitionAnswers,
  type DefinitionComparison,
  type EmptyNestDependentKey,
} from './classifyUnderDefinitions.js';
export { DEFAULT_POLICY } from './defaultPolicy.js';
export {
  CHILD_DEFINITIONS,
  type ChildDefinition,
  EMPTY_NEST_DEFINITIONS,
  type EmptyNestDefinition,
} from './definitionNames.js';
export { ECONOMIC_HARDSHIP_STATUSES } from './economicHardshipStatuses.js';
export { IncidentKind } from './incident.js';
export { INCIDENT_KINDS } from './incidentKinds.js';
export { MajorEventKind } from './majorEvent.js';
export { MAJOR_EVENT_KINDS } from './majorEventKinds.js';
export { parsePolicy, safeParsePolicy } from './parsePolicy.js';
export {
  EconomicHardshipStatus,
  Policy,
  type PolicyInput,
  PolicyParameters,
} from './policy.js';
export type {
  CategoryKey,
  CategoryResult,
  Citation,
  Reason,
  ReasonCode,
  ReasonParams,
  RuleKey,
} from './reason.js';
export { REPORT_RECIPIENTS, type ReportRecipient } from './reportRecipients.js';
export {
  type ResponsibleParty,
  type ResponsiblePartyResult,
  responsiblePartyOf,
} from './responsibleParty.js';
export { type SelectPolicyOptions, selectPolicy } from './selectPolicy.js';
export type { Tri } from './tri.js';
export { validatePolicies } from './validatePolicies.js';
