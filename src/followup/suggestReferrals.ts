import {
  arrayIssue,
  countIssue,
  diagnosed,
  elementsIssue,
  objectIssue,
  plainDateIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import type { StatusClassification } from '../eligibility/index.js';
import { GuanaiError, type Issue, issue, prefixIssues } from '../errors/index.js';
import {
  addDays,
  type Elder,
  type ElderId,
  type Enrolment,
  type PlainDate,
  type Programme,
} from '../models/index.js';
import type { Referral } from './referral.js';
import { checkedRules, type ReferralRule, ruleHolds } from './referralRules.js';
import { type ReferralSuggestion, referralIdOf } from './referralSuggestion.js';

/**
 * How long after a referral ended unapproved (refused or withdrawn) — or after the ledger
 * recorded the elder as `rejected` for the programme — the same programme may be suggested
 * again: 180 days. The texts name no interval; half a year is guanai's choice, the rhythm of
 * the March / September census (spec §5 K31 · S18 L493) at which a family's situation is
 * looked at again.
 *
 * @example
 * ```ts
 * suggestReferrals(input, { asOf, resuggestAfterDays: DEFAULT_RESUGGEST_AFTER_DAYS * 2 });
 * ```
 * @category Referrals
 */
export const DEFAULT_RESUGGEST_AFTER_DAYS = 180;

/**
 * What {@link suggestReferrals} reads: the elders (for what their `benefits` already record),
 * their statuses on the day (`classifyLedger(…).results`, or `classifyStatuses` per elder),
 * and the referrals so far (from `replayReferrals`), so that none is suggested twice.
 * @category Referrals
 */
export interface SuggestReferralsInput {
  readonly elders: readonly Elder[];
  readonly statuses: readonly StatusClassification[];
  readonly referrals?: readonly Referral[];
}

/** Options of {@link suggestReferrals}. @category Referrals */
export interface SuggestReferralsOptions {
  /** The day of the suggestions (their `on`): the statuses should be as of this day. */
  readonly asOf: PlainDate;
  /** The rules (default `DEFAULT_REFERRAL_RULES`). */
  readonly rules?: readonly ReferralRule[];
  /** Days before a programme that ended unapproved is suggested again (default {@link DEFAULT_RESUGGEST_AFTER_DAYS}). */
  readonly resuggestAfterDays?: number;
}

/**
 * A referral still waiting for its application whose reason has gone: no rule for its
 * programme holds for the elder any more (`ruleNoLongerHolds`: no longer 留守, now on 低保 …), or the ledger
 * records the elder as enrolled already (`alreadyEnrolled`). The village records a
 * `withdrawn` event for it, with the reason as its note.
 * @category Referrals
 */
export interface LapsedReferral {
  readonly referralId: string;
  readonly elderId: ElderId;
  readonly programme: Programme;
  readonly rule: string;
  readonly why: 'ruleNoLongerHolds' | 'alreadyEnrolled';
}

/** What {@link suggestReferrals} finds. @category Referrals */
export interface ReferralSuggestions {
  /** New referrals, in the order of the statuses and, per elder, of the rules. */
  readonly suggestions: readonly ReferralSuggestion[];
  /** Suggested referrals whose reason has gone, in the order of `referrals`. */
  readonly lapsed: readonly LapsedReferral[];
}

/**
 * Suggest referrals to programmes (spec §8) from elders' categories: for each classified elder
 * and each rule whose categories hold (`all` yes, one of `any` yes, every `unless` no), one
 * suggestion per programme (the first rule that holds names it), with a deterministic id
 * (`referral/<elderId>/<programme>`, then `/<round>`), the rule and its citation. Only `yes`
 * suggests: an `unknown` is for verification (核实) to settle first.
 *
 * It never decides entitlement, and never suggests twice: not when the elder's `benefits`
 * record the programme as `referred`, `enrolled` or `notApplicable`, nor while a referral to it
 * is open or approved. After a refusal or withdrawal (or a `rejected` benefit dated by
 * `since`), the programme is suggested again, as the next round, once `resuggestAfterDays`
 * have passed. `lapsed` lists the suggested referrals whose reason has gone.
 *
 * Throws {@link errors!GuanaiError}: `invalid_argument` for input or options that are not
 * objects, lists that are not lists, an `asOf` that is not a real date or a negative
 * `resuggestAfterDays`; the rules' schema issues under `['rules', i]` (and `duplicate_id`);
 * `unknown_reference` at `['statuses', i, 'elderId']` for a status of an elder not in `elders`.
 *
 * @example
 * ```ts
 * const asOf = plainDate('2026-03-02');
 * const { results } = classifyLedger(ledger.elders, { asOf });
 * const { suggestions } = suggestReferrals({ elders: ledger.elders, statuses: results }, { asOf });
 * suggestions[0]; // { id: 'referral/E-1/familyDoctorContract', round: 1, rule: 'familyDoctorContract', … }
 * ```
 * @category Referrals
 */
export function suggestReferrals(
  input: SuggestReferralsInput,
  options: SuggestReferralsOptions,
): ReferralSuggestions {
  throwIssues([objectIssue(input, 'input'), objectIssue(options, 'options')]);
  throwIssues([
    arrayIssue(input.elders, 'elders'),
    arrayIssue(input.statuses, 'statuses'),
    arrayIssue(input.referrals, 'referrals', { optional: true }),
    plainDateIssue(options.asOf, 'asOf'),
    countIssue(options.resuggestAfterDays, 'resuggestAfterDays', { optional: true }),
  ]);
  const rules = checkedRules(options.rules);
  return diagnosed(
    'suggestReferrals',
    () => suggestChecked(input, options, rules),
    () =>
      elementsIssue(input.elders, 'elders', { id: 'string', benefits: 'array' }) ??
      elementsIssue(input.statuses, 'statuses', { elderId: 'string', statuses: 'object' }) ??
      elementsIssue(input.referrals ?? [], 'referrals', REFERRAL_FIELDS) ??
      benefitsIssue(input.elders),
  );
}

/** The first benefit of an elder that is not of its shape, at its path inside the elders. */
function benefitsIssue(elders: readonly Elder[]): Issue | undefined {
  for (const [index, elder] of elders.entries()) {
    const found = elementsIssue(elder.benefits, 'benefits', BENEFIT_FIELDS);
    if (found) return prefixIssues([found], ['elders', index])[0];
  }
  return undefined;
}

const BENEFIT_FIELDS = { programme: 'string', status: 'string', since: 'string?' } as const;

const REFERRAL_FIELDS = {
  id: 'string',
  elderId: 'string',
  programme: 'string',
  rule: 'string',
  round: 'number',
  state: 'string',
  history: 'array',
} as const;

const keyOf = (elderId: string, programme: string) => `${elderId}\u0000${programme}`;

function suggestChecked(
  input: SuggestReferralsInput,
  options: SuggestReferralsOptions,
  rules: readonly ReferralRule[],
): ReferralSuggestions {
  const { asOf } = options;
  const interval = options.resuggestAfterDays ?? DEFAULT_RESUGGEST_AFTER_DAYS;
  const elderById = new Map(input.elders.map((elder) => [elder.id as string, elder]));
  const latest = latestReferrals(input.referrals ?? []);
  const missing: Issue[] = [];
  const suggestions: ReferralSuggestion[] = [];
  const classified = new Map<string, StatusClassification>();
  input.statuses.forEach((status, index) => {
    const elder = elderById.get(status.elderId);
    if (!elder) {
      missing.push(
        issue('unknown_reference', ['statuses', index, 'elderId'], {
          kind: 'elder',
          id: status.elderId,
        }),
      );
      return;
    }
    classified.set(elder.id, status);
    const done = new Set<Programme>();
    for (const rule of rules) {
      if (done.has(rule.programme) || !ruleHolds(rule, status.statuses)) continue;
      done.add(rule.programme);
      const round = roundFor(elder, rule.programme, latest, asOf, interval);
      if (round === undefined) continue;
      suggestions.push({
        id: referralIdOf(elder.id, rule.programme, round),
        elderId: elder.id,
        programme: rule.programme,
        rule: rule.id,
        source: rule.source,
        on: asOf,
        round,
      });
    }
  });
  if (missing.length > 0) throw new GuanaiError(missing);
  return {
    suggestions,
    lapsed: lapsedReferrals(input.referrals ?? [], classified, elderById, rules),
  };
}

/** The latest round of each elder's referral to each programme. */
function latestReferrals(referrals: readonly Referral[]): Map<string, Referral> {
  const latest = new Map<string, Referral>();
  for (const referral of referrals) {
    const key = keyOf(referral.elderId, referral.programme);
    const known = latest.get(key);
    if (!known || referral.round > known.round) latest.set(key, referral);
  }
  return latest;
}

/** The round a new suggestion would be, or none while the programme is taken care of. */
function roundFor(
  elder: Elder,
  programme: Programme,
  latest: ReadonlyMap<string, Referral>,
  asOf: PlainDate,
  interval: number,
): number | undefined {
  for (const enrolment of elder.benefits) {
    if (enrolment.programme === programme && blocks(enrolment, asOf, interval)) return undefined;
  }
  const referral = latest.get(keyOf(elder.id, programme));
  if (!referral) return 1;
  if (referral.state !== 'refused' && referral.state !== 'withdrawn') return undefined;
  const ended = referral.history.at(-1)?.on;
  return ended !== undefined && addDays(ended, interval) <= asOf ? referral.round + 1 : undefined;
}

/** Whether a benefit already on the ledger stands in the way of a new referral. */
function blocks(enrolment: Enrolment, asOf: PlainDate, interval: number): boolean {
  switch (enrolment.status) {
    case 'notAssessed':
      return false;
    case 'rejected':
      // Undated, it cannot be said when a new application would make sense.
      return enrolment.since === undefined || addDays(enrolment.since, interval) > asOf;
    default:
      return true;
  }
}

function lapsedReferrals(
  referrals: readonly Referral[],
  classified: ReadonlyMap<string, StatusClassification>,
  elderById: ReadonlyMap<string, Elder>,
  rules: readonly ReferralRule[],
): LapsedReferral[] {
  const rulesOf = new Map<Programme, ReferralRule[]>();
  for (const rule of rules)
    rulesOf.set(rule.programme, [...(rulesOf.get(rule.programme) ?? []), rule]);
  const lapsed: LapsedReferral[] = [];
  for (const referral of referrals) {
    const status = classified.get(referral.elderId);
    const programmeRules = rulesOf.get(referral.programme);
    // Without today's statuses or a rule for the programme, there is nothing to judge by.
    if (referral.state !== 'suggested' || !status || !programmeRules) continue;
    const enrolled = elderById
      .get(referral.elderId)
      ?.benefits.some((b) => b.programme === referral.programme && b.status === 'enrolled');
    const why = enrolled
      ? 'alreadyEnrolled'
      : programmeRules.some((rule) => ruleHolds(rule, status.statuses))
        ? undefined
        : 'ruleNoLongerHolds';
    if (why) {
      const { elderId, programme, rule } = referral;
      lapsed.push({ referralId: referral.id, elderId, programme, rule, why });
    }
  }
  return lapsed;
}
