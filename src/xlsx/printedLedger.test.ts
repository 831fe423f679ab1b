import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { LEDGER_GROUPS, type LedgerSheet } from '../io/index.js';
import type { PhoneNumber } from '../models/index.js';
import { generateSampleCounty } from '../sample/index.js';
import { displayWidth, MAX_WIDTH, MIN_WIDTH, printedHeading } from './printedHeading.js';
import { writeLedgerXlsx } from './writeLedgerXlsx.js';

const sample = generateSampleCounty({ seed: 16, townships: 1, villagesPerTownship: 2, elders: 12 });
// Two children and an entrusted carer each: the group columns 子女1… 子女2… 委托照料人….
const sheet: LedgerSheet<'elders'> = {
  kind: 'elders',
  records: sample.elders.map((elder) => ({
    ...elder,
    household: {
      ...elder.household,
      children: [
        { name: '王一', relation: 'son', phone: '13800138000' as PhoneNumber },
        { name: '王二' },
      ],
      entrustedCarer: { name: '李四', relation: 'neighbour' },
    },
  })),
};
const childColumns = ['姓名', '关系', '去向', '外出时间', '外出原因', '联系电话', '有无赡养能力'];
const carerColumns = ['姓名', '关系', '联系电话', '委托时间'];
const options = {
  layout: 'printed',
  reportedBy: '城关镇民政办',
  reportedOn: '2026-03-31',
} as const;

async function load(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const first = workbook.worksheets[0];
  if (!first) throw new Error('no worksheet');
  return first;
}
const merges = (worksheet: ExcelJS.Worksheet): string[] =>
  (worksheet as unknown as { model: { merges: string[] } }).model.merges;
const textsOf = (worksheet: ExcelJS.Worksheet, row: number) =>
  (worksheet.getRow(row).values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
const columnLetter = (n: number) =>
  n <= 26
    ? String.fromCharCode(64 + n)
    : `${String.fromCharCode(64 + Math.floor((n - 1) / 26))}${String.fromCharCode(65 + ((n - 1) % 26))}`;

describe('writeLedgerXlsx { layout: printed }', async () => {
  const bytes = await writeLedgerXlsx(sheet, options);
  const worksheet = await load(bytes);
  const top = textsOf(worksheet, 3);
  const bottom = textsOf(worksheet, 4);
  const width = top.length;
  const last = columnLetter(width);

  it('writes the title and the 填报 line above the heading, merged across the width', () => {
    expect(worksheet.name).toBe('老年人台账');
    expect(worksheet.getCell('A1').value).toBe('农村留守老年人信息台账');
    expect(worksheet.getCell('A2').value).toBe('填报单位：城关镇民政办');
    const half = Math.ceil(width / 2);
    expect(worksheet.getCell(2, half + 1).value).toBe('填报日期：2026年3月31日');
    expect(merges(worksheet)).toEqual(
      expect.arrayContaining([
        `A1:${last}1`,
        `A2:${columnLetter(half)}2`,
        `${columnLetter(half + 1)}2:${last}2`,
      ]),
    );
  });

  it('writes a two-row heading: groups merged over their columns, the rest merged down', () => {
    expect(top.slice(0, 3)).toEqual(['序号', '编号', '姓名']);
    const at = top.indexOf('子女1');
    const groups = [
      ...childColumns.map(() => '子女1'),
      ...childColumns.map(() => '子女2'),
      ...carerColumns.map(() => '委托照料人'),
    ];
    expect(top.slice(at, at + groups.length)).toEqual(groups);
    expect(bottom.slice(at, at + groups.length)).toEqual([
      ...childColumns,
      ...childColumns,
      ...carerColumns,
    ]);
    const span = (from: number, to: number) => `${columnLetter(from)}3:${columnLetter(to)}3`;
    const children = at + childColumns.length;
    expect(merges(worksheet)).toEqual(
      expect.arrayContaining([
        'A3:A4',
        'C3:C4',
        span(at + 1, children),
        span(children + 1, children + childColumns.length),
        span(groups.length - carerColumns.length + at + 1, at + groups.length),
        `${last}3:${last}4`,
      ]),
    );
    // No group cell is merged down over its column's heading.
    expect(merges(worksheet)).not.toContain(`${columnLetter(at + 1)}3:${columnLetter(at + 1)}4`);
  });

  it('numbers the rows, masks IDs and phones, and keeps the cells under their headings', () => {
    expect(worksheet.rowCount).toBe(4 + sample.elders.length);
    for (let r = 0; r < sample.elders.length; r++) {
      const row = worksheet.getRow(5 + r);
      const elder = sample.elders[r];
      expect(row.getCell(1).value).toBe(r + 1);
      expect(row.getCell(2).value).toBe(elder?.id);
      expect(row.getCell(3).value).toBe(elder?.name);
      const id = row.getCell(4).value;
      if (elder?.residentId) expect(id).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    }
    expect(worksheet.getCell(5, 2).border).toMatchObject({ top: { style: 'thin' } });
  });

  it('freezes the panes below the heading and right of 姓名, and sets widths within bounds', () => {
    expect(worksheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 4 });
    const widths = worksheet.columns.map((column) => column.width ?? 0);
    expect(widths.length).toBe(width);
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(MIN_WIDTH);
    for (const w of widths) expect(w).toBeLessThanOrEqual(MAX_WIDTH);
    // 公民身份号码 holds 18 characters: wider than 序号.
    expect(widths[3]).toBeGreaterThan(widths[0] ?? 0);
  });

  it('prints on A4 landscape, fitted to the width, the heading repeated on every page', () => {
    expect(worksheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '3:4',
    });
    expect(worksheet.pageSetup.margins).toMatchObject({ left: 0.4, top: 0.6 });
  });

  it('gives the same bytes for the same sheets, whatever the clock says', async () => {
    const again = await writeLedgerXlsx(sheet, options);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.created.toISOString()).toBe('2026-03-31T00:00:00.000Z');
  });

  it('writes English headings, title and 填报 words in English, and a title given', async () => {
    const en = await load(
      await writeLedgerXlsx(sheet, {
        layout: 'printed',
        language: 'en',
        title: 'Chengguan ledger',
      }),
    );
    expect(en.getCell('A1').value).toBe('Chengguan ledger');
    expect(en.getCell('A2').value).toBe('Reported by: ');
    expect(textsOf(en, 3).slice(0, 3)).toEqual(['No.', 'ID', 'Name']);
    expect(textsOf(en, 3)).toContain('Child 1');
    expect(textsOf(en, 4)).toContain('phone');
  });

  it('titles the other kinds with their sheet name', async () => {
    const caregivers = await load(
      await writeLedgerXlsx(
        { kind: 'caregivers', records: sample.caregivers },
        { layout: 'printed' },
      ),
    );
    expect(caregivers.getCell('A1').value).toBe('帮扶人员');
    expect(caregivers.getCell('A2').value).toBe('填报单位：');
  });

  it('refuses a bad layout or 填报日期 with a coded error', async () => {
    const codeOf = async (run: () => Promise<unknown>) => {
      try {
        await run();
      } catch (error) {
        return error instanceof GuanaiError ? error.issues[0]?.code : 'raw';
      }
      return 'accepted';
    };
    expect(await codeOf(() => writeLedgerXlsx(sheet, { layout: 'fancy' as 'printed' }))).toBe(
      'invalid_value',
    );
    expect(
      await codeOf(() => writeLedgerXlsx(sheet, { ...options, reportedOn: '2026-02-30' })),
    ).toBe('invalid_argument');
    expect(
      await codeOf(() => writeLedgerXlsx(sheet, { ...options, title: 3 as unknown as string })),
    ).toBe('invalid_argument');
  });
});

describe('printedHeading', () => {
  const children = LEDGER_GROUPS[0];
  const carer = LEDGER_GROUPS[2];
  if (!children || !carer) throw new Error('groups missing');
  const heading = fc.oneof(
    fc.constantFrom('编号', '姓名', '备注', '联系电话', '其他信息（JSON）'),
    fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom(...children.columns))
      .map(([n, column]) => `${children.zh}${n}${column.zh}`),
    fc.constantFrom(...carer.columns).map((column) => `${carer.zh}${column.zh}`),
  );

  it('puts a group column’s group over its column, and the two rows read back as the heading', () => {
    fc.assert(
      fc.property(fc.array(heading, { maxLength: 30 }), (headings) => {
        const laid = printedHeading(headings, 'zh-CN');
        expect(laid.top.length).toBe(headings.length);
        headings.forEach((text, i) => {
          const whole = laid.whole.includes(i);
          expect(whole ? laid.top[i] : `${laid.top[i]}${laid.bottom[i]}`).toBe(text);
          expect(whole).toBe(laid.bottom[i] === '');
        });
        // Runs are disjoint, cover exactly the group columns, one group label each.
        const covered = laid.groups.flatMap(([a, b]) =>
          Array.from({ length: b - a + 1 }, (_, k) => a + k),
        );
        expect(new Set(covered).size).toBe(covered.length);
        expect(covered.length + laid.whole.length).toBe(headings.length);
        for (const [a, b] of laid.groups)
          for (let i = a; i <= b; i++) expect(laid.top[i]).toBe(laid.top[a]);
      }),
    );
  });

  it('measures Chinese characters as two', () => {
    expect(displayWidth('子女1')).toBe(5);
    expect(displayWidth('x'.repeat(1000))).toBeLessThanOrEqual(MAX_WIDTH + 1);
  });
});
