/**
 * `npm run example:ledger-files [outDir]`: a township's elder ledger as officials keep it — a CSV
 * with Chinese headings, dates typed three ways, a column of their own and two bad rows — read,
 * checked and reported; then written out as an Excel workbook to share (resident IDs and phone
 * numbers masked) and as a full CSV backup, and both read back.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseLedger } from 'guanai';
import { formatCellIssue } from 'guanai/i18n';
import { readLedgerCsv, writeLedgerCsv } from 'guanai/io';
import { generateSampleCounty } from 'guanai/sample';
import { readLedgerXlsx, writeLedgerXlsx } from 'guanai/xlsx';

const outDir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'guanai-ledger-'));
mkdirSync(outDir, { recursive: true });

// 1. The file as it arrives from a village: made here from the sample township, then roughened.
const sample = generateSampleCounty({
  seed: 2026,
  townships: 1,
  villagesPerTownship: 4,
  elders: 80,
});
const lines = writeLedgerCsv({ kind: 'elders', records: sample.elders }, { mask: false }).split(
  '\r\n',
);
const [heading = '', ...rows] = lines.filter((line) => line !== '');
const typed = rows.map((row, i) => {
  // Dates typed the ways officials type them: 1950/3/8 and 1950年3月8日.
  const date = /,(\d{4})-(\d{2})-(\d{2}),/;
  if (i % 3 === 1) return row.replace(date, (_, y, m, d) => `,${y}/${Number(m)}/${Number(d)},`);
  if (i % 3 === 2) return row.replace(date, (_, y, m, d) => `,${y}年${Number(m)}月${Number(d)}日,`);
  return row;
});
// Two mistakes: a day that does not exist, and a county code where the village code goes.
typed[5] = typed[5]?.replace(/,(\d{4})[-/年]\d{1,2}[-/月]\d{1,2}日?,/, ',$1/2/30,') ?? '';
typed[9] = typed[9]?.replace(/,(\d{6})\d{6},/, ',$1,') ?? '';
// A column the village keeps for itself: who signed the page.
const withSignature = [
  `${heading},签字`,
  ...typed.map((row, i) => `${row},${i % 2 ? '李建国' : ''}`),
];
const incoming = join(outDir, '老年人台账-来自村委会.csv');
writeFileSync(incoming, `${withSignature.join('\r\n')}\r\n`);

// 2. Read and check it: good rows kept, every bad row with its row, column and reason.
const read = readLedgerCsv(readFileSync(incoming), { kind: 'elders' });
console.log(`读入 ${read.records.length} 位老年人，${read.invalid.length} 行需更正：`);
for (const bad of read.invalid)
  for (const found of bad.issues) console.log(' ', formatCellIssue(bad.row, found));
console.log(`保留的自有列：${read.extraColumns.join('、')}`);

// Checks across the ledger (ids, references) stay parseLedger's: the records go through it too.
const ledger = parseLedger({ elders: read.records, caregivers: sample.caregivers });
console.log(`台账校验：${ledger.elders.length} 位老年人，${ledger.caregivers.length} 名帮扶人员`);

// 3. Out again: a workbook to share (masked) and a full CSV backup (mask: false).
const shared = join(outDir, '老年人台账-报送.xlsx');
writeFileSync(
  shared,
  await writeLedgerXlsx([read, { kind: 'caregivers', records: ledger.caregivers }]),
);
const backup = join(outDir, '老年人台账-备份.csv');
writeFileSync(backup, writeLedgerCsv(read, { mask: false }));

const fromShared = await readLedgerXlsx(readFileSync(shared), { kind: 'elders' });
const fromBackup = readLedgerCsv(readFileSync(backup), { kind: 'elders' });
const maskedId = fromShared.warnings[0]?.cells[2];
console.log(
  `报送文件 ${shared}：身份证号已脱敏（如 ${maskedId}），读回时留空并提示 ${fromShared.warnings.length} 行`,
);
console.log(
  `备份文件 ${backup}：读回 ${fromBackup.records.length} 位，与读入一致：${isDeepStrictEqual(fromBackup.records, read.records)}，自有列保留：${isDeepStrictEqual(fromBackup.extraCells, read.extraCells)}`,
);
