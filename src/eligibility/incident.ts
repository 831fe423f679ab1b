import * as z from 'zod';
import { INCIDENT_KINDS } from './incidentKinds.js';

/**
 * The situations of spec §2 R4 that must be reported at once (S14 L379): 外出流浪乞讨
 * `wanderingOrBegging`, 遭受非法侵害 `illegalInfringement`, 发生危重病情 `criticalIllness`, 患有严重
 * 精神疾病 `severeMentalIllness`, 面临重大困境 `majorDifficulty`. A closed list: a misspelt kind
 * is `invalid_value` (listing these), never a trigger of its own.
 *
 * @example
 * ```ts
 * IncidentKind.parse('criticalIllness');
 * IncidentKind.safeParse('criticalIlness').success; // false
 * ```
 * @category Incidents
 */
export const IncidentKind = /* @__PURE__ */ z.enum(INCIDENT_KINDS);
/** @category Incidents */
export type IncidentKind = z.infer<typeof IncidentKind>;

export { REPORT_RECIPIENTS, type ReportRecipient } from './reportRecipients.js';
