import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { RegionCode, regionCodeOfLevel, VillageCode } from './regionCode.js';
import {
  countyCodeOf,
  isWithinRegion,
  parentRegionCode,
  regionLevel,
  townshipCodeOf,
  townshipKind,
  villageKind,
} from './regionCodeOps.js';
import { safeParse } from './validate.js';

const code = (text: string) => RegionCode.parse(text);

function thrownIssues(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GuanaiError);
    return (error as GuanaiError).issues;
  }
  throw new Error('expected a GuanaiError');
}

describe('RegionCode and regionLevel', () => {
  it('reads the level of six-digit codes', () => {
    expect(regionLevel(code('530000'))).toBe('province');
    expect(regionLevel(code('530300'))).toBe('city');
    expect(regionLevel(code('530325'))).toBe('county');
    expect(regionLevel(code('110105'))).toBe('county');
  });

  it('reads the level of twelve-digit codes', () => {
    expect(regionLevel(code('530325101203'))).toBe('village');
    expect(regionLevel(code('530325101000'))).toBe('township');
    expect(regionLevel(code('530325000000'))).toBe('county');
    expect(regionLevel(code('530300000000'))).toBe('city');
    expect(regionLevel(code('530000000000'))).toBe('province');
  });

  it('rejects malformed codes with region_code_format', () => {
    for (const text of [
      '5303',
      '5303250',
      '53032510120',
      '5303251012031',
      '003325',
      '000000',
      '530325000001',
      '53032a',
      ' 530325',
      '５３０３２５',
      '',
    ]) {
      expect(safeParse(RegionCode, text), text).toEqual({
        ok: false,
        issues: [{ code: 'region_code_format', path: [], params: { value: text } }],
      });
    }
    expect(safeParse(RegionCode, 530325)).toEqual({
      ok: false,
      issues: [
        { code: 'invalid_type', path: [], params: { expected: 'string', received: 'number' } },
      ],
    });
  });

  it('does not reject a well-formed code missing from today’s list', () => {
    expect(RegionCode.parse('990101')).toBe('990101');
  });

  it('regionLevel throws GuanaiError for an unchecked bad code', () => {
    expect(thrownIssues(() => regionLevel('5303' as RegionCode))).toEqual([
      { code: 'region_code_format', path: [], params: { value: '5303' } },
    ]);
  });
});

describe('regionCodeOfLevel and VillageCode', () => {
  it('accepts codes of the listed levels only, with region_code_level', () => {
    expect(VillageCode.parse('530325101203')).toBe('530325101203');
    expect(safeParse(VillageCode, '530325')).toEqual({
      ok: false,
      issues: [
        {
          code: 'region_code_level',
          path: [],
          params: { expected: ['village'], actual: 'county' },
        },
      ],
    });
    expect(safeParse(VillageCode, '530325101000')).toEqual({
      ok: false,
      issues: [
        {
          code: 'region_code_level',
          path: [],
          params: { expected: ['village'], actual: 'township' },
        },
      ],
    });
    const Upper = regionCodeOfLevel(['province', 'city']);
    expect(Upper.parse('530300')).toBe('530300');
    expect(safeParse(Upper, '530325101203')).toEqual({
      ok: false,
      issues: [
        {
          code: 'region_code_level',
          path: [],
          params: { expected: ['province', 'city'], actual: 'village' },
        },
      ],
    });
  });

  it('reports only region_code_format for a malformed code', () => {
    expect(safeParse(VillageCode, '5303')).toEqual({
      ok: false,
      issues: [{ code: 'region_code_format', path: [], params: { value: '5303' } }],
    });
  });
});

describe('parentRegionCode', () => {
  it('walks village → township → county → city → province → undefined', () => {
    const chain: (string | undefined)[] = [];
    let current: RegionCode | undefined = code('530325101203');
    while (current) {
      chain.push(current);
      current = parentRegionCode(current);
    }
    expect(chain).toEqual(['530325101203', '530325101000', '530325', '530300', '530000']);
    expect(parentRegionCode(code('530000'))).toBeUndefined();
  });

  it('answers twelve-digit county, city and province codes in six digits', () => {
    expect(parentRegionCode(code('530325000000'))).toBe('530300');
    expect(parentRegionCode(code('530300000000'))).toBe('530000');
    expect(parentRegionCode(code('530000000000'))).toBeUndefined();
  });

  it('always climbs to a province in at most four steps, each parent a valid code (property)', () => {
    const digits = (min: number, max: number, width: number) =>
      fc.integer({ min, max }).map((n) => String(n).padStart(width, '0'));
    const village = fc
      .tuple(
        digits(11, 65, 2),
        digits(1, 99, 2),
        digits(1, 99, 2),
        digits(1, 399, 3),
        digits(1, 999, 3),
      )
      .map((parts) => code(parts.join('')));
    fc.assert(
      fc.property(village, (start) => {
        let current: RegionCode | undefined = start;
        const levels: string[] = [];
        while (current) {
          expect(RegionCode.safeParse(current).success).toBe(true);
          expect(isWithinRegion(start, current)).toBe(true);
          levels.push(regionLevel(current));
          current = parentRegionCode(current);
        }
        expect(levels).toEqual(['village', 'township', 'county', 'city', 'province']);
      }),
      { numRuns: 200 },
    );
  });
});

describe('countyCodeOf and townshipCodeOf', () => {
  it('finds the county of a county, township or village', () => {
    expect(countyCodeOf(code('530325101203'))).toBe('530325');
    expect(countyCodeOf(code('530325101000'))).toBe('530325');
    expect(countyCodeOf(code('530325'))).toBe('530325');
    expect(countyCodeOf(code('530325000000'))).toBe('530325');
    expect(countyCodeOf(code('530300'))).toBeUndefined();
    expect(countyCodeOf(code('530000'))).toBeUndefined();
  });

  it('finds the township of a township or village', () => {
    expect(townshipCodeOf(code('530325101203'))).toBe('530325101000');
    expect(townshipCodeOf(code('530325101000'))).toBe('530325101000');
    expect(townshipCodeOf(code('530325'))).toBeUndefined();
    expect(townshipCodeOf(code('530325000000'))).toBeUndefined();
  });
});

describe('isWithinRegion', () => {
  it('is true for the place itself and its ancestors', () => {
    const village = code('530325101203');
    for (const ancestor of [
      '530325101203',
      '530325101000',
      '530325',
      '530325000000',
      '530300',
      '530000',
      '530000000000',
    ]) {
      expect(isWithinRegion(village, code(ancestor)), ancestor).toBe(true);
    }
    expect(isWithinRegion(code('530325000000'), code('530325'))).toBe(true);
  });

  it('is false for siblings, descendants and other branches', () => {
    const village = code('530325101203');
    expect(isWithinRegion(village, code('530325101204'))).toBe(false);
    expect(isWithinRegion(village, code('530325102000'))).toBe(false);
    expect(isWithinRegion(village, code('530326'))).toBe(false);
    expect(isWithinRegion(village, code('530400'))).toBe(false);
    expect(isWithinRegion(village, code('520000'))).toBe(false);
    expect(isWithinRegion(code('530325'), village)).toBe(false);
    expect(isWithinRegion(code('530000'), code('530325'))).toBe(false);
  });
});

describe('townshipKind', () => {
  it('reads 001–099 subdistrict, 100–199 town, 200–399 township, else other', () => {
    const cases: [string, string][] = [
      ['530325001000', 'subdistrict'],
      ['530325099000', 'subdistrict'],
      ['530325100000', 'town'],
      ['530325101203', 'town'],
      ['530325199000', 'town'],
      ['530325200000', 'township'],
      ['530325399000', 'township'],
      ['530325400000', 'other'],
      ['530325499001', 'other'],
    ];
    for (const [text, kind] of cases) expect(townshipKind(code(text)), text).toBe(kind);
  });

  it('throws region_code_level for codes above the township', () => {
    expect(thrownIssues(() => townshipKind(code('530325')))).toEqual([
      {
        code: 'region_code_level',
        path: [],
        params: { expected: ['township', 'village'], actual: 'county' },
      },
    ]);
    expect(thrownIssues(() => townshipKind(code('530325000000')))).toEqual([
      {
        code: 'region_code_level',
        path: [],
        params: { expected: ['township', 'village'], actual: 'county' },
      },
    ]);
    expect(thrownIssues(() => townshipKind(code('530000')))).toEqual([
      {
        code: 'region_code_level',
        path: [],
        params: { expected: ['township', 'village'], actual: 'province' },
      },
    ]);
  });
});

describe('villageKind', () => {
  it('reads 001–199 residents’ committee, 200–399 villagers’ committee, else other', () => {
    const cases: [string, string][] = [
      ['530325101001', 'residentsCommittee'],
      ['530325101199', 'residentsCommittee'],
      ['530325101200', 'villagersCommittee'],
      ['530325101203', 'villagersCommittee'],
      ['530325101399', 'villagersCommittee'],
      ['530325101400', 'other'],
    ];
    for (const [text, kind] of cases) expect(villageKind(code(text)), text).toBe(kind);
  });

  it('throws region_code_level for a non-village', () => {
    expect(thrownIssues(() => villageKind(code('530325101000')))).toEqual([
      {
        code: 'region_code_level',
        path: [],
        params: { expected: ['village'], actual: 'township' },
      },
    ]);
    expect(thrownIssues(() => villageKind(code('530325')))).toEqual([
      { code: 'region_code_level', path: [], params: { expected: ['village'], actual: 'county' } },
    ]);
  });
});
