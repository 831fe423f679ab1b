import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, Policy } from '../eligibility/index.js';
import { GuanaiError } from '../errors/index.js';
import { Elder, parse, plainDate } from '../models/index.js';
import { categoryHistory } from './categoryHistory.js';
import { FACT_CATEGORIES } from './factCategories.js';
import { childCameHome } from './factChanges.js';
import { FactUpdate } from './factUpdate.js';
import { ledgerChanges } from './ledgerChanges.js';

const village = '530325101203';
/** Her daughter left on 15 January: she is 留守 from 15 July, when the absence reaches half a year. */
const zhang = parse(Elder, {
  id: 'E-3',
  name: '张桂兰',
  birthDate: '1960-03-01',
  residence: { setting: 'rural', villageCode: village, institution: null },
  household: {
    livingArrangement: 'alone',
    spouse: { status: 'widowed' },
    otherSupportObligors: [],
    entrustedCarer: null,
    children: [
      {
        relation: 'daughter',
        kinship: 'birth',
        alive: true,
        livesWithElder: false,
        whereabouts: { inElderCounty: false, inElderTownship: false },
        awaySince: '2026-01-15',
        awayReason: 'migrantWork',
        capableOfSupport: true,
      },
    ],
  },
});
/** 80 on 10 July 2026. */
const wang = parse(Elder, {
  id: 'E-1',
  name: '王秀英',
  birthDate: '1946-07-10',
  residence: { villageCode: village },
});

const home = FactUpdate.parse({
  id: 'FU-1',
  elderId: 'E-3',
  on: '2026-08-10',
  recordedOn: '2026-08-11',
  source: 'familyReport',
  changes: childCameHome(0),
});
const registered = FactUpdate.parse({
  id: 'census/CR-9/0',
  elderId: 'E-9',
  on: '2026-09-10',
  recordedOn: '2026-09-10',
  source: 'census',
  changes: [
    {
      op: 'register',
      elder: {
        id: 'E-9',
        name: '李大山',
        birthDate: '1940-01-02',
        residence: { villageCode: village },
      },
    },
  ],
});
const from = plainDate('2026-06-01');
const to = plainDate('2026-09-30');
const input = { elders: [zhang, wang], updates: [registered, home] };

describe('ledgerChanges', () => {
  it('lists each move with its day and cause: time, an update, a registration', () => {
    const { changes } = ledgerChanges(input, {
      from,
      to,
      categories: ['leftBehindElder', 'advancedAge'],
    });
    expect(
      changes.map((c) => [c.on, c.elderId, c.category, c.from, c.to, c.direction, c.cause.kind]),
    ).toEqual([
      ['2026-07-10', 'E-1', 'advancedAge', 'no', 'yes', 'entered', 'time'],
      ['2026-07-15', 'E-3', 'leftBehindElder', 'no', 'yes', 'entered', 'time'],
      ['2026-08-10', 'E-3', 'leftBehindElder', 'yes', 'no', 'left', 'update'],
      ['2026-09-10', 'E-9', 'leftBehindElder', null, 'unknown', 'inDoubt', 'registered'],
      ['2026-09-10', 'E-9', 'advancedAge', null, 'yes', 'entered', 'registered'],
    ]);
    expect(changes[2]?.cause).toEqual({
      kind: 'update',
      updateId: 'FU-1',
      source: 'familyReport',
      paths: home.changes.map((change) => (change.op === 'register' ? [] : change.path)),
    });
    expect(changes.every((c) => c.villageCode === village)).toBe(true);
  });

  it('counts the moves and the elders in each category at both ends', () => {
    const { totals } = ledgerChanges(input, { from, to });
    expect(totals.leftBehindElder).toEqual({
      entered: 1,
      left: 1,
      ruledOut: 0,
      inDoubt: 1,
      yesOnFrom: 0,
      yesOnTo: 0,
    });
    expect(totals.advancedAge).toEqual({
      entered: 2,
      left: 0,
      ruledOut: 0,
      inDoubt: 0,
      yesOnFrom: 0,
      yesOnTo: 2,
    });
    expect(Object.keys(totals)).toEqual(FACT_CATEGORIES);
  });

  it('starts from the ledger as of `from`: earlier facts are not changes of the period', () => {
    const { changes } = ledgerChanges(input, {
      from: plainDate('2026-08-15'),
      to,
      categories: ['leftBehindElder'],
    });
    expect(changes.map((c) => c.elderId)).toEqual(['E-9']);
  });

  it('on the record timeline, a fact takes effect the day it is written down', () => {
    const { changes } = ledgerChanges(input, {
      from,
      to,
      categories: ['leftBehindElder'],
      timeline: 'record',
    });
    expect(changes.find((c) => c.direction === 'left')?.on).toBe('2026-08-11');
  });

  it('decides under the policy given', () => {
    const policy = Policy.parse({
      ...DEFAULT_POLICY,
      id: 'seventy',
      parameters: { advancedAgeThreshold: 70 },
    });
    const { totals } = ledgerChanges(input, { from, to, policy, categories: ['advancedAge'] });
    expect(totals.advancedAge).toMatchObject({ entered: 1, yesOnFrom: 1, yesOnTo: 2 });
  });

  it('returns the updates it could not apply', () => {
    const stray = { ...home, id: 'FU-2', elderId: 'E-404' } as FactUpdate;
    const { rejected } = ledgerChanges(
      { ...input, updates: [...input.updates, stray] },
      { from, to },
    );
    expect(rejected.map((r) => [r.index, r.issues[0]?.code])).toEqual([[2, 'unknown_reference']]);
  });

  it('throws coded errors for bad options', () => {
    const run = (options: unknown) => () => ledgerChanges(input, options as never);
    expect(run({ from: to, to: from })).toThrow(GuanaiError);
    expect(run({ from, to, categories: ['leftBehind'] })).toThrow(GuanaiError);
    expect(run({ from, to, timeline: 'now' })).toThrow(GuanaiError);
    expect(run({ from: '2026-06-31', to })).toThrow(GuanaiError);
    expect(() => ledgerChanges(null as never, { from, to })).toThrow(GuanaiError);
    expect(() =>
      ledgerChanges({ elders: [zhang], updates: [null] } as never, { from, to }),
    ).toThrow(GuanaiError);
    expect(() => categoryHistory(zhang, {} as never, { from, to })).toThrow(GuanaiError);
  });
});

describe('categoryHistory', () => {
  it('gives one elder’s periods in each category, one after the other, with their causes', () => {
    const history = categoryHistory(zhang, input.updates, {
      from,
      to,
      categories: ['leftBehindElder'],
    });
    expect(
      history.periods.leftBehindElder?.map((p) => [p.from, p.to, p.status, p.cause?.kind ?? null]),
    ).toEqual([
      ['2026-06-01', '2026-07-14', 'no', null],
      ['2026-07-15', '2026-08-09', 'yes', 'time'],
      ['2026-08-10', '2026-09-30', 'no', 'update'],
    ]);
    // The other elder's registration is not this elder's history.
    expect(history.rejected.map((r) => r.issues[0]?.code)).toEqual(['unknown_reference']);
  });

  it('keeps where a status ended on a day it moved twice', () => {
    const away = FactUpdate.parse({
      ...home,
      id: 'FU-3',
      changes: [
        { op: 'set', path: ['household', 'children', 0, 'livesWithElder'], value: false },
        {
          op: 'set',
          path: ['household', 'children', 0, 'whereabouts'],
          value: { inElderCounty: false },
        },
        { op: 'set', path: ['household', 'children', 0, 'awaySince'], value: '2026-01-15' },
        { op: 'set', path: ['household', 'children', 0, 'awayReason'], value: 'migrantWork' },
        { op: 'set', path: ['household', 'livingArrangement'], value: 'alone' },
      ],
    });
    const history = categoryHistory(zhang, [home, away], {
      from,
      to,
      categories: ['leftBehindElder'],
    });
    expect(history.periods.leftBehindElder?.map((p) => [p.from, p.to, p.status])).toEqual([
      ['2026-06-01', '2026-07-14', 'no'],
      ['2026-07-15', '2026-09-30', 'yes'],
    ]);
  });
});
