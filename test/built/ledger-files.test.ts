import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLedgerCsv } from 'guanai/io';
import { readLedgerXlsx } from 'guanai/xlsx';
import { describe, expect, it } from 'vitest';
import { npmScript, runExample } from './runExample.js';

describe('examples/ledger-files.ts', () => {
  it('has its npm script', () => {
    expect(npmScript('example:ledger-files')).toMatch(/tsx examples\/ledger-files\.ts$/);
  });

  it('reads a roughened ledger, reports the two bad rows, writes a masked workbook and a full backup', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'guanai-ledger-test-'));
    const printed = await runExample('examples/ledger-files.ts', [outDir]);
    expect(printed).toContain('读入 78 位老年人，2 行需更正：');
    expect(printed).toMatch(/第 7 行「出生日期」：“\d{4}\/2\/30”不是有效日期/);
    expect(printed).toContain('第 11 行「村（社区）代码」：行政区划层级不符：应为村级，实为县级');
    expect(printed).toContain('保留的自有列：签字');
    expect(printed).toContain('与读入一致：true，自有列保留：true');

    const incoming = readLedgerCsv(readFileSync(join(outDir, '老年人台账-来自村委会.csv')), {
      kind: 'elders',
    });
    const shared = await readLedgerXlsx(readFileSync(join(outDir, '老年人台账-报送.xlsx')), {
      kind: 'elders',
    });
    // The shared workbook holds the same elders, with no resident ID or phone number readable.
    expect(shared.records.map((elder) => elder.id)).toEqual(incoming.records.map((e) => e.id));
    expect(shared.records.every((elder) => elder.residentId === undefined)).toBe(true);
    expect(shared.records.every((elder) => elder.phone === undefined)).toBe(true);
    const backup = readLedgerCsv(readFileSync(join(outDir, '老年人台账-备份.csv')), {
      kind: 'elders',
    });
    expect(backup.records).toEqual(incoming.records);
    expect(backup.records.some((elder) => elder.residentId !== undefined)).toBe(true);
  });
});
