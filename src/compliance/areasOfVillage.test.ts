import { describe, expect, it } from 'vitest';
import { countyCodeOf, RegionCode, townshipCodeOf } from '../models/index.js';
import { areasOfVillage } from './areasOfVillage.js';

describe('areasOfVillage', () => {
  it('names the county, township and village as the region helpers do', () => {
    const village = '530325101203';
    expect(areasOfVillage(village)).toEqual({
      county: '530325',
      township: '530325101000',
      village,
    });
    const code = RegionCode.parse(village);
    expect(areasOfVillage(village).county).toBe(countyCodeOf(code));
    expect(areasOfVillage(village).township).toBe(townshipCodeOf(code));
  });
});
