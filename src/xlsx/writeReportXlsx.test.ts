import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { report } from '../../test/fixtures/reportCounty.js';
import { GuanaiError } from '../errors/index.js';
import { type ReportInput, reportTables } from '../io/index.js';
import { writeReportXlsx } from './writeReportXlsx.js';
import { zipEntries } from './zipEntries.js';

/** One part of the workbook's zip, unpacked. */
function partText(bytes: Uint8Array, name: string): string {
  const entry = zipEntries(bytes).find((e) => e.name === name);
  if (!entry) throw new Error(`no part ${name}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  return (entry.method === 8 ? inflateRawSync(data) : Buffer.from(data)).toString('utf8');
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}
const valuesOf = (worksheet: ExcelJS.Worksheet, row: number) =>
  (worksheet.getRow(row).values as unknown[]).slice(1).map((v) => (v == null ? '' : v));

describe('writeReportXlsx', async () => {
  const bytes = await writeReportXlsx(report);
  const workbook = await load(bytes);
  const tables = reportTables(report);

  it('writes one sheet per report, each titled, dated and holding the report’s table', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      '台账统计',
      '督导检查汇总',
      '包保责任人',
      '责任清单',
    ]);
    for (const table of tables.filter((t) => t.sheet !== 'responsibilities')) {
      const worksheet = workbook.getWorksheet(table.name);
      if (!worksheet) throw new Error(`no sheet ${table.name}`);
      expect(worksheet.getCell('A1').value).toBe(table.title);
      expect(worksheet.getCell('A2').value).toBe(table.subtitle);
      expect(valuesOf(worksheet, 3)).toEqual(table.header);
      const rows = table.rows.map((_, r) => valuesOf(worksheet, 4 + r));
      expect(rows).toEqual(table.rows.map((row) => [...row]));
      expect(worksheet.rowCount).toBe(3 + table.rows.length);
      expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
      expect(worksheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToWidth: 1,
        printTitlesRow: '3:3',
      });
    }
  });

  it('groups the responsibility list by village, a title and heading per village, a page each', () => {
    const table = tables.find((t) => t.sheet === 'responsibilities');
    const worksheet = workbook.getWorksheet('责任清单');
    if (!table || !worksheet) throw new Error('no responsibility list');
    const sections = table.sections ?? [];
    let at = 3;
    const data: unknown[][] = [];
    sections.forEach((section, s) => {
      expect(worksheet.getCell(at, 1).value).toBe(section.title);
      expect(valuesOf(worksheet, at + 1)).toEqual(table.header);
      const end = sections[s + 1]?.row ?? table.rows.length;
      for (let r = section.row; r < end; r++)
        data.push(valuesOf(worksheet, at + 2 + r - section.row));
      at += 2 + end - section.row;
    });
    expect(data).toEqual(table.rows.map((row) => [...row]));
    const xml = partText(bytes, 'xl/worksheets/sheet4.xml');
    expect(xml.match(/<brk /g)?.length).toBe(sections.length - 1);
    for (const row of data) expect(String(row[7])).toMatch(/^$|^\d{3}\*{4}\d{4}$|^\*+$/);
  });

  it('gives the same bytes for the same report, dated asOf', async () => {
    const again = await writeReportXlsx(report);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    expect(workbook.created.toISOString()).toBe('2026-06-30T00:00:00.000Z');
    expect(workbook.modified.toISOString()).toBe('2026-06-30T00:00:00.000Z');
    // Every zip entry dated 2026-06-30 00:00, in the directory and in its local header: no
    // byte of the file depends on the clock or the host's time zone.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const dosDay = ((2026 - 1980) << 9) | (6 << 5) | 30;
    for (const entry of zipEntries(bytes)) {
      const at = entry.localHeaderOffset;
      expect([view.getUint16(at + 10, true), view.getUint16(at + 12, true)]).toEqual([0, dosDay]);
    }
    expect(partText(bytes, 'docProps/core.xml')).toContain('2026-06-30T00:00:00Z');
  });

  it('writes English sheets, and refuses a report without a day', async () => {
    const en = await load(await writeReportXlsx(report, { language: 'en' }));
    expect(en.worksheets.map((w) => w.name)[0]).toBe('Ledger statistics');
    await expect(writeReportXlsx({} as ReportInput)).rejects.toBeInstanceOf(GuanaiError);
  });
});
