import type { VisitRecordId } from '../compliance/index.js';
import type { IncidentKind, MajorEventKind } from '../eligibility/index.js';
import type { ElderId, PlainDate, RegionCode } from '../models/index.js';
import type { CaseActor, CaseEvent, CaseOrigin, CaseResponse } from './caseEvent.js';
import type { CaseStep, CaseStepToTake } from './casePolicy.js';
import type { Party } from './party.js';

/**
 * A step of a case still to be taken: who owns it, since when it can be taken and by when.
 * @category Cases
 */
export interface CaseStepDue {
  readonly step: CaseStepToTake;
  readonly owner: Party;
  /** The day the step became possible: the report, the first body told, the first response … */
  readonly since: PlainDate;
  /** The deadline: late after this day (never before `since`). */
  readonly due: PlainDate;
  /** Where the step's rule comes from. */
  readonly source: string;
}

/**
 * A response made in a case: what, on which day, by whom, and the event that says so.
 * @category Cases
 */
export interface CaseResponseMade {
  readonly response: CaseResponse;
  readonly on: PlainDate;
  readonly by: CaseActor;
  readonly eventId: string;
}

/**
 * An incident case (spec §2 R4, R10) as its events make it on a day: what it is about and
 * where, the step it is at and the day each step was reached, the responses, how often it was
 * reopened, its log (the events applied, in order), and the steps still to take — each with
 * its owner and deadline, the most pressing as `next` (none once closed). Derived, never
 * stored: replay the log (`replayCases`) to get it back.
 *
 * @example
 * ```ts
 * const { cases } = replayCases({ events, elders }, { asOf });
 * for (const c of cases) console.log(c.id, c.step, c.next?.step, c.next?.due);
 * ```
 * @category Cases
 */
export interface IncidentCase {
  readonly id: string;
  readonly elderId: ElderId;
  /** The village of the elder's home: where the case's bodies sit. */
  readonly villageCode: RegionCode;
  /** The elder's villager group (组), whose cadres a mutual-aid report goes to. */
  readonly group?: number;
  readonly origin: CaseOrigin;
  readonly incident?: IncidentKind;
  readonly majorEvent?: MajorEventKind;
  readonly recordId?: VisitRecordId;
  readonly majorEventId?: string;
  readonly openedOn: PlainDate;
  readonly openedBy: CaseActor;
  readonly step: CaseStep;
  /** The day each step was reached; a reopening takes `resolved` and `closed` back. */
  readonly reached: Readonly<Partial<Record<CaseStep, PlainDate>>>;
  readonly responses: readonly CaseResponseMade[];
  readonly reopenCount: number;
  /** The day of the last reopening. */
  readonly reopenedOn?: PlainDate;
  /** The events applied, in their canonical order (day, time, type, id). */
  readonly log: readonly CaseEvent[];
  /** The steps still to take, the earliest deadline first; empty once closed. */
  readonly pending: readonly CaseStepDue[];
  readonly next?: CaseStepDue;
}
