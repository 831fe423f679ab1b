import * as z from 'zod';
import {
  arrayIssue,
  objectIssue,
  plainDateIssue,
  setIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import { type Issue, issue } from '../errors/index.js';
import { type InvalidRow, PlainDate, parseRows } from '../models/index.js';
import { Party } from './party.js';

/**
 * What happened to a referral: the application was filed (`applied`, 提交申请), approved
 * (`approved`, 审批通过), refused (`refused`, 不予批准), or withdrawn (`withdrawn`, 撤回 — the
 * elder declined, moved, died, or the reason went away).
 *
 * @example
 * ```ts
 * ReferralEventType.parse('approved');
 * ```
 * @category Referrals
 */
export const ReferralEventType = /* @__PURE__ */ z.enum([
  'applied',
  'approved',
  'refused',
  'withdrawn',
]);
/** @category Referrals */
export type ReferralEventType = z.infer<typeof ReferralEventType>;

/**
 * One event of a referral, as an app records it: append-only, never edited — a mistake is
 * mended by a later event (a withdrawal, say), not by changing this one. `by` is who acted:
 * the village committee that filed the application, the township that decided, a caregiver.
 *
 * @example
 * ```ts
 * ReferralEvent.parse({
 *   id: 'RE-1', referralId: 'referral/E-1/minimumLivingAllowance', on: '2026-03-10',
 *   type: 'applied', by: { kind: 'body', body: 'villageCommittee', areaCode: '530325101203' },
 * });
 * ```
 * @category Referrals
 */
export const ReferralEvent = /* @__PURE__ */ z.strictObject({
  id: z.string().trim().min(1).max(64),
  referralId: z.string().trim().min(1).max(200),
  on: PlainDate,
  type: ReferralEventType,
  by: Party,
  note: z.string().trim().max(500).optional(),
});
/** @category Referrals */
export type ReferralEvent = z.infer<typeof ReferralEvent>;

/** Options of {@link parseReferralEvents}. @category Referrals */
export interface ParseReferralEventsOptions {
  /** No event may be dated after this day. */
  readonly asOf: PlainDate;
  /** The ids of the referrals known, when events must refer to one of them. */
  readonly referralIds?: ReadonlySet<string>;
}

/**
 * The events accepted, and every bad row with its index and coded issues.
 * @category Referrals
 */
export interface ParsedReferralEvents {
  readonly events: readonly ReferralEvent[];
  readonly invalid: readonly InvalidRow[];
}

/**
 * Validate a batch of referral events: each against {@link ReferralEvent}, ids unique in the
 * batch (`duplicate_id`), none dated after `asOf` (`date_after_as_of`), and each about a known
 * referral when `referralIds` is given (`referral_unknown`). Good rows are kept; every bad row
 * comes back with its index and coded issues. Whether an event fits its referral's state
 * (an approval before any application …) is `replayReferrals`' question.
 *
 * A bad argument is one `GuanaiError`: `rows` not a list, `options` not an object, `asOf` not
 * a real date (`invalid_argument`), `referralIds` without `has`.
 *
 * @example
 * ```ts
 * const { events, invalid } = parseReferralEvents(rows, {
 *   asOf: plainDate('2026-03-31'),
 *   referralIds: new Set(suggestions.map((s) => s.id)),
 * });
 * ```
 * @category Referrals
 */
export function parseReferralEvents(
  rows: readonly unknown[],
  options: ParseReferralEventsOptions,
): ParsedReferralEvents {
  throwIssues([arrayIssue(rows, 'rows'), objectIssue(options, 'options')]);
  const { asOf, referralIds } = options;
  throwIssues([
    plainDateIssue(asOf, 'asOf'),
    setIssue(referralIds, 'referralIds', { optional: true }),
  ]);
  const parsed = parseRows(ReferralEvent, rows, (event) => event.id);
  const invalid: InvalidRow[] = [...parsed.invalid];
  const events: ReferralEvent[] = [];
  parsed.valid.forEach((event, position) => {
    const issues: Issue[] = [];
    if (event.on > asOf) issues.push(issue('date_after_as_of', ['on'], { date: event.on, asOf }));
    if (referralIds && !referralIds.has(event.referralId))
      issues.push(issue('referral_unknown', ['referralId'], { referralId: event.referralId }));
    if (issues.length > 0) invalid.push({ index: parsed.validIndexes[position] as number, issues });
    else events.push(event);
  });
  invalid.sort((a, b) => a.index - b.index);
  return { events, invalid };
}
