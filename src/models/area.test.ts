import { describe, expect, it } from 'vitest';
import { CountyArea, indexAreas, VillageArea, VillagerGroup } from './area.js';
import type { RegionCode } from './regionCode.js';
import { safeParse } from './validate.js';

const tree = () => ({
  code: '530325',
  name: '富源县',
  vintage: 2024,
  townships: [
    {
      code: '530325001000',
      name: '中安街道',
      villages: [
        {
          code: '530325001001',
          name: '胜利社区',
          groups: [
            { number: 1, name: '一组' },
            { number: 2, name: '二组' },
          ],
        },
      ],
    },
    {
      code: '530325101000',
      name: '营上镇',
      villages: [
        { code: '530325101203', name: '石桥村', groups: [{ number: 3, name: '三组' }] },
        { code: '530325101204', name: '海田村', coordinates: { latitude: 25.6, longitude: 104.2 } },
      ],
    },
  ],
});

describe('VillagerGroup and VillageArea', () => {
  it('checks group numbers and defaults the groups to []', () => {
    expect(VillagerGroup.parse({ number: 3, name: ' 三组 ' })).toEqual({ number: 3, name: '三组' });
    expect(safeParse(VillagerGroup, { number: 0, name: '零组' })).toEqual({
      ok: false,
      issues: [
        {
          code: 'too_small',
          path: ['number'],
          params: { origin: 'number', minimum: 1, inclusive: true },
        },
      ],
    });
    expect(safeParse(VillagerGroup, { number: 1.5, name: 'x' })).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_type', path: ['number'], params: { expected: 'int' } }],
    });
    expect(VillageArea.parse({ code: '530325101203', name: '石桥村' })).toEqual({
      code: '530325101203',
      name: '石桥村',
      groups: [],
    });
  });
});

describe('CountyArea', () => {
  it('accepts a valid tree', () => {
    const result = safeParse(CountyArea, tree());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.townships[1]?.villages[1]?.groups).toEqual([]);
    expect(result.value.townships[0]?.villages[0]?.groups).toHaveLength(2);
  });

  it('rejects a county code of another level', () => {
    expect(safeParse(CountyArea, { ...tree(), code: '530000', townships: [] })).toEqual({
      ok: false,
      issues: [
        {
          code: 'region_code_level',
          path: ['code'],
          params: { expected: ['county', 'city'], actual: 'province' },
        },
      ],
    });
  });

  it('reports a township outside the county with region_outside_parent and its path', () => {
    const input = tree();
    const township = input.townships[1];
    if (!township) throw new Error('fixture');
    township.code = '530326101000';
    township.villages = [];
    expect(safeParse(CountyArea, input)).toEqual({
      ok: false,
      issues: [
        {
          code: 'region_outside_parent',
          path: ['townships', 1, 'code'],
          params: { code: '530326101000', parent: '530325' },
        },
      ],
    });
  });

  it('reports a village outside its township', () => {
    const input = tree();
    const village = input.townships[1]?.villages[0];
    if (!village) throw new Error('fixture');
    village.code = '530325102203';
    expect(safeParse(CountyArea, input)).toEqual({
      ok: false,
      issues: [
        {
          code: 'region_outside_parent',
          path: ['townships', 1, 'villages', 0, 'code'],
          params: { code: '530325102203', parent: '530325101000' },
        },
      ],
    });
  });

  it('reports a duplicate village code with duplicate_id pointing at the first', () => {
    const input = tree();
    input.townships[1]?.villages.push({ code: '530325101203', name: '石桥村（重复）', groups: [] });
    expect(safeParse(CountyArea, input)).toEqual({
      ok: false,
      issues: [
        {
          code: 'duplicate_id',
          path: ['townships', 1, 'villages', 2, 'code'],
          params: { id: '530325101203', firstPath: ['townships', 1, 'villages', 0, 'code'] },
        },
      ],
    });
  });

  it('reports a duplicate township code', () => {
    const input = tree();
    input.townships.push({ code: '530325001000', name: '中安街道', villages: [] });
    expect(safeParse(CountyArea, input)).toEqual({
      ok: false,
      issues: [
        {
          code: 'duplicate_id',
          path: ['townships', 2, 'code'],
          params: { id: '530325001000', firstPath: ['townships', 0, 'code'] },
        },
      ],
    });
  });

  it('reports a duplicate group number within a village, pointing at the first', () => {
    const input = tree();
    input.townships[0]?.villages[0]?.groups?.push(
      { number: 3, name: '三组' },
      { number: 1, name: '一组（重复）' },
    );
    expect(safeParse(CountyArea, input)).toEqual({
      ok: false,
      issues: [
        {
          code: 'duplicate_id',
          path: ['townships', 0, 'villages', 0, 'groups', 3, 'number'],
          params: { id: '1', firstPath: ['townships', 0, 'villages', 0, 'groups', 0, 'number'] },
        },
      ],
    });
  });

  it('allows the same group number in different villages', () => {
    const input = tree();
    input.townships[0]?.villages[0]?.groups?.push({ number: 3, name: '三组' });
    expect(safeParse(CountyArea, input).ok).toBe(true);
  });

  it('rejects unknown keys and a vintage out of range', () => {
    expect(safeParse(CountyArea, { ...tree(), vintge: 2024 })).toEqual({
      ok: false,
      issues: [{ code: 'unrecognized_keys', path: [], params: { keys: ['vintge'] } }],
    });
    expect(safeParse(CountyArea, { ...tree(), vintage: 1979 })).toEqual({
      ok: false,
      issues: [
        {
          code: 'too_small',
          path: ['vintage'],
          params: { origin: 'number', minimum: 1980, inclusive: true },
        },
      ],
    });
  });
});

describe('indexAreas', () => {
  it('indexes every county, township and village with names from the county down', () => {
    const index = indexAreas(CountyArea.parse(tree()));
    expect([...index.keys()]).toEqual([
      '530325',
      '530325001000',
      '530325001001',
      '530325101000',
      '530325101203',
      '530325101204',
    ]);
    expect(index.get('530325' as RegionCode)).toEqual({
      code: '530325',
      name: '富源县',
      level: 'county',
      names: ['富源县'],
    });
    expect(index.get('530325101000' as RegionCode)).toEqual({
      code: '530325101000',
      name: '营上镇',
      level: 'township',
      parentCode: '530325',
      names: ['富源县', '营上镇'],
    });
    expect(index.get('530325101203' as RegionCode)).toEqual({
      code: '530325101203',
      name: '石桥村',
      level: 'village',
      parentCode: '530325101000',
      names: ['富源县', '营上镇', '石桥村'],
    });
    expect(index.get('530325101203' as RegionCode)?.names.join(' ')).toBe('富源县 营上镇 石桥村');
  });
});
