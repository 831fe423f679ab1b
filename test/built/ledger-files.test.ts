import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readLedgerXlsx } from 'guanai/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { npmScript, runExample } from './runExample.js';

describe('examples/ledger-files.ts', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'guanai-ledger-test-'));
  let printed = '';
  beforeAll(async () => {
    printed = await runExample('examples/ledger-files.ts', [outDir]);
  });
  const workbook = async (name: string) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(outDir, name)) as unknown as ArrayBuffer);
    return book;
  };
  const firstSheet = async (name: string) => {
    const sheet = (await workbook(name)).worksheets[0];
    if (!sheet) throw new Error(`${name} has no worksheet`);
    return sheet;
  };

  it('has its npm script', () => {
    expect(npmScript('example:ledger-files')).toMatch(/tsx examples\/ledger-files\.ts$/);
  });

  it('reads the township workbook: header, skipped rows, bad cells kept, the bad identity row out', () => {
    expect(printed).toContain(
      '读入 69 位老年人（白坡镇农村留守老年人信息台账；白坡镇人民政府，填报日期 2026-06-15）',
    );
    expect(printed).toContain('视为完整的名单：其他赡养义务人');
    for (const line of [
      '第 1 行　标题',
      '第 2 行　填报信息',
      '第 3 行　表头',
      '第 4 行　表头',
      '第 14 行　空行',
      '第 77 行　合计行',
      '第 78 行　备注说明',
    ])
      expect(printed).toContain(line);
    expect(printed).toContain('有误的单元格（老年人保留，该项待核实）3 行：');
    expect(printed).toMatch(/第 8 行「出生日期」：1958\.1 被表格存成了数字/);
    expect(printed).toMatch(/第 12 行「联系电话」：电话号码应为 11 位/);
    expect(printed).toContain('第 26 行「子女1外出时间」：“去年春节后”不是有效日期');
    expect(printed).toContain('第 21 行「村（社区）代码」：行政区划层级不符：应为村级，实为县级');
  });

  it('reads months and 常年在外, classifies as of the 填报日期, and a month decides', () => {
    expect(printed).toMatch(
      /子女外出时间：到日 \d+，只到月 \d+，常年在外 \d+（不晚于 2025-06-15）/,
    );
    expect(printed).toContain('2026-06-15 留守老年人：是 33，否 29，待核实 7');
    expect(printed).toContain('（E-000010）子女外出时间 2025-11（只到月）：是');
    expect(printed).toContain(
      '（E-000029）子女外出时间 2025-12（只到月）：待核实，需补：household.children[0].awaySince',
    );
  });

  it('writes the printed 台账, which reads back to the same records', async () => {
    expect(printed).toMatch(/打印版台账 .*：读回 69 位，与读入一致：true/);
    const sheet = await firstSheet('白坡镇台账-打印.xlsx');
    expect(sheet.getCell('A1').value).toBe('白坡镇农村留守老年人信息台账');
    expect(String(sheet.getCell('A2').value)).toContain('填报单位：白坡镇人民政府');
    const merges: string[] = (sheet.model as { merges?: string[] }).merges ?? [];
    expect(merges.some((range) => range.startsWith('A1:'))).toBe(true);
    expect(merges).toContain('A3:A4'); // 序号 merged down over the two heading rows
    expect(sheet.getCell(3, 1).value).toBe('序号');
    const upper = sheet.getRow(3).values as unknown[];
    const group = upper.indexOf('子女1');
    expect(sheet.getCell(4, group).value).toBe('姓名');
    expect(merges.some((range) => range.startsWith(`${sheet.getCell(3, group).address}:`))).toBe(
      true,
    );
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.printTitlesRow).toBe('3:4');

    // Not masked: the full copy the township keeps, read back with the same choice.
    const again = await readLedgerXlsx(readFileSync(join(outDir, '白坡镇台账-打印.xlsx')), {
      kind: 'elders',
    });
    expect(again.records.some((elder) => elder.residentId !== undefined)).toBe(true);
    expect(again.header.reportedOn).toBe('2026-06-15');
  });

  it('writes the report workbook: ledger statistics and the responsibility list', async () => {
    expect(printed).toContain('台账统计、责任清单');
    const book = await workbook('白坡镇报表.xlsx');
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['台账统计', '责任清单']);
  });

  it('made the incoming file itself, not with guanai: a title, a two-row heading, a 合计 row', async () => {
    const sheet = await firstSheet('白坡镇农村留守老年人信息台账.xlsx');
    expect(sheet.getCell('A1').value).toBe('白坡镇农村留守老年人信息台账');
    expect(sheet.getCell('A77').value).toBe('合计');
    expect(sheet.getCell('E8').value).toBe(1958.1);
  });
});
