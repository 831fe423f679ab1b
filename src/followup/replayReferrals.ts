import {
  arrayIssue,
  diagnosed,
  elementsIssue,
  objectIssue,
  plainDateIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import { type Issue, issue } from '../errors/index.js';
import { addDays, type Elder, type PlainDate } from '../models/index.js';
import { bodyOf } from './party.js';
import type { Referral, ReferralNext, ReferralState, ReferralTransition } from './referral.js';
import type { ReferralEvent, ReferralEventType } from './referralEvent.js';
import { checkedRules, type ReferralRule } from './referralRules.js';
import { checkedSteps, type ReferralSteps } from './referralSteps.js';
import type { ReferralSuggestion } from './referralSuggestion.js';

/**
 * What {@link replayReferrals} reads: the suggestions the app kept, the referral events
 * (`parseReferralEvents`), and the elders (for each elder's village: whose committee and
 * township act).
 * @category Referrals
 */
export interface ReplayReferralsInput {
  readonly suggestions: readonly ReferralSuggestion[];
  readonly events: readonly ReferralEvent[];
  readonly elders: readonly Elder[];
}

/** Options of {@link replayReferrals}. @category Referrals */
export interface ReplayReferralsOptions {
  /** The day to replay to: suggestions and events dated later are not yet, and are left out. */
  readonly asOf: PlainDate;
  /** The rules, for their own `steps` (default `DEFAULT_REFERRAL_RULES`). */
  readonly rules?: readonly ReferralRule[];
  /** Who acts and by when (default `DEFAULT_REFERRAL_STEPS`); a rule's `steps` override them. */
  readonly steps?: ReferralSteps;
}

/**
 * The referrals as of the day, and every suggestion or event left out, as a coded issue whose
 * path leads to it (`['events', 3, 'type']`).
 * @category Referrals
 */
export interface ReplayedReferrals {
  /** Sorted by id. */
  readonly referrals: readonly Referral[];
  /** Sorted by list (`events` before `suggestions`) and index. */
  readonly rejected: readonly Issue[];
}

/** Where each event takes a referral from each state; absent: not allowed. */
const TRANSITIONS: Readonly<
  Record<ReferralState, Partial<Readonly<Record<ReferralEventType, ReferralState>>>>
> = {
  suggested: { applied: 'applied', withdrawn: 'withdrawn' },
  applied: { approved: 'approved', refused: 'refused', withdrawn: 'withdrawn' },
  approved: {},
  refused: {},
  withdrawn: {},
};

/** Events of one day apply in this order: an application before the decision on it. */
const TYPE_RANK: Readonly<Record<ReferralEventType, number>> = {
  applied: 0,
  approved: 1,
  refused: 2,
  withdrawn: 3,
};

/**
 * Replay referrals from their suggestions and events, as of `asOf`: each referral's state,
 * the day of every transition, and who acts next by when — a suggested referral waits on the
 * elder's village committee to help file the application, an application on the township to
 * review it (see `DEFAULT_REFERRAL_STEPS`); a decision or a withdrawal ends it.
 *
 * Events apply in a canonical order — by day, then applications before decisions, then by id
 * — so the order they arrive in never changes the result. What cannot apply is left out with
 * a coded issue, and the rest is kept: a second suggestion or event with an id already used
 * (`duplicate_id`; the one first in canonical order stands), a suggestion of an elder not in
 * `elders` (`unknown_reference`), an event of a referral not suggested (`referral_unknown`),
 * dated before its suggestion (`referral_event_early`), or that its state does not allow — a
 * decision before any application, anything after a decision (`referral_transition`).
 *
 * Throws {@link errors!GuanaiError} for bad arguments (`invalid_argument`: input or options not
 * objects, lists not lists, `asOf` not a real date; the schema's issues of `rules` and `steps`).
 *
 * @example
 * ```ts
 * const { referrals, rejected } = replayReferrals(
 *   { suggestions, events, elders: ledger.elders },
 *   { asOf: plainDate('2026-04-30') },
 * );
 * referrals.filter((r) => r.next && r.next.due < plainDate('2026-04-30')); // late
 * ```
 * @category Referrals
 */
export function replayReferrals(
  input: ReplayReferralsInput,
  options: ReplayReferralsOptions,
): ReplayedReferrals {
  throwIssues([objectIssue(input, 'input'), objectIssue(options, 'options')]);
  throwIssues([
    arrayIssue(input.suggestions, 'suggestions'),
    arrayIssue(input.events, 'events'),
    arrayIssue(input.elders, 'elders'),
    plainDateIssue(options.asOf, 'asOf'),
  ]);
  const rules = checkedRules(options.rules);
  const steps = checkedSteps(options.steps);
  return diagnosed(
    'replayReferrals',
    () => replayChecked(input, options.asOf, rules, steps),
    () =>
      elementsIssue(input.suggestions, 'suggestions', SUGGESTION_FIELDS) ??
      elementsIssue(input.events, 'events', EVENT_FIELDS) ??
      elementsIssue(input.elders, 'elders', ELDER_FIELDS),
  );
}

const SUGGESTION_FIELDS = {
  id: 'string',
  elderId: 'string',
  programme: 'string',
  rule: 'string',
  source: 'string',
  on: 'string',
  round: 'number',
} as const;
const EVENT_FIELDS = {
  id: 'string',
  referralId: 'string',
  on: 'string',
  type: 'string',
  by: 'object',
} as const;
const ELDER_FIELDS = { id: 'string', 'residence.villageCode': 'string' } as const;

/** A referral being replayed. */
interface Building {
  readonly suggestion: ReferralSuggestion;
  readonly elder: Elder;
  state: ReferralState;
  readonly history: ReferralTransition[];
}

function replayChecked(
  input: ReplayReferralsInput,
  asOf: PlainDate,
  rules: readonly ReferralRule[],
  steps: ReferralSteps,
): ReplayedReferrals {
  const rejected: Issue[] = [];
  const building = startReferrals(input, asOf, rejected);
  const firstIndex = new Map<string, number>();
  for (const index of canonicalOrder(input.events, eventKey, compareEvents)) {
    const event = input.events[index] as ReferralEvent;
    if (event.on > asOf) continue;
    const first = firstIndex.get(event.id);
    if (first !== undefined) {
      const firstPath = ['events', first];
      rejected.push(issue('duplicate_id', ['events', index, 'id'], { id: event.id, firstPath }));
      continue;
    }
    firstIndex.set(event.id, index);
    const problem = applyEvent(building.get(event.referralId), event, index);
    if (problem) rejected.push(problem);
  }
  const stepsOf = new Map(rules.map((rule) => [rule.id, rule.steps]));
  const referrals = [...building.values()]
    .map((one) => {
      const own = stepsOf.get(one.suggestion.rule);
      return finish(one, {
        suggested: own?.suggested ?? steps.suggested,
        applied: own?.applied ?? steps.applied,
      });
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  rejected.sort(compareIssues);
  return { referrals, rejected };
}

/** One referral per suggestion made by `asOf`, in state `suggested`. */
function startReferrals(
  input: ReplayReferralsInput,
  asOf: PlainDate,
  rejected: Issue[],
): Map<string, Building> {
  const elderById = new Map(input.elders.map((elder) => [elder.id as string, elder]));
  const building = new Map<string, Building>();
  const firstIndex = new Map<string, number>();
  for (const index of canonicalOrder(input.suggestions, suggestionKey, compareSuggestions)) {
    const suggestion = input.suggestions[index] as ReferralSuggestion;
    if (suggestion.on > asOf) continue;
    const { id, elderId } = suggestion;
    const first = firstIndex.get(id);
    if (first !== undefined) {
      const firstPath = ['suggestions', first];
      rejected.push(issue('duplicate_id', ['suggestions', index, 'id'], { id, firstPath }));
      continue;
    }
    firstIndex.set(id, index);
    const elder = elderById.get(elderId);
    if (!elder) {
      const path = ['suggestions', index, 'elderId'];
      rejected.push(issue('unknown_reference', path, { kind: 'elder', id: elderId }));
      continue;
    }
    const history = [{ state: 'suggested' as const, on: suggestion.on, eventId: null, by: null }];
    building.set(id, { suggestion, elder, state: 'suggested', history });
  }
  return building;
}

/** Apply one event to its referral, or say why it cannot apply. */
function applyEvent(
  referral: Building | undefined,
  event: ReferralEvent,
  index: number,
): Issue | undefined {
  const { referralId } = event;
  if (!referral) return issue('referral_unknown', ['events', index, 'referralId'], { referralId });
  const suggestedOn = referral.suggestion.on;
  if (event.on < suggestedOn)
    return issue('referral_event_early', ['events', index, 'on'], {
      referralId,
      on: event.on,
      suggestedOn,
    });
  const next = TRANSITIONS[referral.state][event.type];
  if (!next) {
    const params = { referralId, state: referral.state, event: event.type };
    return issue('referral_transition', ['events', index, 'type'], params);
  }
  referral.state = next;
  const step: ReferralTransition = {
    state: next,
    on: event.on,
    eventId: event.id,
    by: event.by,
  };
  referral.history.push(event.note === undefined ? step : { ...step, note: event.note });
  return undefined;
}

/** The referral as it stands, with who acts next while it waits on someone. */
function finish(one: Building, steps: ReferralSteps): Referral {
  const { suggestion, elder, state, history } = one;
  const { villageCode, group } = elder.residence;
  let next: ReferralNext | null = null;
  if (state === 'suggested' || state === 'applied') {
    const step = steps[state];
    const since = (history.at(-1) as ReferralTransition).on;
    const owner = bodyOf(step.owner, villageCode, group);
    next = { owner, since, due: addDays(since, step.days), source: step.source };
  }
  const { id, elderId, programme, rule, source, round } = suggestion;
  return { id, elderId, programme, rule, source, round, villageCode, state, history, next };
}

/**
 * The indexes of `list` in the order `compare` puts its elements. `keyOf` gives each element
 * once a text that sorts the same way up to ties (which `compare` then breaks): a county's
 * log sorts by plain text comparison, not by a comparator call per step.
 */
function canonicalOrder<T>(
  list: readonly T[],
  keyOf: (item: T) => string,
  compare: (a: T, b: T) => number,
): number[] {
  const keys = list.map(keyOf);
  return list
    .map((_, index) => index)
    .sort(
      (a, b) => text(keys[a] as string, keys[b] as string) || compare(list[a] as T, list[b] as T),
    );
}

// A day is ten characters and a rank one digit, so these texts sort as (day, rank, id) do.
const eventKey = (e: ReferralEvent) => `${e.on}${TYPE_RANK[e.type]}${e.id}`;
const suggestionKey = (s: ReferralSuggestion) => `${s.on}${s.id}`;

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** By day, applications first, then id; the rest of the content breaks ties between duplicates. */
function compareEvents(a: ReferralEvent, b: ReferralEvent): number {
  return (
    text(a.on, b.on) ||
    TYPE_RANK[a.type] - TYPE_RANK[b.type] ||
    text(a.id, b.id) ||
    text(a.referralId, b.referralId) ||
    text(JSON.stringify(a.by), JSON.stringify(b.by)) ||
    text(a.note ?? '', b.note ?? '')
  );
}

function compareSuggestions(a: ReferralSuggestion, b: ReferralSuggestion): number {
  return (
    text(a.on, b.on) ||
    text(a.id, b.id) ||
    text(a.elderId, b.elderId) ||
    text(a.programme, b.programme) ||
    text(a.rule, b.rule) ||
    text(a.source, b.source) ||
    a.round - b.round
  );
}

/** By the list the issue is about, then the index in it. */
function compareIssues(a: Issue, b: Issue): number {
  return text(String(a.path[0]), String(b.path[0])) || Number(a.path[1]) - Number(b.path[1]);
}
