/**
 * Reading back the printed 台账: the reader finds the title, the 填报 line, the two-row heading
 * and the 序号 column by itself (the LAYOUT part of issue 16) and gives the same records back.
 * Kept apart because it needs the reading side of issue 16; it fails before that is merged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSampleCounty } from '../sample/index.js';
import { readLedgerXlsx } from './readLedgerXlsx.js';
import { writeLedgerXlsx } from './writeLedgerXlsx.js';

describe('the printed 台账 read back', () => {
  it('gives the same records, the file header, and the rows above the records skipped', async () => {
    const sample = generateSampleCounty({
      seed: 16,
      townships: 1,
      villagesPerTownship: 2,
      elders: 30,
    });
    const bytes = await writeLedgerXlsx(
      { kind: 'elders', records: sample.elders },
      { layout: 'printed', mask: false, reportedBy: '城关镇民政办', reportedOn: '2026-03-31' },
    );
    const read = await readLedgerXlsx(bytes, { kind: 'elders' });
    expect(read.invalid).toEqual([]);
    expect(read.records).toEqual(sample.elders);
    expect(read.rows[0]).toBe(5);
    expect(read.header).toEqual({
      title: '农村留守老年人信息台账',
      reportedBy: '城关镇民政办',
      reportedOn: '2026-03-31',
    });
    expect(read.skipped.slice(0, 2).map((row) => [row.row, row.reason])).toEqual([
      [1, 'title'],
      [2, 'reportLine'],
    ]);
  });

  it('round-trips any sample county, in either language (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom('zh-CN' as const, 'en' as const),
        async (seed, language) => {
          const sample = generateSampleCounty({
            seed,
            townships: 1,
            villagesPerTownship: 1,
            elders: 8,
          });
          const bytes = await writeLedgerXlsx(
            { kind: 'elders', records: sample.elders },
            { layout: 'printed', mask: false, language },
          );
          const read = await readLedgerXlsx(bytes, { kind: 'elders' });
          expect(read.invalid).toEqual([]);
          expect(read.records).toEqual(sample.elders);
        },
      ),
      { numRuns: 5 },
    );
  });
});
