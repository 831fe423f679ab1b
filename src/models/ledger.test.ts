import { describe, expect, it } from 'vitest';
import { parseLedger } from './ledger.js';

const elder = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: '王秀英',
  residence: { villageCode: '530325101203' },
  ...extra,
});

const caregiver = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: '李建国',
  roles: ['villageResponsibleCadre'],
  home: { regionCode: '530325101203' },
  capacity: { elders: 8, visitsPerWeek: 10 },
  ...extra,
});

const pairing = (
  id: string,
  elderId: string,
  caregiverIds: string[],
  extra: Record<string, unknown> = {},
) => ({
  id,
  elderId,
  pattern: caregiverIds.length > 1 ? 'manyToOne' : 'oneToOne',
  status: 'active',
  validFrom: '2026-03-01',
  members: caregiverIds.map((caregiverId, i) => ({
    caregiverId,
    role: i === 0 ? 'primary' : 'partner',
    from: '2026-03-01',
  })),
  ...extra,
});

describe('parseLedger', () => {
  it('accepts a consistent ledger', () => {
    const ledger = parseLedger({
      elders: [elder('E-1'), elder('E-2')],
      caregivers: [caregiver('C-1'), caregiver('C-2')],
      pairings: [pairing('P-1', 'E-1', ['C-1', 'C-2']), pairing('P-2', 'E-2', ['C-2'])],
    });
    expect(ledger.elders.map((e) => e.id)).toEqual(['E-1', 'E-2']);
    expect(ledger.caregivers.map((c) => c.id)).toEqual(['C-1', 'C-2']);
    expect(ledger.pairings.map((p) => p.id)).toEqual(['P-1', 'P-2']);
    expect(ledger.invalid).toEqual([]);
  });

  it('treats missing collections as empty', () => {
    expect(parseLedger({})).toEqual({
      elders: [],
      caregivers: [],
      pairings: [],
      invalid: [],
      inputIssues: [],
    });
  });

  it('reports pairings naming a missing elder or caregiver, and keeps the good rows', () => {
    const ledger = parseLedger({
      elders: [elder('E-1')],
      caregivers: [caregiver('C-1')],
      pairings: [
        pairing('P-1', 'E-404', ['C-1']),
        pairing('P-2', 'E-1', ['C-1']),
        pairing('P-3', 'E-1', ['C-1', 'C-404']),
        pairing('P-4', 'E-405', ['C-406']),
      ],
    });
    expect(ledger.pairings.map((p) => p.id)).toEqual(['P-2']);
    expect(ledger.invalid).toEqual([
      {
        collection: 'pairings',
        index: 0,
        issues: [
          { code: 'unknown_reference', path: ['elderId'], params: { kind: 'elder', id: 'E-404' } },
        ],
      },
      {
        collection: 'pairings',
        index: 2,
        issues: [
          {
            code: 'unknown_reference',
            path: ['members', 1, 'caregiverId'],
            params: { kind: 'caregiver', id: 'C-404' },
          },
        ],
      },
      {
        collection: 'pairings',
        index: 3,
        issues: [
          { code: 'unknown_reference', path: ['elderId'], params: { kind: 'elder', id: 'E-405' } },
          {
            code: 'unknown_reference',
            path: ['members', 0, 'caregiverId'],
            params: { kind: 'caregiver', id: 'C-406' },
          },
        ],
      },
    ]);
  });

  it('treats a reference to a rejected row as unknown', () => {
    const ledger = parseLedger({
      elders: [elder('E-1', { sex: 'x' })],
      caregivers: [caregiver('C-1', { roles: [] })],
      pairings: [pairing('P-1', 'E-1', ['C-1'])],
    });
    expect(ledger.elders).toEqual([]);
    expect(ledger.caregivers).toEqual([]);
    expect(ledger.pairings).toEqual([]);
    expect(ledger.invalid).toEqual([
      {
        collection: 'elders',
        index: 0,
        issues: [{ code: 'invalid_value', path: ['sex'], params: { allowed: ['male', 'female'] } }],
      },
      {
        collection: 'caregivers',
        index: 0,
        issues: [
          {
            code: 'too_small',
            path: ['roles'],
            params: { origin: 'array', minimum: 1, inclusive: true },
          },
        ],
      },
      {
        collection: 'pairings',
        index: 0,
        issues: [
          { code: 'unknown_reference', path: ['elderId'], params: { kind: 'elder', id: 'E-1' } },
          {
            code: 'unknown_reference',
            path: ['members', 0, 'caregiverId'],
            params: { kind: 'caregiver', id: 'C-1' },
          },
        ],
      },
    ]);
  });

  it('sorts rejected rows by index within each collection, collections in a fixed order', () => {
    const ledger = parseLedger({
      pairings: [
        pairing('P-0', 'E-1', ['C-1']),
        pairing('P-1', 'E-404', ['C-1']),
        { id: 'P-2' },
        pairing('P-3', 'E-404', ['C-1']),
        pairing('P-0', 'E-1', ['C-1']),
      ],
      caregivers: [
        caregiver('C-1'),
        caregiver('C-1'),
        caregiver('C-2', { capacity: { elders: -1, visitsPerWeek: 1 } }),
      ],
      elders: [elder('E-1'), { id: 'E-2' }, elder('E-1')],
    });
    expect(ledger.invalid.map((row) => [row.collection, row.index, row.issues[0]?.code])).toEqual([
      ['elders', 1, 'invalid_type'],
      ['elders', 2, 'duplicate_id'],
      ['caregivers', 1, 'duplicate_id'],
      ['caregivers', 2, 'too_small'],
      ['pairings', 1, 'unknown_reference'],
      ['pairings', 2, 'invalid_type'],
      ['pairings', 3, 'unknown_reference'],
      ['pairings', 4, 'duplicate_id'],
    ]);
    expect(ledger.invalid[1]?.issues).toEqual([
      { code: 'duplicate_id', path: ['id'], params: { id: 'E-1', firstPath: [0, 'id'] } },
    ]);
    expect(ledger.invalid[7]?.issues).toEqual([
      { code: 'duplicate_id', path: ['id'], params: { id: 'P-0', firstPath: [0, 'id'] } },
    ]);
    expect(ledger.elders.map((e) => e.id)).toEqual(['E-1']);
    expect(ledger.caregivers.map((c) => c.id)).toEqual(['C-1']);
    expect(ledger.pairings.map((p) => p.id)).toEqual(['P-0']);
  });

  // Regression: an elder row with a malformed village code made parseLedger throw.
  it('lists an elder row with a malformed village code instead of throwing', () => {
    const ledger = parseLedger({
      elders: [elder('E-1'), elder('E-2', { residence: { villageCode: '5303' } })],
    });
    expect(ledger.elders.map((e) => e.id)).toEqual(['E-1']);
    expect(ledger.invalid).toEqual([
      {
        collection: 'elders',
        index: 1,
        issues: [
          {
            code: 'region_code_format',
            path: ['residence', 'villageCode'],
            params: { value: '5303' },
          },
        ],
      },
    ]);
  });

  it('keeps every other row when one row nests its extensions 1,500 levels deep', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 1500; i++) deep = { a: deep };
    const ledger = parseLedger({
      elders: [elder('E-1'), elder('E-2', { extensions: { deep } }), elder('E-3')],
      caregivers: [caregiver('C-1', { extensions: { deep } }), caregiver('C-2')],
      pairings: [pairing('P-1', 'E-1', ['C-2'], { extensions: { deep } })],
    });
    expect(ledger.elders.map((e) => e.id)).toEqual(['E-1', 'E-3']);
    expect(ledger.caregivers.map((c) => c.id)).toEqual(['C-2']);
    expect(ledger.pairings).toEqual([]);
    expect(ledger.invalid.map((row) => [row.collection, row.index])).toEqual([
      ['elders', 1],
      ['caregivers', 0],
      ['pairings', 0],
    ]);
    const [first] = ledger.invalid[0]?.issues ?? [];
    expect(first?.code).toBe('json_too_deep');
    expect(first?.params).toEqual({ maximum: 64 });
    expect(first?.path.slice(0, 3)).toEqual(['extensions', 'deep', 'a']);
  });

  it('rejects an object that contains itself as too deep, without overflowing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const ledger = parseLedger({ elders: [elder('E-1', { extensions: cyclic }), elder('E-2')] });
    expect(ledger.elders.map((e) => e.id)).toEqual(['E-2']);
    expect(ledger.invalid[0]?.issues[0]?.code).toBe('json_too_deep');
  });

  it('reports input that is not an object, and keeps nothing, without throwing', () => {
    for (const input of [null, undefined, 3, 'x', []]) {
      const ledger = parseLedger(input as never);
      expect(ledger.elders).toEqual([]);
      expect(ledger.inputIssues).toHaveLength(1);
      expect(ledger.inputIssues[0]).toMatchObject({ code: 'invalid_type', path: [] });
    }
  });

  it('reports a collection that is not a list at its path and keeps the other collections', () => {
    const ledger = parseLedger({
      elders: 'x',
      caregivers: [caregiver('C-1'), null],
      pairings: { 0: 'P' },
    } as never);
    expect(ledger.caregivers.map((c) => c.id)).toEqual(['C-1']);
    expect(ledger.inputIssues).toEqual([
      { code: 'invalid_type', path: ['elders'], params: { expected: 'array', received: 'string' } },
      {
        code: 'invalid_type',
        path: ['pairings'],
        params: { expected: 'array', received: 'object' },
      },
    ]);
    expect(ledger.invalid).toEqual([
      {
        collection: 'caregivers',
        index: 1,
        issues: [
          { code: 'invalid_type', path: [], params: { expected: 'object', received: 'null' } },
        ],
      },
    ]);
  });

  it('reports a null row as that row, keeping the others', () => {
    const ledger = parseLedger({ elders: [null, elder('E-1')] });
    expect(ledger.elders.map((e) => e.id)).toEqual(['E-1']);
    expect(ledger.invalid.map((row) => row.index)).toEqual([0]);
  });
});
