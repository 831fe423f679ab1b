import {
  arrayIssue,
  diagnosed,
  elementsIssue,
  setIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import { assertNever } from '../_lib/assertNever.js';
import { MajorEventKind, REPORT_RECIPIENTS, type ReportRecipient } from '../eligibility/index.js';
import { GuanaiError, type Issue, issue, prefixIssues } from '../errors/index.js';
import {
  addDays,
  type CaregiverId,
  type ElderId,
  isPlainDate,
  MutualAidGroup,
  type MutualAidGroupId,
  type PlainDate,
  safeParse,
} from '../models/index.js';
import type { Occurrence, VisitKind } from '../recurrence/index.js';
import { areasOfVillage } from './areasOfVillage.js';
import { type CoverageInput, matchFor } from './coverage.js';
import { type DutyTable, dutyTable } from './dutyTable.js';
import { checkDays, checkListsInput, diagnoseInput } from './inputChecks.js';
import { statesFrom } from './matchRecords.js';
import { responsibility } from './responsibleCaregiver.js';
import type { VisitRecord, VisitRecordId } from './visitRecord.js';

/**
 * Who an escalation goes to: the caregiver who answers for the visit, a body up the chain —
 * the village (residents') committee, the township government, the county civil-affairs
 * department (spec §2) — or the cadres of the elder's villager group (组干部, `groupCadre`, spec
 * §2 R10 「向村(社区)、组干部报告」).
 * @category Escalation
 */
export type EscalationRecipient = 'caregiver' | ReportRecipient | 'groupCadre';

/**
 * What raises an escalation: a visit overdue for at least `days` days, a visit whose window
 * closed with no outcome, an incident of spec §2 R4 found on a visit, or a major event of a
 * mutual-aid group member (spec §2 R10, see {@link MajorEventReport}).
 * @category Escalation
 */
export type EscalationTrigger =
  | { readonly on: 'overdue'; readonly days: number }
  | { readonly on: 'expired' }
  | { readonly on: 'incident' }
  | { readonly on: 'majorEvent' };

/**
 * A major event (重大情况: illness, disaster, accident) of an elder, as a mutual-aid group
 * (老老互助组织) reported it on `on` (spec §2 R10 · S10 L233 / S18 L519).
 *
 * @example
 * ```ts
 * const report: MajorEventReport = {
 *   id: 'ME-1', elderId: ElderId.parse('E-1'), on: plainDate('2026-06-28'), kind: 'illness',
 * };
 * ```
 * @category Escalation
 */
export interface MajorEventReport {
  readonly id: string;
  readonly elderId: ElderId;
  readonly on: PlainDate;
  readonly kind: MajorEventKind;
}

/**
 * One escalation rule, as data: when, whom to tell, how (at once, or in the weekly digest), for
 * which kinds of visit (default all), and where the rule comes from.
 * @category Escalation
 */
export interface EscalationRule {
  readonly id: string;
  readonly when: EscalationTrigger;
  readonly notify: readonly EscalationRecipient[];
  readonly delivery: 'immediate' | 'weeklyDigest';
  readonly kinds?: readonly VisitKind[];
  readonly source?: string;
}

/**
 * The default chain: overdue 3 days → remind the caregiver; 7 days → the village committee;
 * closed with no outcome → the township's weekly digest; an incident (spec §2 R4 · S14 L379) →
 * at once to the village committee, the township government and the county civil-affairs
 * department. The text names the three bodies with 「或」 (any one of them, spec §11); the
 * default tells all three, and a province that wants one passes its own rule. A major event of
 * a mutual-aid group member (spec §2 R10 · S10 L233 / S18 L519 「向村(社区)、组干部报告」) → at
 * once to the village committee and the cadres of the group's 组 (`mutualAidReport`).
 * @example
 * ```ts
 * const rules = DEFAULT_ESCALATION_RULES.map((rule) =>
 *   rule.id === 'overdueVillage' ? { ...rule, when: { on: 'overdue' as const, days: 5 } } : rule,
 * );
 * ```
 * @category Escalation
 */
export const DEFAULT_ESCALATION_RULES: readonly EscalationRule[] = [
  {
    id: 'overdueReminder',
    when: { on: 'overdue', days: 3 },
    notify: ['caregiver'],
    delivery: 'immediate',
  },
  {
    id: 'overdueVillage',
    when: { on: 'overdue', days: 7 },
    notify: ['villageCommittee'],
    delivery: 'immediate',
  },
  {
    id: 'expiredDigest',
    when: { on: 'expired' },
    notify: ['townshipGovernment'],
    delivery: 'weeklyDigest',
  },
  {
    id: 'incident',
    when: { on: 'incident' },
    notify: REPORT_RECIPIENTS,
    delivery: 'immediate',
    source: 'spec §2 R4 · S14 L379',
  },
  {
    id: 'mutualAidReport',
    when: { on: 'majorEvent' },
    notify: ['villageCommittee', 'groupCadre'],
    delivery: 'immediate',
    source: 'spec §2 R10 · S10 L233 / S18 L519',
  },
];

/**
 * A notification the host app should deliver: to whom (a caregiver, or a body with its area
 * code), under which rule, about which elder and visit or record, since when. `id` is stable:
 * the same overdue visit under the same rule to the same recipient always has the same id.
 * @category Escalation
 */
export interface Escalation {
  readonly id: string;
  readonly ruleId: string;
  readonly recipient: EscalationRecipient;
  /** The caregiver, for `caregiver`. */
  readonly caregiverId?: CaregiverId;
  /**
   * The body's area: village, township (12 digits) or county (6 digits) of the elder's home —
   * of the mutual-aid group's village for a major event; the village for `groupCadre`.
   */
  readonly areaCode?: string;
  /** The villager group (组) whose cadres are told, for `groupCadre`. */
  readonly group?: number;
  readonly delivery: EscalationRule['delivery'];
  readonly trigger: EscalationTrigger['on'];
  readonly elderId: ElderId;
  readonly occurrenceKey?: string;
  readonly recordId?: VisitRecordId;
  readonly incident?: NonNullable<VisitRecord['incident']>['kind'];
  /** The major event and the group that reported it, for a `majorEvent` trigger. */
  readonly majorEvent?: MajorEventKind;
  readonly majorEventId?: string;
  readonly mutualAidGroupId?: MutualAidGroupId;
  /** The day the rule's condition began to hold. */
  readonly since: PlainDate;
}

/**
 * What {@link escalations} reads: the same as coverage — visits, records, elders for the areas
 * of the bodies told, pairings for the caregiver of visits their plan does not name, and a match
 * already made — and, for spec §2 R10, the major events reported and the mutual-aid groups
 * (validated) whose members they concern.
 * @category Escalation
 */
export interface EscalationInput extends CoverageInput {
  readonly majorEvents?: readonly MajorEventReport[];
  readonly mutualAidGroups?: readonly MutualAidGroup[];
}

/** Options of {@link escalations}. @category Escalation */
export interface EscalationOptions {
  readonly asOf: PlainDate;
  readonly rules?: readonly EscalationRule[];
  /** Ids of escalations already delivered: they are not raised again. */
  readonly delivered?: ReadonlySet<string>;
}

/**
 * The escalations due on `asOf` (spec §2, §5): rules as data walking the village → township →
 * county chain, states from `occurrenceState` in whole civil days. Each comes once per visit,
 * rule and recipient — its `id` says so, and those in `delivered` are left out — so a visit
 * overdue for weeks does not notify daily. Cancelled visits (the elder died or moved in with
 * their children) raise nothing. The library only says who should hear what; the host app
 * delivers it.
 *
 * A major event (`input.majorEvents`) escalates when the elder is a member of a mutual-aid
 * group (`input.mutualAidGroups`) in force on the event's day — the first such group in list
 * order; an event of an elder in no group is not a group's report and raises nothing here.
 *
 * Checked at entry, as one `GuanaiError`: the lists, `asOf` (a real date), `delivered` (a set),
 * each rule's shape, its trigger (`invalid_value` at `when.on` for a name not in
 * {@link EscalationTrigger}) and overdue `days` (a whole number from 0), each major event (its fields,
 * a real date, a kind of {@link eligibility!MajorEventKind}) and each group (the schema). An element of another
 * shape is diagnosed when the work trips on it, with its path.
 *
 * @example
 * ```ts
 * const due = escalations({ occurrences, records, elders }, { asOf, delivered: sentBefore });
 * for (const e of due) notify(e.recipient, e.areaCode ?? e.caregiverId, e.elderId, e.since);
 * ```
 * @category Escalation
 */
export function escalations(input: EscalationInput, options: EscalationOptions): Escalation[] {
  checkListsInput(input, options);
  checkDays({ asOf: options.asOf });
  const rules = options.rules ?? DEFAULT_ESCALATION_RULES;
  throwIssues([
    arrayIssue(options.rules, 'rules', { optional: true }),
    setIssue(options.delivered, 'delivered', { optional: true }),
  ]);
  throwIssues([elementsIssue(rules, 'rules', RULE_FIELDS)]);
  checkMutualAidInput(input);
  const bad = rules.flatMap(triggerIssues);
  if (bad.length > 0) throw new GuanaiError(bad);
  const table = dutyTable(input.duties);
  return diagnosed(
    'escalations',
    () => escalationsChecked(input, options, rules, table),
    () => diagnoseInput(input),
  );
}

/** What each trigger reads. A record, so a new trigger fails to compile until it has one. */
const TRIGGER_READS: Readonly<Record<EscalationTrigger['on'], TriggerReads>> = {
  overdue: 'visits',
  expired: 'visits',
  incident: 'incidents',
  majorEvent: 'majorEvents',
};
type TriggerReads = 'visits' | 'incidents' | 'majorEvents';
const TRIGGER_NAMES = Object.keys(TRIGGER_READS);

/** A rule's trigger, checked at entry: a known name, and overdue days a whole number from 0. */
function triggerIssues(rule: EscalationRule, index: number): Issue[] {
  const { when } = rule;
  if (!Object.hasOwn(TRIGGER_READS, when.on))
    return [issue('invalid_value', ['rules', index, 'when', 'on'], { allowed: TRIGGER_NAMES })];
  if (when.on !== 'overdue' || (Number.isInteger(when.days) && when.days >= 0)) return [];
  return [
    issue('invalid_argument', ['rules', index, 'when', 'days'], {
      name: 'days',
      rule: 'nonNegativeInteger',
    }),
  ];
}

/**
 * The day a visit rule began to hold for a visit in `state` on `asOf`, or `undefined`. The
 * switch is exhaustive: a new trigger fails to compile here until it says when it holds.
 */
function visitRuleSince(
  when: EscalationTrigger,
  occurrence: Occurrence,
  state: 'overdue' | 'expired',
  asOf: PlainDate,
): PlainDate | undefined {
  switch (when.on) {
    case 'overdue': {
      // It holds from `days` after the visit fell overdue, while it still was.
      const since = addDays(occurrence.overdueFrom, when.days);
      return since <= asOf && since <= occurrence.expiresAt ? since : undefined;
    }
    case 'expired':
      return state === 'expired' ? addDays(occurrence.expiresAt, 1) : undefined;
    case 'incident':
    case 'majorEvent':
      return undefined;
    default:
      return assertNever(when, 'escalation trigger');
  }
}

/** Where the bodies told sit: a village and, for the 组 cadres, the villager group. */
interface Place {
  readonly villageCode: string;
  readonly group?: number | undefined;
}

/** The fields of a major event report, checked at entry. */
const MAJOR_EVENT_FIELDS = {
  id: 'string',
  elderId: 'string',
  on: 'string',
  kind: 'string',
} as const;
const MAJOR_EVENT_KINDS: ReadonlySet<unknown> = /* @__PURE__ */ new Set(MajorEventKind.options);

/** Major events and mutual-aid groups, checked whole: both lists are short. */
function checkMutualAidInput(input: EscalationInput): void {
  throwIssues([
    arrayIssue(input.majorEvents, 'majorEvents', { optional: true }),
    arrayIssue(input.mutualAidGroups, 'mutualAidGroups', { optional: true }),
  ]);
  const events = input.majorEvents ?? [];
  throwIssues([elementsIssue(events, 'majorEvents', MAJOR_EVENT_FIELDS)]);
  const issues: Issue[] = events.flatMap((event, index) => [
    ...(isPlainDate(event.on)
      ? []
      : [issue('invalid_plain_date', ['majorEvents', index, 'on'], { value: event.on })]),
    ...(MAJOR_EVENT_KINDS.has(event.kind)
      ? []
      : [
          issue('invalid_value', ['majorEvents', index, 'kind'], {
            allowed: MajorEventKind.options,
          }),
        ]),
  ]);
  (input.mutualAidGroups ?? []).forEach((group, index) => {
    const result = safeParse(MutualAidGroup, group);
    if (!result.ok) issues.push(...prefixIssues(result.issues, ['mutualAidGroups', index]));
  });
  if (issues.length > 0) throw new GuanaiError(issues);
}

/** The first group with `elderId` among its members in force on `day`. */
function groupOfMember(
  groups: readonly MutualAidGroup[],
  elderId: string,
  day: PlainDate,
): MutualAidGroup | undefined {
  return groups.find(
    (group) =>
      group.validFrom <= day &&
      (group.validTo === undefined || group.validTo >= day) &&
      group.members.includes(elderId as ElderId),
  );
}

/** The fields of a rule, checked at entry: rules are few. */
const RULE_FIELDS = {
  id: 'string',
  when: 'object',
  'when.on': 'string',
  notify: 'array',
  delivery: 'string',
  kinds: 'array?',
} as const;

function escalationsChecked(
  input: EscalationInput,
  options: EscalationOptions,
  rules: readonly EscalationRule[],
  table: DutyTable,
): Escalation[] {
  const { asOf } = options;
  const delivered = options.delivered ?? new Set<string>();
  const match = matchFor(input);
  // A duty's visit reminds its holder (包保到人); other visits the elder's primary.
  const { caregiverOf } = responsibility(input.pairings, table);
  const homeOf = new Map(
    (input.elders ?? []).map((e) => [
      e.id as string,
      { villageCode: e.residence.villageCode as string, group: e.residence.group },
    ]),
  );
  const areaOf = (home: Place | undefined, recipient: EscalationRecipient): string | undefined => {
    const village = home?.villageCode;
    if (!village || recipient === 'caregiver') return undefined;
    const areas = areasOfVillage(village);
    if (recipient === 'villageCommittee' || recipient === 'groupCadre') return areas.village;
    return recipient === 'townshipGovernment' ? areas.township : areas.county;
  };

  const raised: Escalation[] = [];
  const raise = (
    rule: EscalationRule,
    about: string,
    facts: Omit<Escalation, 'id' | 'ruleId' | 'recipient' | 'delivery' | 'trigger'>,
    caregiverId?: CaregiverId,
    place: Place | undefined = homeOf.get(facts.elderId),
  ) => {
    for (const recipient of rule.notify) {
      const id = `${rule.id}/${about}/${recipient}`;
      if (delivered.has(id)) continue;
      const areaCode = areaOf(place, recipient);
      const group = recipient === 'groupCadre' ? place?.group : undefined;
      raised.push({
        id,
        ruleId: rule.id,
        recipient,
        ...(recipient === 'caregiver' && caregiverId ? { caregiverId } : {}),
        ...(areaCode ? { areaCode } : {}),
        ...(group !== undefined ? { group } : {}),
        delivery: rule.delivery,
        trigger: rule.when.on,
        ...facts,
      });
    }
  };

  const reading = (what: TriggerReads) =>
    rules.filter((rule) => TRIGGER_READS[rule.when.on] === what);
  const visitRules = reading('visits');
  if (visitRules.length > 0) {
    const stateOf = statesFrom(match);
    for (let at = 0; at < input.occurrences.length; at++) {
      const occurrence = input.occurrences[at] as Occurrence;
      // Only visits past due can escalate: skip the rest before working out their state.
      if (occurrence.subjectKind !== 'elder' || occurrence.overdueFrom > asOf) continue;
      const state = stateOf(occurrence, at, asOf);
      if (state !== 'overdue' && state !== 'expired') continue;
      for (const rule of visitRules) {
        if (rule.kinds && !rule.kinds.includes(occurrence.kind)) continue;
        const since = visitRuleSince(rule.when, occurrence, state, asOf);
        if (since === undefined) continue;
        raise(
          rule,
          occurrence.key,
          { elderId: occurrence.subject as ElderId, occurrenceKey: occurrence.key, since },
          caregiverOf(occurrence),
        );
      }
    }
  }

  const incidentRules = reading('incidents');
  if (incidentRules.length > 0)
    for (const record of match.incidents) {
      if (!record.incident || record.on > asOf) continue;
      for (const rule of incidentRules)
        raise(
          rule,
          record.id,
          {
            elderId: record.elderId,
            recordId: record.id,
            incident: record.incident.kind,
            since: record.on,
            ...(record.occurrenceKey ? { occurrenceKey: record.occurrenceKey } : {}),
          },
          record.caregiverIds[0],
        );
    }
  const eventRules = reading('majorEvents');
  if (eventRules.length > 0)
    for (const event of input.majorEvents ?? []) {
      if (event.on > asOf) continue;
      const group = groupOfMember(input.mutualAidGroups ?? [], event.elderId, event.on);
      if (!group) continue;
      for (const rule of eventRules)
        raise(
          rule,
          event.id,
          {
            elderId: event.elderId,
            majorEvent: event.kind,
            majorEventId: event.id,
            mutualAidGroupId: group.id,
            since: event.on,
          },
          undefined,
          { villageCode: group.villageCode, group: group.group },
        );
    }
  return raised.sort((a, b) =>
    a.since < b.since ? -1 : a.since > b.since ? 1 : a.id < b.id ? -1 : 1,
  );
}
