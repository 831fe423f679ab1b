import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { assignment, report, sample } from '../../test/fixtures/reportCounty.js';
import { GuanaiError } from '../errors/index.js';
import { reportTable } from '../i18n/index.js';
import { reportCsv } from './reportCsv.js';
import { type ReportInput, reportTables } from './reportTables.js';

const tables = reportTables(report);
const sheet = (name: string) => tables.find((table) => table.sheet === name);
const parse = (csv: string | undefined) =>
  Papa.parse<string[]>((csv ?? '').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('reportTables', () => {
  it('lays out each report the input carries, in workbook order, with zh-CN titles', () => {
    expect(tables.map((t) => [t.sheet, t.name, t.title])).toEqual([
      ['ledger', '台账统计', '会昌县台账统计'],
      ['supervision', '督导检查汇总', '会昌县督导检查汇总'],
      ['holders', '包保责任人', '会昌县包保责任人'],
      ['responsibilities', '责任清单', '会昌县责任清单'],
    ]);
    expect(sheet('ledger')?.subtitle).toBe('统计日期：2026年6月30日');
    expect(sheet('supervision')?.subtitle).toBe(
      '统计期间：2026年1月1日至2026年6月30日（统计日期：2026年6月30日）',
    );
    expect(reportTables({ asOf: report.asOf })).toEqual([]);
  });

  it('gives the rows of the report objects, as reportTable lays them out', () => {
    expect(sheet('ledger')).toMatchObject(reportTable('ledger', report.ledger ?? []));
    expect(sheet('supervision')).toMatchObject(
      reportTable('supervision', report.supervision?.rows ?? []),
    );
    expect(sheet('holders')).toMatchObject(reportTable('holders', report.holders?.rows ?? []));
    const elders = report.ledger?.find((row) => row.level === 'county')?.elders;
    expect(sheet('ledger')?.rows[0]?.[3]).toBe(elders);
  });

  it('lists every elder with each duty holder answerable, by village, phones masked', () => {
    const list = sheet('responsibilities');
    const lines = report.responsibilities ?? [];
    const rows = list?.rows ?? [];
    expect(list?.header).toEqual([
      '村（社区）代码',
      '村（社区）',
      '老年人编号',
      '老年人姓名',
      '包保责任',
      '责任人',
      '职务',
      '联系电话',
      '走访频次',
    ]);
    expect(rows.length).toBe(lines.reduce((n, line) => n + Math.max(1, line.holders.length), 0));
    expect(new Set(rows.map((row) => row[2]))).toEqual(new Set(sample.elders.map((e) => e.id)));
    expect(list?.sections?.map((s) => s.row)[0]).toBe(0);
    expect(list?.sections?.length).toBe(
      new Set(sample.elders.map((e) => e.residence.villageCode)).size,
    );
    const held = rows.find((row) => row[4] === '乡干部包保');
    expect(held?.[8]).toBe('入户走访每周1次');
    for (const row of rows) expect(String(row[7])).toMatch(/^$|^\d{3}\*{4}\d{4}$|^\*+$/);
    expect(assignment.current.length).toBeGreaterThan(0);
    const unmasked = reportTables(report, { mask: false }).at(-1)?.rows ?? [];
    expect(unmasked.some((row) => /^1\d{10}$/.test(String(row[7])))).toBe(true);
  });

  it('writes the same tables in English', () => {
    const en = reportTables(report, { language: 'en' });
    expect(en.map((t) => t.name)).toEqual([
      'Ledger statistics',
      'Supervision summary',
      'Duty holders',
      'Responsibility list',
    ]);
    expect(en[0]?.subtitle).toBe('As of: 2026-06-30');
    expect(en.at(-1)?.rows.some((row) => row[8] === 'home visit, weekly')).toBe(true);
  });

  it('refuses a report that is not one with a coded error naming the field', () => {
    const bad = (input: unknown) => {
      try {
        reportTables(input as ReportInput);
      } catch (error) {
        return error instanceof GuanaiError ? error.issues[0]?.path : 'raw';
      }
      return 'accepted';
    };
    expect(bad(null)).toEqual(['report']);
    expect(bad({ asOf: '2026-02-30' })).toEqual(['asOf']);
    expect(bad({ asOf: report.asOf, ledger: {} })).toEqual(['ledger']);
    expect(bad({ asOf: report.asOf, supervision: { rows: [] } })).toEqual(['supervision.from']);
    expect(bad({ asOf: report.asOf, responsibilities: [null] })).toEqual(['responsibilities']);
  });
});

describe('reportCsv', () => {
  const files = reportCsv(report);

  it('gives one CSV per table whose rows parse back to the table’s heading and rows', () => {
    expect(Object.keys(files)).toEqual(tables.map((t) => t.sheet));
    for (const table of tables) {
      const text = files[table.sheet] ?? '';
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
      expect(parse(text)).toEqual(
        [table.header, ...table.rows].map((row) => row.map((cell) => String(cell))),
      );
    }
    expect(reportCsv(report, { bom: false }).ledger?.startsWith('\uFEFF')).toBe(false);
  });

  it('never lets a name run as a formula, and reads back any name (property)', () => {
    const base = report.responsibilities?.[0];
    if (!base) throw new Error('no responsibility line');
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (name) => {
        const input: ReportInput = {
          asOf: report.asOf,
          responsibilities: [{ ...base, elderName: name }],
        };
        const [, first] = parse(reportCsv(input).responsibilities);
        const cell = first?.[3] ?? '';
        expect(/^[=+\-@]/.test(cell)).toBe(false);
        expect(cell.replace(/^'(?=[=+\-@\t\r'])/, '')).toBe(name);
      }),
      { numRuns: 200 },
    );
  });
});
