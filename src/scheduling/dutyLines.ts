import { type Issue, issue } from '../errors/index.js';
import {
  addDays,
  type Caregiver,
  type CaregiverId,
  type DutyHolding,
  type PlainDate,
} from '../models/index.js';
import type { Duty } from './duty.js';
import type { DutyStats } from './dutyAssignment.js';
import type { SubjectEntry } from './dutySubjects.js';
import { withinServiceArea } from './serviceArea.js';

/** A line in force on `asOf`. @internal */
export function isCurrent(line: DutyHolding, asOf: PlainDate): boolean {
  return line.from <= asOf && (line.to === undefined || line.to >= asOf);
}

const keyOf = (line: DutyHolding) => `${line.subject.kind}:${line.subject.id}`;

/** The lines in force on `asOf`, by duty and subject key. @internal */
export function currentLines(
  holdings: readonly DutyHolding[],
  asOf: PlainDate,
): Map<string, Map<string, DutyHolding>> {
  const byDuty = new Map<string, Map<string, DutyHolding>>();
  for (const line of holdings) {
    if (!isCurrent(line, asOf)) continue;
    const lines = byDuty.get(line.duty) ?? new Map<string, DutyHolding>();
    lines.set(keyOf(line), line);
    byDuty.set(line.duty, lines);
  }
  return byDuty;
}

/** Lines whose holder no longer serves the subject's area (moved home, or the area changed). @internal */
export function outsideArea(
  duty: Duty,
  due: readonly SubjectEntry[],
  before: ReadonlyMap<string, DutyHolding>,
  caregiverOf: ReadonlyMap<CaregiverId, Caregiver>,
  indexOf: ReadonlyMap<DutyHolding, number>,
): Issue[] {
  return due.flatMap((entry) => {
    const line = before.get(entry.key);
    const holder = line && caregiverOf.get(line.caregiverId);
    if (!line || !holder || withinServiceArea(entry.pairable, holder, duty.serviceArea)) return [];
    return [
      issue('holder_outside_area', ['holdings', indexOf.get(line) ?? 0, 'caregiverId'], {
        caregiverId: line.caregiverId,
        area: duty.serviceArea,
      }),
    ];
  });
}

/** The lines one duty leaves: kept, ended, and new, with counts of each. @internal */
export interface DutyLines {
  readonly lines: readonly DutyHolding[];
  readonly kept: number;
  readonly changed: number;
}

/**
 * The duty's lines after holding it on `asOf`: a line whose holder stays is kept as it is; one
 * whose holder changed (`reassigned`, or `caregiverLeft` when the holder is no longer among the
 * caregivers), or whose subject no longer needs the duty, ends the day before; a new holder
 * starts a line on `asOf`.
 * @internal
 */
export function linesOf(
  duty: Duty,
  due: readonly SubjectEntry[],
  before: ReadonlyMap<string, DutyHolding>,
  holderOf: ReadonlyMap<string, CaregiverId>,
  asOf: PlainDate,
  present: (caregiverId: CaregiverId) => boolean,
): DutyLines {
  const lines: DutyHolding[] = [];
  let kept = 0;
  let changed = 0;
  const end = (line: DutyHolding, reason: DutyHolding['endReason']) =>
    lines.push({
      ...line,
      to: line.from < asOf ? addDays(asOf, -1) : line.from,
      endReason: reason,
    });
  const dueKeys = new Set(due.map((entry) => entry.key));
  for (const [key, line] of before) if (!dueKeys.has(key)) end(line, 'elderNoLongerEligible');
  for (const entry of due) {
    const line = before.get(entry.key);
    const holder = holderOf.get(entry.key);
    if (line && line.caregiverId === holder) {
      lines.push(line);
      kept += 1;
      continue;
    }
    if (line) {
      end(line, present(line.caregiverId) ? 'reassigned' : 'caregiverLeft');
      changed += 1;
    }
    if (holder) {
      lines.push({
        duty: duty.key,
        subject: entry.subject,
        caregiverId: holder,
        from: asOf,
      });
    }
  }
  return { lines, kept, changed };
}

/** One duty's figures. @internal */
export function statsOf(
  duty: Duty,
  subjects: number,
  holderOf: ReadonlyMap<string, CaregiverId>,
  lines: DutyLines,
  unheld: number,
): DutyStats {
  const caseload = new Map<CaregiverId, number>();
  let maxCaseload = 0;
  for (const holder of holderOf.values()) {
    const count = (caseload.get(holder) ?? 0) + 1;
    caseload.set(holder, count);
    maxCaseload = Math.max(maxCaseload, count);
  }
  return {
    duty: duty.key,
    subjects,
    held: holderOf.size,
    kept: lines.kept,
    changed: lines.changed,
    unheld,
    holders: caseload.size,
    maxCaseload,
  };
}
