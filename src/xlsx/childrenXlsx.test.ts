import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { readLedgerXlsx } from './readLedgerXlsx.js';

const VILLAGE = '530325101203';
const ID_2 = '530325194912310024';

type Rows = readonly (readonly ExcelJS.CellValue[])[];

/** A workbook of sheets made cell by cell, with the merges an official's 台账 has. */
async function workbookOf(sheets: readonly { name: string; rows: Rows; merges?: string[] }[]) {
  const workbook = new ExcelJS.Workbook();
  for (const { name, rows, merges } of sheets) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((row, i) => {
      sheet.getRow(i + 1).values = [...row];
    });
    for (const range of merges ?? []) sheet.mergeCells(range);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readLedgerXlsx with children', () => {
  it('folds one row per child with the elder’s cells merged down', async () => {
    const bytes = await workbookOf([
      {
        name: '老年人台账',
        rows: [
          ['编号', '姓名', '村（社区）代码', '子女姓名', '子女去向', '备注'],
          ['E-1', '王秀英', VILLAGE, '李明', '广东省深圳市', '独居'],
          [null, null, null, '李华', '本县', null],
          [null, null, null, '李芳', '县外', null],
          ['E-2', '张三', VILLAGE, '张四', '县城', null],
        ],
        merges: ['A2:A4', 'B2:B4', 'C2:C4', 'F2:F4'],
      },
    ]);
    const read = await readLedgerXlsx(bytes, { kind: 'elders' });
    expect(read.invalid).toEqual([]);
    expect(read.records.map((elder) => [elder.id, elder.notes])).toEqual([
      ['E-1', '独居'],
      ['E-2', undefined],
    ]);
    expect(read.rows).toEqual([2, 5]);
    expect(read.extraColumns).toEqual([]);
    const names = (elder: (typeof read.records)[number] | undefined) =>
      elder?.household.children?.map((child) => [child.name, child.whereabouts?.inElderCounty]);
    expect(names(read.records[0])).toEqual([
      ['李明', false],
      ['李华', true],
      ['李芳', false],
    ]);
    expect(names(read.records[1])).toEqual([['张四', true]]);
  });

  it('finds a children sheet by itself and joins it by 身份证号; its strays come back by sheet', async () => {
    const bytes = await workbookOf([
      {
        name: '子女情况',
        rows: [
          ['老人身份证号', '姓名', '去向'],
          [ID_2, '张四', '县外'],
          ['530325********0024', '张五', '本县'],
        ],
      },
      {
        name: '花名册',
        rows: [
          ['编号', '姓名', '公民身份号码', '村代码'],
          ['E-2', '张三', ID_2, VILLAGE],
        ],
      },
    ]);
    const read = await readLedgerXlsx(bytes, { kind: 'elders' });
    expect(read.records.map((elder) => elder.id)).toEqual(['E-2']);
    expect(read.records[0]?.household.children).toEqual([
      { name: '张四', whereabouts: { inElderCounty: false, inElderTownship: false } },
    ]);
    expect(read.invalid.map((bad) => [bad.sheet, bad.row, bad.issues[0]?.issue.code])).toEqual([
      ['子女情况', 3, 'child_key_masked'],
    ]);
  });

  it('reads the children sheet named by childrenSheet, and says when it is missing', async () => {
    const bytes = await workbookOf([
      {
        name: '老年人台账',
        rows: [
          ['编号', '姓名', '村代码'],
          ['E-1', '王秀英', VILLAGE],
        ],
      },
      {
        name: '家庭成员',
        rows: [
          ['老人编号', '姓名'],
          ['E-1', '李明'],
        ],
      },
    ]);
    const read = await readLedgerXlsx(bytes, { kind: 'elders', childrenSheet: '家庭成员' });
    expect(read.records[0]?.household.children).toEqual([{ name: '李明' }]);
    const alone = await readLedgerXlsx(bytes, { kind: 'elders' });
    expect(alone.records[0]?.household.children).toBeUndefined();
    await expect(readLedgerXlsx(bytes, { kind: 'elders', childrenSheet: '子女' })).rejects.toThrow(
      GuanaiError,
    );
  });
});
