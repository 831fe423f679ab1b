import type { PlainDate } from '../models/index.js';
import type { CaseEvent } from './caseEvent.js';
import { CASE_STEPS, type CaseStep, type CaseStepToTake } from './casePolicy.js';
import type { CaseResponseMade } from './incidentCase.js';

/** The opening event of a case. @internal */
export type CaseOpening = Extract<CaseEvent, { type: 'opened' }>;

/** The elder facts a case needs: where the elder lives. @internal */
export interface CaseHome {
  readonly villageCode: string;
  readonly group?: number | undefined;
}

/** A case while its events are applied, one after another. @internal */
export interface CaseState {
  readonly opening: CaseOpening;
  readonly home: CaseHome;
  readonly reached: Map<CaseStep, PlainDate>;
  firstToldOn: PlainDate | undefined;
  readonly responses: CaseResponseMade[];
  reopenCount: number;
  reopenedOn: PlainDate | undefined;
  readonly log: CaseEvent[];
}

/** What is wrong with an event at the case's step: the steps it needs first. @internal */
export interface TransitionProblem {
  readonly needs: readonly CaseStep[];
  readonly anyOf: boolean;
}

const INFORMING: readonly CaseStepToTake[] = ['acknowledged', 'townshipInformed', 'countyInformed'];
const NOT_NOW: TransitionProblem = { needs: [], anyOf: false };

/** A case opened by `opening`, for an elder living at `home`. @internal */
export function openCase(opening: CaseOpening, home: CaseHome): CaseState {
  return {
    opening,
    home,
    reached: new Map([['reported', opening.on]]),
    firstToldOn: undefined,
    responses: [],
    reopenCount: 0,
    reopenedOn: undefined,
    log: [opening],
  };
}

/** The step an informing event reaches. @internal */
export function informingStepOf(event: CaseEvent): CaseStepToTake | undefined {
  if (event.type === 'acknowledged') return 'acknowledged';
  if (event.type !== 'informed') return undefined;
  return event.body === 'townshipGovernment' ? 'townshipInformed' : 'countyInformed';
}

/** The furthest step reached: the end first, then a response, then the last body told. @internal */
export function currentStep(state: CaseState): CaseStep {
  for (const step of ['closed', 'resolved'] as const) if (state.reached.has(step)) return step;
  if (state.responses.length > 0) return 'responding';
  for (let i = INFORMING.length - 1; i >= 0; i--) {
    const step = INFORMING[i] as CaseStepToTake;
    if (state.reached.has(step)) return step;
  }
  return 'reported';
}

/**
 * Why `event` may not follow at the case's step, if it may not: nothing after closing but a
 * note or a reopening; no step twice; a response only once a body was told; resolving only
 * after a response; closing only once resolved and every body in `mustTell` told; reopening
 * only once resolved.
 * @internal
 */
export function transitionProblem(
  state: CaseState,
  event: CaseEvent,
  mustTell: readonly CaseStepToTake[],
): TransitionProblem | undefined {
  const { reached } = state;
  const closed = reached.has('closed');
  const resolved = reached.has('resolved');
  switch (event.type) {
    case 'opened':
      return NOT_NOW;
    case 'noted':
      return undefined;
    case 'acknowledged':
    case 'informed':
      return closed || reached.has(informingStepOf(event) as CaseStep) ? NOT_NOW : undefined;
    case 'responded':
      if (resolved) return NOT_NOW;
      return state.firstToldOn === undefined ? { needs: INFORMING, anyOf: true } : undefined;
    case 'resolved':
      if (resolved) return NOT_NOW;
      return state.responses.length === 0 ? { needs: ['responding'], anyOf: false } : undefined;
    case 'closed': {
      if (closed) return NOT_NOW;
      if (!resolved) return { needs: ['resolved'], anyOf: false };
      const untold = mustTell.filter((step) => !reached.has(step));
      return untold.length > 0 ? { needs: untold, anyOf: false } : undefined;
    }
    case 'reopened':
      return resolved ? undefined : { needs: ['resolved'], anyOf: false };
  }
}

/** Apply an event `transitionProblem` allows. @internal */
export function applyEvent(state: CaseState, event: CaseEvent): void {
  const { reached } = state;
  switch (event.type) {
    case 'acknowledged':
    case 'informed':
      reached.set(informingStepOf(event) as CaseStep, event.on);
      state.firstToldOn ??= event.on;
      break;
    case 'responded':
      state.responses.push({
        response: event.response,
        on: event.on,
        by: event.by,
        eventId: event.id,
      });
      if (!reached.has('responding')) reached.set('responding', event.on);
      break;
    case 'resolved':
    case 'closed':
      reached.set(event.type, event.on);
      break;
    case 'reopened':
      reached.delete('resolved');
      reached.delete('closed');
      state.reopenCount += 1;
      state.reopenedOn = event.on;
      break;
    case 'opened':
    case 'noted':
      break;
  }
  state.log.push(event);
}

/** The steps reached, in step order, as a record. @internal */
export function reachedRecord(state: CaseState): Partial<Record<CaseStep, PlainDate>> {
  const record: Partial<Record<CaseStep, PlainDate>> = {};
  for (const step of CASE_STEPS) {
    const day = state.reached.get(step);
    if (day !== undefined) record[step] = day;
  }
  return record;
}
