/**
 * The reports officials file: ledger statistics by area and category (spec §7 · S14 L379) and
 * the half-year / year-end supervision summaries (spec §5.3 K35), as typed rows and as tables
 * with zh-CN and en column labels.
 */
import { describe, expect, it } from 'vitest';
import { asOf, occurrences, records, sample } from '../../test/fixtures/trackedTownship.js';
import { classifyLedger } from '../eligibility/index.js';
import { reportTable } from '../i18n/index.js';
import { plainDate } from '../models/index.js';
import { pairElders } from '../scheduling/index.js';
import { coverage } from './coverage.js';
import { AGE_BANDS, ageBandOf, ledgerReport } from './ledgerReport.js';
import { supervisionPeriod, supervisionSummary } from './supervisionSummary.js';

const classification = classifyLedger(sample.elders, { asOf });
const rows = ledgerReport(sample.elders, { asOf, classification });
const sum = (values: Readonly<Record<string, number>>) =>
  Object.values(values).reduce((a, b) => a + b, 0);

describe('ledgerReport', () => {
  it('has a row per county, township and village, and the villages add up to the county', () => {
    expect(rows.map((r) => r.level)).toEqual([
      'county',
      'township',
      'village',
      'village',
      'village',
    ]);
    const [county] = rows;
    const villages = rows.filter((r) => r.level === 'village');
    expect(county?.elders).toBe(sample.elders.length);
    expect(villages.reduce((n, r) => n + r.elders, 0)).toBe(county?.elders);
    expect(villages.reduce((n, r) => n + r.categories.leftBehindElder, 0)).toBe(
      county?.categories.leftBehindElder,
    );
  });

  it('spreads every elder over one age band, one living arrangement and one ability level', () => {
    for (const row of rows) {
      expect(sum(row.ageBands)).toBe(row.elders);
      expect(sum(row.livingArrangement)).toBe(row.elders);
      expect(sum(row.abilityLevel)).toBe(row.elders);
    }
    const bands = new Map(AGE_BANDS.map((band) => [band, 0]));
    for (const elder of sample.elders) {
      const band = ageBandOf(elder, asOf);
      bands.set(band, (bands.get(band) ?? 0) + 1);
    }
    expect(rows[0]?.ageBands).toEqual(Object.fromEntries(bands));
  });

  it('counts the categories as classifyLedger does, yes and still unknown', () => {
    classification.byArea.forEach((area, i) => {
      expect(rows[i]?.categories.emptyNestElder).toBe(area.categories.emptyNestElder.yes);
      expect(rows[i]?.unknown.leftBehindElder).toBe(area.categories.leftBehindElder.unknown);
    });
  });
});

describe('supervisionSummary', () => {
  const period = supervisionPeriod(2026, 'halfYear');
  const { pairings } = pairElders(
    { elders: sample.elders, caregivers: sample.caregivers },
    { asOf, duties: [] },
  );
  const summary = supervisionSummary(
    { elders: sample.elders, classification, occurrences, records, pairings },
    { asOf, from: period.from, to: period.to },
  );

  it('reviews the first half-year by default, or January–July when asked (spec §11 item 9)', () => {
    expect(period).toEqual({ label: '2026-H1', from: '2026-01-01', to: '2026-06-30' });
    expect(supervisionPeriod(2026, 'halfYear', { throughJuly: true }).to).toBe('2026-07-31');
    expect(supervisionPeriod(2026, 'fullYear').to).toBe('2026-12-31');
  });

  it('agrees with coverage and the classification, and counts incidents and pairings', () => {
    const [county] = summary;
    const [covered] = coverage(
      { occurrences, records, elders: sample.elders },
      { asOf, from: period.from, to: period.to, by: 'county' },
    );
    expect(county?.visitsDue).toBe(covered?.due);
    expect(county?.visitsCompleted).toBe(covered?.completed);
    expect(county?.expired).toBe(covered?.expired);
    expect(county?.visitRate).toBeCloseTo(
      (100 * (covered?.completed ?? 0)) / (covered?.due ?? 1),
      1,
    );
    expect(county?.leftBehind).toBe(classification.totals.leftBehindElder.yes);
    expect(county?.paired).toBe(pairings.length);
    expect(county?.incidents).toBe(records.filter((r) => r.incident && r.on <= asOf).length);
    const villages = summary.filter((r) => r.level === 'village');
    expect(villages.reduce((n, r) => n + r.visitsDue, 0)).toBe(county?.visitsDue);
    // The census of March is in the half-year; its rate is a percentage.
    expect(county?.censusRate).toBeGreaterThan(0);
    expect(county?.censusRate).toBeLessThanOrEqual(100);
  });

  it('becomes a table with labels in zh-CN and en, cells as numbers', () => {
    const zh = reportTable('supervision', summary);
    const en = reportTable('supervision', summary, { locale: 'en' });
    expect(zh.header.slice(0, 4)).toEqual(['区划代码', '层级', '名称', '老年人数']);
    expect(en.header[10]).toBe('visits made (%)');
    expect(zh.rows[0]?.[1]).toBe('县级');
    for (const table of [zh, en])
      for (const row of table.rows) expect(row).toHaveLength(table.header.length);
    const ledger = reportTable('ledger', rows, { locale: 'en' });
    for (const row of ledger.rows) expect(row).toHaveLength(ledger.header.length);
    expect(ledger.header).toContain('aged 80–89');
    expect(ledger.header).toContain('ability not assessed');
    expect(ledger.rows[0]?.[3]).toBe(sample.elders.length);
  });

  it('holds for any as-of day: rates stay percentages, made never exceeds due', () => {
    for (const day of ['2026-02-15', '2026-06-30', '2026-08-15']) {
      for (const row of supervisionSummary(
        { elders: sample.elders, classification, occurrences, records, pairings },
        { asOf: plainDate(day), from: period.from, to: period.to },
      )) {
        expect(row.visitsCompleted).toBeLessThanOrEqual(row.visitsDue);
        for (const rate of [row.visitRate, row.childContactRate, row.censusRate]) {
          expect(rate).toBeGreaterThanOrEqual(0);
          expect(rate).toBeLessThanOrEqual(100);
        }
      }
    }
  });
});
