/**
 * classifyLedger: a whole ledger classified and counted by category and by place — the
 * county overview 「数量规模、基本分布」 (spec §7 · S14 L379) — on a sample county.
 */
import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import {
  countyCodeOf,
  type Elder,
  indexAreas,
  plainDate,
  type RegionCode,
  townshipCodeOf,
} from '../models/index.js';
import { generateSampleCounty } from '../sample/index.js';
import { CATEGORY_KEYS } from './categoryKeys.js';
import { classifyElder, classifyStatuses } from './classifyElder.js';
import { type AreaCounts, type CategoryCounts, classifyLedger } from './classifyLedger.js';
import { DEFAULT_POLICY } from './defaultPolicy.js';
import { Policy } from './policy.js';
import type { Tri } from './tri.js';

const ASOF = plainDate('2026-06-30');
const sample = generateSampleCounty({ seed: 5, elders: 300 });
const areas = indexAreas(sample.county);
const ledger = classifyLedger(sample.elders, { asOf: ASOF, areas });
const STATUSES: readonly Tri[] = ['yes', 'no', 'unknown'];

/** Sum the counts of several rows. */
function sum(rows: readonly AreaCounts[]): { elders: number; categories: CategoryCounts } {
  const categories = Object.fromEntries(
    CATEGORY_KEYS.map((key) => [
      key,
      Object.fromEntries(
        STATUSES.map((status) => [
          status,
          rows.reduce((total, row) => total + row.categories[key][status], 0),
        ]),
      ),
    ]),
  ) as unknown as CategoryCounts;
  return { elders: rows.reduce((total, row) => total + row.elders, 0), categories };
}

const rowsAt = (level: AreaCounts['level']) => ledger.byArea.filter((row) => row.level === level);

describe('classifyLedger: results and totals', () => {
  it('classifies every elder as classifyStatuses does, in ledger order', () => {
    expect(ledger.results).toHaveLength(300);
    expect(ledger.withoutPolicy).toEqual([]);
    expect(ledger.results.map((result) => result.elderId)).toEqual(
      sample.elders.map((elder) => elder.id),
    );
    const expected = sample.elders.map((elder) => classifyStatuses(elder, { asOf: ASOF }));
    expect(ledger.results).toEqual(expected);
  });

  it('CATEGORY_KEYS lists each category of a classification once, in result order', () => {
    const elder = sample.elders[0] as (typeof sample.elders)[number];
    expect(Object.keys(classifyElder(elder, { asOf: ASOF }).categories)).toEqual([
      ...CATEGORY_KEYS,
    ]);
    expect(Object.keys(classifyStatuses(elder, { asOf: ASOF }).statuses)).toEqual([
      ...CATEGORY_KEYS,
    ]);
    // The status pass's integer codes are in the same order.
    expect(Object.keys(ledger.results[0]?.statuses ?? {})).toEqual([...CATEGORY_KEYS]);
  });

  it('shares one frozen statuses record per combination of answers, plain data all the same', () => {
    const distinct = new Set(ledger.results.map((result) => result.statuses));
    const combinations = new Set(ledger.results.map((r) => JSON.stringify(r.statuses)));
    expect(distinct.size).toBe(combinations.size);
    expect(distinct.size).toBeLessThan(ledger.results.length);
    for (const statuses of distinct) expect(Object.isFrozen(statuses)).toBe(true);
    expect(structuredClone(ledger.results)).toEqual(ledger.results);
    // Each call shares within its own results only.
    const again = classifyLedger(sample.elders.slice(0, 1), { asOf: ASOF });
    expect(again.results[0]?.statuses).not.toBe(ledger.results[0]?.statuses);
    expect(again.results[0]?.statuses).toEqual(ledger.results[0]?.statuses);
  });

  it('totals add up to the number of elders in every category', () => {
    for (const key of CATEGORY_KEYS) {
      const { yes, no, unknown } = ledger.totals[key];
      expect(yes + no + unknown, key).toBe(300);
    }
  });

  it('totals count the results', () => {
    for (const key of CATEGORY_KEYS) {
      for (const status of STATUSES) {
        const count = ledger.results.filter((r) => r.statuses[key] === status).length;
        expect(ledger.totals[key][status], `${key} ${status}`).toBe(count);
      }
    }
  });

  it('the sample has left-behind, not-left-behind and undecided elders', () => {
    const { yes, no, unknown } = ledger.totals.leftBehindElder;
    expect(yes).toBeGreaterThan(0);
    expect(no).toBeGreaterThan(0);
    expect(unknown).toBeGreaterThan(0);
  });

  it('classifies an empty ledger to zero counts', () => {
    const empty = classifyLedger([], { asOf: ASOF });
    expect(empty.results).toEqual([]);
    expect(empty.byArea).toEqual([]);
    for (const key of CATEGORY_KEYS)
      expect(empty.totals[key]).toEqual({ yes: 0, no: 0, unknown: 0 });
  });
});

describe('classifyLedger: byArea (spec §9 administrative hierarchy)', () => {
  it('has one county row, one per township and one per village with elders, named from indexAreas', () => {
    const [county] = rowsAt('county');
    expect(rowsAt('county')).toHaveLength(1);
    expect(county).toMatchObject({ code: '360733', level: 'county', name: '会昌县', elders: 300 });
    expect(county?.code).toBe(sample.county.code);
    expect(county?.code).toHaveLength(6);
    expect(rowsAt('township').map((row) => row.code)).toEqual(
      sample.county.townships.map((township) => township.code),
    );
    const villagesWithElders = new Set(sample.elders.map((elder) => elder.residence.villageCode));
    expect(rowsAt('village').map((row) => row.code)).toEqual([...villagesWithElders].sort());
    for (const row of ledger.byArea) {
      expect(row.name, row.code).toBe(areas.get(row.code)?.name);
      expect(areas.get(row.code)?.level).toBe(row.level);
    }
  });

  it('lists the rows in code order (each township followed by its villages)', () => {
    const codes = ledger.byArea.map((row) => row.code);
    expect(codes).toEqual([...codes].sort());
    expect(ledger.byArea.slice(0, 3).map((row) => row.level)).toEqual([
      'county',
      'township',
      'village',
    ]);
  });

  it('counts each village’s own elders', () => {
    for (const row of rowsAt('village')) {
      const here = sample.elders.filter((elder) => elder.residence.villageCode === row.code);
      expect(row.elders).toBe(here.length);
    }
  });

  it('village rows sum to their township row, townships to the county, the county to the totals', () => {
    const county = rowsAt('county')[0] as AreaCounts;
    for (const township of rowsAt('township')) {
      const villages = rowsAt('village').filter(
        (row) => townshipCodeOf(row.code) === township.code,
      );
      expect(villages.length).toBeGreaterThan(0);
      expect(sum(villages)).toEqual({ elders: township.elders, categories: township.categories });
    }
    expect(sum(rowsAt('township'))).toEqual({
      elders: county.elders,
      categories: county.categories,
    });
    expect(county.categories).toEqual(ledger.totals);
  });

  it('leaves names out without an area index', () => {
    const plain = classifyLedger(sample.elders.slice(0, 20), { asOf: ASOF });
    expect(plain.byArea.every((row) => !('name' in row))).toBe(true);
  });
});

describe('classifyLedger: policies', () => {
  const township = sample.county.townships[0]?.code as RegionCode;
  const inTownship = (elder: Elder) => townshipCodeOf(elder.residence.villageCode) === township;
  const local = Policy.parse({
    id: 'township-70',
    name: '高龄 from 70 in one township',
    jurisdiction: township,
    validFrom: '2025-01-01',
    parameters: { advancedAgeThreshold: 70 },
  });

  it('classifies every elder under the one policy given', () => {
    const result = classifyLedger(sample.elders, { asOf: ASOF, policy: local });
    expect(result.results.every((r) => r.policyId === 'township-70')).toBe(true);
    expect(result.withoutPolicy).toEqual([]);
  });

  it('lists elders outside every jurisdiction in withoutPolicy and leaves them out of results', () => {
    const result = classifyLedger(sample.elders, { asOf: ASOF, policies: [local], areas });
    const inside = sample.elders.filter(inTownship);
    const outside = sample.elders.filter((elder) => !inTownship(elder));
    expect(inside.length).toBeGreaterThan(0);
    expect(outside.length).toBeGreaterThan(0);
    expect(result.withoutPolicy).toEqual(outside.map((elder) => elder.id));
    expect(result.results.map((r) => r.elderId)).toEqual(inside.map((elder) => elder.id));
    expect(result.results.every((r) => r.policyId === 'township-70')).toBe(true);
    for (const key of CATEGORY_KEYS) {
      const { yes, no, unknown } = result.totals[key];
      expect(yes + no + unknown).toBe(inside.length);
    }
    expect(result.byArea.map((row) => row.code)).toEqual(
      [countyCodeOf(township), township, ...new Set(inside.map((e) => e.residence.villageCode))]
        .filter((code): code is RegionCode => code !== undefined)
        .sort(),
    );
    expect(result.byArea[0]?.elders).toBe(inside.length);
  });

  it('lists every elder in withoutPolicy when no policy is in force on asOf', () => {
    const result = classifyLedger(sample.elders, {
      asOf: plainDate('2024-12-31'),
      policies: [local],
    });
    expect(result.results).toEqual([]);
    expect(result.withoutPolicy).toHaveLength(300);
  });

  it('picks each elder’s policy, with the national default as the fallback', () => {
    const result = classifyLedger(sample.elders, { asOf: ASOF, policies: [DEFAULT_POLICY, local] });
    expect(result.withoutPolicy).toEqual([]);
    const expected = sample.elders.map((elder) =>
      classifyStatuses(elder, { asOf: ASOF, policy: inTownship(elder) ? local : DEFAULT_POLICY }),
    );
    expect(result.results).toEqual(expected);
    expect(result.results.filter((r) => r.policyId === 'township-70')).toHaveLength(
      sample.elders.filter(inTownship).length,
    );
    // The lower threshold makes more elders 高龄 in that township only.
    expect(result.totals.advancedAge.yes).toBeGreaterThan(ledger.totals.advancedAge.yes);
  });

  it('prefers `policies` over `policy`', () => {
    const result = classifyLedger(sample.elders.slice(0, 30), {
      asOf: ASOF,
      policy: local,
      policies: [DEFAULT_POLICY],
    });
    expect(result.results.every((r) => r.policyId === 'guanai-default')).toBe(true);
  });
});

describe('classifyLedger on input not run through the schemas', () => {
  const firstIssue = (call: () => unknown) => {
    try {
      call();
    } catch (error) {
      if (error instanceof GuanaiError) return error.issues[0];
      throw error;
    }
    return undefined;
  };

  it('reports a bad elder under its index, never a TypeError', () => {
    const elders = [sample.elders[0], null, sample.elders[1]] as Elder[];
    expect(firstIssue(() => classifyLedger(elders, { asOf: ASOF }))).toMatchObject({
      code: 'invalid_type',
      path: [1],
    });
    const noChildren = { ...sample.elders[0], household: { children: [null] } } as unknown as Elder;
    expect(firstIssue(() => classifyLedger([noChildren], { asOf: ASOF }))?.path).toEqual([
      0,
      'household',
      'children',
      0,
    ]);
  });

  it('reports elders, options and policies of the wrong kind', () => {
    expect(firstIssue(() => classifyLedger('x' as never, { asOf: ASOF }))).toMatchObject({
      code: 'invalid_argument',
      params: { name: 'elders', rule: 'array' },
    });
    expect(firstIssue(() => classifyLedger([], { asOf: '2026-13-01' as never }))?.code).toBe(
      'invalid_plain_date',
    );
    expect(
      firstIssue(() => classifyLedger([], { asOf: ASOF, policies: [null] as never }))?.path,
    ).toEqual(['policies', 0]);
    expect(firstIssue(() => classifyLedger([], { asOf: ASOF, policies: 3 as never }))?.code).toBe(
      'invalid_argument',
    );
  });
});
