import type { ReportRecipient } from '../eligibility/index.js';
import type { CaseOrigin } from './caseEvent.js';
import type { FollowUpBody } from './party.js';

/**
 * The steps of an incident case, in order: `reported` (opened), `acknowledged` (the village
 * committee has it), `townshipInformed`, `countyInformed`, `responding` (a response was made),
 * `resolved`, `closed`. The three informing steps may be reached in any order — the text lets the
 * report go to any one of the three bodies (「或」, spec §2 R4 · S14 L379), so the county may hear
 * first.
 *
 * @example
 * ```ts
 * CASE_STEPS.indexOf('responding'); // 4
 * ```
 * @category Cases
 */
export const CASE_STEPS = [
  'reported',
  'acknowledged',
  'townshipInformed',
  'countyInformed',
  'responding',
  'resolved',
  'closed',
] as const;

/** One step of an incident case (see {@link CASE_STEPS}). @category Cases */
export type CaseStep = (typeof CASE_STEPS)[number];

/** A step a rule sets a deadline for: every step but the opening. @category Cases */
export type CaseStepToTake = Exclude<CaseStep, 'reported'>;

/**
 * Who owns a step: a body of the elder's area (see `bodyOf`), or `caregiver` — the caregiver
 * who opened the case (the village committee when someone else opened it).
 * @category Cases
 */
export type CaseOwner = FollowUpBody | 'caregiver';

/**
 * The rule of one step, as data: who owns it (`byOrigin` for cases of some origins), how many
 * days it has, and where the rule comes from. The days count from the step before: the
 * informing steps from the report, `responding` from the first body told, `resolved` from the
 * first response (or the last reopening), `closed` from the resolution.
 * @category Cases
 */
export interface CaseStepRule {
  readonly step: CaseStepToTake;
  readonly owner: CaseOwner;
  readonly byOrigin?: Readonly<Partial<Record<CaseOrigin, CaseOwner>>>;
  /** Days after the step before (0: the same day). */
  readonly days: number;
  readonly source: string;
}

/**
 * The default step rules. The text gives no deadline (spec §2 「the text gives no deadline in
 * hours or days」, §11 #20: 「及时」 only): every number here is our choice, to be replaced by a
 * county's own.
 * - `acknowledged`: the village committee, 1 day — the 组 cadres for a mutual-aid group's
 *   report (spec §2 R10 · S18 L519 「向村(社区)、组干部报告」);
 * - `townshipInformed`: the village committee reports up, 1 day (as in R2 · S14 L369 「同时报告
 *   乡镇人民政府」);
 * - `countyInformed`: the township reports to the county, 2 days (a day after it heard);
 * - `responding`: the township, 2 days after the first body was told (R4 「紧急处置后,由乡镇人民政府
 *   依据有关要求和分工实施关爱救助」);
 * - `resolved`: the township, 30 days after the first response;
 * - `closed`: the township files the case 7 days after it was resolved (动态管理, spec §7).
 *
 * @example
 * ```ts
 * const steps = DEFAULT_CASE_STEPS.map((rule) =>
 *   rule.step === 'responding' ? { ...rule, days: 1 } : rule,
 * );
 * ```
 * @category Cases
 */
export const DEFAULT_CASE_STEPS: readonly CaseStepRule[] = [
  {
    step: 'acknowledged',
    owner: 'villageCommittee',
    byOrigin: { mutualAidGroup: 'groupCadre' },
    days: 1,
    source: 'spec §2 R4 · S14 L379; R10 · S18 L519',
  },
  {
    step: 'townshipInformed',
    owner: 'villageCommittee',
    days: 1,
    source: 'spec §2 R4 · S14 L379; R2 · S14 L369',
  },
  { step: 'countyInformed', owner: 'townshipGovernment', days: 2, source: 'spec §2 R4 · S14 L379' },
  { step: 'responding', owner: 'townshipGovernment', days: 2, source: 'spec §2 R4 · S14 L379' },
  { step: 'resolved', owner: 'townshipGovernment', days: 30, source: 'spec §2 R4 · S14 L379' },
  { step: 'closed', owner: 'townshipGovernment', days: 7, source: 'spec §7 · S14 L379' },
];

/**
 * Which bodies must be told before a case may close, by what it is about: an incident of spec
 * §2 R4 and a major event of R10 (a case with both follows `incident`).
 * @category Cases
 */
export interface CaseInformPolicy {
  readonly incident: readonly ReportRecipient[];
  readonly majorEvent: readonly ReportRecipient[];
}

/**
 * The default bodies to tell: all three for an incident — the text says any one (「或」, spec
 * §2 R4 · S14 L379, §11 #10), and like compliance's default escalation we tell all three, so
 * none is left out; only the village committee (and 组 cadres) for a mutual-aid group's major
 * event (R10 · S18 L519). A province that wants one body passes its own list.
 *
 * @example
 * ```ts
 * const villageOnly = { ...DEFAULT_CASE_INFORM, incident: ['villageCommittee'] as const };
 * ```
 * @category Cases
 */
export const DEFAULT_CASE_INFORM: CaseInformPolicy = {
  incident: ['villageCommittee', 'townshipGovernment', 'countyCivilAffairs'],
  majorEvent: ['villageCommittee'],
};

/**
 * The step that says a body has the case: the village committee's acknowledgement, the
 * township's and the county's being informed.
 *
 * @example
 * ```ts
 * INFORMING_STEP.countyCivilAffairs; // 'countyInformed'
 * ```
 * @category Cases
 */
export const INFORMING_STEP: Readonly<Record<ReportRecipient, CaseStepToTake>> = {
  villageCommittee: 'acknowledged',
  townshipGovernment: 'townshipInformed',
  countyCivilAffairs: 'countyInformed',
};
