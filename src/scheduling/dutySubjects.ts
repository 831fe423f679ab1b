import {
  type CategoryKey,
  classifyChild,
  classifyStatuses,
  type Policy,
  type Tri,
} from '../eligibility/index.js';
import type { ChildRecord, DutySubject, Elder, PlainDate } from '../models/index.js';
import type { Duty } from './duty.js';

/**
 * One subject a duty may be held for, in the form pairing reads (an elder's `id` and
 * `residence`), keyed so that an elder and a child with the same id never meet.
 * @internal
 */
export interface SubjectEntry {
  readonly key: string;
  readonly subject: DutySubject;
  readonly pairable: Elder;
  /** The elder's statuses, or the child's school stage when the child is 留守. */
  readonly statuses?: Readonly<Partial<Record<CategoryKey, Tri>>>;
  readonly stage?: string;
  /** The child's school (`school.id`), for duties held by the pupils' own teachers. */
  readonly school?: string;
}

/** What {@link subjectsOf} needs to decide who is whose subject. @internal */
export interface SubjectOptions {
  readonly asOf: PlainDate;
  readonly policy?: Policy;
  readonly statusesOf?: (elder: Elder) => Readonly<Partial<Record<CategoryKey, Tri>>>;
}

/** Every elder, and every child that is 留守 on `asOf`, as subjects. @internal */
export function subjectsOf(
  elders: readonly Elder[],
  children: readonly ChildRecord[],
  options: SubjectOptions,
): SubjectEntry[] {
  const { asOf, policy } = options;
  const statusesOf =
    options.statusesOf ??
    ((elder: Elder) => classifyStatuses(elder, { asOf, ...(policy ? { policy } : {}) }).statuses);
  const entries: SubjectEntry[] = elders.map((elder) => ({
    key: `elder:${elder.id}`,
    subject: { kind: 'elder', id: elder.id },
    pairable: { ...elder, id: `elder:${elder.id}` } as Elder,
    statuses: statusesOf(elder),
  }));
  for (const child of children) {
    const status = classifyChild(child, { asOf, ...(policy ? { policy } : {}) }).status;
    if (status !== 'yes') continue;
    entries.push({
      key: `child:${child.id}`,
      subject: { kind: 'child', id: child.id },
      // Pairing reads an id and a residence; a child's residence has the same fields.
      pairable: { id: `child:${child.id}`, residence: child.residence } as unknown as Elder,
      ...(child.schoolStage === undefined ? {} : { stage: child.schoolStage }),
      ...(child.school?.id === undefined ? {} : { school: child.school.id }),
    });
  }
  return entries;
}

/** Whether a duty is held for this subject: an elder in one of its categories, a child at one of its stages. @internal */
export function dutyApplies(duty: Duty, entry: SubjectEntry): boolean {
  if (entry.subject.kind === 'elder') {
    return (duty.subjects.elderCategories ?? []).some((key) => entry.statuses?.[key] === 'yes');
  }
  return (
    entry.stage !== undefined && (duty.subjects.childStages ?? []).some((s) => s === entry.stage)
  );
}
