/**
 * `npm run example:ledger-files [outDir]`: a township's 台账 as officials keep it — a workbook
 * with a title row, a 填报 line, a two-row heading with 子女1 … 子女4 groups, a 序号 column,
 * children's whereabouts and departures written by hand, a few bad cells, a spacer row, a 合计
 * row and a 填表人 line — read without options beyond one documented choice, classified as of
 * its 填报日期, and written out as the printed 台账 and the report workbook. `-- --lang en`
 * prints the account in English (the workbooks stay as the township writes them, in Chinese).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import ExcelJS from 'exceljs';
import { ledgerReport, responsibilityList } from 'guanai/compliance';
import { classifyElder, classifyLedger } from 'guanai/eligibility';
import { en, formatCellIssue, formatFactPath, label, zhCN } from 'guanai/i18n';
import { type Child, type Elder, indexAreas, plainDate } from 'guanai/models';
import { generateSampleCounty } from 'guanai/sample';
import { assignDuties } from 'guanai/scheduling';
import { readLedgerXlsx, writeLedgerXlsx, writeReportXlsx } from 'guanai/xlsx';
import { languageOf, positional, translator } from './language.js';

const locale = languageOf(process.argv.slice(2), 'zh-CN');
const t = translator(locale);
const list = (items: readonly string[]) => items.join(t('、', ', '));
const outDir =
  positional(process.argv.slice(2))[0] ?? mkdtempSync(join(tmpdir(), 'guanai-ledger-'));
mkdirSync(outDir, { recursive: true });

/** Two elders with one child each, whose departure is typed as a month (see step 3). */
const MONTH_YES = 'E-000010';
const MONTH_OPEN = 'E-000029';

/** The child columns of the template, under 子女1 … 子女4. */
const CHILD_COLUMNS = ['姓名', '关系', '去向', '外出时间', '外出原因', '联系电话'];
const CHILDREN = 4;
/** The elder's own columns, each merged down over the two heading rows. */
const ELDER_COLUMNS = [
  ...['序号', '编号', '姓名', '性别', '出生日期', '公民身份号码'],
  ...['村（社区）代码', '居住地类型', '居住状况', '联系电话'],
];

/** Where the sample's children work, as officials write it. */
const CITIES: Readonly<Record<string, string>> = {
  '110000': '北京市',
  '310000': '上海市',
  '320500': '江苏省苏州市',
  '330100': '浙江省杭州市',
  '330200': '浙江省宁波市',
  '350200': '福建省厦门市',
  '440100': '广东省广州市',
  '440300': '广东省深圳市',
  '440600': '广东省佛山市',
  '441900': '广东省东莞市',
};

// 1. The workbook as it arrives from a township, made here from the sample township with exceljs
// (not with guanai's writer, so the reader meets a layout it did not write).
const reportedOn = plainDate('2026-06-15');
const sample = generateSampleCounty({
  seed: 2026,
  townships: 1,
  villagesPerTownship: 4,
  elders: 70,
  asOf: reportedOn,
});
const township = sample.county.townships[0]?.name ?? '';
const incoming = join(outDir, `${township}农村留守老年人信息台账.xlsx`);
writeFileSync(incoming, await townshipWorkbook(sample.elders));

// 2. Read it. The template has no column for other support obligors (其他赡养人): without one,
// guanai cannot tell "none" from "not recorded", and every 留守 answer would stay 待核实 (LB6).
// Here the county has checked that these elders have no 赡养人 besides the children listed, so
// that list is taken as complete — a choice made on purpose, and recorded in the read.
const read = await readLedgerXlsx(readFileSync(incoming), {
  kind: 'elders',
  listsComplete: ['otherSupportObligors'],
});
const { title, reportedBy, reportedOn: fileDate } = read.header;
console.log(
  t(
    `读入 ${read.records.length} 位老年人（${title}；${reportedBy}，填报日期 ${fileDate}）`,
    `Read ${read.records.length} elders (${title}; ${reportedBy}, reported on ${fileDate})`,
  ),
);
const complete = read.listsComplete.map((key) => formatFactPath(`household.${key}`, { locale }));
console.log(t(`视为完整的名单：${list(complete)}`, `Lists taken as complete: ${list(complete)}`));
console.log(t('跳过的行：', 'Rows skipped:'));
const skippedReasons = (locale === 'en' ? en : zhCN).labels.skippedRowReason;
for (const row of read.skipped)
  console.log(t(`  第 ${row.row} 行　`, `  row ${row.row}  `) + skippedReasons[row.reason]);
console.log(
  t(
    `有误的单元格（老年人保留，该项待核实）${read.warnings.length} 行：`,
    `Bad cells (the elder kept, the fact left unknown) in ${read.warnings.length} rows:`,
  ),
);
for (const row of read.warnings)
  for (const found of row.issues) console.log(`  ${formatCellIssue(row.row, found, { locale })}`);
console.log(
  t(
    `未读入的行（身份信息有误）${read.invalid.length} 行：`,
    `Rows not read (bad identity facts): ${read.invalid.length}`,
  ),
);
for (const row of read.invalid)
  for (const found of row.issues) console.log(`  ${formatCellIssue(row.row, found, { locale })}`);

// How the 外出时间 cells were read: a day, a month (2023年3月, 2024.02), or 常年在外 (by a year
// before the 填报日期).
const departures = read.records.flatMap((elder) => elder.household.children ?? []);
const byMonth = departures.filter((child) => child.awaySinceBetween?.earliest).length;
const allYear = departures.filter((c) => c.awaySinceBetween && !c.awaySinceBetween.earliest);
const byDay = departures.filter((c) => c.awaySince).length;
const latest = allYear[0]?.awaySinceBetween?.latest;
console.log(
  t(
    `子女外出时间：到日 ${byDay}，只到月 ${byMonth}，常年在外 ${allYear.length}（不晚于 ${latest}）`,
    `Children's departures: to the day ${byDay}, to the month only ${byMonth}, away for years ${allYear.length} (by ${latest})`,
  ),
);

// 3. Classify as of the file's own date: the 半年以上 test counts from it.
const asOf = fileDate ?? reportedOn;
const areas = indexAreas(sample.county);
const classified = classifyLedger(read.records, { asOf, areas });
const { yes, no, unknown } = classified.totals.leftBehindElder;
console.log(
  t(
    `\n${asOf} 留守老年人：是 ${yes}，否 ${no}，待核实 ${unknown}`,
    `\nLeft-behind elders on ${asOf}: yes ${yes}, no ${no}, unknown ${unknown}`,
  ),
);
// A departure given only as a month decides when the half year is reached outside that month,
// and leaves 待核实 (with the day asked for) when it falls inside it.
for (const id of [MONTH_YES, MONTH_OPEN]) {
  const elder = read.records.find((record) => record.id === id);
  if (!elder) continue;
  const result = classifyElder(elder, { asOf }).categories.leftBehindElder;
  const away = list(elder.household.children?.map((child) => monthOf(child)) ?? []);
  const status = label('tri', result.status, { locale });
  const missing = list(result.missing);
  console.log(
    t(
      `  ${elder.name}（${elder.id}）子女外出时间 ${away}：${status}${missing ? `，需补：${missing}` : ''}`,
      `  ${elder.name} (${elder.id}) child away since ${away}: ${status}${missing ? `, to ask: ${missing}` : ''}`,
    ),
  );
}

// 4. Out again: the printed 台账 as the township files it (mask: false — a full copy kept at the
// township; leave the default to mask IDs and phones in a copy to share), and the reports.
const printed = join(outDir, `${township}台账-打印.xlsx`);
writeFileSync(
  printed,
  await writeLedgerXlsx(read, {
    layout: 'printed',
    mask: false,
    ...(title ? { title } : {}),
    ...(reportedBy ? { reportedBy } : {}),
    reportedOn: asOf,
  }),
);
const again = await readLedgerXlsx(readFileSync(printed), {
  kind: 'elders',
  listsComplete: ['otherSupportObligors'],
});
const same = isDeepStrictEqual(again.records, read.records);
console.log(
  t(
    `\n打印版台账 ${printed}：读回 ${again.records.length} 位，与读入一致：${same}`,
    `\nPrinted ledger ${printed}: read back ${again.records.length} elders, the same as read: ${same}`,
  ),
);

// The reports: statistics from this classification, and who holds each duty for each elder on
// the day (the caregivers are the township's own list; here the sample's). No supervision
// summary: it counts visits made, and a ledger just read has no visit records.
const holdings = assignDuties({ elders: read.records, caregivers: sample.caregivers }, { asOf });
const reports = join(outDir, `${township}报表.xlsx`);
const reportBytes = await writeReportXlsx({
  asOf,
  area: township,
  ledger: ledgerReport(read.records, { asOf, areas, classification: classified }),
  responsibilities: responsibilityList(
    { elders: read.records, caregivers: sample.caregivers, holdings: holdings.current },
    { asOf },
  ),
});
writeFileSync(reports, reportBytes);
const book = new ExcelJS.Workbook();
await book.xlsx.readFile(reports); // the sheets as Excel will show them
const sheets = list(book.worksheets.map((sheet) => sheet.name));
console.log(t(`报表 ${reports}：${sheets}`, `Reports ${reports}: ${sheets}`));

// ---------------------------------------------------------------------------------------------
// How the township's file is made: its template, and the cells as officials type them.

async function townshipWorkbook(elders: readonly Elder[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  const width = ELDER_COLUMNS.length + CHILDREN * CHILD_COLUMNS.length;
  sheet.addRow([`${township}农村留守老年人信息台账`]);
  sheet.mergeCells(1, 1, 1, width);
  // The 填报 line: the unit on the left, the date further right, as a template has them.
  const [y, m, d] = reportedOn.split('-').map(Number);
  const reportLine: string[] = Array(width).fill('');
  reportLine[0] = `填报单位：${township}人民政府`;
  reportLine[9] = `填报日期：${y}年${m}月${d}日`;
  sheet.addRow(reportLine);
  heading(sheet);
  // A spacer row where the first village ends.
  const spacer = elders.findIndex(
    (e) => e.residence.villageCode !== elders[0]?.residence.villageCode,
  );
  elders.forEach((elder, i) => {
    if (i === spacer) sheet.addRow([]);
    sheet.addRow(elderCells(elder, i));
  });
  sheet.addRow([]);
  sheet.addRow(['合计', '', `${elders.length}人`]);
  sheet.addRow(['填表人：张建华　审核人：李国强　联系电话：0912-5621234']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Rows 3–4: the elder's columns merged down, each child's six under a merged 子女n. */
function heading(sheet: ExcelJS.Worksheet): void {
  const upper = [...ELDER_COLUMNS];
  const lower = upper.map(() => '');
  for (let n = 1; n <= CHILDREN; n++)
    for (const column of CHILD_COLUMNS) {
      upper.push(`子女${n}`);
      lower.push(column);
    }
  sheet.addRow(upper);
  sheet.addRow(lower);
  for (let c = 1; c <= ELDER_COLUMNS.length; c++) sheet.mergeCells(3, c, 4, c);
  for (let n = 0; n < CHILDREN; n++) {
    const first = ELDER_COLUMNS.length + n * CHILD_COLUMNS.length + 1;
    sheet.mergeCells(3, first, 3, first + CHILD_COLUMNS.length - 1);
  }
}

/** One elder's row, with the mistakes a few rows carry. */
function elderCells(elder: Elder, i: number): ExcelJS.CellValue[] {
  const children = (elder.household.children ?? []).filter((child) => child.alive !== false);
  const cells: ExcelJS.CellValue[] = [
    i + 1,
    elder.id,
    elder.name,
    elder.sex ? label('sex', elder.sex) : '',
    // 1958.1 typed into a number cell: January, or October with its zero lost?
    i === 3 ? 1958.1 : dateCell(elder.birthDate),
    elder.residentId ?? '',
    // A county code where the village code goes: the row cannot say whose elder it is.
    i === 15 ? elder.residence.villageCode.slice(0, 6) : elder.residence.villageCode,
    elder.residence.setting ? label('residenceSetting', elder.residence.setting) : '',
    elder.household.livingArrangement
      ? label('livingArrangement', elder.household.livingArrangement)
      : '',
    // A phone number with digits missing.
    i === 7 ? '1394556' : (elder.phone ?? ''),
  ];
  children.slice(0, CHILDREN).forEach((child, k) => {
    cells.push(
      child.name ?? '',
      child.relation ? label('childRelation', child.relation) : '',
      whereabouts(child),
      i === 20 && k === 0 ? '去年春节后' : awaySince(elder, child, i + k), // no one can date it
      child.awayReason ? label('awayReason', child.awayReason) : '',
      child.phone ?? '',
    );
  });
  return cells;
}

/** 去向 as written: 在家, 本乡, 本县, 县外, or the city. */
function whereabouts(child: Child): string {
  if (child.livesWithElder) return '在家';
  const place = child.whereabouts;
  if (place?.inElderTownship) return '本乡';
  if (place?.inElderCounty) return '本县';
  return CITIES[place?.regionCode ?? ''] ?? (place?.inElderCounty === false ? '县外' : '');
}

/** 外出时间 typed four ways: a date cell, 2023年3月, 2024.02, and 常年在外 for long absences. */
function awaySince(elder: Elder, child: Child, k: number): ExcelJS.CellValue {
  if (elder.id === MONTH_YES) return '2025年11月';
  if (elder.id === MONTH_OPEN) return '2025年12月';
  const day = child.awaySince;
  if (!day) return '';
  const [y, m] = [day.slice(0, 4), day.slice(5, 7)];
  if (k % 4 === 1) return `${y}年${Number(m)}月`;
  if (k % 4 === 2) return `${y}.${m}`;
  if (k % 4 === 3 && day < '2024-06-15') return '常年在外'; // gone two years and more
  return dateCell(day);
}

/** A day as a spreadsheet date (read back at UTC, whatever the host's time zone). */
function dateCell(day: string | undefined): ExcelJS.CellValue {
  return day ? new Date(`${day}T00:00:00Z`) : '';
}

/** How a child's departure was read: a day, a month, or 常年在外's latest day. */
function monthOf(child: Child): string {
  const span = child.awaySinceBetween;
  if (child.awaySince) return child.awaySince;
  if (span?.earliest)
    return t(`${span.earliest.slice(0, 7)}（只到月）`, `${span.earliest.slice(0, 7)} (month only)`);
  return span?.latest ? t(`不晚于 ${span.latest}`, `by ${span.latest}`) : t('未填', 'not given');
}
