import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyElder } from '../eligibility/index.js';
import { GuanaiError } from '../errors/index.js';
import { plainDate } from '../models/index.js';
import { generateSampleCounty } from '../sample/index.js';
import { LEDGER_COLUMNS } from './ledgerColumns.js';
import type { LedgerSheetRead } from './ledgerSheet.js';
import { readLedgerRows } from './readLedgerRows.js';
import { LEDGER_IDENTITY_FIELDS } from './settleRecord.js';
import { writeLedgerRows } from './writeLedgerRows.js';

const HEAD = ['编号', '姓名', '村（社区）代码', '居住状况', '其他信息（JSON）'];
const row = (more: unknown, arrangement = '') => [
  'E-1',
  '王秀英',
  '530325101203',
  arrangement,
  JSON.stringify(more),
];
const codes = (read: Pick<LedgerSheetRead, 'warnings'>) =>
  read.warnings.flatMap((r) => r.issues.map((i) => [i.column, i.issue.code]));

describe('nothing dropped: a bad fact is left out, the record kept', () => {
  it('drops a living arrangement that contradicts a child living with the elder', () => {
    const read = readLedgerRows('elders', [
      HEAD,
      row({ household: { children: [{ relation: 'son', livesWithElder: true }] } }, '独居'),
    ]);
    expect(read.records[0]?.household.livingArrangement).toBeUndefined();
    expect(read.records[0]?.household.children).toEqual([
      { relation: 'son', livesWithElder: true },
    ]);
    expect(codes(read)).toEqual([['居住状况', 'living_arrangement_conflict']]);
    const strict = readLedgerRows(
      'elders',
      [HEAD, row({}, '独居'), row({ household: { children: [{ livesWithElder: true }] } }, '独居')],
      { strict: true },
    );
    expect(strict.records).toHaveLength(1);
    expect(strict.invalid[0]?.issues[0]?.issue.code).toBe('living_arrangement_conflict');
  });

  it('drops the fact a child_facts_conflict names, again until the child agrees with itself', () => {
    const child = { alive: false, livesWithElder: true, awaySince: '2024-01-01', relation: 'son' };
    const read = readLedgerRows('elders', [HEAD, row({ household: { children: [child] } })]);
    // alive goes first (the fact named), then livesWithElder (a child away since a day).
    expect(read.records[0]?.household.children).toEqual([
      { awaySince: '2024-01-01', relation: 'son' },
    ]);
    expect(read.warnings[0]?.issues.map((i) => [i.issue.code, i.issue.params])).toEqual([
      ['child_facts_conflict', { fact: 'alive' }],
      ['child_facts_conflict', { fact: 'livesWithElder' }],
    ]);
    expect(read.warnings[0]?.issues[0]?.within).toEqual(['household', 'children', 0]);
  });

  it('makes a list with a bad member unknown, never shorter', () => {
    const read = readLedgerRows('elders', [
      HEAD,
      row({
        household: { children: [{ relation: 'son' }, 5], otherSupportObligors: [{ name: '王强' }] },
      }),
    ]);
    const household = read.records[0]?.household;
    expect(household?.children).toBeUndefined();
    expect(household?.otherSupportObligors).toBeUndefined();
    expect(codes(read).map(([, code]) => code)).toEqual(['invalid_type', 'invalid_value']);
  });

  it('drops a bad field inside the JSON cell, and keys the schema does not know', () => {
    const read = readLedgerRows('elders', [
      HEAD,
      row({
        household: { children: [{ relation: 'son', awaySince: '2024-02-30', nickname: '小王' }] },
      }),
    ]);
    expect(read.records[0]?.household.children).toEqual([{ relation: 'son' }]);
    expect(codes(read).map(([column, code]) => [column, code])).toEqual([
      ['其他信息（JSON）', 'invalid_plain_date'],
      ['其他信息（JSON）', 'unrecognized_keys'],
    ]);
  });

  it('drops a birth date that disagrees with the resident ID, which says who the elder is', () => {
    const read = readLedgerRows('elders', [
      ['编号', '姓名', '村代码', '身份证号', '出生日期'],
      ['E-1', '王秀英', '530325101203', '11010519491231002X', '1950-01-01'],
    ]);
    expect(read.records[0]?.residentId).toBe('11010519491231002X');
    expect(read.records[0]?.birthDate).toBeUndefined();
    expect(codes(read)).toEqual([['出生日期', 'birth_date_mismatch']]);
  });

  it('rejects a row whose identity is bad, or that lacks a required field', () => {
    const read = readLedgerRows('elders', [
      ['编号', '姓名', '村代码', '出生日期'],
      ['E-1', '', '530325101203', '1950-02-30'],
      ['E-2', '李', '5303', ''],
    ]);
    expect(read.records).toEqual([]);
    expect(read.invalid.map((r) => r.issues.map((i) => i.issue.code))).toEqual([
      ['invalid_plain_date', 'invalid_type'],
      ['region_code_format'],
    ]);
    // A visit record's date is what a duty is credited from; its length is a fact.
    const visits = readLedgerRows('visitRecords', [
      [
        '编号',
        '老年人编号',
        '走访人编号',
        '走访日期',
        '走访方式',
        '走访结果',
        '记录日期',
        '时长（分钟）',
      ],
      ['V-1', 'E-1', 'C-1', '2026-02-30', '上门', '已走访', '2026-03-01', '30'],
      ['V-2', 'E-1', 'C-1', '2026-03-01', '上门', '已走访', '2026-03-01', '半小时'],
    ]);
    expect(visits.invalid.map((r) => r.row)).toEqual([2]);
    expect(visits.records.map((r) => [r.id, r.durationMinutes])).toEqual([['V-2', undefined]]);
  });

  it('reads a too-long fact cell as blank with a warning; a too-long identity cell, or strict, rejects', () => {
    const table = [
      ['编号', '姓名', '村代码', '备注'],
      ['E-1', '王秀英', '530325101203', '长'.repeat(50)],
      ['E-2', '李'.repeat(50), '530325101203', ''],
    ];
    const limits = { textLength: 40 };
    const read = readLedgerRows('elders', table, { limits });
    expect(read.records.map((elder) => [elder.id, elder.notes])).toEqual([['E-1', undefined]]);
    expect(codes(read)).toEqual([['备注', 'input_too_large']]);
    expect(read.invalid.map((row) => [row.row, row.issues[0]?.column])).toEqual([[3, '姓名']]);
    const strict = readLedgerRows('elders', table, { limits, strict: true });
    expect(strict.invalid.map((row) => row.row)).toEqual([2, 3]);
  });

  it('answers bad fact options with a coded error', () => {
    for (const options of [
      { strict: 'yes' },
      { listsComplete: ['grandchildren'] },
      { listsComplete: 'children' },
    ])
      expect(() => readLedgerRows('elders', [HEAD], options as never)).toThrow(GuanaiError);
  });
});

describe('none listed means none, when the file says its lists are complete', () => {
  const table = [HEAD, row({ household: { children: [{ relation: 'son' }] } })];

  it('gives [] for an unlisted list only when asked, and says so in the read', () => {
    const plain = readLedgerRows('elders', table);
    expect(plain.records[0]?.household.otherSupportObligors).toBeUndefined();
    expect(plain.listsComplete).toEqual([]);
    const complete = readLedgerRows('elders', table, {
      listsComplete: ['entrustedCarer', 'otherSupportObligors', 'children'],
    });
    const household = complete.records[0]?.household;
    expect(household?.children).toEqual([{ relation: 'son' }]);
    expect(household?.otherSupportObligors).toEqual([]);
    expect(household?.entrustedCarer).toBeNull();
    expect(complete.listsComplete).toEqual(['children', 'otherSupportObligors', 'entrustedCarer']);
  });

  it('leaves a list that was given but could not be read unknown', () => {
    const read = readLedgerRows('elders', [HEAD, row({ household: { children: ['x'] } })], {
      listsComplete: ['children'],
    });
    expect(read.records[0]?.household.children).toBeUndefined();
  });

  it('applies to elders only', () => {
    const read = readLedgerRows('caregivers', [['编号', '姓名']], { listsComplete: ['children'] });
    expect(read.listsComplete).toEqual([]);
  });
});

describe('none listed means none, through to the 留守 answer', () => {
  // A township template: children in the JSON cell, no column for other support obligors.
  const son = {
    relation: 'son',
    alive: true,
    livesWithElder: false,
    whereabouts: { inElderCounty: false },
    awaySince: '2024-02-20',
    awayReason: 'migrantWork',
  };
  const table = [
    ['编号', '姓名', '村代码', '出生日期', '居住地类型', '居住状况', '其他信息（JSON）'],
    [
      'E-1',
      '王秀英',
      '530325101203',
      '1950-03-08',
      '农村',
      '独居',
      JSON.stringify({ household: { children: [son], entrustedCarer: null } }),
    ],
  ];
  const leftBehind = (read: LedgerSheetRead<'elders'>) => {
    const elder = read.records[0];
    if (!elder) throw new Error('no elder');
    return classifyElder(elder, { asOf: plainDate('2026-06-30') }).categories.leftBehindElder;
  };

  it('stays 待核实 without the option, asking for the other support obligors', () => {
    const result = leftBehind(readLedgerRows('elders', table));
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['household.otherSupportObligors']);
  });

  it('is 留守 with listsComplete: otherSupportObligors', () => {
    const read = readLedgerRows('elders', table, { listsComplete: ['otherSupportObligors'] });
    expect(read.listsComplete).toEqual(['otherSupportObligors']);
    expect(leftBehind(read).status).toBe('yes');
  });
});

const sample = generateSampleCounty({ seed: 5, townships: 1, villagesPerTownship: 2, elders: 20 });

describe('nothing dropped, as a property', () => {
  const [heading = [], ...lines] = writeLedgerRows(
    { kind: 'elders', records: sample.elders },
    { mask: false },
  );
  const identity = new Set(
    LEDGER_COLUMNS.elders
      .filter((column) =>
        LEDGER_IDENTITY_FIELDS.elders.some((keys) => keys.join('.') === column.field),
      )
      .map((column) => heading.indexOf(column.zh)),
  );
  const factColumns = heading.map((_, i) => i).filter((i) => !identity.has(i));
  // Warnings that say something of a cell read, not that it was bad: strict keeps their rows.
  const ADVISORIES = new Set(['masked_value', 'place_unresolved', 'away_date_unanchored']);
  const garbage = fc.constantFrom('？？', '1950-02-30', '三', '{"a":', '-1', '住月球', '[5]');

  it('a garbled fact cell never costs its row, and strict rejects exactly what the default warns of', {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(lines.length - 1), fc.constantFrom(...factColumns), garbage), {
          maxLength: 8,
        }),
        (damage) => {
          const table = lines.map((line) => [...line]);
          for (const [r, c, value] of damage) (table[r] as string[])[c] = value;
          const read = readLedgerRows('elders', [heading, ...table]);
          expect(read.invalid).toEqual([]);
          expect(read.records.map((elder) => elder.id)).toEqual(sample.elders.map((e) => e.id));
          const strict = readLedgerRows('elders', [heading, ...table], { strict: true });
          const warned = new Set(
            read.warnings
              .filter((w) => w.issues.some((i) => !ADVISORIES.has(i.issue.code)))
              .map((w) => w.row),
          );
          expect(strict.invalid.map((bad) => bad.row)).toEqual([...warned].sort((a, b) => a - b));
          // A row strict accepts reads the same either way.
          for (const [i, elder] of strict.records.entries())
            expect(read.records[(strict.rows[i] ?? 0) - 2]).toEqual(elder);
        },
      ),
      { numRuns: 40 },
    );
  });
});
