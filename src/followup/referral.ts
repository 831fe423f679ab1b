import type { ElderId, PlainDate, Programme, RegionCode } from '../models/index.js';
import type { Party } from './party.js';

/**
 * Where a referral to a programme stands: `suggested` by a rule (nobody has applied yet),
 * `applied` (申请 filed, waiting for review), then one of the decisions — `approved`,
 * `refused` — or `withdrawn` by the elder or for them. Only the first two wait on someone.
 *
 * @example
 * ```ts
 * const state: ReferralState = 'applied';
 * REFERRAL_STATES.includes(state); // true
 * ```
 * @category Referrals
 */
export type ReferralState = 'suggested' | 'applied' | 'approved' | 'refused' | 'withdrawn';

/**
 * Every referral state, in the order a referral goes through them (the open ones first).
 *
 * @example
 * ```ts
 * REFERRAL_STATES; // ['suggested', 'applied', 'approved', 'refused', 'withdrawn']
 * ```
 * @category Referrals
 */
export const REFERRAL_STATES: readonly ReferralState[] = [
  'suggested',
  'applied',
  'approved',
  'refused',
  'withdrawn',
];

/**
 * One step of a referral's history: the state it entered, on which day, and the event that
 * moved it there (none for the suggestion, which a rule made).
 * @category Referrals
 */
export interface ReferralTransition {
  readonly state: ReferralState;
  readonly on: PlainDate;
  /** The `ReferralEvent` that made the change; `null` for the suggestion. */
  readonly eventId: string | null;
  /** Who acted; `null` for the suggestion. */
  readonly by: Party | null;
  readonly note?: string;
}

/**
 * Who must act next on an open referral, since when and by when, and where that duty comes
 * from (see `DEFAULT_REFERRAL_STEPS`).
 * @category Referrals
 */
export interface ReferralNext {
  readonly owner: Party;
  /** The day the referral entered its state: the work is due from then. */
  readonly since: PlainDate;
  /** The deadline: late after this day. */
  readonly due: PlainDate;
  readonly source: string;
}

/**
 * A referral of one elder to one programme (spec §8), as its suggestion and events make it on
 * a day: the rule that suggested it and its citation, the round (2 and up after an earlier
 * round was refused or withdrawn), the elder's village, the state with the day of every
 * transition, and who acts next by when (`null` once decided or withdrawn). A referral only
 * records where an application stands: whether the elder is entitled is decided by the
 * programme's own conditions, set outside these texts (spec §8 「符合条件的」).
 *
 * @example
 * ```ts
 * const { referrals } = replayReferrals({ suggestions, events, elders }, { asOf: plainDate('2026-05-31') });
 * referrals[0].state; // 'applied'
 * referrals[0].next;  // { owner: { kind: 'body', body: 'townshipGovernment', … }, due: '2026-06-19', … }
 * ```
 * @category Referrals
 */
export interface Referral {
  readonly id: string;
  readonly elderId: ElderId;
  readonly programme: Programme;
  /** The id of the `ReferralRule` that suggested it. */
  readonly rule: string;
  readonly source: string;
  readonly round: number;
  /** The elder's village on the as-of day: where area lists and reports count the referral. */
  readonly villageCode: RegionCode;
  readonly state: ReferralState;
  /** Every transition, oldest first; the first is always `suggested`. */
  readonly history: readonly ReferralTransition[];
  readonly next: ReferralNext | null;
}
