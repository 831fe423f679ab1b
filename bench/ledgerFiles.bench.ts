/**
 * Ledger files: the benchmark county's 20,000 elders written and read as CSV and as an Excel
 * workbook, every elder with two children away (name, relation, 去向, 外出时间, reason, phone,
 * 赡养能力), so that the file has the 子女1… and 子女2… group columns a county's ledger has. Beside each, in the same process, the library underneath doing only its own part
 * (papaparse parsing and unparsing the same rows; exceljs loading and writing the same cells),
 * so the ratios say what guanai's columns, labels, dates, masking and checks cost on top.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { readLedgerCsv, writeLedgerCsv, writeLedgerRows } from '../src/io/index.js';
import { Child, type Elder } from '../src/models/index.js';
import { readLedgerXlsx, writeLedgerXlsx } from '../src/xlsx/index.js';
import {
  benchCounty,
  measure,
  measureAsync,
  measureRounds,
  report,
  reportRatios,
} from './harness.js';

const ELDERS = Number(process.env.BENCH_ELDERS ?? 20_000);
const elders = benchCounty(ELDERS).elders.map(withTwoChildrenAway);
const sheet = { kind: 'elders', records: elders } as const;
const rows = writeLedgerRows(sheet, { mask: false });
const csv = writeLedgerCsv(sheet, { mask: false });

const back = readLedgerCsv(csv, { kind: 'elders' });
if (back.records.length !== ELDERS || back.invalid.length > 0)
  throw new Error(
    `CSV round trip lost rows: ${back.records.length} read, ${back.invalid.length} bad`,
  );

report(
  `Ledger CSV, ${ELDERS.toLocaleString('en-US')} elders with two children each, columns 子女1… and 子女2… (${(csv.length / 1e6).toFixed(1)} M characters; rows/s)`,
  [
    measure('papaparse.parse alone', ELDERS, () => Papa.parse(csv), 3),
    measure('readLedgerCsv', ELDERS, () => readLedgerCsv(csv, { kind: 'elders' }), 3),
    measure('papaparse.unparse alone', ELDERS, () => Papa.unparse(rows), 3),
    measure('writeLedgerCsv (masked)', ELDERS, () => writeLedgerCsv(sheet), 3),
    measure(
      'writeLedgerCsv (mask: false)',
      ELDERS,
      () => writeLedgerCsv(sheet, { mask: false }),
      3,
    ),
  ],
  'papaparse.parse alone',
);

// The aim's pair again, round by round (ours, then papaparse, in each round): a swing in the
// machine's load falls on both alike, and each round's ratio is shown, not only the medians.
const READ_ROUNDS = Number(process.env.BENCH_LEDGER_ROUNDS ?? 9);
const [csvRead, papaRead] = measureRounds(
  [
    { name: 'readLedgerCsv', items: ELDERS, run: () => readLedgerCsv(csv, { kind: 'elders' }) },
    { name: 'papaparse.parse alone', items: ELDERS, run: () => Papa.parse(csv) },
  ],
  READ_ROUNDS,
);
if (csvRead && papaRead)
  reportRatios(
    `Ledger CSV read, ${READ_ROUNDS} rounds in turn: readLedgerCsv's time over papaparse.parse's (aim ≤ 1.5)`,
    [[csvRead, papaRead, 'readLedgerCsv / papaparse.parse']],
  );

/** exceljs alone: the same text cells into a sheet and out as bytes. */
async function exceljsWrite(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('老年人台账').addRows(rows);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
const xlsx = await writeLedgerXlsx(sheet, { mask: false });
const fromXlsx = await readLedgerXlsx(xlsx, { kind: 'elders' });
if (fromXlsx.records.length !== ELDERS || fromXlsx.invalid.length > 0)
  throw new Error(`XLSX round trip lost rows: ${fromXlsx.records.length} read`);

report(
  `Ledger XLSX, ${ELDERS.toLocaleString('en-US')} elders with two children each (${(xlsx.length / 1e6).toFixed(1)} MB; rows/s)`,
  [
    await measureAsync('exceljs load + read every cell alone', ELDERS, async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
      let cells = 0;
      workbook.worksheets[0]?.eachRow((row) => {
        row.eachCell(() => {
          cells++;
        });
      });
      return cells;
    }),
    await measureAsync('readLedgerXlsx', ELDERS, () => readLedgerXlsx(xlsx, { kind: 'elders' })),
    await measureAsync('exceljs write alone', ELDERS, exceljsWrite),
    await measureAsync('writeLedgerXlsx (masked)', ELDERS, () => writeLedgerXlsx(sheet)),
  ],
  'exceljs load + read every cell alone',
);

/**
 * The elder with exactly two living children, both away for work in another province since a
 * day that follows from the elder's index, each with a phone; who the elder lives with made to
 * agree (no child at home).
 */
function withTwoChildrenAway(elder: Elder, index: number): Elder {
  const surname = elder.name.slice(0, 1);
  const child = (k: number): Child =>
    Child.parse({
      name: `${surname}${k === 0 ? '建国' : '秀英'}`,
      relation: k === 0 ? 'son' : 'daughter',
      kinship: 'birth',
      alive: true,
      livesWithElder: false,
      whereabouts: {
        inElderCounty: false,
        inElderTownship: false,
        worksInElderTownship: false,
        regionCode: k === 0 ? '330100' : '440300',
      },
      awaySince: `20${String(10 + ((index + k) % 15)).padStart(2, '0')}-0${1 + ((index + k) % 9)}-1${k}`,
      awayReason: 'migrantWork',
      capableOfSupport: true,
      phone: `139${String(10_000_000 + index * 2 + k).slice(-8)}`,
    });
  const { household } = elder;
  const spouseAtHome = household.spouse?.status === 'married' && household.spouse.livesWithElder;
  const livingArrangement =
    household.livingArrangement === 'withChildren'
      ? spouseAtHome
        ? 'spouseOnly'
        : 'alone'
      : household.livingArrangement;
  return {
    ...elder,
    household: { ...household, livingArrangement, solitary: false, children: [child(0), child(1)] },
  };
}
