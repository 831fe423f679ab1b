import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { simulateVisitRecords } from '../compliance/index.js';
import { GuanaiError } from '../errors/index.js';
import { readLedgerCsv, writeLedgerCsv } from '../io/index.js';
import { plainDate } from '../models/index.js';
import { expandPlans, planFromPreset } from '../recurrence/index.js';
import { generateSampleCounty } from '../sample/index.js';
import { readLedgerXlsx } from './readLedgerXlsx.js';
import { writeLedgerXlsx } from './writeLedgerXlsx.js';

const sample = generateSampleCounty({ seed: 5, townships: 1, villagesPerTownship: 3, elders: 60 });
const caregiverId = sample.caregivers[0]?.id;
if (!caregiverId) throw new Error('the sample has no caregiver');
const occurrences = [
  ...expandPlans(
    [
      planFromPreset('townshipCadreWeeklyVisit', {
        id: 'weekly',
        whom: { elders: sample.elders.map((elder) => elder.id) },
        who: { caregiverId },
        validFrom: '2026-03-01',
      }),
    ],
    { from: plainDate('2026-03-01'), to: plainDate('2026-03-31') },
  ),
];
const records = simulateVisitRecords(occurrences, {
  seed: 3,
  asOf: plainDate('2026-03-31'),
  caregiverOf: () => caregiverId,
});

/** A workbook made cell by cell, as an official's spreadsheet would be. */
async function workbookOf(rows: readonly (readonly ExcelJS.CellValue[])[], name = 'Sheet1') {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name);
  rows.forEach((row, i) => {
    sheet.getRow(i + 1).values = [...row];
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('writeLedgerXlsx and readLedgerXlsx', () => {
  it('round-trip elders, caregivers and visit records in one workbook, losing nothing', async () => {
    const bytes = await writeLedgerXlsx(
      [
        { kind: 'elders', records: sample.elders },
        { kind: 'caregivers', records: sample.caregivers },
        { kind: 'visitRecords', records },
      ],
      { mask: false },
    );
    const elders = await readLedgerXlsx(bytes, { kind: 'elders' });
    const caregivers = await readLedgerXlsx(bytes, { kind: 'caregivers' });
    const visits = await readLedgerXlsx(bytes, { kind: 'visitRecords' });
    expect([elders.invalid, caregivers.invalid, visits.invalid]).toEqual([[], [], []]);
    expect(elders.records).toEqual(sample.elders);
    expect(caregivers.records).toEqual(sample.caregivers);
    expect(visits.records).toEqual(records);
    expect(records.length).toBeGreaterThan(100);
  });

  it('writes dates as date cells, counts as numbers and IDs as text, named sheets with headings', async () => {
    const bytes = await writeLedgerXlsx({ kind: 'elders', records: sample.elders.slice(0, 1) });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('老年人台账');
    const headings = sheet?.getRow(1).values as unknown[];
    const cellOf = (heading: string) => sheet?.getRow(2).getCell(headings.indexOf(heading)).value;
    expect(cellOf('出生日期')).toBeInstanceOf(Date);
    expect(typeof cellOf('村民小组')).toBe('number');
    expect(cellOf('公民身份号码')).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
  });

  it('reads an official’s workbook: Date cells, a number where text was meant, rich text, blank rows', async () => {
    const bytes = await workbookOf([
      ['编号', '姓名', '村代码', '出生日期', '身份证号', '组'],
      [
        'E-1',
        { richText: [{ text: '王' }, { text: '秀英' }] },
        530325101203,
        new Date(Date.UTC(1950, 2, 8)),
        null,
        3,
      ],
      [],
      ['E-2', '李德明', '530325101203', '1950/3/8', Number('110105194912310021'), '4'],
    ]);
    const read = await readLedgerXlsx(bytes, { kind: 'elders' });
    expect(
      read.records.map((elder) => [elder.id, elder.name, elder.birthDate, elder.residence.group]),
    ).toEqual([['E-1', '王秀英', '1950-03-08', 3]]);
    expect(
      read.invalid.map((row) => [row.row, row.issues.map((i) => [i.column, i.issue.code])]),
    ).toEqual([[4, [['身份证号', 'number_precision_lost']]]]);
  });

  it('reads the same ledger from CSV and from XLSX', async () => {
    const csv = writeLedgerCsv({ kind: 'elders', records: sample.elders }, { language: 'en' });
    const xlsx = await writeLedgerXlsx(
      { kind: 'elders', records: sample.elders },
      { language: 'en' },
    );
    const fromCsv = readLedgerCsv(csv, { kind: 'elders' });
    const fromXlsx = await readLedgerXlsx(xlsx, { kind: 'elders' });
    expect(fromXlsx.records).toEqual(fromCsv.records);
    expect(fromXlsx.warnings.length).toBe(fromCsv.warnings.length);
  });

  it('throws coded errors for a file that is no workbook, or a sheet it lacks', async () => {
    const notXlsx = readLedgerXlsx(new TextEncoder().encode('编号,姓名'), { kind: 'elders' });
    await expect(notXlsx).rejects.toBeInstanceOf(GuanaiError);
    await expect(notXlsx).rejects.toMatchObject({ issues: [{ code: 'unreadable_file' }] });
    const bytes = await workbookOf([['编号']], 'Sheet1');
    await expect(
      readLedgerXlsx(bytes, { kind: 'elders', sheet: '走访记录' }),
    ).rejects.toMatchObject({
      issues: [{ code: 'sheet_missing', params: { sheet: '走访记录', sheets: ['Sheet1'] } }],
    });
  });
});
