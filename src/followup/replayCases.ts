import {
  arrayIssue,
  diagnosed,
  elementsIssue,
  objectIssue,
  plainDateIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import { type Issue, issue } from '../errors/index.js';
import type { Caregiver, Elder, InvalidRow, PlainDate, RegionCode } from '../models/index.js';
import { dueSteps, mustTellOf } from './caseDueSteps.js';
import type { CaseEvent } from './caseEvent.js';
import { compareCaseEvents, compareSameId } from './caseEventOrder.js';
import { caseEventShapeIssue } from './caseEventShape.js';
import type { CaseInformPolicy, CaseStepRule } from './casePolicy.js';
import {
  applyEvent,
  type CaseHome,
  type CaseState,
  currentStep,
  openCase,
  reachedRecord,
  transitionProblem,
} from './caseState.js';
import { type CheckedCasePolicy, checkCasePolicy } from './checkCasePolicy.js';
import type { IncidentCase } from './incidentCase.js';

/** What {@link replayCases} reads. @category Cases */
export interface ReplayCasesInput {
  /** The events of every case, in any order (see `parseCaseEvents`, `caseOpenings`). */
  readonly events: readonly CaseEvent[];
  /** The elders cases may be about: where each lives. */
  readonly elders: readonly Pick<Elder, 'id' | 'residence'>[];
  /** When given, a caregiver who writes an event must be one of these. */
  readonly caregivers?: readonly Pick<Caregiver, 'id'>[];
}

/** Options of {@link replayCases}. @category Cases */
export interface ReplayCasesOptions {
  /** The day to replay to: events after it are not yet applied. */
  readonly asOf: PlainDate;
  /** Step rules replacing the defaults, by step (see `DEFAULT_CASE_STEPS`). */
  readonly steps?: readonly CaseStepRule[];
  /** The bodies to tell before a case may close (see `DEFAULT_CASE_INFORM`). */
  readonly inform?: CaseInformPolicy;
}

/**
 * An event a replay did not apply, with its index in `events`, its id when it has one, and
 * why (paths inside the event, as in a batch's bad rows).
 * @category Cases
 */
export interface RejectedCaseEvent extends InvalidRow {
  readonly eventId?: string;
}

/** The outcome of {@link replayCases}. @category Cases */
export interface ReplayedCases {
  /** Every case opened by `asOf`, by id. */
  readonly cases: readonly IncidentCase[];
  /** Every event not applied, by index: nothing is lost. */
  readonly rejected: readonly RejectedCaseEvent[];
  /** Indexes of the events dated after `asOf`: neither applied nor rejected yet. */
  readonly later: readonly number[];
}

/**
 * Incident cases as their events make them on `asOf` (spec §2 R4, R10). A case's state is a
 * pure function of its events put in a canonical order — the opening first, then day, time of
 * day, a fixed rank of event types and id — so any arrival order gives the same cases. Events
 * dated after `asOf` are not yet applied (`later`).
 *
 * An event is rejected, with a coded issue, and every other kept: one the replay cannot read;
 * a second event with an id already used (`duplicate_id`; the first in canonical order stays);
 * an event of a case not open on its day (`case_not_open`); an opening about an elder not in
 * `elders` or an event by a caregiver not in `caregivers` (`unknown_reference`); an event its
 * case's step does not allow (`case_transition`): a step twice, anything but a note or a
 * reopening once closed, a response before any body was told, resolving before a response,
 * closing before resolving or with a body still to tell, reopening what is not resolved.
 *
 * The bodies may be told in any order (the county may hear first). A bad argument or policy is
 * one `GuanaiError`.
 *
 * @example
 * ```ts
 * const { cases, rejected } = replayCases({ events, elders }, { asOf: plainDate('2026-06-05') });
 * for (const c of cases) console.log(c.id, c.step, c.next?.step, c.next?.due);
 * ```
 * @category Cases
 */
export function replayCases(input: ReplayCasesInput, options: ReplayCasesOptions): ReplayedCases {
  throwIssues([objectIssue(input, 'input'), objectIssue(options, 'options')]);
  throwIssues([
    arrayIssue(input.events, 'events'),
    arrayIssue(input.elders, 'elders'),
    arrayIssue(input.caregivers, 'caregivers', { optional: true }),
    plainDateIssue(options.asOf, 'asOf'),
  ]);
  const policy = checkCasePolicy(options.steps, options.inform);
  return diagnosed(
    'replayCases',
    () => replayChecked(input, options.asOf, policy),
    () =>
      elementsIssue(input.elders, 'elders', { id: 'string', 'residence.villageCode': 'string' }) ??
      elementsIssue(input.caregivers ?? [], 'caregivers', { id: 'string' }),
  );
}

interface Indexed {
  readonly event: CaseEvent;
  readonly index: number;
}

function replayChecked(
  input: ReplayCasesInput,
  asOf: PlainDate,
  policy: CheckedCasePolicy,
): ReplayedCases {
  const rejected: RejectedCaseEvent[] = [];
  const reject = (at: Indexed | number, issues: Issue[]) => {
    const index = typeof at === 'number' ? at : at.index;
    const id = typeof at === 'number' ? undefined : at.event.id;
    rejected.push(id === undefined ? { index, issues } : { index, eventId: id, issues });
  };
  const later: number[] = [];
  const now: Indexed[] = [];
  input.events.forEach((event, index) => {
    const bad = caseEventShapeIssue(event);
    if (bad) reject(index, [bad]);
    else if (event.on > asOf) later.push(index);
    else now.push({ event, index });
  });
  const byCase = new Map<string, Indexed[]>();
  for (const item of withoutDuplicates(now, reject)) {
    const list = byCase.get(item.event.caseId);
    if (list) list.push(item);
    else byCase.set(item.event.caseId, [item]);
  }
  const homes = new Map<string, CaseHome>(
    input.elders.map((e) => [
      e.id,
      { villageCode: e.residence.villageCode, group: e.residence.group },
    ]),
  );
  const caregivers = input.caregivers && new Set<string>(input.caregivers.map((c) => c.id));
  const cases: IncidentCase[] = [];
  for (const [caseId, items] of [...byCase].sort(([a], [b]) => (a < b ? -1 : 1))) {
    items.sort((a, b) => compareCaseEvents(a.event, b.event));
    const state = replayOne(caseId, items, { homes, caregivers, policy, reject });
    if (state) cases.push(caseOf(caseId, state, policy));
  }
  rejected.sort((a, b) => a.index - b.index);
  return { cases, rejected, later };
}

/** The events whose id no event before them in canonical order has; the others rejected. */
function withoutDuplicates(
  items: readonly Indexed[],
  reject: (at: Indexed, issues: Issue[]) => void,
): Indexed[] {
  const byId = new Map<string, Indexed[]>();
  for (const item of items) {
    const same = byId.get(item.event.id);
    if (same) same.push(item);
    else byId.set(item.event.id, [item]);
  }
  const kept: Indexed[] = [];
  for (const same of byId.values()) {
    if (same.length > 1) same.sort((a, b) => compareSameId(a.event, b.event) || a.index - b.index);
    const first = same[0] as Indexed;
    kept.push(first);
    for (const other of same.slice(1))
      reject(other, [
        issue('duplicate_id', ['id'], { id: other.event.id, firstPath: [first.index, 'id'] }),
      ]);
  }
  return kept;
}

interface ReplayContext {
  readonly homes: ReadonlyMap<string, CaseHome>;
  readonly caregivers: ReadonlySet<string> | undefined;
  readonly policy: CheckedCasePolicy;
  readonly reject: (at: Indexed, issues: Issue[]) => void;
}

/** One case's events, in canonical order, applied one after another. */
function replayOne(
  caseId: string,
  items: readonly Indexed[],
  context: ReplayContext,
): CaseState | undefined {
  const { homes, caregivers, policy, reject } = context;
  let state: CaseState | undefined;
  for (const item of items) {
    const { event } = item;
    const issues: Issue[] = [];
    if (event.by.kind === 'caregiver' && caregivers && !caregivers.has(event.by.caregiverId))
      issues.push(
        issue('unknown_reference', ['by', 'caregiverId'], {
          kind: 'caregiver',
          id: event.by.caregiverId,
        }),
      );
    if (!state) {
      if (event.type !== 'opened') {
        reject(item, [
          issue('case_not_open', ['caseId'], { caseId, on: event.on, openedOn: null }),
        ]);
        continue;
      }
      const home = homes.get(event.elderId);
      if (!home)
        issues.unshift(
          issue('unknown_reference', ['elderId'], { kind: 'elder', id: event.elderId }),
        );
      if (issues.length > 0 || !home) reject(item, issues);
      else state = openCase(event, home);
      continue;
    }
    const openedOn = state.opening.on;
    if (event.on < openedOn)
      issues.unshift(issue('case_not_open', ['on'], { caseId, on: event.on, openedOn }));
    else {
      const problem = transitionProblem(state, event, mustTellOf(state, policy));
      if (problem)
        issues.unshift(
          issue('case_transition', ['type'], {
            caseId,
            event: event.type,
            step: currentStep(state),
            needs: problem.needs,
            anyOf: problem.anyOf,
          }),
        );
    }
    if (issues.length > 0) reject(item, issues);
    else applyEvent(state, event);
  }
  return state;
}

function caseOf(id: string, state: CaseState, policy: CheckedCasePolicy): IncidentCase {
  const { opening, home } = state;
  const pending = dueSteps(state, policy);
  const next = pending[0];
  return {
    id,
    elderId: opening.elderId,
    villageCode: home.villageCode as RegionCode,
    ...(home.group !== undefined ? { group: home.group } : {}),
    origin: opening.origin,
    ...(opening.incident ? { incident: opening.incident } : {}),
    ...(opening.majorEvent ? { majorEvent: opening.majorEvent } : {}),
    ...(opening.recordId ? { recordId: opening.recordId } : {}),
    ...(opening.majorEventId ? { majorEventId: opening.majorEventId } : {}),
    openedOn: opening.on,
    openedBy: opening.by,
    step: currentStep(state),
    reached: reachedRecord(state),
    responses: state.responses,
    reopenCount: state.reopenCount,
    ...(state.reopenedOn !== undefined ? { reopenedOn: state.reopenedOn } : {}),
    log: state.log,
    pending,
    ...(next ? { next } : {}),
  };
}
