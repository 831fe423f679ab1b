import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSampleCounty } from '../sample/index.js';
import { readLedgerXlsx } from '../xlsx/index.js';
import { readLedgerCsv } from './ledgerCsv.js';
import { readLedgerRows } from './readLedgerRows.js';
import { shapeTable } from './shapeTable.js';
import { writeLedgerRows } from './writeLedgerRows.js';

const sample = generateSampleCounty({ seed: 16, townships: 1, villagesPerTownship: 2, elders: 40 });

const shape = (rows: string[][], merges?: Parameters<typeof shapeTable>[3]) =>
  shapeTable('elders', rows, rows, merges);
const reasons = (skipped: readonly { row: number; reason: string }[]) =>
  skipped.map(({ row, reason }) => `${row} ${reason}`);

/** A county 台账 as officials keep it: title, 填报 line, two-row heading, 序号, totals, notes. */
const OFFICIAL = [
  '××乡农村留守老年人信息台账,,,,,,,,,,',
  '填报单位：××镇人民政府　填报日期：2026年3月31日,,,,,,,,,,',
  ',,,,,,,,,,',
  '序号,编号,姓名,村代码,子女情况,,,,,,备注',
  ',,,,姓名,关系,去向,姓名,关系,去向,',
  '1,E-1,王秀英,530325101203,李强,儿子,广东省深圳市,李梅,女儿,本县,',
  ',,,,,,,,,,',
  '2,E-2,李德明,530325101203,李军,儿子,县外,,,,独居',
  '合计,,2人,,,,,,,,',
  '备注：本表每季度更新。,,,,,,,,,,',
  '填表人：张三,,审核人：李四,,,,,,,,',
].join('\r\n');

describe('shapeTable', () => {
  it('reads a title, a 填报 line, a two-row heading, 序号, a spacer, a total and notes', () => {
    const rows = OFFICIAL.split('\r\n').map((line) => line.split(','));
    const shaped = shape(rows);
    expect(shaped.headings).toEqual([
      '编号',
      '姓名',
      '村代码',
      '子女1姓名',
      '子女1关系',
      '子女1去向',
      '子女2姓名',
      '子女2关系',
      '子女2去向',
      '备注',
    ]);
    expect(shaped.headingRow).toBe(5);
    expect(shaped.rows.map((row) => row.row)).toEqual([6, 8]);
    expect(shaped.rows[0]?.texts[0]).toBe('E-1');
    expect(reasons(shaped.skipped)).toEqual([
      '1 title',
      '2 reportLine',
      '3 blank',
      '4 heading',
      '5 heading',
      '7 blank',
      '9 total',
      '10 note',
      '11 note',
    ]);
    expect(shaped.header).toEqual({
      title: '××乡农村留守老年人信息台账',
      reportedBy: '××镇人民政府',
      reportedOn: '2026-03-31',
    });
  });

  it('reads the same file through readLedgerCsv: records keep their spreadsheet rows', () => {
    const read = readLedgerCsv(OFFICIAL, { kind: 'elders' });
    expect(read.invalid).toEqual([]);
    expect(read.records.map((elder) => elder.id)).toEqual(['E-1', 'E-2']);
    expect(read.rows).toEqual([6, 8]);
    expect(read.records[1]?.notes).toBe('独居');
    expect(read.skipped.map((row) => row.row)).toEqual([1, 2, 3, 4, 5, 7, 9, 10, 11]);
    expect(read.header.reportedOn).toBe('2026-03-31');
    expect(read.extraColumns).not.toContain('序号');
  });

  it('finds a CSV delimiter on the heading below a title', () => {
    const text =
      '××乡农村留守老年人信息台账\n填报单位：××镇\n编号;姓名;村代码\nE-1;王秀英;530325101203';
    const read = readLedgerCsv(text, { kind: 'elders' });
    expect(read.records.map((elder) => [elder.id, elder.name])).toEqual([['E-1', '王秀英']]);
    expect(read.header).toEqual({ title: '××乡农村留守老年人信息台账', reportedBy: '××镇' });
  });

  it('keeps a title that names its date as the title', () => {
    const shaped = shape([
      ['××乡农村留守老年人信息台账（统计时间：2026年3月31日）'],
      ['编号', '姓名'],
    ]);
    expect(reasons(shaped.skipped)).toEqual(['1 title', '2 heading']);
    expect(shaped.header).toEqual({
      title: '××乡农村留守老年人信息台账',
      reportedOn: '2026-03-31',
    });
  });

  it('reads a 填报 line spread over cells, and 子女1 / 子女2 labels over the groups', () => {
    const shaped = shape([
      ['填报单位：', '××镇人民政府', '', '填报日期：', '2026.3.31'],
      ['编号', '姓名', '子女1', '', '子女2', '', '委托照料人', ''],
      ['', '', '姓名', '外出年月', '姓名', '务工地点', '姓名', '电话'],
      ['E-1', '王秀英', '李强', '2023年3月', '李梅', '本县', '王五', '13800000000'],
    ]);
    expect(shaped.header).toEqual({ reportedBy: '××镇人民政府', reportedOn: '2026-03-31' });
    expect(shaped.headings).toEqual([
      '编号',
      '姓名',
      '子女1姓名',
      '子女1外出时间',
      '子女2姓名',
      '子女2去向',
      '委托照料人姓名',
      '委托照料人联系电话',
    ]);
    expect(reasons(shaped.skipped)).toEqual(['1 reportLine', '2 heading', '3 heading']);
  });

  it('reads English group cells and columns written in the upper row', () => {
    const shaped = shape([
      ['ID', 'Child 1', '', 'Child 2', '', 'Name'],
      ['', 'name', 'phone', 'name', 'place', ''],
    ]);
    expect(shaped.headings).toEqual([
      'ID',
      'Child 1 name',
      'Child 1 phone',
      'Child 2 name',
      'Child 2 whereabouts',
      'Name',
    ]);
  });

  it('starts a new member at each merged range, and at a repeated column without them', () => {
    const rows = [
      ['编号', '子女情况', '子女情况', '子女情况', '子女情况'],
      ['编号', '姓名', '去向', '关系', '姓名'],
    ];
    expect(shape(rows).headings.slice(1)).toEqual([
      '子女1姓名',
      '子女1去向',
      '子女1关系',
      '子女2姓名',
    ]);
    const merges = [
      { top: 1, left: 2, bottom: 1, right: 3 },
      { top: 1, left: 4, bottom: 1, right: 5 },
    ];
    expect(shape(rows, { merges }).headings.slice(1)).toEqual([
      '子女1姓名',
      '子女1去向',
      '子女2关系',
      '子女2姓名',
    ]);
  });

  it('keeps a category row above the heading as its upper row', () => {
    const shaped = shape([
      ['基本情况', '', '', '家庭情况'],
      ['编号', '姓名', '村代码', '居住状况'],
      ['E-1', '王秀英', '530325101203', '独居'],
    ]);
    expect(shaped.headings).toEqual(['编号', '姓名', '村代码', '居住状况']);
    expect(reasons(shaped.skipped)).toEqual(['1 heading', '2 heading']);
  });

  it('completes a heading row with the row below when that row holds only headings', () => {
    const shaped = shape([
      ['序号', '编号', '姓名', '基本情况', '基本情况'],
      ['序号', '编号', '姓名', '居住状况', '联系电话'],
      ['1', 'E-1', '王秀英', '独居', ''],
    ]);
    expect(shaped.headings).toEqual(['编号', '姓名', '居住状况', '联系电话']);
    expect(shaped.rows.map((row) => row.texts)).toEqual([['E-1', '王秀英', '独居', '']]);
    const notBelow = shape([
      ['编号', '姓名', '居住状况'],
      ['E-1', '王秀英', '独居'],
    ]);
    expect(notBelow.headingRow).toBe(1);
  });

  it('never takes an elder for a total or a note: a footer has no id, 身份证号 or village', () => {
    const shaped = shape([
      ['编号', '姓名', '村代码'],
      ['合计', '备注', '530325101203'],
      ['', '小计', ''],
      ['E-2', '备注', '530325101203'],
      ['说明', '', '530325101203'],
      ['备注：本表每季度更新。', '备注：本表每季度更新。', '备注：本表每季度更新。'],
    ]);
    expect(shaped.rows.map((row) => row.row)).toEqual([2, 4, 5]);
    expect(reasons(shaped.skipped)).toEqual(['1 heading', '3 total', '6 note']);
  });

  it('reads a file whose heading is row 1 as before, and finds none past the look-ahead', () => {
    const plain = shape([
      ['编号', '姓名'],
      ['E-1', '王秀英'],
    ]);
    expect(plain.headingRow).toBe(1);
    expect(plain.header).toEqual({});
    const far = shape([
      ...Array.from({ length: 10 }, (_, i) => [`第${i + 1}行`]),
      ['编号', '姓名'],
    ]);
    expect(far.headingRow).toBe(1);
    expect(far.headings).toEqual(['第1行']);
  });

  it('reads a two-row heading with real merged cells through readLedgerXlsx', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('老年人台账');
    sheet.addRow(['××乡农村留守老年人信息台账']);
    sheet.mergeCells('A1:H1');
    sheet.addRow(['填报单位：××镇人民政府', '', '', '', '填报日期：2026年3月31日']);
    sheet.addRow(['序号', '编号', '姓名', '村代码', '子女情况']);
    sheet.addRow(['', '', '', '', '姓名', '去向', '姓名', '去向']);
    for (const column of ['A', 'B', 'C', 'D']) sheet.mergeCells(`${column}3:${column}4`);
    sheet.mergeCells('E3:F3');
    sheet.getCell('G3').value = '子女情况';
    sheet.mergeCells('G3:H3');
    sheet.addRow([1, 'E-1', '王秀英', '530325101203', '李强', '广东省深圳市', '李梅', '本县']);
    sheet.addRow([2, 'E-2', '李德明', '530325101203', '李军', '县外']);
    sheet.addRow(['合计', '', '2人']);
    sheet.addRow(['备注：本表每季度更新。']);
    sheet.mergeCells('A8:H8');
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const read = await readLedgerXlsx(bytes, { kind: 'elders' });
    expect(read.invalid).toEqual([]);
    expect(read.records.map((elder) => elder.id)).toEqual(['E-1', 'E-2']);
    expect(read.rows).toEqual([5, 6]);
    expect(reasons(read.skipped)).toEqual([
      '1 title',
      '2 reportLine',
      '3 heading',
      '4 heading',
      '7 total',
      '8 note',
    ]);
    expect(read.header).toEqual({
      title: '××乡农村留守老年人信息台账',
      reportedBy: '××镇人民政府',
      reportedOn: '2026-03-31',
    });
  });
});

const CHILD_COLUMNS = ['姓名', '关系', '去向', '外出时间', '外出原因', '联系电话'];

describe('shapeTable (property)', () => {
  // A group of one column right after another under the same label is a merged cell's copy in a
  // table without merges: groups of two columns at least, as every 台账 has.
  it('names each child group under 子女情况 cells child 1, 2 … in CSV and in merged workbooks', () => {
    const member = fc
      .subarray(CHILD_COLUMNS, { minLength: 2 })
      .chain((columns) => fc.shuffledSubarray(columns, { minLength: columns.length }));
    fc.assert(
      fc.property(
        fc.array(member, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (children, merged) => {
          const upper = ['编号', '姓名'];
          const lower = ['编号', '姓名'];
          const merges: { top: number; left: number; bottom: number; right: number }[] = [];
          const expected = ['编号', '姓名'];
          children.forEach((columns, k) => {
            merges.push({
              top: 1,
              left: upper.length + 1,
              bottom: 1,
              right: upper.length + columns.length,
            });
            columns.forEach((column, i) => {
              upper.push(merged || i === 0 ? '子女情况' : '');
              lower.push(column);
              expected.push(`子女${k + 1}${column}`);
            });
          });
          const shaped = shape([upper, lower], merged ? { merges } : {});
          expect(shaped.headings).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a title, a 填报 line, a spacer, 序号, 合计 and 备注 around any ledger change nothing but row numbers', () => {
    fc.assert(
      fc.property(
        fc.subarray(sample.elders, { maxLength: 8 }),
        fc.record({ title: fc.boolean(), report: fc.boolean(), blank: fc.boolean() }),
        fc.boolean(),
        (elders, above, serial) => {
          const written = writeLedgerRows({ kind: 'elders', records: elders }, { mask: false });
          const plain = readLedgerRows('elders', written);
          const top = [
            ...(above.title ? [['××乡农村留守老年人信息台账']] : []),
            ...(above.report ? [['填报单位：××镇人民政府', '填报日期：2026年3月31日']] : []),
            ...(above.blank ? [['']] : []),
          ];
          const body = written.map((row, i) =>
            serial ? [i === 0 ? '序号' : String(i), ...row] : row,
          );
          const table = [
            ...top,
            ...body,
            ['合计', ...(serial ? [''] : []), `${elders.length}人`],
            ['备注：每季度更新'],
          ];
          const read = readLedgerRows('elders', table);
          expect(read.invalid).toEqual([]);
          expect(read.records).toEqual(plain.records);
          expect(read.rows).toEqual(plain.rows.map((row) => row + top.length));
          expect(read.extraColumns).toEqual(plain.extraColumns);
          const last = table.length;
          expect(reasons(read.skipped).slice(-2)).toEqual([`${last - 1} total`, `${last} note`]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
