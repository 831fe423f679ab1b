import { describe, expect, it } from 'vitest';
import { Availability, Caregiver, CaregiverRole, DateRange, TimeRange } from './caregiver.js';
import { safeParse } from './validate.js';

const minimal = () => ({
  id: 'C-1',
  name: '李建国',
  roles: ['villageResponsibleCadre'],
  home: { regionCode: '530325101203' },
  capacity: { elders: 8, visitsPerWeek: 10 },
});

function issuesOf(input: unknown) {
  const result = safeParse(Caregiver, input);
  if (result.ok) throw new Error('expected issues');
  return result.issues;
}

describe('Caregiver', () => {
  it('parses a minimal caregiver with availability and skills defaults', () => {
    expect(Caregiver.parse(minimal())).toEqual({
      ...minimal(),
      availability: { weekdays: [1, 2, 3, 4, 5, 6, 7], hours: [], leave: [] },
      skills: [],
    });
  });

  it('fills availability defaults field by field', () => {
    expect(
      Caregiver.parse({ ...minimal(), availability: { weekdays: [6, 7] } }).availability,
    ).toEqual({
      weekdays: [6, 7],
      hours: [],
      leave: [],
    });
    expect(Availability.parse({})).toEqual({
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      hours: [],
      leave: [],
    });
  });

  it('parses a full caregiver', () => {
    const input = {
      ...minimal(),
      roles: ['villageDoctor', 'partyMemberVolunteer'],
      phone: '+86 138-0013-8000',
      sex: 'male',
      birthDate: '1975-06-01',
      home: {
        regionCode: '530325101000',
        group: 2,
        coordinates: { latitude: 25.6, longitude: 104.2 },
      },
      availability: {
        weekdays: [1, 3, 5],
        hours: [{ from: '09:00', to: '12:00' }],
        leave: [{ from: '2026-02-01', to: '2026-02-07', reason: '春节' }],
      },
      skills: ['healthCare', 'emergencyHelp'],
      validFrom: '2024-01-01',
      validTo: '2026-12-31',
      notes: '村医',
      extensions: { badge: 7 },
    };
    expect(Caregiver.parse(input)).toEqual({ ...input, phone: '13800138000' });
  });

  it('accepts every role of the spec, and several roles at once', () => {
    for (const role of CaregiverRole.options) {
      expect(safeParse(Caregiver, { ...minimal(), roles: [role] }).ok, role).toBe(true);
    }
    expect(CaregiverRole.options).toHaveLength(23);
  });

  it('rejects no role, an unknown role, and a duplicate role', () => {
    expect(issuesOf({ ...minimal(), roles: [] })).toEqual([
      {
        code: 'too_small',
        path: ['roles'],
        params: { origin: 'array', minimum: 1, inclusive: true },
      },
    ]);
    expect(issuesOf({ ...minimal(), roles: ['villageDoctor', 'mayor'] })).toEqual([
      { code: 'invalid_value', path: ['roles', 1], params: { allowed: CaregiverRole.options } },
    ]);
    expect(
      issuesOf({ ...minimal(), roles: ['villageDoctor', 'neighbour', 'villageDoctor'] }),
    ).toEqual([
      {
        code: 'duplicate_id',
        path: ['roles', 2],
        params: { id: 'villageDoctor', firstPath: ['roles', 0] },
      },
    ]);
  });

  it('reads the deprecated activeFrom/activeTo of stored records as validFrom/validTo', () => {
    const stored = { ...minimal(), activeFrom: '2024-01-01', activeTo: '2026-12-31' };
    const parsed = Caregiver.parse(stored);
    expect(parsed).toEqual({
      ...Caregiver.parse(minimal()),
      validFrom: '2024-01-01',
      validTo: '2026-12-31',
    });
    expect('activeFrom' in parsed || 'activeTo' in parsed).toBe(false);
    // The new name wins where a record has both.
    expect(Caregiver.parse({ ...stored, validTo: '2025-06-30' }).validTo).toBe('2025-06-30');
    expect(issuesOf({ ...minimal(), validFrom: '2026-01-02', validTo: '2026-01-01' })).toEqual([
      {
        code: 'range_reversed',
        path: ['validTo'],
        params: { from: '2026-01-02', to: '2026-01-01' },
      },
    ]);
  });

  it('reports a reversed active span', () => {
    expect(issuesOf({ ...minimal(), activeFrom: '2026-01-02', activeTo: '2026-01-01' })).toEqual([
      {
        code: 'range_reversed',
        path: ['activeTo'],
        params: { from: '2026-01-02', to: '2026-01-01' },
      },
    ]);
    expect(
      safeParse(Caregiver, { ...minimal(), activeFrom: '2026-01-01', activeTo: '2026-01-01' }).ok,
    ).toBe(true);
  });

  it('reports a reversed leave range at its path', () => {
    const issues = issuesOf({
      ...minimal(),
      availability: {
        leave: [
          { from: '2026-02-01', to: '2026-02-07' },
          { from: '2026-03-02', to: '2026-03-01' },
        ],
      },
    });
    expect(issues).toEqual([
      {
        code: 'range_reversed',
        path: ['availability', 'leave', 1, 'to'],
        params: { from: '2026-03-02', to: '2026-03-01' },
      },
    ]);
  });

  // Regression: DateRange once passed the whole range object (with the leave `reason`) as params.
  it('keeps a leave reason out of the range_reversed params', () => {
    const issues = issuesOf({
      ...minimal(),
      availability: { leave: [{ from: '2026-03-02', to: '2026-03-01', reason: '住院治疗' }] },
    });
    expect(issues).toEqual([
      {
        code: 'range_reversed',
        path: ['availability', 'leave', 0, 'to'],
        params: { from: '2026-03-02', to: '2026-03-01' },
      },
    ]);
  });

  it('reports a negative capacity with too_small', () => {
    expect(issuesOf({ ...minimal(), capacity: { elders: -1, visitsPerWeek: 0 } })).toEqual([
      {
        code: 'too_small',
        path: ['capacity', 'elders'],
        params: { origin: 'number', minimum: 0, inclusive: true },
      },
    ]);
    expect(issuesOf({ ...minimal(), capacity: { elders: 1, visitsPerWeek: -3 } })).toEqual([
      {
        code: 'too_small',
        path: ['capacity', 'visitsPerWeek'],
        params: { origin: 'number', minimum: 0, inclusive: true },
      },
    ]);
    expect(
      safeParse(Caregiver, { ...minimal(), capacity: { elders: 0, visitsPerWeek: 0 } }).ok,
    ).toBe(true);
  });

  it('requires a township or village home', () => {
    expect(safeParse(Caregiver, { ...minimal(), home: { regionCode: '530325101000' } }).ok).toBe(
      true,
    );
    for (const [regionCode, actual] of [
      ['530325', 'county'],
      ['530325000000', 'county'],
      ['530300', 'city'],
      ['530000', 'province'],
    ] as const) {
      expect(issuesOf({ ...minimal(), home: { regionCode } }), regionCode).toEqual([
        {
          code: 'region_code_level',
          path: ['home', 'regionCode'],
          params: { expected: ['township', 'village'], actual },
        },
      ]);
    }
  });

  it('checks weekdays', () => {
    expect(issuesOf({ ...minimal(), availability: { weekdays: [] } })).toEqual([
      {
        code: 'too_small',
        path: ['availability', 'weekdays'],
        params: { origin: 'array', minimum: 1, inclusive: true },
      },
    ]);
    expect(issuesOf({ ...minimal(), availability: { weekdays: [0, 8] } })).toEqual([
      {
        code: 'too_small',
        path: ['availability', 'weekdays', 0],
        params: { origin: 'number', minimum: 1, inclusive: true },
      },
      {
        code: 'too_big',
        path: ['availability', 'weekdays', 1],
        params: { origin: 'number', maximum: 7, inclusive: true },
      },
    ]);
  });

  it('rejects unknown keys', () => {
    expect(issuesOf({ ...minimal(), role: 'neighbour' })).toEqual([
      { code: 'unrecognized_keys', path: [], params: { keys: ['role'] } },
    ]);
    expect(
      issuesOf({
        ...minimal(),
        availability: { leave: [{ from: '2026-02-01', to: '2026-02-02', why: 'x' }] },
      }),
    ).toEqual([
      { code: 'unrecognized_keys', path: ['availability', 'leave', 0], params: { keys: ['why'] } },
    ]);
  });

  // Regression: a shallowly cloned default once shared one `weekdays` array between caregivers.
  it('gives each parsed caregiver its own default weekdays array', () => {
    const a = Caregiver.parse(minimal());
    const b = Caregiver.parse(minimal());
    expect(a.availability.weekdays).not.toBe(b.availability.weekdays);
  });
});

describe('DateRange and TimeRange', () => {
  it('accepts a one-day range and rejects a reversed one', () => {
    expect(DateRange.parse({ from: '2026-01-01', to: '2026-01-01' })).toEqual({
      from: '2026-01-01',
      to: '2026-01-01',
    });
    expect(safeParse(DateRange, { from: '2026-01-02', to: '2026-01-01' })).toEqual({
      ok: false,
      issues: [
        { code: 'range_reversed', path: ['to'], params: { from: '2026-01-02', to: '2026-01-01' } },
      ],
    });
  });

  it('needs from before to in a time range', () => {
    expect(TimeRange.parse({ from: '08:30', to: '11:45' })).toEqual({ from: '08:30', to: '11:45' });
    expect(safeParse(TimeRange, { from: '14:00', to: '09:00' })).toEqual({
      ok: false,
      issues: [{ code: 'range_reversed', path: ['to'], params: { from: '14:00', to: '09:00' } }],
    });
    expect(safeParse(TimeRange, { from: '09:00', to: '09:00' })).toEqual({
      ok: false,
      issues: [{ code: 'range_reversed', path: ['to'], params: { from: '09:00', to: '09:00' } }],
    });
    expect(safeParse(TimeRange, { from: '09:00', to: '24:00' })).toEqual({
      ok: false,
      issues: [{ code: 'invalid_time_of_day', path: ['to'], params: { value: '24:00' } }],
    });
  });

  it('reports a reversed time range inside availability at its path', () => {
    expect(
      issuesOf({ ...minimal(), availability: { hours: [{ from: '14:00', to: '09:00' }] } }),
    ).toEqual([
      {
        code: 'range_reversed',
        path: ['availability', 'hours', 0, 'to'],
        params: { from: '14:00', to: '09:00' },
      },
    ]);
  });
});

describe('Caregiver.schoolId (教师包保, spec §3.4)', () => {
  it('records a teacher’s school, trimmed, and rejects a blank or overlong one', () => {
    const teacher = { ...minimal(), roles: ['teacher'], schoolId: ' SCH-001-00 ' };
    expect(Caregiver.parse(teacher).schoolId).toBe('SCH-001-00');
    expect(issuesOf({ ...teacher, schoolId: '  ' }).map((i) => [i.code, i.path])).toEqual([
      ['too_small', ['schoolId']],
    ]);
    expect(issuesOf({ ...teacher, schoolId: 'x'.repeat(65) }).map((i) => i.path)).toEqual([
      ['schoolId'],
    ]);
  });
});
