import { describe, expect, it } from 'vitest';
import { Elder, MAX_INPUT_DEPTH, safeParse } from '../models/index.js';
import { generateSampleCounty } from '../sample/index.js';
import { checkRecord } from './checkRecord.js';
import { fieldKeys } from './fieldPath.js';
import { MAX_JSON_DEPTH } from './jsonDepth.js';
import { LEDGER_COLUMNS, MORE_COLUMN } from './ledgerColumns.js';
import type { LedgerKind } from './ledgerKind.js';

const sample = generateSampleCounty({ seed: 5, townships: 1, villagesPerTownship: 1, elders: 5 });

describe('checkRecord', () => {
  it('gives what safeParse gives, good records and bad', () => {
    const [first = {}] = sample.elders;
    const records: object[] = [
      ...sample.elders,
      { ...first, birthDate: '1950-02-30' },
      { ...first, id: 7, household: 'none' },
      {},
      { __proto__: null, id: 'E-1' },
    ];
    for (const record of records)
      expect(checkRecord(Elder, record)).toEqual(safeParse(Elder, record));
  });

  it('meets no record deeper than safeParse takes: JSON cells are bounded a few fields down', () => {
    for (const kind of Object.keys(LEDGER_COLUMNS) as LedgerKind[])
      for (const column of [...LEDGER_COLUMNS[kind], MORE_COLUMN])
        if (column.cell === 'json') {
          // The record is level 1; the cell's value starts below its field's keys (a list's
          // items one level lower still) and spans at most MAX_JSON_DEPTH levels.
          const deepest = fieldKeys(column.field).length + (column.list ? 1 : 0) + MAX_JSON_DEPTH;
          expect(deepest, column.field).toBeLessThanOrEqual(MAX_INPUT_DEPTH);
        }
  });
});
