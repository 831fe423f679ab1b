import {
  arrayIssue,
  diagnosed,
  elementsIssue,
  objectIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import { currentRecords, type MajorEventReport, type VisitRecord } from '../compliance/index.js';
import type { MutualAidGroup } from '../models/index.js';
import type { CaseActor, CaseEvent } from './caseEvent.js';

/** What {@link caseOpenings} reads. @category Cases */
export interface CaseOpeningsInput {
  /** Visit records (走访日志) with their corrections: each in force with an incident opens a case. */
  readonly records?: readonly VisitRecord[];
  /** Major events mutual-aid groups reported (spec §2 R10): each opens a case. */
  readonly majorEvents?: readonly MajorEventReport[];
  /** The groups, to name the one that reported (a member's group in force on the day). */
  readonly mutualAidGroups?: readonly MutualAidGroup[];
}

/**
 * The opening events of the cases the ledger's own records start, with stable ids, to put
 * beside the events an app logs: a visit record in force with an incident (spec §2 R4 · S14
 * L379) opens `case/<recordId>`, written by its first caregiver; a major event a mutual-aid
 * group reported (R10 · S18 L519) opens `case/<majorEventId>`, written by the member's group
 * (the first in force on the day; an outside `mutualAidGroup` reporter when none is known).
 * Each event's id is `<caseId>/opened`.
 *
 * A correction keeps the case: its id comes from the first record of the chain, its facts
 * (day, kind, note) from the record in force — and a correction that takes the incident away
 * opens nothing, so the case's later events come back rejected by `replayCases`, not lost.
 *
 * @example
 * ```ts
 * const openings = caseOpenings({ records, majorEvents, mutualAidGroups });
 * const { cases } = replayCases({ events: [...openings, ...appEvents], elders }, { asOf });
 * ```
 * @category Cases
 */
export function caseOpenings(input: CaseOpeningsInput): CaseEvent[] {
  throwIssues([objectIssue(input, 'input')]);
  throwIssues([
    arrayIssue(input.records, 'records', { optional: true }),
    arrayIssue(input.majorEvents, 'majorEvents', { optional: true }),
    arrayIssue(input.mutualAidGroups, 'mutualAidGroups', { optional: true }),
  ]);
  return diagnosed(
    'caseOpenings',
    () =>
      [...fromRecords(input.records ?? []), ...fromMajorEvents(input)].sort((a, b) =>
        a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
      ),
    () =>
      elementsIssue(input.records ?? [], 'records', {
        id: 'string',
        elderId: 'string',
        on: 'string',
        caregiverIds: 'array',
      }) ??
      elementsIssue(input.majorEvents ?? [], 'majorEvents', {
        id: 'string',
        elderId: 'string',
        on: 'string',
        kind: 'string',
      }) ??
      elementsIssue(input.mutualAidGroups ?? [], 'mutualAidGroups', {
        id: 'string',
        members: 'array',
        validFrom: 'string',
      }),
  );
}

function fromRecords(records: readonly VisitRecord[]): CaseEvent[] {
  const byId = new Map(records.map((record) => [record.id as string, record]));
  const events: CaseEvent[] = [];
  for (const record of currentRecords(records)) {
    if (!record.incident) continue;
    const caseId = `case/${rootOf(record, byId)}`;
    events.push({
      id: `${caseId}/opened`,
      caseId,
      type: 'opened',
      on: record.on,
      ...(record.time ? { time: record.time } : {}),
      by: {
        kind: 'caregiver',
        caregiverId: record.caregiverIds[0] as VisitRecord['caregiverIds'][0],
      },
      origin: 'visitRecord',
      elderId: record.elderId,
      incident: record.incident.kind,
      recordId: record.id,
      ...(record.incident.note ? { note: record.incident.note } : {}),
    });
  }
  return events;
}

/** The first record of a chain of corrections; a circle ends the walk (each record once). */
function rootOf(record: VisitRecord, byId: ReadonlyMap<string, VisitRecord>): string {
  let root = record;
  const seen = new Set<string>([root.id]);
  for (let up = root.amends && byId.get(root.amends); up && !seen.has(up.id); ) {
    seen.add(up.id);
    root = up;
    up = root.amends && byId.get(root.amends);
  }
  return root.id;
}

function fromMajorEvents(input: CaseOpeningsInput): CaseEvent[] {
  // Each member's groups, in list order: built once, not searched per report.
  const groupsOf = new Map<string, MutualAidGroup[]>();
  for (const group of input.mutualAidGroups ?? [])
    for (const member of group.members) {
      const list = groupsOf.get(member);
      if (list) list.push(group);
      else groupsOf.set(member, [group]);
    }
  return (input.majorEvents ?? []).map((report) => {
    const group = groupsOf
      .get(report.elderId)
      ?.find(
        (g) => g.validFrom <= report.on && (g.validTo === undefined || report.on <= g.validTo),
      );
    const by: CaseActor = group
      ? { kind: 'mutualAidGroup', mutualAidGroupId: group.id }
      : { kind: 'reporter', role: 'mutualAidGroup' };
    const caseId = `case/${report.id}`;
    return {
      id: `${caseId}/opened`,
      caseId,
      type: 'opened',
      on: report.on,
      by,
      origin: 'mutualAidGroup',
      elderId: report.elderId,
      majorEvent: report.kind,
      majorEventId: report.id,
    };
  });
}
