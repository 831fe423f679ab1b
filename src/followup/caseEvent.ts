import * as z from 'zod';
import { afterFieldsPass } from '../_lib/afterFieldsPass.js';
import { VisitRecordId } from '../compliance/index.js';
import { IncidentKind, MajorEventKind } from '../eligibility/index.js';
import { reportIssue } from '../errors/index.js';
import { ElderId, Extensions, MutualAidGroupId, PlainDate, TimeOfDay } from '../models/index.js';
import { Party } from './party.js';

/**
 * How an incident case came in: a visit record's incident (`visitRecord`, spec §2 R4 · S14
 * L379), a neighbour's report (`neighbourReport`, 邻里), the family's (`familyReport`), a 一键呼叫
 * alarm an app passes in (`deviceAlert`), a mutual-aid group's report of a major event
 * (`mutualAidGroup`, spec §2 R10 · S18 L519), or any other way (`other`).
 *
 * @example
 * ```ts
 * CaseOrigin.parse('deviceAlert');
 * ```
 * @category Cases
 */
export const CaseOrigin = /* @__PURE__ */ z.enum([
  'visitRecord',
  'neighbourReport',
  'familyReport',
  'deviceAlert',
  'mutualAidGroup',
  'other',
]);
/** @category Cases */
export type CaseOrigin = z.infer<typeof CaseOrigin>;

/**
 * What was done for the elder once the case was known (spec §2 R4 · S14 L379 「紧急处置后,由乡镇
 * 人民政府依据有关要求和分工实施关爱救助」): care and relief (`relief`, 救助), medical care
 * (`medical`, 医疗), the police (`police`, 公安), the guardian or family taking the elder in hand
 * (`guardian`, 监护/家属).
 *
 * @example
 * ```ts
 * CaseResponse.parse('medical');
 * ```
 * @category Cases
 */
export const CaseResponse = /* @__PURE__ */ z.enum(['relief', 'medical', 'police', 'guardian']);
/** @category Cases */
export type CaseResponse = z.infer<typeof CaseResponse>;

/**
 * Who an outside reporter is: a neighbour, the family, the elder, a device (一键呼叫), a mutual-aid
 * group not in the ledger, or someone else.
 *
 * @example
 * ```ts
 * CaseReporterRole.parse('neighbour');
 * ```
 * @category Cases
 */
export const CaseReporterRole = /* @__PURE__ */ z.enum([
  'neighbour',
  'family',
  'elder',
  'device',
  'mutualAidGroup',
  'other',
]);
/** @category Cases */
export type CaseReporterRole = z.infer<typeof CaseReporterRole>;

/**
 * Who wrote an event of a case: a caregiver or a body (a {@link Party}), a mutual-aid group of
 * the ledger, or an outside reporter (a neighbour, the family, a device) with an optional name
 * or reference — never a phone number: the log is shared up the chain.
 *
 * @example
 * ```ts
 * CaseActor.parse({ kind: 'reporter', role: 'device', ref: 'alarm-7731' });
 * CaseActor.parse({ kind: 'body', body: 'villageCommittee', areaCode: '530325101203' });
 * ```
 * @category Cases
 */
export const CaseActor = /* @__PURE__ */ z.discriminatedUnion('kind', [
  ...Party.options,
  z.strictObject({ kind: z.literal('mutualAidGroup'), mutualAidGroupId: MutualAidGroupId }),
  z.strictObject({
    kind: z.literal('reporter'),
    role: CaseReporterRole,
    name: z.string().trim().min(1).max(100).optional(),
    /** A reference the app keeps: a device or alarm id, a hotline ticket. */
    ref: z.string().trim().min(1).max(300).optional(),
  }),
]);
/** @category Cases */
export type CaseActor = z.infer<typeof CaseActor>;

const common = {
  id: z.string().trim().min(1).max(128),
  caseId: z.string().trim().min(1).max(128),
  on: PlainDate,
  /** The time of day, when known: it orders the events of one day. */
  time: TimeOfDay.optional(),
  by: CaseActor,
  note: z.string().max(2000).optional(),
  extensions: Extensions.optional(),
};

/**
 * One event of an incident case's log (who, when, what), append-only: a case is what its
 * events say, replayed in order (see `replayCases`). The types:
 * - `opened` — the report that opens the case: its origin, the elder, the incident of spec §2
 *   R4 or the major event of R10 (at least one; `case_without_cause` otherwise), and the visit
 *   record or major-event report it came from;
 * - `acknowledged` — the village committee (or the 组 cadres of a mutual-aid report) has it;
 * - `informed` — the township government or the county civil-affairs department has been told;
 * - `responded` — a response was made (`response`: relief, medical, police, guardian);
 * - `resolved`, `closed`, `reopened` — the end of the matter, the case filed, and taken up again;
 * - `noted` — a note for the log that moves nothing.
 *
 * @example
 * ```ts
 * CaseEvent.parse({
 *   id: 'EV-1', caseId: 'K-1', type: 'opened', on: '2026-06-03', time: '08:10',
 *   by: { kind: 'reporter', role: 'neighbour' }, origin: 'neighbourReport',
 *   elderId: 'E-1', incident: 'criticalIllness',
 * });
 * ```
 * @category Cases
 */
export const CaseEvent = /* @__PURE__ */ z
  .discriminatedUnion('type', [
    z.strictObject({
      ...common,
      type: z.literal('opened'),
      origin: CaseOrigin,
      elderId: ElderId,
      incident: IncidentKind.optional(),
      majorEvent: MajorEventKind.optional(),
      recordId: VisitRecordId.optional(),
      majorEventId: z.string().trim().min(1).max(64).optional(),
    }),
    z.strictObject({ ...common, type: z.literal('acknowledged') }),
    z.strictObject({
      ...common,
      type: z.literal('informed'),
      body: z.enum(['townshipGovernment', 'countyCivilAffairs']),
    }),
    z.strictObject({ ...common, type: z.literal('responded'), response: CaseResponse }),
    z.strictObject({ ...common, type: z.literal('resolved') }),
    z.strictObject({ ...common, type: z.literal('closed') }),
    z.strictObject({ ...common, type: z.literal('reopened') }),
    z.strictObject({
      ...common,
      type: z.literal('noted'),
      note: z.string().trim().min(1).max(2000),
    }),
  ])
  .superRefine((event, ctx) => {
    if (event.type === 'opened' && !event.incident && !event.majorEvent)
      reportIssue(ctx, event, 'case_without_cause', {}, ['incident']);
  }, afterFieldsPass);
/** @category Cases */
export type CaseEvent = z.infer<typeof CaseEvent>;

/**
 * The types of case event, in the order they are applied within one day when their times do
 * not say otherwise: a reopening before the work it starts again, a resolution and a closing
 * after the work of the day. (A case resolved and reopened on one day needs its times.)
 *
 * @example
 * ```ts
 * CASE_EVENT_TYPES[0]; // 'opened'
 * ```
 * @category Cases
 */
export const CASE_EVENT_TYPES = [
  'opened',
  'reopened',
  'acknowledged',
  'informed',
  'responded',
  'noted',
  'resolved',
  'closed',
] as const satisfies readonly CaseEvent['type'][];

/** @category Cases */
export type CaseEventType = CaseEvent['type'];
