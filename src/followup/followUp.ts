import { arrayIssue, objectIssue, throwIssues } from '../_lib/argumentGuards.js';
import {
  type CoverageInput,
  type MajorEventReport,
  matchRecords,
  type RecordMatch,
} from '../compliance/index.js';
import { classifyLedger, type StatusClassification } from '../eligibility/index.js';
import type { Caregiver, MutualAidGroup } from '../models/index.js';
import type { CaseEvent } from './caseEvent.js';
import { caseOpenings } from './caseOpenings.js';
import type { CaseInformPolicy, CaseStepRule } from './casePolicy.js';
import { caseTasks } from './caseTasks.js';
import { familyTasks } from './familyTasks.js';
import type { ReferralEvent } from './referralEvent.js';
import type { ReferralRule } from './referralRules.js';
import type { ReferralSteps } from './referralSteps.js';
import type { ReferralSuggestion } from './referralSuggestion.js';
import { referralTasks } from './referralTasks.js';
import { type ReplayedCases, replayCases } from './replayCases.js';
import { type ReplayedReferrals, replayReferrals } from './replayReferrals.js';
import type { RuleTaskInput, RuleTaskOptions } from './ruleTaskInput.js';
import { type LapsedReferral, suggestReferrals } from './suggestReferrals.js';
import { indexTasks, type TaskIndex } from './taskIndex.js';
import { trackingTasks } from './trackingTasks.js';
import { verificationTasks } from './verificationTasks.js';
import { visitTasks } from './visitTasks.js';

/**
 * Everything follow-up reads, as the host app keeps it: the ledger and its duty lines, the visit
 * plan's occurrences and the visit records (走访日志), the case events and major-event reports,
 * the referral suggestions and events, and the completions of one-off tasks. Every list but
 * `elders` may be left out; what it would raise is then not raised.
 * @category To-do lists
 */
export interface FollowUpInput
  extends RuleTaskInput,
    Partial<Omit<CoverageInput, 'elders' | 'occurrences' | 'records'>> {
  /** Planned visits (from `expandPlans`): without them, no visit tasks. */
  readonly occurrences?: CoverageInput['occurrences'];
  /** Visit records: contacts for tracking, incidents that open cases, visits done. */
  readonly records?: CoverageInput['records'];
  /** For case actors: an event by a caregiver not listed is rejected. */
  readonly caregivers?: readonly Caregiver[];
  /** Case events recorded so far; the openings from records and major events are added. */
  readonly caseEvents?: readonly CaseEvent[];
  readonly majorEvents?: readonly MajorEventReport[];
  readonly mutualAidGroups?: readonly MutualAidGroup[];
  /** Referral suggestions stored so far (add `FollowUp.newSuggestions` to them). */
  readonly referralSuggestions?: readonly ReferralSuggestion[];
  readonly referralEvents?: readonly ReferralEvent[];
}

/**
 * Options of {@link followUp}: the day, the eligibility policy, the follow-up rules, and the
 * policies of cases and referrals (each defaults to the library's documented choice).
 * @category To-do lists
 */
export interface FollowUpOptions extends RuleTaskOptions {
  readonly caseSteps?: readonly CaseStepRule[];
  readonly caseInform?: CaseInformPolicy;
  readonly referralRules?: readonly ReferralRule[];
  readonly referralSteps?: ReferralSteps;
  readonly resuggestAfterDays?: number;
}

/**
 * A day of follow-up: every task, indexed for to-do lists, and the state of the cases and
 * referrals they come from — with what was rejected on the way, so that nothing is lost.
 * @category To-do lists
 */
export interface FollowUp {
  readonly asOf: RuleTaskOptions['asOf'];
  /** Every task of the day, sorted and indexed: ask `tasksFor` for anyone's list. */
  readonly tasks: TaskIndex;
  /**
   * The cases; an index in `rejected` or `later` is the event's in `caseEvents` (the openings
   * from records and major events come after them).
   */
  readonly cases: ReplayedCases;
  /** The referrals; a rejection's path names `events` (`referralEvents`) or `suggestions`. */
  readonly referrals: ReplayedReferrals;
  /** Suggestions made today: store them beside the earlier ones. */
  readonly newSuggestions: readonly ReferralSuggestion[];
  /** Open suggestions whose reason has gone: record a withdrawal. */
  readonly lapsed: readonly LapsedReferral[];
}

/**
 * A township's (or county's) day of follow-up in one call: classify the ledger once, match the
 * records once, then raise every task — tracking at all times (spec §2 R3), the family and the
 * township for a 重点帮扶对象 (R2), entrustment (R6), the facts to verify, visits due and
 * overdue, the steps of incident cases (R4, R10, opened from records and major events), and
 * referrals waiting on someone (§8) — and index them for `tasksFor`. Each part is also its own
 * function (`trackingTasks`, `caseTasks` …) for an app that needs one.
 *
 * @example
 * ```ts
 * const day = followUp({ elders, holdings, occurrences, records }, { asOf: plainDate('2026-06-10') });
 * tasksFor({ caregiverId: CaregiverId.parse('C-7') }, day.tasks);
 * ```
 * @category To-do lists
 */
export function followUp(input: FollowUpInput, options: FollowUpOptions): FollowUp {
  throwIssues([objectIssue(input, 'input'), objectIssue(options, 'options')]);
  // The lists read here before each part checks its own.
  throwIssues(LISTS.map((name) => arrayIssue(input[name], name, { optional: name !== 'elders' })));
  const { asOf } = options;
  const statuses = input.statuses ?? classified(input, options);
  const match = matchOf(input);
  const ruled = { ...input, statuses, ...(match && { match }) };
  const cases = replayedCases(input, options);
  const referrals = replayedReferrals(input, options, statuses);
  const tasks = [
    ...trackingTasks(ruled, options),
    ...familyTasks(ruled, options),
    ...verificationTasks(ruled, options),
    ...(input.occurrences
      ? visitTasks(
          { ...ruled, occurrences: input.occurrences, records: input.records ?? [] },
          options,
        )
      : []),
    ...caseTasks(cases.cases, { asOf }),
    ...referralTasks(referrals.replayed.referrals, { asOf }),
  ];

  return {
    asOf,
    tasks: indexTasks(tasks),
    cases,
    referrals: referrals.replayed,
    newSuggestions: referrals.newSuggestions,
    lapsed: referrals.lapsed,
  };
}

const LISTS = [
  'elders',
  'occurrences',
  'records',
  'caregivers',
  'caseEvents',
  'majorEvents',
  'mutualAidGroups',
  'referralSuggestions',
  'referralEvents',
] as const;

function classified(input: FollowUpInput, options: FollowUpOptions): StatusClassification[] {
  const { asOf, policy } = options;
  return [...classifyLedger(input.elders, policy ? { asOf, policy } : { asOf }).results];
}

/** One match of the records to the plan, shared by tracking and visits. */
function matchOf(input: FollowUpInput): RecordMatch | undefined {
  if (input.match) return input.match;
  if (!input.occurrences && !input.records) return undefined;
  const { pairings, duties, scheduled } = input;
  return matchRecords(input.occurrences ?? [], input.records ?? [], {
    ...(pairings && { pairings }),
    ...(duties && { duties }),
    ...(scheduled && { scheduled }),
  });
}

/** The cases: the events recorded, and the openings the records and reports imply. */
function replayedCases(input: FollowUpInput, options: FollowUpOptions): ReplayedCases {
  const recorded = input.caseEvents ?? [];
  // A malformed event is the replay's to reject, with its index: not a TypeError here.
  const known = new Set(recorded.map((event) => event?.id));
  const { records, majorEvents, mutualAidGroups } = input;
  const openings = caseOpenings({
    ...(records && { records }),
    ...(majorEvents && { majorEvents }),
    ...(mutualAidGroups && { mutualAidGroups }),
  }).filter((event) => !known.has(event.id));
  const { caseSteps, caseInform } = options;
  return replayCases(
    {
      // The recorded events first, so that a rejected one's index is its index in `caseEvents`.
      events: [...recorded, ...openings],
      elders: input.elders,
      ...(input.caregivers && { caregivers: input.caregivers }),
    },
    {
      asOf: options.asOf,
      ...(caseSteps && { steps: caseSteps }),
      ...(caseInform && { inform: caseInform }),
    },
  );
}

/** The referrals stored, today's new suggestions, and the referrals with them. */
function replayedReferrals(
  input: FollowUpInput,
  options: FollowUpOptions,
  statuses: readonly StatusClassification[],
) {
  const { asOf, referralRules: rules, referralSteps: steps, resuggestAfterDays } = options;
  const policy = { asOf, ...(rules && { rules }), ...(steps && { steps }) };
  const stored = input.referralSuggestions ?? [];
  const events = input.referralEvents ?? [];
  const before = replayReferrals({ suggestions: stored, events, elders: input.elders }, policy);
  const suggested = suggestReferrals(
    { elders: input.elders, statuses, referrals: before.referrals },
    {
      asOf,
      ...(rules && { rules }),
      ...(resuggestAfterDays !== undefined && { resuggestAfterDays }),
    },
  );
  const replayed =
    suggested.suggestions.length === 0
      ? before
      : replayReferrals(
          { suggestions: [...stored, ...suggested.suggestions], events, elders: input.elders },
          policy,
        );
  return { replayed, newSuggestions: suggested.suggestions, lapsed: suggested.lapsed };
}
