import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyChild } from '../eligibility/index.js';
import { Caregiver, type ChildRecord, parseRows, plainDate } from '../models/index.js';
import { pairElders } from '../scheduling/index.js';
import { generateSampleCounty } from './generateSampleCounty.js';

const asOf = plainDate('2026-09-01');
const sample = generateSampleCounty({
  seed: 2026,
  townships: 1,
  villagesPerTownship: 8,
  elders: 400,
  asOf,
});
const leftBehind = (children: readonly ChildRecord[]) =>
  children.filter((c) => classifyChild(c, { asOf }).status === 'yes');
const compulsory = (c: ChildRecord) =>
  c.schoolStage === 'primary' || c.schoolStage === 'juniorSecondary';

describe('sample teachers (教师包保, spec §3.4 · S18 L515)', () => {
  const teachers = sample.caregivers.filter((c) => c.roles.includes('teacher'));

  it('are valid caregivers who work on school days and take 5–10 children', () => {
    expect(teachers.length).toBeGreaterThan(0);
    expect(parseRows(Caregiver, teachers).invalid).toEqual([]);
    for (const teacher of teachers) {
      expect(teacher.roles).toEqual(['teacher']);
      expect(sample.schools.map((s) => s.id)).toContain(teacher.schoolId);
      expect(teacher.availability.weekdays).toEqual([1, 2, 3, 4, 5]);
      expect(teacher.capacity.elders).toBeGreaterThanOrEqual(5);
      expect(teacher.capacity.elders).toBeLessThanOrEqual(10);
    }
  });

  it('come a few per school, one per six compulsory-stage 留守 pupils, living by the school', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 7 }),
        (seed, v) => {
          const county = generateSampleCounty({ seed, villagesPerTownship: v, elders: 150, asOf });
          const pupils = leftBehind(county.children).filter(compulsory);
          const township = county.county.townships;
          for (const school of county.schools) {
            const count = pupils.filter((c) => c.school?.id === school.id).length;
            const home =
              school.kind === 'primarySchool'
                ? school.villageCodes[0]
                : township.find((t) => t.code === school.townshipCode)?.code;
            const staff = county.caregivers.filter(
              (c) => c.roles.includes('teacher') && c.home.regionCode === home,
            );
            expect(staff.length).toBe(count === 0 ? 0 : Math.max(2, Math.ceil(count / 6)));
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('let the default duties hold every 留守 pupil and pre-school child', () => {
    const { elders, children, caregivers } = sample;
    const plan = pairElders({ elders, children, caregivers }, { asOf });
    const stats = new Map(plan.duties?.stats.map((s) => [s.duty as string, s]));
    const teacher = stats.get('teacherContract');
    expect(teacher?.subjects).toBe(leftBehind(children).filter(compulsory).length);
    expect(teacher?.held).toBe(teacher?.subjects);
    const stageOf = new Map(children.map((c) => [c.id as string, c.schoolStage]));
    const childrenUnheld = (plan.duties?.unheld ?? []).filter(
      (u) => u.subject.kind === 'child' && u.duty !== 'volunteerVisits',
    );
    expect(childrenUnheld.map((u) => [u.duty, stageOf.get(u.subject.id)])).toEqual([]);
    // Each pupil's teacher teaches at the pupil's school.
    const schoolOf = new Map(children.map((c) => [c.id as string, c.school?.id]));
    const teacherOf = new Map(caregivers.map((c) => [c.id as string, c.schoolId]));
    const lines = plan.duties?.current.filter((line) => line.duty === 'teacherContract') ?? [];
    expect(lines).toHaveLength(teacher?.held ?? -1);
    for (const line of lines)
      expect(teacherOf.get(line.caregiverId)).toBe(schoolOf.get(line.subject.id));
  });
});
