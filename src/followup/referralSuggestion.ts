import * as z from 'zod';
import { countIssue, throwIssues } from '../_lib/argumentGuards.js';
import { jsonTypeOf } from '../_lib/jsonTypeOf.js';
import { issue } from '../errors/index.js';
import { ElderId, PlainDate, type Programme, Programme as ProgrammeName } from '../models/index.js';

/**
 * A referral a rule suggested on a day (`on`): the start of a referral's life. The app keeps
 * the suggestions it acts on — they are what `replayReferrals` starts from — and reads them
 * back with this schema. `id` is deterministic: `referral/<elderId>/<programme>`, with
 * `/<round>` after it from the second round on (see {@link referralIdOf}).
 *
 * @example
 * ```ts
 * ReferralSuggestion.parse({
 *   id: 'referral/E-1/familyDoctorContract', elderId: 'E-1', programme: 'familyDoctorContract',
 *   rule: 'familyDoctorContract', source: 'spec §8 · S14 L379', on: '2026-03-02', round: 1,
 * });
 * ```
 * @category Referrals
 */
export const ReferralSuggestion = /* @__PURE__ */ z.strictObject({
  id: z.string().trim().min(1).max(200),
  elderId: ElderId,
  programme: ProgrammeName,
  /** The id of the rule that suggested it. */
  rule: z.string().trim().min(1).max(64),
  source: z.string().trim().min(1).max(200),
  on: PlainDate,
  /** 1 for the first referral of the elder to the programme, 2 after it ended unapproved, … */
  round: z.int().min(1).max(1000),
});
/** @category Referrals */
export type ReferralSuggestion = z.infer<typeof ReferralSuggestion>;

/**
 * The id of the `round`th referral of an elder to a programme. An elder id that is not text,
 * a programme not of `Programme` or a round not a whole number from 1 is a `GuanaiError`.
 *
 * @example
 * ```ts
 * referralIdOf(ElderId.parse('E-1'), 'minimumLivingAllowance', 2);
 * // 'referral/E-1/minimumLivingAllowance/2'
 * ```
 * @category Referrals
 */
export function referralIdOf(elderId: ElderId, programme: Programme, round = 1): string {
  throwIssues([
    typeof elderId === 'string'
      ? undefined
      : issue('invalid_type', ['elderId'], { expected: 'string', received: jsonTypeOf(elderId) }),
    PROGRAMMES.has(programme)
      ? undefined
      : issue('invalid_value', ['programme'], { allowed: ProgrammeName.options }),
    countIssue(round, 'round', { positive: true }),
  ]);
  return round === 1
    ? `referral/${elderId}/${programme}`
    : `referral/${elderId}/${programme}/${round}`;
}

const PROGRAMMES: ReadonlySet<unknown> = /* @__PURE__ */ new Set(ProgrammeName.options);
