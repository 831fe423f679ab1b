import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { Elder, parse, plainDate } from '../models/index.js';
import { applyFactUpdates } from './applyFactUpdates.js';
import { compareFactUpdates } from './compareFactUpdates.js';
import { abilityAssessed, childCameHome, spouseDied } from './factChanges.js';
import { FactUpdate } from './factUpdate.js';

const wang = parse(Elder, {
  id: 'E-1',
  name: '王秀英',
  birthDate: '1946-07-10',
  residence: { setting: 'rural', villageCode: '530325101203' },
  household: {
    livingArrangement: 'spouseOnly',
    spouse: { status: 'married', livesWithElder: true },
    children: [
      {
        relation: 'son',
        alive: true,
        livesWithElder: false,
        whereabouts: { inElderCounty: false },
        awaySince: '2024-02-20',
        awayReason: 'migrantWork',
      },
    ],
  },
});
const li = parse(Elder, { id: 'E-2', name: '李大山', residence: { villageCode: '530325101203' } });
const ledger = { elders: [wang, li] };

let serial = 0;
function update(on: string, changes: unknown, extra: Record<string, unknown> = {}): FactUpdate {
  serial += 1;
  return FactUpdate.parse({
    id: `FU-${serial}`,
    elderId: 'E-1',
    on,
    recordedOn: on,
    source: 'visit',
    changes,
    ...extra,
  });
}
const asOf = plainDate('2026-12-31');

describe('applyFactUpdates', () => {
  it('applies each fact to its elder; elders nothing touched stay the same objects', () => {
    const updates = [
      update('2026-05-20', spouseDied({ livingArrangement: 'alone' })),
      update(
        '2026-06-01',
        abilityAssessed({
          level: 'moderate',
          assessedOn: plainDate('2026-06-01'),
          assessor: '县评估中心',
        }),
      ),
    ];
    const result = applyFactUpdates(ledger, updates, { asOf });
    expect(result.rejected).toEqual([]);
    expect(result.applied).toEqual(updates);
    const [after, untouched] = result.elders;
    expect(untouched).toBe(li);
    expect(after?.household).toMatchObject({
      livingArrangement: 'alone',
      spouse: { status: 'widowed' },
    });
    // The schema's default is filled in, as parsing the record would.
    expect(after?.health.abilityAssessments).toEqual([
      {
        level: 'moderate',
        assessedOn: '2026-06-01',
        assessor: '县评估中心',
        standard: 'GB/T 42195-2022',
      },
    ]);
    // Copy-on-write: what the update did not touch is shared, and the input is not changed.
    expect(after?.residence).toBe(wang.residence);
    expect(wang.household.spouse?.status).toBe('married');
  });

  it('rejects an update that would make the record invalid, with paths inside the update', () => {
    const bad = update('2026-05-20', [
      { op: 'set', path: ['household', 'spouse', 'status'], value: 'widowed' },
      { op: 'set', path: ['household', 'spouse', 'birthDate'], value: '1950-02-30' },
    ]);
    const conflict = update('2026-05-21', [
      { op: 'set', path: ['household', 'spouse', 'status'], value: 'widowed' },
    ]);
    const result = applyFactUpdates(ledger, [bad, conflict], { asOf });
    expect(result.elders[0]).toBe(wang);
    expect(result.rejected).toEqual([
      {
        index: 0,
        update: bad,
        issues: [
          {
            code: 'invalid_plain_date',
            path: ['changes', 1, 'value'],
            params: { value: '1950-02-30' },
          },
        ],
      },
      {
        index: 1,
        update: conflict,
        issues: [
          {
            code: 'living_arrangement_conflict',
            path: ['changes'],
            params: { livingArrangement: 'spouseOnly', fact: 'spouse.status' },
          },
        ],
      },
    ]);
  });

  it('puts a schema issue under the value that caused it, or the path that removed it', () => {
    const bad = update('2026-05-20', [
      { op: 'set', path: ['household', 'spouse'], value: { status: 'single' } },
      { op: 'remove', path: ['name'] },
    ]);
    const { rejected } = applyFactUpdates(ledger, [bad], { asOf });
    expect(rejected[0]?.issues.map((found) => [found.code, found.path])).toEqual([
      ['invalid_value', ['changes', 0, 'value', 'status']],
      ['invalid_type', ['changes', 1, 'path']],
    ]);
  });

  it('checks list indices against the list as it stands', () => {
    const beyond = update('2026-05-20', [
      { op: 'set', path: ['household', 'children', 1, 'alive'], value: false },
    ]);
    const { rejected } = applyFactUpdates(ledger, [beyond], { asOf });
    expect(rejected[0]?.issues).toEqual([
      {
        code: 'fact_path_invalid',
        path: ['changes', 0, 'path'],
        params: { path: 'household.children[1].alive', problem: 'indexOutOfRange' },
      },
    ]);
  });

  it('brings a child home in one update, and removes a list element', () => {
    const home = update('2026-08-01', childCameHome(0));
    const removed = update('2026-08-02', [
      { op: 'remove', path: ['household', 'children', 0] },
      { op: 'set', path: ['household', 'livingArrangement'], value: 'spouseOnly' },
    ]);
    const { elders, rejected } = applyFactUpdates(ledger, [home, removed], { asOf });
    expect(rejected).toEqual([]);
    expect(elders[0]?.household.children).toEqual([]);
  });

  it('brings home a child known to be away only since a month, leaving no span behind', () => {
    const monthOnly = parse(Elder, {
      ...wang,
      household: {
        ...wang.household,
        children: [
          {
            relation: 'son',
            whereabouts: { inElderCounty: false },
            awaySinceBetween: { earliest: '2024-02-01', latest: '2024-02-29' },
          },
        ],
      },
    });
    const home = update('2026-08-01', childCameHome(0));
    const { elders, rejected } = applyFactUpdates({ elders: [monthOnly] }, [home], { asOf });
    expect(rejected).toEqual([]);
    expect(elders[0]?.household.children?.[0]?.awaySinceBetween).toBeUndefined();
    expect(elders[0]?.household.children?.[0]?.livesWithElder).toBe(true);
  });

  it('rejects facts about an unknown elder, a second registration and a repeated id', () => {
    const stranger = update('2026-03-01', spouseDied(), { elderId: 'E-404' });
    const again = update('2026-03-01', [{ op: 'register', elder: { ...li, id: 'E-2' } }], {
      elderId: 'E-2',
    });
    const newcomer = update('2026-03-15', [{ op: 'register', elder: { ...li, id: 'E-3' } }], {
      elderId: 'E-3',
    });
    const aboutNewcomer = update(
      '2026-03-15',
      [{ op: 'set', path: ['phone'], value: '13800138000' }],
      { elderId: 'E-3' },
    );
    const copy = {
      ...aboutNewcomer,
      on: plainDate('2026-04-01'),
      recordedOn: plainDate('2026-04-01'),
    };
    const result = applyFactUpdates(ledger, [aboutNewcomer, stranger, again, newcomer, copy], {
      asOf,
    });
    expect(
      result.rejected.map((r) => [
        r.index,
        r.issues[0]?.code,
        r.issues[0]?.path,
        r.issues[0]?.params,
      ]),
    ).toEqual([
      [1, 'unknown_reference', ['elderId'], { kind: 'elder', id: 'E-404' }],
      [2, 'duplicate_id', ['changes', 0, 'elder', 'id'], { id: 'E-2', firstPath: ['elders', 1] }],
      [4, 'duplicate_id', ['id'], { id: aboutNewcomer.id, firstPath: [0, 'id'] }],
    ]);
    // The registration comes first on its day, whatever the order of arrival.
    expect(result.applied.map((u) => u.id)).toEqual([newcomer.id, aboutNewcomer.id]);
    expect(result.elders.map((e) => [e.id, e.phone])).toEqual([
      ['E-1', undefined],
      ['E-2', undefined],
      ['E-3', '13800138000'],
    ]);
  });

  it('leaves facts of later days, and facts written down after `knownOn`, pending', () => {
    const later = update('2026-07-01', spouseDied({ livingArrangement: 'alone' }));
    const late = update('2026-05-01', spouseDied({ livingArrangement: 'alone' }), {
      recordedOn: '2026-06-15',
    });
    const result = applyFactUpdates(ledger, [later, late], {
      asOf: plainDate('2026-06-30'),
      knownOn: plainDate('2026-06-01'),
    });
    expect(result.elders[0]).toBe(wang);
    expect(result.pending).toEqual([late, later]);
    expect(
      applyFactUpdates(ledger, [later, late], { asOf: plainDate('2026-06-30') }).applied,
    ).toEqual([late]);
  });

  it('throws coded errors for bad arguments, never a raw TypeError', () => {
    const run =
      (...args: unknown[]) =>
      () =>
        (applyFactUpdates as (...a: unknown[]) => unknown)(...args);
    expect(run(null, [], { asOf })).toThrow(GuanaiError);
    expect(run(ledger, [], { asOf: '2026-13-01' })).toThrow(GuanaiError);
    expect(run({ elders: [wang, wang] }, [], { asOf })).toThrow(GuanaiError);
    const error = (() => {
      try {
        run(
          ledger,
          [
            {
              id: 'x',
              elderId: 'E-1',
              on: '2026-01-01',
              recordedOn: '2026-01-01',
              changes: [null],
            },
          ],
          { asOf },
        )();
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(GuanaiError);
    expect((error as GuanaiError).issues[0]?.path).toEqual(['updates', 0, 'changes', 0]);
  });
});

describe('compareFactUpdates', () => {
  it('orders by day, registrations first, then the day written down, then id', () => {
    const register = update('2026-03-01', [{ op: 'register', elder: { ...li, id: 'E-7' } }], {
      elderId: 'E-7',
      recordedOn: '2026-03-09',
    });
    const early = update('2026-03-01', spouseDied(), { recordedOn: '2026-03-02' });
    const late = update('2026-02-01', spouseDied(), { recordedOn: '2026-03-05' });
    const sorted = (timeline?: 'fact' | 'record') =>
      [early, late, register].sort((a, b) => compareFactUpdates(a, b, timeline)).map((u) => u.id);
    expect(sorted()).toEqual([late.id, register.id, early.id]);
    expect(sorted('record')).toEqual([early.id, late.id, register.id]);
  });
});

describe('compareFactUpdates on values that are not updates (found by fuzzing)', () => {
  it('names the value and the field, and a timeline it does not know, never a TypeError', () => {
    const codes = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof GuanaiError ? error.issues.map((i) => [i.code, i.path]) : error;
      }
      return [];
    };
    const one = update('2026-03-01', spouseDied());
    expect(codes(() => compareFactUpdates(null as never, one))).toEqual([['invalid_type', ['a']]]);
    expect(codes(() => compareFactUpdates(one, { ...one, changes: undefined } as never))).toEqual([
      ['invalid_type', ['b', 'changes']],
    ]);
    expect(codes(() => compareFactUpdates(one, one, 'day' as never))).toEqual([
      ['invalid_value', ['timeline']],
    ]);
  });
});

describe('applyFactUpdates on an update not parsed (found by fuzzing)', () => {
  it('rejects a change whose path has a step that is no key, and applies the others', () => {
    const bad = {
      ...update('2026-03-02', spouseDied()),
      changes: [{ op: 'set', path: ['household', Object.create(null)], value: 1 }],
    } as FactUpdate;
    const good = update('2026-03-03', spouseDied({ livingArrangement: 'alone' }));
    const result = applyFactUpdates(ledger, [bad, good], { asOf });
    expect(result.applied).toEqual([good]);
    expect(result.rejected.map((r) => [r.index, r.issues[0]?.code, r.issues[0]?.params])).toEqual([
      [0, 'fact_path_invalid', { path: 'household.object', problem: 'unknownField' }],
    ]);
  });

  it('rejects a change with an empty path (the record, not a field of it)', () => {
    const bad = {
      ...update('2026-03-02', spouseDied()),
      changes: [{ op: 'set', path: [], value: {} }],
    } as unknown as FactUpdate;
    const result = applyFactUpdates(ledger, [bad], { asOf });
    expect(result.rejected.map((r) => [r.index, r.issues[0]?.code, r.issues[0]?.params])).toEqual([
      [0, 'fact_path_invalid', { path: '', problem: 'unknownField' }],
    ]);
  });
});
