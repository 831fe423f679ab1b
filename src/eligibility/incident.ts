import * as z from 'zod';

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
export const IncidentKind = /* @__PURE__ */ z.enum([
  'wanderingOrBegging',
  'illegalInfringement',
  'criticalIllness',
  'severeMentalIllness',
  'majorDifficulty',
]);
/** @category Incidents */
export type IncidentKind = z.infer<typeof IncidentKind>;

/**
 * A body an immediate report may go to.
 * @category Incidents
 */
export type ReportRecipient = 'villageCommittee' | 'townshipGovernment' | 'countyCivilAffairs';

/**
 * The bodies an immediate report may go to — any one of them (「或」, spec §2 R4 · S14 L379): the
 * village (residents') committee, the township government, the county civil-affairs department.
 * After emergency handling the township government carries out care and relief.
 *
 * @example
 * ```ts
 * REPORT_RECIPIENTS.map((body) => label('reportRecipient', body)); // ['村（居）委会', '乡镇人民政府', '县（市）级民政部门']
 * ```
 * @category Incidents
 */
export const REPORT_RECIPIENTS: readonly ReportRecipient[] = [
  'villageCommittee',
  'townshipGovernment',
  'countyCivilAffairs',
];
