import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { Elder, parse, plainDate } from '../models/index.js';
import { applyFactUpdates } from './applyFactUpdates.js';
import { CENSUS_MONTHS, censusUpdates, parseCensusRecords } from './censusRecord.js';

const elder = parse(Elder, {
  id: 'E-1',
  name: '王秀英',
  residence: { villageCode: '530325101203' },
  household: { children: [{ relation: 'son', alive: true }] },
});
const found = {
  id: 'CR-1',
  on: '2026-03-15',
  villageCode: '530325101203',
  recordedBy: 'C-7',
  elderId: 'E-1',
  facts: [
    {
      path: ['household', 'children', 0, 'whereabouts'],
      value: { inElderCounty: false, address: '浙江省杭州市' },
    },
    { path: ['household', 'children', 0, 'phone'], value: '13800138000' },
  ],
};
const newcomer = {
  id: 'CR-2',
  on: '2026-09-10',
  villageCode: '530325101203',
  recordedBy: 'C-7',
  elderId: 'E-9',
  register: {
    id: 'E-9',
    name: '李大山',
    birthDate: '1944-01-02',
    residence: { villageCode: '530325101203' },
  },
};

describe('parseCensusRecords', () => {
  it('takes records of March and September, by default', () => {
    expect(CENSUS_MONTHS).toEqual([3, 9]);
    const { records, invalid } = parseCensusRecords([
      found,
      newcomer,
      { ...found, id: 'CR-3', on: '2026-04-01' },
    ]);
    expect(records.map((record) => record.id)).toEqual(['CR-1', 'CR-2']);
    expect(invalid).toEqual([
      {
        index: 2,
        issues: [{ code: 'census_month', path: ['on'], params: { month: 4, months: [3, 9] } }],
      },
    ]);
  });

  it('takes the months a county passes', () => {
    const { records } = parseCensusRecords([{ ...found, on: '2026-04-01' }], {
      censusMonths: [4, 10],
    });
    expect(records).toHaveLength(1);
    expect(() => parseCensusRecords([], { censusMonths: [13] })).toThrow(GuanaiError);
  });

  it('names a fact path the record does not have, and a registration beside facts', () => {
    const bad = {
      ...newcomer,
      facts: [{ path: ['household', 'grandchildren'], value: [] }],
      register: { ...newcomer.register, id: 'E-8' },
    };
    const { invalid } = parseCensusRecords([bad]);
    expect(invalid[0]?.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['fact_register_conflict', ['facts']],
      ['fact_register_conflict', ['register', 'id']],
      ['fact_path_invalid', ['facts', 0, 'path']],
    ]);
  });
});

describe('censusUpdates', () => {
  it('makes one census update per record, and the ledger takes them', () => {
    const { records } = parseCensusRecords([found, newcomer, { ...found, id: 'CR-4', facts: [] }]);
    const updates = censusUpdates(records);
    expect(updates.map((update) => [update.id, update.source, update.on, update.recordId])).toEqual(
      [
        ['census/CR-1/0', 'census', '2026-03-15', 'CR-1'],
        ['census/CR-2/0', 'census', '2026-09-10', 'CR-2'],
      ],
    );
    const { elders, rejected } = applyFactUpdates({ elders: [elder] }, updates, {
      asOf: plainDate('2026-09-30'),
    });
    expect(rejected).toEqual([]);
    expect(elders.map((e) => e.id)).toEqual(['E-1', 'E-9']);
    expect(elders[0]?.household.children?.[0]).toMatchObject({
      whereabouts: { inElderCounty: false, address: '浙江省杭州市' },
      phone: '13800138000',
    });
  });

  it('throws a coded error for what is not a list of records', () => {
    expect(() => censusUpdates('x' as never)).toThrow(GuanaiError);
    expect(() => censusUpdates([null] as never)).toThrow(GuanaiError);
  });
});

describe('censusUpdates on records that are not of their shape (found by fuzzing)', () => {
  it('names facts that are not a list, and a fact that is not one, at their paths', () => {
    const codes = (records: unknown[]) => {
      try {
        censusUpdates(records as never);
      } catch (error) {
        return error instanceof GuanaiError ? error.issues.map((i) => [i.code, i.path]) : error;
      }
      return [];
    };
    expect(codes([{ ...found, facts: 'none' }])).toEqual([
      ['invalid_type', ['records', 0, 'facts']],
    ]);
    expect(codes([found, { ...found, facts: [null] }])).toEqual([
      ['invalid_type', ['records', 1, 'facts', 0]],
    ]);
  });
});
