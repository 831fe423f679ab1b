import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { plainDate, safeParse } from '../models/index.js';
import { abilityAssessed, childCameHome, childLeft, spouseDied } from './factChanges.js';
import { FactPath, MAX_FACT_PATH_DEPTH } from './factPath.js';
import { FactUpdate, parseFactUpdates } from './factUpdate.js';

const base = {
  id: 'FU-1',
  elderId: 'E-1',
  on: '2026-05-20',
  recordedOn: '2026-05-22',
  source: 'visit',
};
const withChanges = (changes: unknown) => ({ ...base, changes });
const issuesOf = (row: unknown) => {
  const result = safeParse(FactUpdate, row);
  return result.ok ? [] : result.issues;
};

describe('FactUpdate', () => {
  it('accepts a change to a field the elder record has', () => {
    const row = withChanges([
      { op: 'set', path: ['household', 'spouse', 'status'], value: 'widowed' },
    ]);
    expect(issuesOf(row)).toEqual([]);
  });

  it('names a path to no field, the id, and an append to a non-list', () => {
    const row = withChanges([
      { op: 'set', path: ['household', 'spouce'], value: {} },
      { op: 'set', path: ['id'], value: 'E-2' },
      { op: 'append', path: ['household', 'spouse'], value: {} },
      { op: 'remove', path: ['household', 'children', 'first'] },
      { op: 'set', path: ['name', 'family'], value: '王' },
    ]);
    expect(issuesOf(row)).toEqual([
      {
        code: 'fact_path_invalid',
        path: ['changes', 0, 'path'],
        params: { path: 'household.spouce', problem: 'unknownField' },
      },
      {
        code: 'fact_path_invalid',
        path: ['changes', 1, 'path'],
        params: { path: 'id', problem: 'fixed' },
      },
      {
        code: 'fact_path_invalid',
        path: ['changes', 2, 'path'],
        params: { path: 'household.spouse', problem: 'notAList' },
      },
      {
        code: 'fact_path_invalid',
        path: ['changes', 3, 'path'],
        params: { path: 'household.children.first', problem: 'unknownField' },
      },
      {
        code: 'fact_path_invalid',
        path: ['changes', 4, 'path'],
        params: { path: 'name.family', problem: 'unknownField' },
      },
    ]);
  });

  it('lets any path into the host fields of `extensions`', () => {
    const row = withChanges([{ op: 'set', path: ['extensions', 'county.form', 'a', 0], value: 1 }]);
    expect(issuesOf(row)).toEqual([]);
  });

  it('bounds a path: depth, key length, index, and no `__proto__`', () => {
    expect(FactPath.safeParse(Array(MAX_FACT_PATH_DEPTH + 1).fill('a')).success).toBe(false);
    expect(FactPath.safeParse(['x'.repeat(65)]).success).toBe(false);
    expect(FactPath.safeParse(['household', 'children', 1000]).success).toBe(false);
    expect(FactPath.safeParse(['extensions', '__proto__']).success).toBe(false);
    expect(FactPath.safeParse([]).success).toBe(false);
  });

  it('is written down on or after the day the fact became true', () => {
    const row = { ...withChanges(spouseDied()), recordedOn: '2026-05-19' };
    expect(issuesOf(row)).toEqual([
      {
        code: 'range_reversed',
        path: ['recordedOn'],
        params: { from: '2026-05-20', to: '2026-05-19' },
      },
    ]);
  });

  it('registers alone, and only the update’s own elder', () => {
    const elder = { id: 'E-2', name: '李大山', residence: { villageCode: '530325101203' } };
    const row = withChanges([
      { op: 'register', elder },
      { op: 'remove', path: ['phone'] },
    ]);
    expect(issuesOf(row).map((found) => [found.code, found.path, found.params])).toEqual([
      ['fact_register_conflict', ['changes', 0], { problem: 'withOtherChanges' }],
      ['fact_register_conflict', ['changes', 0, 'elder', 'id'], { problem: 'otherElderId' }],
    ]);
  });

  it('takes the changes the helpers build', () => {
    const since = plainDate('2026-02-20');
    for (const changes of [
      childCameHome(0),
      childLeft(1, { since, reason: 'migrantWork', livingArrangement: 'spouseOnly' }),
      spouseDied({ livingArrangement: 'alone' }),
      abilityAssessed({ level: 'severe', assessedOn: since, assessor: '县评估中心' }),
    ])
      expect(issuesOf(withChanges(changes))).toEqual([]);
  });
});

describe('parseFactUpdates', () => {
  it('keeps the good rows and returns every bad one with its index', () => {
    const good = withChanges(spouseDied());
    const rows = [
      good,
      { ...good, source: 'rumour' },
      good,
      { ...good, id: 'FU-2', recordedOn: '2026-07-01' },
    ];
    const { updates, invalid } = parseFactUpdates(rows, { asOf: plainDate('2026-06-30') });
    expect(updates.map((update) => update.id)).toEqual(['FU-1']);
    expect(invalid.map((row) => [row.index, row.issues.map((found) => found.code)])).toEqual([
      [1, ['invalid_value']],
      [2, ['duplicate_id']],
      [3, ['date_after_as_of']],
    ]);
  });

  it('throws coded errors for bad arguments', () => {
    expect(() => parseFactUpdates('rows' as never)).toThrow(GuanaiError);
    expect(() => parseFactUpdates([], { asOf: '2026-02-30' as never })).toThrow(GuanaiError);
  });
});

describe('the change builders on bad arguments (found by fuzzing)', () => {
  it('name an index, options, facts or an assessment of the wrong kind, never a TypeError', () => {
    const codes = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof GuanaiError ? error.issues.map((i) => [i.code, i.path]) : error;
      }
      return [];
    };
    expect(codes(() => childLeft(1, undefined as never))).toEqual([
      ['invalid_argument', ['facts']],
    ]);
    expect(codes(() => abilityAssessed(null as never))).toEqual([
      ['invalid_argument', ['assessment']],
    ]);
    expect(codes(() => childCameHome(-1, 'x' as never))).toEqual([
      ['invalid_argument', ['index']],
      ['invalid_argument', ['options']],
    ]);
    expect(codes(() => childCameHome(1000))).toEqual([['too_big', ['index']]]);
    expect(codes(() => spouseDied(7 as never))).toEqual([['invalid_argument', ['options']]]);
  });
});
