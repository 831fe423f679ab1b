import { describe, expect, it } from 'vitest';
import { plainDate } from '../models/index.js';
import { readLedgerCsv } from './ledgerCsv.js';
import { readLedgerRows } from './readLedgerRows.js';

const ELDER = ['E-1', '王秀英', '530325101203'];
const HEAD = ['编号', '姓名', '村代码'];
const rows = (headings: string[], ...cells: unknown[][]) =>
  readLedgerRows('elders', [[...HEAD, ...headings], ...cells.map((row) => [...ELDER, ...row])]);
const codes = (read: ReturnType<typeof rows>, which: 'invalid' | 'warnings') =>
  read[which].flatMap((row) => row.issues.map((i) => [i.column, i.issue.code, i.issue.path]));

describe('group columns', () => {
  it('reads children in ordinal order, closing up members with nothing filled', () => {
    const read = rows(
      ['子女1姓名', '子女2姓名', '子女2去向', '子女3姓名', '子女3关系', '子女3去向'],
      ['李强', '', '', '李梅', '女儿', '县外'],
    );
    expect(read.invalid).toEqual([]);
    expect(read.records[0]?.household.children).toEqual([
      { name: '李强' },
      {
        name: '李梅',
        relation: 'daughter',
        whereabouts: { inElderCounty: false, inElderTownship: false },
      },
    ]);
  });

  it('reads supporters as a list and the entrusted carer as an object, in English too', () => {
    const read = readLedgerRows('elders', [
      [
        'ID',
        'Name',
        'Village code',
        'Supporter 1 name',
        'Supporter 1 relation',
        'Supporter 1 at elder side',
        'Entrusted carer name',
        'Entrusted carer relation',
        'Entrusted carer since',
      ],
      [
        'E-1',
        'Wang',
        '530325101203',
        'Li',
        'grandchild',
        'yes',
        'Zhang',
        'neighbour',
        '2025-02-10',
      ],
    ]);
    expect(read.language).toBe('en');
    expect(read.records[0]?.household).toMatchObject({
      otherSupportObligors: [{ name: 'Li', relation: 'grandchild', atElderSide: true }],
      entrustedCarer: { name: 'Zhang', relation: 'neighbour', since: '2025-02-10' },
    });
  });

  it('places an issue inside a member at its column, by the member’s ordinal in the file', () => {
    const read = rows(['子女1姓名', '子女3姓名', '子女3联系电话'], ['李强', '李梅', '12345']);
    // A bad fact cell leaves its fact unknown and warns; the elder and the child are kept.
    expect(read.records[0]?.household.children).toEqual([{ name: '李强' }, { name: '李梅' }]);
    expect(codes(read, 'warnings')).toEqual([
      ['子女3联系电话', 'phone_format', ['household', 'children', 1, 'phone']],
    ]);
  });

  it('merges a child the JSON gives with its columns by index, the columns winning field by field', () => {
    const json = JSON.stringify({
      household: {
        children: [
          {
            kinship: 'adopted',
            name: '旧名',
            whereabouts: { worksInElderTownship: false, inElderCounty: true },
          },
          { relation: 'son', alive: false },
        ],
      },
    });
    const read = rows(['子女1姓名', '子女1去向', '其他信息'], ['李强', '县外', json]);
    expect(read.invalid).toEqual([]);
    expect(read.records[0]?.household.children).toEqual([
      {
        kinship: 'adopted',
        name: '李强',
        whereabouts: { worksInElderTownship: false, inElderCounty: false, inElderTownship: false },
      },
      { relation: 'son', alive: false },
    ]);
  });

  it('warns of a place it cannot tell, unless the JSON says where', () => {
    const read = rows(
      ['子女1去向', '子女2去向', '其他信息'],
      [
        '深圳市',
        '昆明市',
        JSON.stringify({
          household: { children: [{}, { whereabouts: { inElderCounty: false } }] },
        }),
      ],
    );
    expect(read.records[0]?.household.children?.map((c) => c.whereabouts)).toEqual([
      { address: '深圳市' },
      { inElderCounty: false, address: '昆明市' },
    ]);
    expect(codes(read, 'warnings')).toEqual([
      ['子女1去向', 'place_unresolved', ['household', 'children', 0, 'whereabouts']],
    ]);
  });

  it('reads places against the elder’s province and the places named in the options', () => {
    const read = readLedgerRows(
      'elders',
      [
        [...HEAD, '子女1去向', '子女2去向', '子女3去向'],
        [...ELDER, '广东省东莞市', '云南省宣威市务德镇', '在家'],
      ],
      { places: { county: ['宣威市'] } },
    );
    expect(read.warnings).toEqual([]);
    expect(read.records[0]?.household.children).toEqual([
      { whereabouts: { inElderCounty: false, inElderTownship: false, address: '广东省东莞市' } },
      { whereabouts: { inElderCounty: true, address: '云南省宣威市务德镇' } },
      { livesWithElder: true },
    ]);
  });

  it('reads 外出时间 as a day, a month, or 常年在外 counted back from reportedOn', () => {
    const table = [
      [...HEAD, '子女1外出时间', '子女2外出年月', '子女3外出时间'],
      [...ELDER, '2023-03-15', '2023年3月', '常年在外'],
    ];
    const read = readLedgerRows('elders', table, { reportedOn: plainDate('2026-03-31') });
    expect(read.records[0]?.household.children).toEqual([
      { awaySince: '2023-03-15' },
      { awaySinceBetween: { earliest: '2023-03-01', latest: '2023-03-31' } },
      { awaySinceBetween: { latest: '2025-03-31' } },
    ]);
    const unanchored = readLedgerRows('elders', table);
    expect(codes(unanchored, 'warnings')).toEqual([
      ['子女3外出时间', 'away_date_unanchored', ['household', 'children', 2, 'awaySince']],
    ]);
    expect(() => readLedgerRows('elders', table, { reportedOn: '2026-02-30' as never })).toThrow();
  });

  it('reads enum labels in the JSON column, in Chinese or English', () => {
    const json = JSON.stringify({
      sex: '女',
      household: {
        children: [{ relation: '儿子', awayReason: '外出务工' }, { relation: 'Daughter' }],
        entrustedCarer: { name: '张三', relation: '邻居' },
      },
    });
    const read = rows(['其他信息'], [json]);
    expect(read.invalid).toEqual([]);
    expect(read.records[0]?.sex).toBe('female');
    expect(read.records[0]?.household.children).toEqual([
      { relation: 'son', awayReason: 'migrantWork' },
      { relation: 'daughter' },
    ]);
    expect(read.records[0]?.household.entrustedCarer?.relation).toBe('neighbour');
  });

  it('never guesses a number a spreadsheet made of an id, a phone or a year-month', () => {
    const read = readLedgerRows('elders', [
      [...HEAD, '子女1联系电话', '出生日期'],
      [1.2e17, '王秀英', '530325101203', '', ''],
      ['E-2', '李德明', '530325101203', '1.38001E+10', ''],
      ['E-3', '张桂兰', '530325101203', '', 1958.1],
      ['1.10105E+17', '赵建华', '530325101203', '', ''],
    ]);
    // An id is identity: its row is rejected; a fact is left unknown with a warning.
    expect(codes(read, 'invalid').map(([column, code]) => [column, code])).toEqual([
      ['编号', 'number_precision_lost'],
      ['编号', 'number_precision_lost'],
    ]);
    expect(codes(read, 'warnings').map(([column, code]) => [column, code])).toEqual([
      ['子女1联系电话', 'number_precision_lost'],
      ['出生日期', 'date_ambiguous'],
    ]);
    expect(read.records.map((elder) => elder.id)).toEqual(['E-2', 'E-3']);
  });

  it('reads group headings only for elders: other kinds keep them as extra columns', () => {
    const read = readLedgerCsv('编号,姓名,子女1姓名\nC-1,李,王\n', { kind: 'caregivers' });
    expect(read.extraColumns).toEqual(['子女1姓名']);
  });
});

describe('group columns and the JSON column', () => {
  it('keeps a span beside a day from 外出时间, and lets a month take out a day', () => {
    const json = JSON.stringify({
      household: {
        children: [
          { awaySinceBetween: { earliest: '2023-03-01', latest: '2023-03-31' } },
          { awaySince: '2020-01-01' },
        ],
      },
    });
    const read = readLedgerRows('elders', [
      [...HEAD, '子女1外出时间', '子女2外出时间', '其他信息'],
      [...ELDER, '2023-03-15', '2023年3月', json],
    ]);
    expect(read.records[0]?.household.children).toEqual([
      {
        awaySince: '2023-03-15',
        awaySinceBetween: { earliest: '2023-03-01', latest: '2023-03-31' },
      },
      { awaySinceBetween: { earliest: '2023-03-01', latest: '2023-03-31' } },
    ]);
  });
});

describe('group columns: what must not slip through', () => {
  it('leaves a masked member phone unknown with a warning, and keeps the child', () => {
    const read = rows(['子女1姓名', '子女1联系电话'], ['李强', '138****8000']);
    expect(read.records[0]?.household.children).toEqual([{ name: '李强' }]);
    expect(codes(read, 'warnings')).toEqual([
      ['子女1联系电话', 'masked_value', ['household', 'children', 0, 'phone']],
    ]);
  });

  it('reports a group heading given twice', () => {
    const read = rows(['子女1姓名', 'Child 1 name'], ['李强', '李强']);
    expect(read.invalid[0]?.issues.map((i) => [i.column, i.issue.code])).toEqual([
      ['Child 1 name', 'duplicate_column'],
    ]);
  });

  it('never writes over a JSON column that gives the list as something else', () => {
    const json = JSON.stringify({ household: { children: '两个' } });
    const read = rows(['子女1姓名', '其他信息'], ['李强', json]);
    // The list the file gives two ways is left unknown, with a warning: never half of it.
    expect(read.records[0]?.household.children).toBeUndefined();
    expect(read.warnings[0]?.issues.map((i) => [i.column, i.issue.code, i.within])).toEqual([
      ['其他信息', 'invalid_type', ['household', 'children']],
    ]);
  });
});
