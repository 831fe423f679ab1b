/**
 * Duties (包保责任制): the table's checks, holders assigned by role, area and room, continuity,
 * order-independence, and the responsibility matrix's history.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyChild, classifyStatuses } from '../eligibility/index.js';
import { GuanaiError } from '../errors/index.js';
import {
  addDays,
  type Caregiver,
  type CaregiverId,
  type ChildRecord,
  type DutyHolding,
  plainDate,
} from '../models/index.js';
import { generateSampleCounty } from '../sample/index.js';
import { assignDuties } from './assignDuties.js';
import { DEFAULT_DUTIES } from './defaultDuties.js';
import { parseDuties } from './duty.js';
import { DEFAULT_SERVICE_AREAS, withinServiceArea } from './serviceArea.js';

const asOf = plainDate('2026-03-01');
const sample = generateSampleCounty({
  seed: 3,
  townships: 1,
  villagesPerTownship: 5,
  elders: 250,
  asOf,
});
const matrix = assignDuties({ elders: sample.elders, caregivers: sample.caregivers }, { asOf });
const caregiverOf = new Map(sample.caregivers.map((c) => [c.id, c]));
const elderOf = new Map(sample.elders.map((e) => [e.id, e]));
const duties = parseDuties(DEFAULT_DUTIES);

const codes = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    if (error instanceof GuanaiError)
      return error.issues.map((i) => `${i.code} ${i.path.join('.')}`);
    throw error;
  }
  return [];
};

describe('the duty table', () => {
  it('accepts the seed texts’ duties, covering every group the text puts under someone', () => {
    expect(duties.map((d) => d.key)).toEqual([
      'townshipContract',
      'villageContract',
      'teacherContract',
      'volunteerVisits',
      'villageLiaison',
      'villageDoctorCare',
      'neighbourWatch',
    ]);
  });

  it('names an unknown role, preset or category, a plan of another role, a key twice, a group left out', () => {
    const [township, village] = DEFAULT_DUTIES as [
      (typeof DEFAULT_DUTIES)[0],
      (typeof DEFAULT_DUTIES)[0],
    ];
    expect(
      codes(() =>
        parseDuties([
          { ...township, roles: ['townshipCadre'] },
          { ...township, key: 'a', plans: ['weekly'] },
          { ...township, key: 'b', subjects: { elderCategories: ['emptyNest'] } },
        ]),
      ),
    ).toEqual([
      'invalid_value 0.roles.0',
      'invalid_value 1.plans.0',
      'invalid_value 2.subjects.elderCategories.0',
    ]);
    expect(codes(() => parseDuties([{ ...township, roles: ['teacher'] }], { covers: [] }))).toEqual(
      ['duty_plan_role 0.plans.0'],
    );
    expect(codes(() => parseDuties([township, township], { covers: [] }))).toEqual([
      'duplicate_id 1.key',
    ]);
    // The two contracts cover empty-nest elders and every child, not 留守 elders.
    expect(codes(() => parseDuties([township, village]))).toEqual(['duty_group_uncovered ']);
    expect(codes(() => parseDuties('x'))).toEqual(['invalid_argument ']);
  });
});

describe('assignDuties', () => {
  it('gives each subject one holder per duty that applies, of an allowed role, in its area, within room', () => {
    const load = new Map<CaregiverId, number>();
    const seen = new Set<string>();
    for (const line of matrix.current) {
      const duty = duties.find((d) => d.key === line.duty);
      const holder = caregiverOf.get(line.caregiverId);
      const elder = elderOf.get(line.subject.id as never);
      if (!duty || !holder || !elder) throw new Error('line without its duty, holder or elder');
      const key = `${line.duty}/${line.subject.id}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      expect(holder.roles.some((role) => duty.roles.includes(role))).toBe(true);
      expect(withinServiceArea(elder, holder, duty.serviceArea)).toBe(true);
      const { statuses } = classifyStatuses(elder, { asOf });
      expect(duty.subjects.elderCategories?.some((c) => statuses[c] === 'yes')).toBe(true);
      load.set(holder.id, (load.get(holder.id) ?? 0) + 1);
    }
    for (const [id, count] of load)
      expect(count).toBeLessThanOrEqual(caregiverOf.get(id)?.capacity.elders ?? 0);
    const stats = matrix.stats.find((s) => s.duty === 'townshipContract');
    expect(stats?.held).toBeGreaterThan(0);
    for (const s of matrix.stats) expect(s.held + s.unheld).toBe(s.subjects);
    expect(matrix.unheld.length).toBe(matrix.stats.reduce((sum, s) => sum + s.unheld, 0));
  });

  it('keeps every holder when run again a month later, and the matrix does not depend on input order', () => {
    const later = addDays(asOf, 31);
    const again = assignDuties(
      { elders: sample.elders, caregivers: sample.caregivers, holdings: matrix.holdings },
      { asOf: later },
    );
    const before = new Map(matrix.current.map((l) => [`${l.duty}/${l.subject.id}`, l]));
    for (const line of again.current) {
      const previous = before.get(`${line.duty}/${line.subject.id}`);
      if (previous) expect(line).toEqual(previous);
    }
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (seed) => {
        const shuffled = [...sample.elders].sort(
          (a, b) => (a.id < b.id ? -1 : 1) * (seed % 2 ? 1 : -1),
        );
        const caregivers = [...sample.caregivers].reverse();
        const other = assignDuties({ elders: shuffled, caregivers }, { asOf });
        const lines = (m: typeof matrix) =>
          m.current.map((l) => `${l.duty}/${l.subject.id}/${l.caregiverId}`).sort();
        expect(lines(other)).toEqual(lines(matrix));
      }),
      { numRuns: 3, seed: 14 },
    );
  });

  it('ends a line when its holder leaves, starts the successor’s, and names a holder outside the area', () => {
    const line = matrix.current.find((l) => l.duty === 'villageContract') as DutyHolding;
    const gone = sample.caregivers.filter((c) => c.id !== line.caregiverId);
    const later = plainDate('2026-04-01');
    const next = assignDuties(
      { elders: sample.elders, caregivers: gone, holdings: matrix.holdings },
      { asOf: later },
    );
    const history = next.holdings.filter(
      (l) => l.duty === line.duty && l.subject.id === line.subject.id,
    );
    expect(history[0]).toEqual({
      ...line,
      to: plainDate('2026-03-31'),
      endReason: 'caregiverLeft',
    });
    expect(history.slice(1).every((l) => l.from === later && l.to === undefined)).toBe(true);
    const elder = elderOf.get(line.subject.id as never);
    const elsewhere = sample.caregivers.find(
      (c) =>
        c.roles.includes('villageResponsibleCadre') &&
        elder &&
        c.home.regionCode !== elder.residence.villageCode,
    );
    if (!elsewhere) throw new Error('no cadre of another village');
    const stale = matrix.holdings.map((l) =>
      l === line ? { ...l, caregiverId: elsewhere.id } : l,
    );
    const found = assignDuties(
      { elders: sample.elders, caregivers: sample.caregivers, holdings: stale },
      { asOf: later },
    );
    expect(found.issues.map((i) => i.code)).toEqual(['holder_outside_area']);
    expect(DEFAULT_SERVICE_AREAS.villageResponsibleCadre).toBe('village');
  });

  it('checks its arguments', () => {
    expect(
      codes(() => assignDuties({ elders: [], caregivers: [] }, { asOf: '2026-02-30' as never })),
    ).toEqual(['invalid_argument asOf']);
    expect(
      codes(() =>
        assignDuties(
          { elders: [], caregivers: [], holdings: 'x' as never },
          { asOf, candidatesPerElder: Number.NaN },
        ),
      ),
    ).toEqual(['invalid_argument holdings', 'invalid_argument candidatesPerElder']);
    const [first] = sample.elders;
    const nowhere = {
      ...first,
      residence: { ...first?.residence, coordinates: { latitude: Number.NaN, longitude: 0 } },
    };
    expect(
      codes(() => assignDuties({ elders: [nowhere as never], caregivers: [] }, { asOf })),
    ).toEqual(['invalid_type elders.0.residence.coordinates.latitude']);
    expect(
      codes(() => assignDuties({ elders: [null as never], caregivers: [] }, { asOf })),
    ).toHaveLength(1);
  });
});

describe('teachers hold their own school’s pupils (sameSchool, spec §3.4 · S18 L515)', () => {
  const teacherDuty = DEFAULT_DUTIES.filter((d) => d.key === 'teacherContract');
  const teachers = sample.caregivers.filter((c) => c.roles.includes('teacher'));
  const pupils = sample.children.filter(
    (c) => c.schoolStage === 'primary' || c.schoolStage === 'juniorSecondary',
  );
  const hold = (caregivers: typeof teachers, children: typeof pupils) =>
    assignDuties({ elders: [], children, caregivers }, { asOf, duties: teacherDuty });

  it('gives a pupil a teacher of the pupil’s school, or either school unrecorded', () => {
    const schools = fc.constantFrom('SCH-A', 'SCH-B', undefined);
    fc.assert(
      fc.property(
        fc.array(schools, { minLength: teachers.length, maxLength: teachers.length }),
        fc.array(schools, { minLength: pupils.length, maxLength: pupils.length }),
        (teacherSchools, pupilSchools) => {
          const staff = teachers.map((t, i): Caregiver => {
            const { schoolId: _, ...rest } = t;
            const school = teacherSchools[i];
            return school === undefined ? rest : { ...rest, schoolId: school };
          });
          const children = pupils.map((c, i): ChildRecord => {
            const { school: _, ...rest } = c;
            const id = pupilSchools[i];
            return id === undefined ? rest : { ...rest, school: { id } };
          });
          const schoolOf = new Map(children.map((c) => [c.id as string, c.school?.id]));
          const teacherOf = new Map(staff.map((t) => [t.id as string, t.schoolId]));
          const held = hold(staff, children);
          for (const line of held.current) {
            const [pupil, teacher] = [
              schoolOf.get(line.subject.id),
              teacherOf.get(line.caregiverId),
            ];
            expect(pupil === undefined || teacher === undefined || pupil === teacher).toBe(true);
          }
          const stats = held.stats[0];
          expect((stats?.held ?? 0) + (stats?.unheld ?? 0)).toBe(stats?.subjects);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('leaves a pupil unheld rather than give them another school’s teacher', () => {
    const pupil = pupils.find(
      (c) => c.school?.id !== undefined && classifyChild(c, { asOf }).status === 'yes',
    );
    const teacher = teachers.find((t) => t.schoolId !== pupil?.school?.id);
    if (!pupil || !teacher) throw new Error('the sample has 留守 pupils and teachers');
    const held = hold([teacher], [pupil]);
    expect(held.current).toEqual([]);
    expect(held.unheld.map((u) => u.subject.id)).toEqual([pupil.id]);
    const open = hold([{ ...teacher, schoolId: pupil.school?.id as string }], [pupil]);
    expect(open.current.map((line) => line.caregiverId)).toEqual([teacher.id]);
  });
});
