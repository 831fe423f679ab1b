import { crc32, deflateRawSync, inflateRawSync, constants as zlibConstants } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { readLedgerCsv, writeLedgerCsv } from '../io/index.js';
import { plainDate } from '../models/index.js';
import { expandPlans, planFromPreset } from '../recurrence/index.js';
import { generateSampleCounty, simulateVisitRecords } from '../sample/index.js';
import { readLedgerXlsx } from './readLedgerXlsx.js';
import { writeLedgerXlsx } from './writeLedgerXlsx.js';
import { zipEntries } from './zipEntries.js';

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

/** The parts of a zip (a workbook), unpacked. */
function partsOf(bytes: Uint8Array): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of zipEntries(bytes)) {
    const at = entry.localHeaderOffset;
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    parts.set(entry.name, entry.method === 8 ? new Uint8Array(inflateRawSync(data)) : data);
  }
  return parts;
}

interface Part {
  readonly name: string;
  readonly deflated: Uint8Array;
  /** The size the zip declares, true or not. */
  readonly size: number;
  readonly crc: number;
}

const deflated = (data: Uint8Array): Part['deflated'] => new Uint8Array(deflateRawSync(data));

/** A part of `repeat` copies of `chunk` between `head` and `tail`, deflated without holding it whole. */
function bombPart(name: string, head: string, chunk: string, repeat: number, tail: string): Part {
  const flush = { finishFlush: zlibConstants.Z_FULL_FLUSH };
  const middle = deflateRawSync(Buffer.from(chunk), flush);
  const pieces = [deflateRawSync(Buffer.from(head), flush)];
  for (let i = 0; i < repeat; i++) pieces.push(middle);
  pieces.push(deflateRawSync(Buffer.from(tail)));
  const size = head.length + chunk.length * repeat + tail.length;
  return { name, deflated: new Uint8Array(Buffer.concat(pieces)), size, crc: 0 };
}

/** A zip of `parts` (deflated), its central directory saying what each part declares. */
function zipOf(parts: readonly Part[]): Uint8Array {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.deflated.byteLength, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(part.crc >>> 0, 16);
    entry.writeUInt32LE(part.deflated.byteLength, 20);
    entry.writeUInt32LE(part.size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(part.deflated));
    directory.push(entry, name);
    offset += 30 + name.length + part.deflated.byteLength;
  }
  const central = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, central, end]));
}

/** A workbook's parts with one replaced by `part`. */
async function workbookWith(part: Part): Promise<Uint8Array> {
  const base = partsOf(
    await workbookOf([
      ['编号', '姓名'],
      ['E-1', '王秀英'],
    ]),
  );
  const parts: Part[] = [...base].map(([name, data]) =>
    name === part.name
      ? part
      : { name, deflated: deflated(data), size: data.byteLength, crc: crc32(data) },
  );
  if (!base.has(part.name)) parts.push(part);
  return zipOf(parts);
}

/** What a promise rejects with, as its first coded issue; undefined when it resolves. */
async function rejectedIssue(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GuanaiError) return error.issues[0];
    throw error;
  }
  return undefined;
}

describe('readLedgerXlsx: bad workbooks end coded and bounded', () => {
  it('answers a kind it has no ledger of, bad options and bytes that are none with coded errors', async () => {
    const bytes = await workbookOf([['编号']]);
    for (const options of [undefined, { kind: 'bogus' }, { kind: 'elders', limits: 'x' }])
      expect((await rejectedIssue(readLedgerXlsx(bytes, options as never)))?.code).toBe(
        'invalid_argument',
      );
    expect((await rejectedIssue(readLedgerXlsx('x' as never, { kind: 'elders' })))?.code).toBe(
      'invalid_argument',
    );
  });

  it('stops at the zip’s directory for one 600 MB shared string, fast and without the memory', async () => {
    const sst =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>';
    const bomb = await workbookWith(
      bombPart('xl/sharedStrings.xml', sst, 'a'.repeat(1 << 20), 600, '</t></si></sst>'),
    );
    expect(bomb.byteLength).toBeLessThan(1_000_000);
    const started = Date.now();
    const before = process.memoryUsage().rss;
    const found = await rejectedIssue(readLedgerXlsx(bomb, { kind: 'elders' }));
    expect(found).toMatchObject({ code: 'input_too_large', params: { what: 'unpackedBytes' } });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('never unpacks in full a part that understates its size', async () => {
    const rows = '<row><c t="inlineStr"><is><t>x</t></is></c></row>';
    const sheet = bombPart(
      'xl/worksheets/sheet1.xml',
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
      rows.repeat(20_000),
      600,
      '</sheetData></worksheet>',
    );
    const lying = await workbookWith({ ...sheet, size: 10_000 });
    const started = Date.now();
    const found = await rejectedIssue(readLedgerXlsx(lying, { kind: 'elders' }));
    expect(found).toMatchObject({ code: 'unreadable_file' });
    expect(Date.now() - started).toBeLessThan(1000);
    const honest = await workbookWith(sheet);
    expect(await rejectedIssue(readLedgerXlsx(honest, { kind: 'elders' }))).toMatchObject({
      code: 'input_too_large',
      params: { what: 'unpackedBytes', size: expect.any(Number), limit: 512 * 1024 * 1024 },
    });
  });

  it('reads a sheet whose one cell is at A1048576, and refuses one at XFD1048576 by its cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('老年人台账');
    sheet.getRow(1).values = ['编号', '姓名', '村代码'];
    sheet.getRow(2).values = ['E-1', '王秀英', '530325101203'];
    sheet.getCell('A1048576').value = 'E-2';
    const tall = new Uint8Array(await workbook.xlsx.writeBuffer());
    const read = await readLedgerXlsx(tall, { kind: 'elders' });
    expect(read.records.map((e) => e.id)).toEqual(['E-1']);
    expect(read.invalid.map((row) => row.row)).toEqual([1048576]);
    sheet.getCell('XFD1048576').value = 'x';
    const wide = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await rejectedIssue(readLedgerXlsx(wide, { kind: 'elders' }))).toMatchObject({
      code: 'input_too_large',
      params: { what: 'cells' },
    });
    expect(
      await rejectedIssue(readLedgerXlsx(tall, { kind: 'elders', limits: { rows: 1000 } })),
    ).toMatchObject({ params: { what: 'rows', size: 1048576, limit: 1000 } });
    expect(
      await rejectedIssue(readLedgerXlsx(tall, { kind: 'elders', limits: { fileBytes: 100 } })),
    ).toMatchObject({ params: { what: 'fileBytes' } });
  });

  it('round-trips text XML cannot carry (NUL, CR, what looks like an escape) and tiny numbers', async () => {
    const elder = sample.elders[0];
    if (!elder) throw new Error('no elder');
    const odd = {
      ...elder,
      name: '王\u0000秀\r\n英\r_x0041_',
      notes: 'a\u0001b\uFFFEc\uD800d',
      residence: { ...elder.residence, coordinates: { latitude: 1e-7, longitude: 1e21 % 180 } },
    };
    const bytes = await writeLedgerXlsx({ kind: 'elders', records: [odd] }, { mask: false });
    const read = await readLedgerXlsx(bytes, { kind: 'elders' });
    expect(read.invalid).toEqual([]);
    expect(read.records).toEqual([odd]);
  });
});
