/**
 * parseLedger on a generated county of 100,000 elders: all valid, and with 5 % bad rows of
 * the kinds officials' spreadsheets produce. Beside it, in the same process, zod's own
 * safeParse of the same rows (what guanai adds on top: coded issues, duplicate ids, references).
 */
import { Elder, parseLedger } from '../src/models/index.js';
import { benchCounty, measure, report } from './harness.js';

const ELDERS = Number(process.env.BENCH_ELDERS ?? 100_000);
const sample = benchCounty(ELDERS);
// Rows as they arrive from JSON, a database or a form: plain unknown data.
const rows: unknown[] = JSON.parse(JSON.stringify(sample.elders));

/** Every 20th row broken in one of five ways (5 %). */
const BREAKAGES: ((row: Record<string, unknown>) => void)[] = [
  (row) => {
    row.residentId = '110105194912310021'; // wrong check character
  },
  (row) => {
    row.birthDate = '1950-02-30'; // no such day
  },
  (row) => {
    delete row.name; // required field missing
  },
  (row) => {
    row.birthdate = row.birthDate; // a misspelt column
  },
  (row) => {
    row.residence = { villageCode: '5303' }; // truncated code
  },
];
const withBadRows: unknown[] = JSON.parse(JSON.stringify(sample.elders));
withBadRows.forEach((row, index) => {
  if (index % 20 === 19)
    BREAKAGES[((index / 20) % BREAKAGES.length) | 0]?.(row as Record<string, unknown>);
});

const valid = parseLedger({ elders: rows });
const mixed = parseLedger({ elders: withBadRows });
if (valid.invalid.length !== 0 || mixed.invalid.length !== ELDERS / 20) {
  throw new Error(`unexpected result: ${valid.invalid.length} / ${mixed.invalid.length} invalid`);
}

report(
  `parseLedger, ${ELDERS.toLocaleString('en-US')} elders (rows/s)`,
  [
    measure('zod Elder.safeParse loop (reference)', ELDERS, () =>
      rows.map((row) => Elder.safeParse(row)),
    ),
    measure('parseLedger, all valid', ELDERS, () => parseLedger({ elders: rows })),
    measure('parseLedger, 5 % bad rows', ELDERS, () => parseLedger({ elders: withBadRows })),
  ],
  'zod Elder.safeParse loop (reference)',
);
