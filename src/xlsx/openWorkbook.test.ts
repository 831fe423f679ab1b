import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { openWorkbook } from './openWorkbook.js';
import { zipEntries } from './zipEntries.js';

const LIMITS = { rows: 1_048_576, cells: 16_000_000 };

/**
 * The oracle: the table readLedgerXlsx built through exceljs before guanai read sheets itself
 * (exceljs's load, then every row and cell walked), kept here only to check the new reader.
 */
async function exceljsTable(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const worksheet = workbook.worksheets[0];
  if (!worksheet) throw new Error('no sheet');
  let last = 0;
  worksheet.eachRow((_, rowNumber) => {
    last = Math.max(last, rowNumber);
  });
  const table: unknown[][] = new Array(last);
  worksheet.eachRow((row, rowNumber) => {
    const cells: unknown[] = new Array(row.cellCount);
    row.eachCell((cell, columnNumber) => {
      cells[columnNumber - 1] = plainValue(cell.value);
    });
    table[rowNumber - 1] = cells;
  });
  const index = (worksheet as unknown as { _merges: Record<string, object> })._merges;
  const merges = Object.values(index).map((range) => {
    const { top, left, bottom, right } = range as Record<string, number>;
    return { top, left, bottom, right };
  });
  return { table, merges };
}

function plainValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('result' in value) return plainValue(value.result as ExcelJS.CellValue);
  if ('text' in value) return value.text;
  return undefined;
}

async function guanaiTable(bytes: Uint8Array) {
  const workbook = await openWorkbook(bytes, zipEntries(bytes));
  const sheet = workbook.sheets[0];
  if (!sheet) throw new Error('no sheet');
  return workbook.read(sheet, LIMITS);
}

/** Text with what XML escapes, CJK, edge whitespace and what looks like Excel's own escape. */
const text = fc.string({
  unit: fc.constantFrom(
    'a',
    'Z',
    ' ',
    '\n',
    '\t',
    '<',
    '>',
    '&',
    '"',
    "'",
    '王',
    '秀',
    '英',
    '𠀋',
    '_x0041_',
    ';',
    '#',
  ),
  maxLength: 12,
});
const date = fc.date({
  min: new Date(Date.UTC(1900, 2, 1)),
  max: new Date(Date.UTC(2100, 0, 1)),
  noInvalidDate: true,
});
const cellValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  text,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  date,
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((runs) => ({
    richText: runs.map((run, i) => (i % 2 ? { text: run, font: { bold: true } } : { text: run })),
  })),
  // exceljs read a formula's cached 0, false or '' as blank; guanai keeps it: not compared.
  fc
    .oneof(fc.integer(), text, fc.boolean())
    .filter(Boolean)
    .map((result) => ({ formula: 'A1', result })),
  fc.constant({ error: '#N/A' } as ExcelJS.CellErrorValue),
);
/** Number formats, date or not, as an official's sheet has them. */
const numFmt = fc.constantFrom(
  undefined,
  '0.00',
  'yyyy"年"m"月"d"日"',
  '[Red]0.0',
  '"day "0',
  'h:mm',
  'yyyy-mm-dd',
  '@',
);
/**
 * A cell and its format. exceljs made a formula's text or boolean result in a date format an
 * Invalid Date or a day in 1830; guanai keeps the text or boolean, so the oracle is not asked.
 */
const cell = fc
  .record({ value: cellValue, numFmt })
  .map(({ value, numFmt: format }) =>
    typeof value === 'object' &&
    value !== null &&
    'formula' in value &&
    typeof value.result !== 'number'
      ? { value, numFmt: undefined }
      : { value, numFmt: format },
  );
const merge = fc.record({
  top: fc.integer({ min: 1, max: 6 }),
  left: fc.integer({ min: 1, max: 5 }),
  height: fc.integer({ min: 0, max: 2 }),
  width: fc.integer({ min: 0, max: 2 }),
});

const workbookCase = fc.record({
  rows: fc.array(fc.array(fc.option(cell, { nil: undefined }), { maxLength: 5 }), {
    maxLength: 6,
  }),
  merges: fc.array(merge, { maxLength: 3 }),
  date1904: fc.boolean(),
  skip: fc.integer({ min: 0, max: 3 }),
});

type Case = typeof workbookCase extends fc.Arbitrary<infer T> ? T : never;

/** The case written by exceljs: cells, merges that do not overlap, a second sheet. */
async function written({ rows, merges, date1904, skip }: Case): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = date1904;
  const sheet = workbook.addWorksheet('台账 & <名单>');
  rows.forEach((cells, r) => {
    cells.forEach((found, c) => {
      if (!found) return;
      const target = sheet.getCell(r + 1 + skip, c + 1);
      target.value = found.value;
      if (found.numFmt) target.numFmt = found.numFmt;
    });
  });
  const taken: { top: number; left: number; bottom: number; right: number }[] = [];
  for (const { top, left, height, width } of merges) {
    const range = { top, left, bottom: top + height, right: left + width };
    const overlaps = taken.some(
      (other) =>
        range.top <= other.bottom &&
        other.top <= range.bottom &&
        range.left <= other.right &&
        other.left <= range.right,
    );
    if (overlaps || (height === 0 && width === 0)) continue;
    taken.push(range);
    sheet.mergeCells(range.top, range.left, range.bottom, range.right);
  }
  workbook.addWorksheet('子女情况').getCell('A1').value = '其他';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('openWorkbook: guanai reads a sheet as exceljs did', () => {
  it('gives the table and merges exceljs gave, for random cells, formats and merges (property)', {
    timeout: 60_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(workbookCase, async (input) => {
        const bytes = await written(input);
        const ours = await guanaiTable(bytes);
        const theirs = await exceljsTable(bytes);
        expect(ours.table).toEqual(theirs.table);
        expect(ours.table.length).toBe(theirs.table.length);
        ours.table.forEach((row, i) => {
          expect(row?.length, `row ${i + 1}`).toBe(theirs.table[i]?.length);
        });
        expect(ours.merges).toEqual(theirs.merges);
      }),
      { numRuns: 60, seed: 20_260_301 },
    );
  });

  it('lists the sheets in the workbook’s order, with their names', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('子女情况');
    workbook.addWorksheet('老年人台账');
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const opened = await openWorkbook(bytes, zipEntries(bytes));
    expect(opened.sheets.map((sheet) => sheet.name)).toEqual(['子女情况', '老年人台账']);
  });
});

/** A one-sheet workbook zipped by hand, its sheet XML as given. */
function handMade(sheetXml: string, extra: Record<string, string> = {}): Uint8Array {
  const files: Record<string, string> = {
    '_rels/.rels':
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml':
      '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': sheetXml,
    ...extra,
  };
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, nameBytes, packed);
    directory.push(entry, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const central = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, central, end]));
}

const sheetOf = (rows: string) =>
  `<x:worksheet xmlns:x="urn:x"><x:sheetData>${rows}</x:sheetData></x:worksheet>`;

describe('openWorkbook: sheets other writers make', () => {
  it('reads prefixed elements, rows and cells without r, inline and rich text, CDATA, date styles', async () => {
    const styles =
      '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/><numFmt numFmtId="165" formatCode="[>=100]0;0.0"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="31"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>';
    const xml = sheetOf(
      '<x:row><x:c t="inlineStr"><x:is><x:t>王&amp;<![CDATA[<李>]]>_x000D_</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:r><x:rPr/><x:t xml:space="preserve"> a </x:t></x:r><x:r><x:t>b</x:t></x:r></x:is></x:c></x:row>' +
        '<x:row><x:c s="1"><x:v>45000</x:v></x:c><x:c s="2"><x:v>45000.5</x:v></x:c><x:c s="3"><x:v>1.5</x:v></x:c><x:c t="b" s=\'3\'><x:v>1</x:v></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c><x:c s="3"/></x:row>',
    );
    const bytes = handMade(xml, { 'xl/styles.xml': styles });
    const { table } = await guanaiTable(bytes);
    expect(table[0]).toEqual(['王&<李>\r', ' a b']);
    expect(table[1]).toEqual([
      new Date(Date.UTC(2023, 2, 15)),
      new Date(Date.UTC(2023, 2, 15, 12)),
      1.5,
      true,
      undefined,
      undefined,
    ]);
    expect(table[1]).toHaveLength(6);
  });

  it('answers what it cannot read with unreadable_file, never a raw error', async () => {
    for (const xml of [
      sheetOf('<row r="1"><c r="A1" t="s"><v>7</v></c></row>'),
      sheetOf('<row r="1"><c r="A1" t="inlineStr"><is><t>a &bogus; b</t></is></c></row>'),
      sheetOf('<row r="0"><c r="A1"><v>1</v></c></row>'),
      sheetOf('<row r="1"><c r="XFE1"><v>1</v></c></row>'),
      sheetOf('<row r="1"><c r="A1"><v>1</v>'),
      `<!DOCTYPE x [<!ENTITY a "aaaa">]>${sheetOf('')}`,
      `${sheetOf('<row r="1"><c r="A1"><v>1</v></c></row>')}<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>`,
    ]) {
      const bytes = handMade(xml);
      const failed = await guanaiTable(bytes).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failed, xml).toBeInstanceOf(GuanaiError);
      expect((failed as GuanaiError).issues[0]?.code, xml).toBe('unreadable_file');
    }
  });

  it('checks rows and cells against the limits before it fills a merged range', async () => {
    const xml = `${sheetOf('<row r="1"><c r="A1"><v>1</v></c></row>')}<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>`;
    const bytes = handMade(xml);
    const started = Date.now();
    const failed = await guanaiTable(bytes).catch((error: GuanaiError) => error);
    expect((failed as GuanaiError).issues[0]).toMatchObject({
      code: 'input_too_large',
      params: { what: 'cells' },
    });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
