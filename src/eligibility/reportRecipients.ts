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
