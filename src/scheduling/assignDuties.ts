import {
  arrayIssue,
  countIssue,
  diagnosed,
  elementsIssue,
  functionIssue,
  numberIssue,
  objectIssue,
  plainDateIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import type { Issue } from '../errors/index.js';
import type { DutyHolding } from '../models/index.js';
import { DEFAULT_DUTIES } from './defaultDuties.js';
import { parseDuties } from './duty.js';
import type {
  AssignDutiesOptions,
  DutyAssignment,
  DutyAssignmentInput,
  DutyStats,
  UnheldDuty,
} from './dutyAssignment.js';
import { currentLines, isCurrent, linesOf, outsideArea, statsOf } from './dutyLines.js';
import { dutyApplies, type SubjectEntry, subjectsOf } from './dutySubjects.js';
import { holdDutyBySchool } from './holdDuty.js';
import { CAREGIVER_FIELDS, coordinatesIssue, ELDER_FIELDS } from './pairingInputChecks.js';
import { MAX_KEEP_WITHIN_KM } from './pairingPolicy.js';

/**
 * Assign each duty's holders (包保责任制, spec §3.1, §4 · S18 L515): every subject a duty applies
 * to — elders in its categories, 留守儿童 at its school stages — gets one holder of a role the
 * duty allows, inside the duty's service area, within the holder's capacity (or the duty's
 * caseload), nearest first, keeping the previous holder while they still fit, priority subjects
 * first; solved exactly by the pairing solver, duty by duty in the table's order (a caregiver's
 * room is shared by the duties they may hold). Subjects no one can hold come back with the
 * reason. The lines are the responsibility matrix a township pins on its wall; their history
 * (ended lines) is kept.
 *
 * @example
 * ```ts
 * const matrix = assignDuties({ elders, children, caregivers }, { asOf: plainDate('2026-03-01') });
 * matrix.current.filter((line) => line.duty === 'townshipContract').length;
 * const next = assignDuties({ elders, caregivers, holdings: matrix.holdings }, { asOf: plainDate('2026-09-01') });
 * ```
 * @category Duties
 */
export function assignDuties(
  input: DutyAssignmentInput,
  options: AssignDutiesOptions,
): DutyAssignment {
  checkDutyArguments(input, options);
  return diagnosed(
    'assignDuties',
    () => assignChecked(input, options),
    () =>
      elementsIssue(input.elders, 'elders', ELDER_FIELDS) ??
      elementsIssue(input.children ?? [], 'children', ELDER_FIELDS) ??
      elementsIssue(input.caregivers, 'caregivers', CAREGIVER_FIELDS) ??
      elementsIssue(input.holdings ?? [], 'holdings', HOLDING_FIELDS),
  );
}

function assignChecked(input: DutyAssignmentInput, options: AssignDutiesOptions): DutyAssignment {
  const duties = parseDuties(options.duties ?? DEFAULT_DUTIES, { covers: [] });
  const entries = subjectsOf(input.elders, input.children ?? [], options);
  const remaining = new Map(input.caregivers.map((c) => [c.id, c.capacity.elders]));
  const caregiverOf = new Map(input.caregivers.map((c) => [c.id, c]));
  const lineIndex = new Map((input.holdings ?? []).map((line, index) => [line, index]));
  const previous = currentLines(input.holdings ?? [], options.asOf);
  const priority = options.priority;
  const search = {
    ...options,
    priority: (entry: SubjectEntry) => (priority ? priority(entry.subject) : isPriority(entry)),
  };
  const lines: DutyHolding[] = [];
  const unheld: UnheldDuty[] = [];
  const issues: Issue[] = [];
  const stats: DutyStats[] = [];
  for (const duty of duties) {
    const due = entries.filter((entry) => dutyApplies(duty, entry));
    const before = previous.get(duty.key) ?? new Map<string, DutyHolding>();
    issues.push(...outsideArea(duty, due, before, caregiverOf, lineIndex));
    const held = holdDutyBySchool(duty, due, input.caregivers, remaining, before, search);
    const changes = linesOf(duty, due, before, held.holderOf, options.asOf, (id) =>
      caregiverOf.has(id),
    );
    lines.push(...changes.lines);
    const entryOf = new Map(due.map((entry) => [entry.key, entry]));
    for (const { key, reason } of held.unheld) {
      const entry = entryOf.get(key) as SubjectEntry;
      unheld.push({ duty: duty.key, subject: entry.subject, reason });
    }
    stats.push(statsOf(duty, due.length, held.holderOf, changes, held.unheld.length));
  }
  const untouched = (input.holdings ?? []).filter(
    (line) => !duties.some((d) => d.key === line.duty),
  );
  const holdings = [...untouched, ...lines];
  return {
    holdings,
    current: holdings.filter((line) => isCurrent(line, options.asOf)),
    unheld,
    issues,
    stats,
  };
}

/** 重点对象 (R1) and 随时跟踪 (R3) elders are placed first unless the app says otherwise. */
function isPriority(entry: SubjectEntry): boolean {
  return entry.statuses?.priorityTarget === 'yes' || entry.statuses?.trackContinuously === 'yes';
}

/** The fields a matrix line must have for holding to read it. */
const HOLDING_FIELDS = {
  duty: 'string',
  subject: 'object',
  caregiverId: 'string',
  from: 'string',
} as const;

/** Entry checks: O(1) each, then one pass for coordinates (a bad one would stall the search). */
function checkDutyArguments(input: DutyAssignmentInput, options: AssignDutiesOptions): void {
  throwIssues([objectIssue(input, 'input'), objectIssue(options, 'options')]);
  throwIssues([
    arrayIssue(input.elders, 'elders'),
    arrayIssue(input.children, 'children', { optional: true }),
    arrayIssue(input.caregivers, 'caregivers'),
    arrayIssue(input.holdings, 'holdings', { optional: true }),
    plainDateIssue(options.asOf, 'asOf'),
    arrayIssue(options.duties, 'duties', { optional: true }),
    functionIssue(options.statusesOf, 'statusesOf', { optional: true }),
    functionIssue(options.priority, 'priority', { optional: true }),
    functionIssue(options.distanceKm, 'distanceKm', { optional: true }),
    countIssue(options.candidatesPerElder, 'candidatesPerElder', {
      optional: true,
      positive: true,
    }),
    numberIssue(options.keepWithinKm, 'keepWithinKm', {
      optional: true,
      minimum: 0,
      maximum: MAX_KEEP_WITHIN_KM,
    }),
  ]);
  throwIssues([
    coordinatesIssue(input.elders, 'elders', ['residence', 'coordinates']),
    coordinatesIssue(input.children ?? [], 'children', ['residence', 'coordinates']),
    coordinatesIssue(input.caregivers, 'caregivers', ['home', 'coordinates']),
  ]);
}
