import { addDays, type PlainDate, type RegionCode } from '../models/index.js';
import { CASE_STEPS, type CaseOwner, type CaseStepToTake } from './casePolicy.js';
import type { CaseState } from './caseState.js';
import type { CheckedCasePolicy } from './checkCasePolicy.js';
import type { CaseStepDue } from './incidentCase.js';
import { bodyOf, type Party } from './party.js';

/** The steps a case must reach before it may close: the bodies its policy says to tell. @internal */
export function mustTellOf(state: CaseState, policy: CheckedCasePolicy) {
  return state.opening.incident ? policy.mustTell.incident : policy.mustTell.majorEvent;
}

/**
 * The steps still to take, the earliest deadline first (then in step order): each body still
 * to be told, counted from the report; the first response, from the first body told; the
 * resolution, from the first response or the last reopening; the closing, from the
 * resolution. Nothing once closed.
 * @internal
 */
export function dueSteps(state: CaseState, policy: CheckedCasePolicy): CaseStepDue[] {
  const { reached } = state;
  if (reached.has('closed')) return [];
  const due: CaseStepDue[] = [];
  const add = (step: CaseStepToTake, since: PlainDate) => {
    const rule = policy.rules.get(step);
    if (!rule) return;
    const owner = partyOf(rule.byOrigin?.[state.opening.origin] ?? rule.owner, state);
    due.push({ step, owner, since, due: addDays(since, rule.days), source: rule.source });
  };
  for (const step of mustTellOf(state, policy)) if (!reached.has(step)) add(step, state.opening.on);
  const responding = reached.get('responding');
  const resolved = reached.get('resolved');
  if (responding === undefined && state.firstToldOn !== undefined)
    add('responding', state.firstToldOn);
  if (responding !== undefined && resolved === undefined) {
    const reopened = state.reopenedOn;
    add('resolved', reopened !== undefined && reopened > responding ? reopened : responding);
  }
  if (resolved !== undefined) add('closed', resolved);
  const order = (step: CaseStepToTake) => CASE_STEPS.indexOf(step);
  return due.sort((a, b) =>
    a.due !== b.due ? (a.due < b.due ? -1 : 1) : order(a.step) - order(b.step),
  );
}

/** The party of an owner for this case: a body of the elder's area, or the opening caregiver. */
function partyOf(owner: CaseOwner, state: CaseState): Party {
  const village = state.home.villageCode as RegionCode;
  if (owner === 'caregiver') {
    const by = state.opening.by;
    return by.kind === 'caregiver'
      ? { kind: 'caregiver', caregiverId: by.caregiverId }
      : bodyOf('villageCommittee', village);
  }
  return bodyOf(owner, village, state.home.group);
}
